import { describe, expect, it } from "vitest";
import { RULE_V1 } from "@/lib/scoring/rules";
import { defaultModelV1 } from "./default-model";
import { MODEL_FORMAT_V1, modelDocumentSchema, parseModelJson } from "./model-schema";
import { defaultModelV2 } from "./v2/model";

const defaultModel = defaultModelV2;
const clone = () => structuredClone(defaultModel);

describe("the default model, version 1", () => {
  it("is a valid model document with five levels, six disciplines and 5–8 practices each (about 40)", () => {
    const parsed = modelDocumentSchema.parse(defaultModelV1);
    expect(parsed.levels.map((l) => l.name)).toEqual(["Reactive", "Tactical", "Strategic", "Foundational", "Customer-centric"]);
    expect(parsed.disciplines.map((d) => d.name)).toEqual(["Strategy", "Customer Understanding", "Design", "Measurement", "Governance", "Culture"]);
    for (const d of parsed.disciplines) expect(d.practices.length).toBeGreaterThanOrEqual(5);
    for (const d of parsed.disciplines) expect(d.practices.length).toBeLessThanOrEqual(8);
    const total = parsed.disciplines.reduce((n, d) => n + d.practices.length, 0);
    expect(total).toBeGreaterThanOrEqual(36);
    expect(total).toBeLessThanOrEqual(44);
  });

  it("has five distinct descriptors for every practice", () => {
    for (const p of defaultModelV1.disciplines.flatMap((d) => d.practices)) {
      expect(new Set(p.descriptors).size, p.key).toBe(5);
    }
  });
});

describe("the default model, version 2", () => {
  const practices = defaultModelV2.disciplines.flatMap((d) => d.practices);

  it("is a valid model document with the same levels and disciplines as version 1", () => {
    const parsed = modelDocumentSchema.parse(defaultModelV2);
    expect(parsed.levels).toEqual(defaultModelV1.levels);
    expect(parsed.disciplines.map((d) => d.key)).toEqual(defaultModelV1.disciplines.map((d) => d.key));
  });

  it("has five distinct descriptors and an A-11 area for every practice", () => {
    for (const p of practices) {
      expect(new Set(p.descriptors).size, p.key).toBe(5);
      expect(p.a11Areas.length, p.key).toBeGreaterThan(0);
    }
  });

  it("defines the terms the issue names in its glossary", () => {
    const terms = defaultModelV2.glossary.map((g) => g.term.toLowerCase());
    for (const term of ["top tasks", "voice of the customer", "touchpoint", "relationship survey", "backlog"]) expect(terms.some((t) => t.includes(term)), term).toBe(true);
  });

  it("names all seven A-11 survey drivers in its measurement practices", () => {
    const measurement = defaultModelV2.disciplines.find((d) => d.key === "measurement")!.practices.flatMap((p) => [p.title, p.description, ...p.descriptors]).join(" ").toLowerCase();
    for (const driver of ["satisfaction", "trust", "effectiveness", "ease", "efficiency", "equity", "employee helpfulness"]) expect(measurement, driver).toContain(driver);
  });

  it("keeps version 1's practice keys where the practice carries over, so targets and resources follow", () => {
    const v1 = new Set(defaultModelV1.disciplines.flatMap((d) => d.practices.map((p) => p.key)));
    expect(practices.filter((p) => v1.has(p.key)).length).toBeGreaterThan(25);
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
    ["a wrong format", (m: ReturnType<typeof clone>) => Object.assign(m, { format: "other" }), 'format: must be "cx-maturity-model/v2" (or "cx-maturity-model/v1" for files exported before version 2)'],
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
    ["an unknown A-11 area", (m: ReturnType<typeof clone>) => (m.disciplines[3]!.practices[1]!.a11Areas = ["FINANCE" as never]), "disciplines[3].practices[1].a11Areas[0]: must be one of"],
    ["a practice without an A-11 area", (m: ReturnType<typeof clone>) => (m.disciplines[0]!.practices[0]!.a11Areas = []), "disciplines[0].practices[0].a11Areas: a11Areas must name at least one OMB A-11 §280 area"],
    ["no scoring rule", (m: ReturnType<typeof clone>) => delete (m as Partial<typeof m>).scoring, "scoring: must be an object"],
    ["a realization share above 1", (m: ReturnType<typeof clone>) => (m.scoring.realizationShare = 1.2), "scoring.realizationShare: must be at most 1: the share of answered practices at a level or above for the level to count"],
    ["a floor that is not a whole number", (m: ReturnType<typeof clone>) => (m.scoring.maxLevelsBelow = 1.5), "scoring.maxLevelsBelow: must be a whole number from 0 to 3, or null for no floor"],
    ["an unknown overall rule", (m: ReturnType<typeof clone>) => Object.assign(m.scoring, { overallLevel: "average" }), 'scoring.overallLevel: must be "realized-share" or "lowest-discipline"'],
    ["an unknown rule setting", (m: ReturnType<typeof clone>) => Object.assign(m.scoring, { weights: [1, 2] }), 'scoring: unknown rule setting "weights"'],
    ["a glossary term defined twice", (m: ReturnType<typeof clone>) => m.glossary.push({ ...m.glossary[0]! }), `glossary[${defaultModel.glossary.length}].term: "${defaultModel.glossary[0]!.term}" is defined twice`],
    ["an empty title", (m: ReturnType<typeof clone>) => (m.disciplines[4]!.practices[2]!.title = "  "), "disciplines[4].practices[2].title: title must not be empty"],
    ["an evidence level above 5", (m: ReturnType<typeof clone>) => (m.disciplines[1]!.practices[0]!.evidenceFromLevel = 6), "disciplines[1].practices[0].evidenceFromLevel: evidenceFromLevel must be a level from 1 to 5"],
  ])("names the field for %s", (_label, breakIt, message) => {
    const model = clone();
    breakIt(model);
    const result = parseModelJson(JSON.stringify(model));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.join("\n")).toContain(message);
  });
});

describe("the evidence level of a practice", () => {
  it("is read from the file, 4 when left out", () => {
    const model = clone();
    model.disciplines[0]!.practices[0]!.evidenceFromLevel = 3;
    delete (model.disciplines[0]!.practices[1] as { evidenceFromLevel?: number }).evidenceFromLevel;
    const result = parseModelJson(JSON.stringify(model));
    expect(result.ok && result.model.disciplines[0]!.practices.slice(0, 2).map((p) => p.evidenceFromLevel)).toEqual([3, 4]);
  });
});

describe("version-1 files", () => {
  const v1File = {
    format: MODEL_FORMAT_V1,
    name: "An agency's own model",
    levels: defaultModelV1.levels,
    disciplines: [
      { key: "measurement", name: "Measurement", description: "Measuring the experience.", a11Areas: ["MEASUREMENT"], practices: defaultModelV1.disciplines[3]!.practices.slice(0, 2).map(({ a11Areas: _, ...p }) => p) },
    ],
  };

  it("import with version 1's rule, each practice taking its discipline's A-11 areas", () => {
    const result = parseModelJson(JSON.stringify(v1File));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.model.scoring).toEqual(RULE_V1);
    expect(result.model.glossary).toEqual([]);
    expect(result.model.disciplines[0]!.practices.map((p) => p.a11Areas)).toEqual([["MEASUREMENT"], ["MEASUREMENT"]]);
  });

  it("still need the discipline's areas", () => {
    const result = parseModelJson(JSON.stringify({ ...v1File, disciplines: [{ ...v1File.disciplines[0], a11Areas: [] }] }));
    expect(!result.ok && result.errors).toEqual(["disciplines[0].a11Areas: a11Areas must name at least one OMB A-11 §280 area"]);
  });
});
