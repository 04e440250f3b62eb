import { readdirSync } from "node:fs";
import path from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { answerColumns, portfolioColumns } from "@/lib/exports/columns";
import { csvColumnsOf, fieldsOf, openApiDocument, typeText } from "./openapi";

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
    const publicPaths = ["/api/v1/openapi.json", "/api/v1/schemas/assessment-exchange.json"];
    for (const [route, { get }] of Object.entries(doc.paths)) {
      if (publicPaths.includes(route)) expect(get.security, route).toEqual([]);
      // A streamed CSV file has no ETag, so no 304.
      else if (route.endsWith(".csv")) expect(Object.keys(get.responses), route).toEqual(["200", "400", "401", "404", "429"]);
      else expect(Object.keys(get.responses), route).toEqual(["200", "304", "400", "401", "404", "429"]);
    }
  });

  it("lists the columns of each CSV answer as the app's downloads define them", () => {
    const { paths } = openApiDocument();
    expect(csvColumnsOf(paths["/api/v1/portfolio.csv"]!.get).map((c) => c.header)).toEqual(portfolioColumns.map((c) => c.header));
    for (const route of ["/api/v1/portfolio/answers.csv", "/api/v1/assessments/{assessmentId}/answers.csv"]) {
      expect(csvColumnsOf(paths[route]!.get), route).toEqual(answerColumns.map((c) => ({ header: c.header, description: c.description })));
    }
    expect(parametersOf("/api/v1/portfolio.csv")).toEqual(["query:view", "query:cycle", "query:agency", "query:level"]);
  });

  it("names every path parameter and gives the query parameters of the zod schemas", () => {
    const { paths } = openApiDocument();
    // The validator checks the document's shape, not that a path's {placeholders} are declared.
    for (const [route, { get }] of Object.entries(paths)) {
      const declared = (get.parameters ?? []).filter((p) => p.in === "path").map((p) => p.name);
      expect(declared, route).toEqual([...route.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));
    }
    expect(parametersOf("/api/v1/programs/{programId}/targets")).toEqual(["path:programId!"]);
    expect(parametersOf("/api/v1/assessments")).toEqual(["query:limit", "query:cursor", "query:program", "query:cycle", "query:status"]);
    expect(parametersOf("/api/v1/portfolio")).toEqual(["query:limit", "query:cursor", "query:view", "query:cycle", "query:agency", "query:level"]);
  });
});

function parametersOf(route: string) {
  return openApiDocument().paths[route]!.get.parameters!.map((p) => `${p.in}:${p.name}${p.required ? "!" : ""}`);
}

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
