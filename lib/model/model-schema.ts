// The maturity model as a JSON document: what administrators export and import, and what the
// default models are written as. Documented in docs/model-format.md.
import { z } from "zod";
import { DEFAULT_EVIDENCE_FROM_LEVEL } from "@/lib/scoring/evidence";
import { A11Area } from "@/lib/db/generated/enums";
import { describeIssues, readJsonDocument } from "@/lib/validation/describe-issues";
import { RULE_V1, type ScoringRule } from "@/lib/scoring/rules";

export const MODEL_FORMAT = "cx-maturity-model/v2";
/** Files exported before the rule and the practice-level crosswalk joined the format. */
export const MODEL_FORMAT_V1 = "cx-maturity-model/v1";

const key = z
  .string({ error: "must be text" })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be lowercase words joined by hyphens, like customer-understanding");

/** No NUL characters: no real text has them, and PostgreSQL refuses to store them. */
const NO_NUL = /^[^\u0000]*$/;

const text = (label: string, max: number) =>
  z
    .string({ error: `${label} must be text` })
    .trim()
    .min(1, `${label} must not be empty`)
    .max(max, `${label} must be ${max} characters or fewer`)
    .regex(NO_NUL, `${label} must not contain NUL characters`);

const a11Areas = z
  .array(z.enum(Object.values(A11Area) as [A11Area, ...A11Area[]], { error: `must be one of ${Object.values(A11Area).join(", ")}` }))
  .min(1, "a11Areas must name at least one OMB A-11 §280 area");

const share = (what: string) =>
  z.number({ error: `must be a number from 0.5 to 1: ${what}` }).min(0.5, `must be at least 0.5: ${what}`).max(1, `must be at most 1: ${what}`);

const scoringRuleSchema = z.strictObject(
  {
    realizationShare: share("the share of answered practices at a level or above for the level to count"),
    maxLevelsBelow: z
      .number({ error: "must be a whole number from 0 to 3, or null for no floor" })
      .int("must be a whole number from 0 to 3, or null for no floor")
      .min(0, "must be a whole number from 0 to 3, or null for no floor")
      .max(3, "must be a whole number from 0 to 3, or null for no floor")
      .nullable(),
    minAnsweredPractices: z
      .number({ error: "must be a whole number from 1 to 20" })
      .int("must be a whole number from 1 to 20")
      .min(1, "must be a whole number from 1 to 20")
      .max(20, "must be a whole number from 1 to 20"),
    minAnsweredShare: share("the share of a discipline's practices that must be answered with a level"),
    overallLevel: z.enum(["realized-share", "lowest-discipline"], { error: 'must be "realized-share" or "lowest-discipline"' }),
    overallNeedsEveryDiscipline: z.boolean({ error: "must be true or false" }),
    notApplicableNeedsReason: z.boolean({ error: "must be true or false" }),
  },
  { error: (issue) => (issue.code === "unrecognized_keys" ? `unknown rule setting ${issue.keys.map((k) => `"${k}"`).join(", ")}` : "must be an object") },
) satisfies z.ZodType<ScoringRule>;

/** A stored rule, read back: the database only holds rules this schema let in. */
export function parseScoringRule(json: unknown): ScoringRule {
  return scoringRuleSchema.parse(json);
}

const levelSchema = z.object({
  rank: z.number({ error: "rank must be a number from 1 to 5" }).int().min(1).max(5),
  name: text("name", 60),
  description: text("description", 500),
});

const practiceFields = {
  key,
  title: text("title", 200),
  description: z.string().trim().max(1000, "description must be 1000 characters or fewer").regex(NO_NUL, "description must not contain NUL characters").default(""),
  descriptors: z
    .array(text("descriptor", 600), { error: "descriptors must be a list of 5 texts" })
    .length(5, "descriptors must list exactly 5 texts, one per level from Reactive to Customer-centric"),
  evidenceFromLevel: z
    .number({ error: "evidenceFromLevel must be a level from 1 to 5" })
    .int("evidenceFromLevel must be a whole level from 1 to 5")
    .min(1, "evidenceFromLevel must be a level from 1 to 5")
    .max(5, "evidenceFromLevel must be a level from 1 to 5")
    .default(DEFAULT_EVIDENCE_FROM_LEVEL),
};

const disciplineFields = { key, name: text("name", 80), description: text("description", 1000) };
const practiceCount = { min: [2, "a discipline needs at least 2 practices"], max: [20, "a discipline has at most 20 practices"] } as const;

const glossarySchema = z
  .array(z.object({ term: text("term", 80), definition: text("definition", 600) }), { error: "glossary must be a list of { term, definition }" })
  .max(100, "glossary has at most 100 terms")
  .default([]);

/** A stored glossary, read back. */
export function parseGlossary(json: unknown): ModelDocument["glossary"] {
  return glossarySchema.parse(json);
}

type Shape = {
  levels: { rank: number }[];
  disciplines: { key: string; practices: { key: string }[] }[];
  glossary?: { term: string }[];
};

function checkOrderAndKeys(doc: Shape, ctx: z.RefinementCtx) {
  doc.levels.forEach((level, i) => {
    if (level.rank !== i + 1) ctx.addIssue({ code: "custom", path: ["levels", i, "rank"], message: `must be ${i + 1}: levels are listed from 1 to 5 in order` });
  });
  const disciplineKeys = new Set<string>();
  const practiceKeys = new Set<string>();
  doc.disciplines.forEach((d, i) => {
    if (disciplineKeys.has(d.key)) ctx.addIssue({ code: "custom", path: ["disciplines", i, "key"], message: `"${d.key}" is used by another discipline` });
    disciplineKeys.add(d.key);
    d.practices.forEach((p, j) => {
      if (practiceKeys.has(p.key)) ctx.addIssue({ code: "custom", path: ["disciplines", i, "practices", j, "key"], message: `"${p.key}" is used by another practice` });
      practiceKeys.add(p.key);
    });
  });
  const terms = new Set<string>();
  doc.glossary?.forEach((g, i) => {
    const term = g.term.toLowerCase();
    if (terms.has(term)) ctx.addIssue({ code: "custom", path: ["glossary", i, "term"], message: `"${g.term}" is defined twice` });
    terms.add(term);
  });
}

const documentFields = {
  name: text("name", 200),
  description: z.string().trim().max(2000).regex(NO_NUL, "description must not contain NUL characters").default(""),
  levels: z.array(levelSchema).length(5, "levels must list exactly 5 levels"),
};

/** The current format: the rule, the glossary, and the A-11 crosswalk on each practice. */
export const modelDocumentSchema = z
  .object({
    format: z.literal(MODEL_FORMAT),
    ...documentFields,
    scoring: scoringRuleSchema,
    glossary: glossarySchema,
    disciplines: z
      .array(
        z.object({
          ...disciplineFields,
          practices: z
            .array(z.object({ ...practiceFields, a11Areas }))
            .min(...practiceCount.min)
            .max(...practiceCount.max),
        }),
      )
      .min(1, "a model needs at least one discipline")
      .max(12, "a model has at most 12 disciplines"),
  })
  .superRefine(checkOrderAndKeys);

export type ModelDocument = z.infer<typeof modelDocumentSchema>;
type ModelDocumentInput = z.input<typeof modelDocumentSchema>;

/** Version-1 files: one crosswalk per discipline and no rule. Read as version 1's rule, every practice taking its discipline's areas. */
const modelDocumentV1Schema = z
  .object({
    format: z.literal(MODEL_FORMAT_V1),
    ...documentFields,
    disciplines: z
      .array(z.object({ ...disciplineFields, a11Areas, practices: z.array(z.object(practiceFields)).min(...practiceCount.min).max(...practiceCount.max) }))
      .min(1, "a model needs at least one discipline")
      .max(12, "a model has at most 12 disciplines"),
  })
  .superRefine(checkOrderAndKeys);

function fromV1(doc: z.infer<typeof modelDocumentV1Schema>): ModelDocumentInput {
  return {
    ...doc,
    format: MODEL_FORMAT,
    scoring: RULE_V1,
    glossary: [],
    disciplines: doc.disciplines.map(({ a11Areas: areas, ...d }) => ({ ...d, practices: d.practices.map((p) => ({ ...p, a11Areas: areas })) })),
  };
}

/** A discipline's A-11 areas: those of its practices, in the enum's order. */
export function disciplineA11Areas(practices: readonly { a11Areas: readonly A11Area[] }[]): A11Area[] {
  const used = new Set(practices.flatMap((p) => p.a11Areas));
  return Object.values(A11Area).filter((area) => used.has(area));
}

/** Parses an uploaded model file: JSON syntax, then the format it names, then that format's schema. */
export function parseModelJson(json: string): { ok: true; model: ModelDocument } | { ok: false; errors: string[] } {
  const read = readJsonDocument(json);
  if (!read.ok) return read;
  const { data, format } = read;
  if (format === MODEL_FORMAT_V1) {
    const v1 = modelDocumentV1Schema.safeParse(data);
    return v1.success ? { ok: true, model: modelDocumentSchema.parse(fromV1(v1.data)) } : { ok: false, errors: describeIssues(v1.error) };
  }
  if (format !== MODEL_FORMAT) return { ok: false, errors: [`format: must be "${MODEL_FORMAT}" (or "${MODEL_FORMAT_V1}" for files exported before version 2)`] };
  const parsed = modelDocumentSchema.safeParse(data);
  return parsed.success ? { ok: true, model: parsed.data } : { ok: false, errors: describeIssues(parsed.error) };
}
