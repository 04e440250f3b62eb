import { describe, expect, it } from "vitest";
import { defaultModel } from "./default-model";
import { modelDocumentSchema, parseModelJson } from "./model-schema";

const clone = () => structuredClone(defaultModel);

describe("the default model", () => {
  it("is a valid model document with five levels, six disciplines and 5–8 practices each (about 40)", () => {
    const parsed = modelDocumentSchema.parse(defaultModel);
    expect(parsed.levels.map((l) => l.name)).toEqual(["Reactive", "Tactical", "Strategic", "Foundational", "Customer-centric"]);
    expect(parsed.disciplines.map((d) => d.name)).toEqual(["Strategy", "Customer Understanding", "Design", "Measurement", "Governance", "Culture"]);
    for (const d of parsed.disciplines) expect(d.practices.length).toBeGreaterThanOrEqual(5);
    for (const d of parsed.disciplines) expect(d.practices.length).toBeLessThanOrEqual(8);
    const total = parsed.disciplines.reduce((n, d) => n + d.practices.length, 0);
    expect(total).toBeGreaterThanOrEqual(36);
    expect(total).toBeLessThanOrEqual(44);
  });

  it("has five distinct descriptors for every practice", () => {
    for (const p of defaultModel.disciplines.flatMap((d) => d.practices)) {
      expect(new Set(p.descriptors).size, p.key).toBe(5);
    }
  });
});

describe("parseModelJson", () => {
  it("round-trips a valid document", () => {
    const result = parseModelJson(JSON.stringify(defaultModel));
    expect(result).toEqual({ ok: true, model: defaultModel });
  });

  it("rejects text that is not JSON", () => {
    const result = parseModelJson("{ not json");
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]).toMatch(/^The file is not valid JSON/);
  });

  it.each([
    ["a wrong format", (m: ReturnType<typeof clone>) => Object.assign(m, { format: "other" }), 'format: format must be "cx-maturity-model/v1"'],
    ["four levels", (m: ReturnType<typeof clone>) => m.levels.pop(), "levels: levels must list exactly 5 levels"],
    ["levels out of order", (m: ReturnType<typeof clone>) => m.levels.reverse(), "levels[0].rank: must be 1: levels are listed from 1 to 5 in order"],
    [
      "a practice with four descriptors",
      (m: ReturnType<typeof clone>) => m.disciplines[2]!.practices[0]!.descriptors.pop(),
      "disciplines[2].practices[0].descriptors: descriptors must list exactly 5 texts, one per level from Reactive to Customer-centric",
    ],
    [
      "a duplicate practice key",
      (m: ReturnType<typeof clone>) => (m.disciplines[1]!.practices[1]!.key = m.disciplines[0]!.practices[0]!.key),
      `disciplines[1].practices[1].key: "${defaultModel.disciplines[0]!.practices[0]!.key}" is used by another practice`,
    ],
    ["a bad key", (m: ReturnType<typeof clone>) => (m.disciplines[0]!.key = "Strategy Area"), "disciplines[0].key: must be lowercase words joined by hyphens, like customer-understanding"],
    ["an unknown A-11 area", (m: ReturnType<typeof clone>) => (m.disciplines[3]!.a11Areas = ["FINANCE" as never]), "disciplines[3].a11Areas[0]: must be one of"],
    ["an empty title", (m: ReturnType<typeof clone>) => (m.disciplines[4]!.practices[2]!.title = "  "), "disciplines[4].practices[2].title: title must not be empty"],
  ])("names the field for %s", (_label, breakIt, message) => {
    const model = clone();
    breakIt(model);
    const result = parseModelJson(JSON.stringify(model));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.join("\n")).toContain(message);
  });
});
