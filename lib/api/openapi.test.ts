import { readdirSync } from "node:fs";
import path from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { fieldsOf, openApiDocument, typeText } from "./openapi";

const apiDir = path.resolve(import.meta.dirname, "../../app/api/v1");

/** Each route.ts under app/api/v1 as the document writes its path: `[programId]` becomes `{programId}`. */
function routesOnDisk(): string[] {
  return readdirSync(apiDir, { recursive: true, encoding: "utf8" })
    .filter((f) => /(^|[/\\])route\.ts$/.test(f))
    .map((f) => `/api/v1/${path.dirname(f).split(path.sep).join("/")}`.replace(/\[(\w+)\]/g, "{$1}"))
    .sort();
}

describe("the OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document whose references all resolve", async () => {
    const validator = new Validator();
    const result = await validator.validate(openApiDocument());
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
    expect(() => validator.resolveRefs()).not.toThrow();
  });

  it("describes every route under app/api/v1, and nothing else", () => {
    expect(Object.keys(openApiDocument().paths).sort()).toEqual(routesOnDisk());
  });

  it("asks for a token everywhere but for itself, and documents every refusal", () => {
    const doc = openApiDocument();
    expect(doc.security).toEqual([{ bearer: [] }]);
    for (const [route, { get }] of Object.entries(doc.paths)) {
      if (route === "/api/v1/openapi.json") expect(get.security).toEqual([]);
      else expect(Object.keys(get.responses), route).toEqual(["200", "304", "400", "401", "404", "429"]);
    }
  });

  it("names every path parameter and gives the query parameters of the zod schemas", () => {
    const { paths } = openApiDocument();
    // The validator checks the document's shape, not that a path's {placeholders} are declared.
    for (const [route, { get }] of Object.entries(paths)) {
      const declared = (get.parameters ?? []).filter((p) => p.in === "path").map((p) => p.name);
      expect(declared, route).toEqual([...route.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));
    }
    const parameters = (route: string) => paths[route]!.get.parameters!.map((p) => `${p.in}:${p.name}${p.required ? "!" : ""}`);
    expect(parameters("/api/v1/programs/{programId}/targets")).toEqual(["path:programId!"]);
    expect(parameters("/api/v1/assessments")).toEqual(["query:limit", "query:cursor", "query:program", "query:cycle", "query:status"]);
    expect(parameters("/api/v1/portfolio")).toEqual(["query:limit", "query:cursor", "query:view", "query:cycle", "query:agency", "query:level"]);
  });
});

describe("the reference page's reading of it", () => {
  it("lists nested response fields by their path, with their types in words", () => {
    const doc = openApiDocument();
    const fields = fieldsOf(doc, { $ref: "#/components/schemas/AssessmentPage" });
    const byName = new Map(fields.map((f) => [f.name, f.type]));
    expect(byName.get("data[].id")).toBe("UUID");
    expect(byName.get("data[].status")).toBe('one of "DRAFT", "SUBMITTED", "RETURNED", "ACCEPTED"');
    expect(byName.get("data[].submittedAt")).toBe("date and time or null");
    expect(byName.get("data[].modelVersion")).toBe("integer from 1");
    expect(byName.get("data[].scores.overall.level")).toBe("integer 1–5 or null");
    expect(byName.get("data[].scores.disciplines[].key")).toBe("string");
    expect(byName.get("nextCursor")).toBe("string or null");
    expect(fieldsOf(doc, { $ref: "#/components/schemas/Problem" }).find((f) => f.name === "detail")?.type).toBe("string (may be absent)");
    expect(typeText({ type: "string", maxLength: 40 })).toBe("string, at most 40 characters");
  });
});
