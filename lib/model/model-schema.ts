// The maturity model as a JSON document: what administrators export and import, and what the
// default model is written as. Documented in docs/model-format.md.
import { z } from "zod";
import { A11Area } from "@/lib/db/generated/enums";

export const MODEL_FORMAT = "cx-maturity-model/v1";

const key = z
  .string({ error: "must be text" })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be lowercase words joined by hyphens, like customer-understanding");

const text = (label: string, max: number) =>
  z.string({ error: `${label} must be text` }).trim().min(1, `${label} must not be empty`).max(max, `${label} must be ${max} characters or fewer`);

const levelSchema = z.object({
  rank: z.number({ error: "rank must be a number from 1 to 5" }).int().min(1).max(5),
  name: text("name", 60),
  description: text("description", 500),
});

const practiceSchema = z.object({
  key,
  title: text("title", 200),
  description: z.string().trim().max(1000, "description must be 1000 characters or fewer").default(""),
  descriptors: z
    .array(text("descriptor", 600), { error: "descriptors must be a list of 5 texts" })
    .length(5, "descriptors must list exactly 5 texts, one per level from Reactive to Customer-centric"),
});

const disciplineSchema = z.object({
  key,
  name: text("name", 80),
  description: text("description", 1000),
  a11Areas: z
    .array(z.enum(Object.values(A11Area) as [A11Area, ...A11Area[]], { error: `must be one of ${Object.values(A11Area).join(", ")}` }))
    .min(1, "a11Areas must name at least one OMB A-11 §280 area"),
  practices: z.array(practiceSchema).min(2, "a discipline needs at least 2 practices").max(20, "a discipline has at most 20 practices"),
});

export const modelDocumentSchema = z
  .object({
    format: z.literal(MODEL_FORMAT, { error: `format must be "${MODEL_FORMAT}"` }),
    name: text("name", 200),
    description: z.string().trim().max(2000).default(""),
    levels: z.array(levelSchema).length(5, "levels must list exactly 5 levels"),
    disciplines: z.array(disciplineSchema).min(1, "a model needs at least one discipline").max(12, "a model has at most 12 disciplines"),
  })
  .superRefine((doc, ctx) => {
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
  });

export type ModelDocument = z.infer<typeof modelDocumentSchema>;

/** "disciplines[2].practices[0].descriptors: …", one line per problem, for people fixing a file. */
export function describeModelErrors(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("").replace(/^\./, "");
    return path ? `${path}: ${issue.message}` : issue.message;
  });
}

/** Parses an uploaded model file: JSON syntax first, then the schema. */
export function parseModelJson(json: string): { ok: true; model: ModelDocument } | { ok: false; errors: string[] } {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return { ok: false, errors: [`The file is not valid JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const parsed = modelDocumentSchema.safeParse(data);
  return parsed.success ? { ok: true, model: parsed.data } : { ok: false, errors: describeModelErrors(parsed.error) };
}
