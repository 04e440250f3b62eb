import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EXCHANGE_FORMAT, exchangeJsonSchema, parseExchangeJson, type AssessmentExchange } from "./format";
import { scoresDisagreement } from "./scores";

const person = { name: "Avery Lead", email: "avery@example.gov" };
const valid: AssessmentExchange = {
  format: EXCHANGE_FORMAT,
  exportedAt: "2026-11-30T12:00:00.000Z",
  id: "0d3c6a7e-7a8b-4a7e-9d2c-1f6a5b4c3d2e",
  status: "ACCEPTED",
  program: { name: "Passport Services", agency: { name: "Department of State", abbreviation: "DOS" } },
  cycle: { name: "FY2026", startsOn: "2025-10-01", endsOn: "2026-09-30" },
  model: { version: 2, name: "Federal CX Maturity Model" },
  createdAt: "2026-01-05T09:00:00.000Z",
  submittedAt: "2026-02-01T09:00:00.000Z",
  submittedBy: person,
  answers: [
    { disciplineKey: "strategy", practiceKey: "cx-strategy", practiceTitle: "A CX strategy", level: 3, notApplicable: false, evidenceNote: "", evidenceLinks: ["https://example.gov/s"], answeredBy: person, answeredAt: "2026-01-20T09:00:00.000Z" },
    { disciplineKey: "strategy", practiceKey: "cx-budget", practiceTitle: "A CX budget", level: null, notApplicable: true, evidenceNote: "Funded centrally", evidenceLinks: [], answeredBy: person, answeredAt: "2026-01-20T09:00:00.000Z" },
  ],
  scores: { overall: { score: 3, level: 3 }, disciplines: [{ key: "strategy", score: 3, level: 3 }] },
  reviews: [{ decision: "ACCEPTED", comment: "", reviewer: { name: "Casey Council", email: "casey@example.gov" }, at: "2026-02-10T09:00:00.000Z" }],
};

const errorsOf = (doc: unknown) => {
  const parsed = parseExchangeJson(JSON.stringify(doc));
  return parsed.ok ? [] : parsed.errors;
};

describe("the assessment exchange format", () => {
  it("reads a valid document back as it was written", () => {
    expect(parseExchangeJson(JSON.stringify(valid))).toEqual({ ok: true, document: valid });
  });

  it("names the field of every problem", () => {
    expect(errorsOf("not an object")).toEqual([`format: must be "${EXCHANGE_FORMAT}": this is not an assessment file of this format`]);
    expect(parseExchangeJson("{ nope")).toMatchObject({ ok: false, errors: [expect.stringMatching(/^The file is not valid JSON/)] });
    expect(errorsOf({ ...valid, answers: [{ ...valid.answers[0]!, level: 0, evidenceLinks: ["javascript:alert(1)"] }] })).toEqual([
      "answers[0].level: must be a whole number from 1 to 5",
      "answers[0].evidenceLinks[0]: Each evidence link must be a full web address starting with https:// or http://",
    ]);
    expect(errorsOf({ ...valid, answers: [{ ...valid.answers[0]!, level: null }] })).toEqual(["answers[0].level: must be null when notApplicable is true, and a level from 1 to 5 otherwise"]);
    expect(errorsOf({ ...valid, status: "DRAFT" })).toEqual(["scores: must be null for a DRAFT assessment: it has none until submitted"]);
    expect(errorsOf({ ...valid, scores: null })).toEqual(["scores: must hold the scores, which every ACCEPTED assessment has"]);
    expect(errorsOf({ ...valid, program: { ...valid.program, agency: { ...valid.program.agency, abbreviation: "no spaces allowed" } } })).toEqual([
      "program.agency.abbreviation: must be 2 to 20 letters or digits, like VA or USDA",
    ]);
    expect(errorsOf({ ...valid, answers: [{ ...valid.answers[0]!, evidenceNote: "a\u0000b" }] })).toEqual(["answers[0].evidenceNote: Remove the invisible NUL character from this text"]);
  });

  it("never throws, whatever the file holds (fuzzing)", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((v) => JSON.stringify({ ...valid, answers: [v] }))), (text) => {
        const parsed = parseExchangeJson(text);
        if (!parsed.ok) expect(parsed.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it("publishes a JSON Schema that accepts what the format accepts and refuses what it refuses", () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    const schema = exchangeJsonSchema();
    expect(schema).toMatchObject({ $schema: "https://json-schema.org/draft/2020-12/schema", $id: "/api/v1/schemas/assessment-exchange.json" });
    const validate = ajv.compile(schema);
    expect(validate(valid), JSON.stringify(validate.errors)).toBe(true);
    for (const bad of [
      { ...valid, format: "cx-maturity-assessment/v0" },
      { ...valid, id: "42" },
      { ...valid, answers: [{ ...valid.answers[0]!, level: 6 }] },
      { ...valid, status: "FINISHED" },
      { ...valid, cycle: { ...valid.cycle, startsOn: "1 October 2025" } },
    ]) {
      expect(validate(bad)).toBe(false);
      expect(errorsOf(bad)).not.toEqual([]);
    }
  });
});

describe("scores of an imported document against this installation's", () => {
  const computed = { overallScore: 3, overallLevel: 3 as const, disciplines: [{ key: "strategy", score: 3, level: 3 as const }] };
  it("agree when levels match and scores round the same", () => {
    expect(scoresDisagreement(valid.scores!, computed, 2)).toBeNull();
    expect(scoresDisagreement({ ...valid.scores!, overall: { score: 3.04, level: 3 } }, computed, 2)).toBeNull();
  });
  it("name the first field that differs", () => {
    expect(scoresDisagreement({ ...valid.scores!, overall: { score: 3, level: 2 } }, computed, 2)).toMatch(/^scores\.overall: the file says level 2, score 3\.0, but model version 2 here/);
    expect(scoresDisagreement({ ...valid.scores!, disciplines: [{ key: "strategy", score: null, level: null }] }, computed, 2)).toMatch(/^scores\.disciplines\[0\]: the file says not scored for “strategy”/);
    expect(scoresDisagreement({ ...valid.scores!, disciplines: [{ key: "tone", score: 3, level: 3 }] }, computed, 2)).toBe("scores.disciplines[0].key: model version 2 here has no discipline “tone”");
    expect(scoresDisagreement({ ...valid.scores!, disciplines: [] }, computed, 2)).toBe("scores.disciplines: the file has no score for “strategy”, which model version 2 here has");
  });
});

describe("a file missing whole parts", () => {
  it("says which part is missing and what it must hold, in words", () => {
    const { program: _p, answers: _a, ...rest } = valid;
    expect(errorsOf({ ...rest, cycle: "FY2026", reviews: [{}] })).toEqual([
      "program: is missing: it must hold an object with the program's name and agency",
      "cycle: must be an object with the cycle's name, startsOn and endsOn",
      "answers: is missing: it must hold a list of answers",
      "reviews[0].decision: must be \"ACCEPTED\" or \"RETURNED\"",
      "reviews[0].comment: must be text",
      "reviews[0].reviewer: is missing: it must hold an object with the person's name and email",
      "reviews[0].at: must be a date and time in ISO 8601, like 2026-03-01T14:05:00.000Z",
    ]);
  });
});
