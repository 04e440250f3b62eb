// The assessment exchange format: one JSON document per assessment, for moving an assessment between
// installations and for agencies' own tools. Documented in docs/assessment-exchange.md; its JSON Schema
// (generated from this file) is served at /api/v1/schemas/assessment-exchange.json.
//
// A document names nothing by an installation's own ids but the assessment's: the program by its
// agency's abbreviation and its name, the cycle by name, the model by version, practices by key and
// people by e-mail address. So it means the same in every installation that has the same model.
// Relative imports: the e2e suite loads this module outside Next.js.
import { z } from "zod";
import { AssessmentStatus, ReviewDecision } from "../db/generated/enums";
import { evidenceLinkSchema, MAX_LINKS, MAX_NOTE_LENGTH } from "../validation/answers";
import { describeIssues, readJsonDocument } from "../validation/describe-issues";
import { text } from "../validation/text";

export const EXCHANGE_FORMAT = "cx-maturity-assessment/v1";
export const EXCHANGE_SCHEMA_PATH = "/api/v1/schemas/assessment-exchange.json";

/** zod's own words ("Invalid input: expected object, received undefined") mean little to whoever fixes a file. */
const shaped = (what: string) => ({
  error: (issue: { input: unknown }) => (issue.input === undefined ? `is missing: it must hold ${what}` : `must be ${what}`),
});

const name = (what: string, max: number) =>
  text({ error: `must be the ${what} as text` }).trim().min(1, `must name the ${what}`).max(max, `must be ${max} characters or fewer`);
const timestamp = z.iso.datetime({ offset: true, error: "must be a date and time in ISO 8601, like 2026-03-01T14:05:00.000Z" });
const day = z.iso.date({ error: "must be a date in ISO 8601, like 2025-10-01" });
const level = z.int({ error: "must be a whole number from 1 to 5" }).min(1, "must be a whole number from 1 to 5").max(5, "must be a whole number from 1 to 5");
const key = text({ error: "must be a key as text" }).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be a key: lowercase words joined by hyphens");

const person = z
  .object(
    {
    name: name("person's name", 120),
    email: z.email({ error: "must be an e-mail address" }).max(320, "must be 320 characters or fewer"),
    },
    shaped("an object with the person's name and email"),
  )
  .describe("A person, matched by e-mail address when imported.");

const cell = {
  score: z.number({ error: "must be a number from 1 to 5, or null" }).min(1).max(5).nullable().describe("Mean answered level, to one decimal; null when not scored."),
  level: level.nullable().describe("Level attained; null when not scored."),
};

export const exchangeAnswerSchema = z.object(
  {
  disciplineKey: key.describe("Key of the practice's discipline, stable across model versions."),
  practiceKey: key.describe("Key of the practice, unique in the model."),
  practiceTitle: name("practice's title", 500).describe("The practice's title in the model version, for people reading the file; the key is what counts."),
  level: level.nullable().describe("The level chosen, 1 (Reactive) to 5 (Customer-centric); null when not applicable."),
  notApplicable: z.boolean({ error: "must be true or false" }),
  evidenceNote: text({ error: "must be text" })
    .max(MAX_NOTE_LENGTH, `must be ${MAX_NOTE_LENGTH.toLocaleString("en-US")} characters or fewer`)
    .describe("Evidence for the answer, as typed; for a practice not applicable, why."),
  evidenceLinks: z.array(evidenceLinkSchema, shaped("a list of web addresses")).max(MAX_LINKS, `must hold at most ${MAX_LINKS} links`).describe("Web addresses of evidence."),
  answeredBy: person.describe("Who last changed the answer."),
  answeredAt: timestamp.describe("When the answer was last changed."),
  },
  shaped("an answer: an object with disciplineKey, practiceKey, level, notApplicable, evidence, answeredBy and answeredAt"),
);

export const exchangeReviewSchema = z.object(
  {
  decision: z.enum(ReviewDecision, { error: `must be ${Object.values(ReviewDecision).map((d) => `"${d}"`).join(" or ")}` }),
  comment: text({ error: "must be text" }).max(4000, "must be 4,000 characters or fewer"),
  reviewer: person.describe("The council member who decided."),
  at: timestamp.describe("When the decision was taken."),
  },
  shaped("a decision: an object with decision, comment, reviewer and at"),
);

const scored: AssessmentStatus[] = ["SUBMITTED", "ACCEPTED"];

export const assessmentExchangeSchema = z
  .object(
    {
    format: z.literal(EXCHANGE_FORMAT, { error: `must be "${EXCHANGE_FORMAT}"` }).describe("The format and its version; a new version of the format gets a new value."),
    exportedAt: timestamp.describe("When the document was written."),
    id: z.uuid({ error: "must be the assessment's id, a UUID" }).describe("The assessment's id, kept when imported: importing the same document twice is recognised."),
    status: z.enum(AssessmentStatus, { error: `must be one of ${Object.values(AssessmentStatus).map((s) => `"${s}"`).join(", ")}` }),
    program: z
      .object(
        {
          name: name("program's name", 200),
          agency: z.object(
            {
              name: name("agency's name", 200).describe("For people reading the file; the abbreviation is what counts."),
              abbreviation: text({ error: "must be the agency's abbreviation" }).regex(/^[A-Za-z0-9&.-]{2,20}$/, "must be 2 to 20 letters or digits, like VA or USDA"),
            },
            shaped("an object with the agency's name and abbreviation"),
          ),
        },
        shaped("an object with the program's name and agency"),
      )
      .describe("Matched on import by the agency's abbreviation and the program's name (case does not matter)."),
    cycle: z.object({ name: name("cycle's name", 40), startsOn: day, endsOn: day }, shaped("an object with the cycle's name, startsOn and endsOn")).describe("Matched on import by name."),
    model: z.object({ version: z.int({ error: "must be a whole number from 1" }).min(1, "must be a whole number from 1"), name: name("model's name", 200) }, shaped("an object with the model's version and name")).describe("The maturity model version the assessment was taken on; matched on import by version, and its practices by key."),
    createdAt: timestamp,
    submittedAt: timestamp.nullable().describe("When last submitted; null while a draft."),
    submittedBy: person.nullable(),
    answers: z.array(exchangeAnswerSchema, shaped("a list of answers")).max(500, "must hold at most 500 answers").describe("Every answer, in the model's order."),
    scores: z
      .object(
        { overall: z.object(cell, shaped("an object with score and level")), disciplines: z.array(z.object({ key, ...cell }, shaped("an object with key, score and level")), shaped("a list of disciplines")).max(50) },
        shaped("an object with overall and disciplines, or null"),
      )
      .nullable()
      .describe("The scores stored when the assessment was submitted, by its model version's rule; null unless SUBMITTED or ACCEPTED."),
    reviews: z.array(exchangeReviewSchema, shaped("a list of decisions")).max(200, "must hold at most 200 reviews").describe("The council's decisions, oldest first."),
    },
    shaped("an object: an assessment document"),
  )
  .superRefine((doc, ctx) => {
    const seen = new Set<string>();
    doc.answers.forEach((answer, i) => {
      if (seen.has(answer.practiceKey)) ctx.addIssue({ code: "custom", path: ["answers", i, "practiceKey"], message: `answers "${answer.practiceKey}" a second time` });
      seen.add(answer.practiceKey);
      if ((answer.level === null) !== answer.notApplicable) {
        ctx.addIssue({ code: "custom", path: ["answers", i, "level"], message: "must be null when notApplicable is true, and a level from 1 to 5 otherwise" });
      }
    });
    const hasScores = scored.includes(doc.status);
    if (hasScores && doc.scores === null) ctx.addIssue({ code: "custom", path: ["scores"], message: `must hold the scores, which every ${doc.status} assessment has` });
    if (!hasScores && doc.scores !== null) ctx.addIssue({ code: "custom", path: ["scores"], message: `must be null for a ${doc.status} assessment: it has none until submitted` });
    if (hasScores && doc.submittedAt === null) ctx.addIssue({ code: "custom", path: ["submittedAt"], message: `must say when a ${doc.status} assessment was submitted` });
  });

export type AssessmentExchange = z.infer<typeof assessmentExchangeSchema>;
export type ExchangeAnswer = z.infer<typeof exchangeAnswerSchema>;

/** An uploaded document: JSON syntax, then the format it names, then the schema. */
export function parseExchangeJson(json: string): { ok: true; document: AssessmentExchange } | { ok: false; errors: string[] } {
  const read = readJsonDocument(json);
  if (!read.ok) return read;
  if (read.format !== EXCHANGE_FORMAT) return { ok: false, errors: [`format: must be "${EXCHANGE_FORMAT}": this is not an assessment file of this format`] };
  const parsed = assessmentExchangeSchema.safeParse(read.data);
  return parsed.success ? { ok: true, document: parsed.data } : { ok: false, errors: describeIssues(parsed.error) };
}

/** The published JSON Schema (draft 2020-12) of the format. */
export function exchangeJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(assessmentExchangeSchema, { io: "input" }),
    $id: EXCHANGE_SCHEMA_PATH,
    title: "CX Maturity Assessment: one assessment",
  };
}
