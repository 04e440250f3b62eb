// The read API's queries and response bodies. The routes parse queries with these schemas, the
// data-access layer returns their types, the OpenAPI document (openapi.ts) is generated from them and
// the end-to-end tests check every answer against them: one definition, so none can disagree.
// Relative imports: the e2e suite loads this module outside Next.js.
import { z } from "zod";
import { ActionItemStatus, AssessmentStatus, CycleStatus } from "../db/generated/enums";
import { portfolioQuerySchema } from "../validation/portfolio";

// ---------------------------------------------------------------------------------------------
// Paging

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

/** Where a page starts: after this row, in the order rows were created (ties by id). */
export type Cursor = { after: Date; id: string };

const cursorContent = z.tuple([z.iso.datetime({ offset: true }), z.uuid()]);

/** A cursor is the last row's creation time and id, base64url JSON: opaque to clients, checked when it comes back. */
export function encodeCursor(row: { createdAt: Date; id: string }): string {
  return Buffer.from(JSON.stringify([row.createdAt.toISOString(), row.id])).toString("base64url");
}

function decodeCursor(value: string): Cursor | null {
  try {
    const parsed = cursorContent.safeParse(JSON.parse(Buffer.from(value, "base64url").toString("utf8")));
    return parsed.success ? { after: new Date(parsed.data[0]), id: parsed.data[1] } : null;
  } catch {
    return null;
  }
}

const cursor = z
  .string()
  .max(200)
  .transform((value, ctx): Cursor => {
    const decoded = decodeCursor(value);
    if (decoded) return decoded;
    ctx.issues.push({ code: "custom", input: value, message: "Not a cursor this API gave: send the nextCursor of the previous page, or none for the first page." });
    return z.NEVER;
  })
  .optional()
  .describe("The previous page's nextCursor; leave out for the first page.");

const pageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE).describe(`Rows per page, 1–${MAX_PAGE_SIZE}.`),
  cursor,
});

const page = <T extends z.ZodType>(row: T) =>
  z.object({
    data: z.array(row),
    nextCursor: z.string().nullable().describe("Pass as cursor for the next page; null on the last page."),
  });

const list = <T extends z.ZodType>(row: T) => z.object({ data: z.array(row) });

// ---------------------------------------------------------------------------------------------
// Queries

/** Endpoints that take no query parameters (unknown ones are ignored, as everywhere). */
export const noQuerySchema = z.object({});

export const programsQuerySchema = pageQuery.extend({
  agency: z.uuid().optional().describe("Only this agency's programs (an agency id)."),
});

export const assessmentsQuerySchema = pageQuery.extend({
  program: z.uuid().optional().describe("Only this program's assessments (a program id)."),
  cycle: z.string().min(1).max(40).optional().meta({ description: "Only this cycle's assessments (a cycle name).", examples: ["FY2026"] }),
  status: z.enum(AssessmentStatus).optional().meta({ description: "Only assessments at this status.", examples: ["SUBMITTED"] }),
});

// The portfolio page's filters, strict here: a tool is told about a wrong value instead of getting the default.
const filter = portfolioQuerySchema.shape;
export const portfolioApiQuerySchema = pageQuery.extend({
  view: filter.view.unwrap().default("latest").describe("latest: each program's latest accepted assessment; baseline: its first."),
  cycle: filter.cycle.unwrap().describe("Only assessments of this cycle (a cycle name)."),
  agency: filter.agency.unwrap().describe("Only this agency's programs (an agency id)."),
  level: filter.level.unwrap().meta({ description: "Only programs at this overall level (1–5).", examples: [2] }),
});

/** The CSV variants take the same filters, and answer with every row at once. */
export const portfolioCsvQuerySchema = portfolioApiQuerySchema.omit({ limit: true, cursor: true });

export type ProgramsQuery = z.infer<typeof programsQuerySchema>;
export type AssessmentsQuery = z.infer<typeof assessmentsQuerySchema>;
export type PortfolioApiQuery = z.infer<typeof portfolioApiQuerySchema>;
export type PortfolioCsvQuery = z.infer<typeof portfolioCsvQuerySchema>;

// ---------------------------------------------------------------------------------------------
// Responses

const id = z.uuid();
const timestamp = z.iso.datetime().describe("ISO 8601 date and time, UTC.");
const day = z.iso.date().describe("ISO 8601 date.");
const level = z.int().min(1).max(5).describe("Maturity level, 1 (Reactive) to 5 (Customer-centric).");
const named = z.object({ id, name: z.string() });

const cell = z.object({
  score: z.number().nullable().describe("Mean answered level, to one decimal; null when not scored."),
  level: level.nullable().describe("Level attained; null when not scored."),
});
const disciplineCell = z.object({ key: z.string().describe("Discipline key, stable across model versions."), ...cell.shape });

export const agencySchema = z.object({
  id,
  name: z.string(),
  abbreviation: z.string(),
  programCount: z.int().min(0).describe("Programs of the agency the token can read."),
});
export const agencyListSchema = list(agencySchema);

export const programSchema = z.object({
  id,
  name: z.string(),
  description: z.string(),
  agency: z.object({ id, name: z.string(), abbreviation: z.string() }),
  baselineAssessmentId: id.nullable().describe("The program's first accepted assessment."),
  latestAcceptedAssessmentId: id.nullable().describe("The program's latest accepted assessment."),
  createdAt: timestamp,
});
export const programPageSchema = page(programSchema);

export const cycleSchema = z.object({ id, name: z.string(), startsOn: day, endsOn: day, status: z.enum(CycleStatus) });
export const cycleListSchema = list(cycleSchema);

export const assessmentSchema = z.object({
  id,
  program: named,
  agency: named,
  cycle: named,
  status: z.enum(AssessmentStatus),
  modelVersion: z.int().min(1).describe("Version of the maturity model the assessment was taken on; its scoring rule applies."),
  submittedAt: timestamp.nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
  scores: z
    .object({ overall: cell, disciplines: z.array(disciplineCell).describe("In the model's order.") })
    .nullable()
    .describe("Stored when submitted; null unless SUBMITTED or ACCEPTED."),
});
export const assessmentPageSchema = page(assessmentSchema);

export const answerSchema = z.object({
  practiceKey: z.string(),
  practiceTitle: z.string(),
  disciplineKey: z.string(),
  level: level.nullable().describe("The level chosen; null when not applicable."),
  notApplicable: z.boolean(),
  evidenceNote: z.string(),
  evidenceLinks: z.array(z.string()),
  answeredBy: z.string().describe("Name of the person who last answered."),
  updatedAt: timestamp,
});
export const answerListSchema = list(answerSchema);

export const targetSchema = z.object({
  disciplineKey: z.string(),
  targetLevel: level,
  dueOn: day.nullable(),
  latestLevel: level.nullable().describe("The discipline's level in the latest accepted assessment."),
  status: z.enum(["met", "on-track", "at-risk", "missed"]).describe("From accepted assessments only: at risk when due within 180 days or two levels short."),
  updatedAt: timestamp,
});
export const targetListSchema = list(targetSchema);

export const actionItemSchema = z.object({
  id,
  disciplineKey: z.string(),
  practiceKey: z.string().nullable(),
  title: z.string(),
  ownerName: z.string(),
  dueOn: day.nullable(),
  status: z.enum(ActionItemStatus),
  completedAt: timestamp.nullable(),
  notes: z.string(),
  resources: z.array(z.object({ id, title: z.string(), url: z.string() })).describe("CX Toolkit resources linked to the item."),
});
export const actionItemListSchema = list(actionItemSchema);

export const portfolioRowSchema = z.object({
  program: named,
  agency: named,
  assessmentId: id.describe("The accepted assessment the view shows."),
  cycle: z.string(),
  modelVersion: z.int().min(1),
  overall: cell,
  disciplines: z.array(disciplineCell).describe("In the model's order."),
});
export const portfolioPageSchema = page(portfolioRowSchema);

/** RFC 9457 problem details, as lib/api/problem.ts writes them. */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.int(),
  detail: z.string().optional(),
  errors: z.array(z.object({ path: z.string().describe("The query parameter."), message: z.string() })).optional().describe("Each problem of a 400."),
});

export type Page<T> = { data: T[]; nextCursor: string | null };
export type AgencyDto = z.infer<typeof agencySchema>;
export type ProgramDto = z.infer<typeof programSchema>;
export type CycleDto = z.infer<typeof cycleSchema>;
export type AssessmentDto = z.infer<typeof assessmentSchema>;
export type AnswerDto = z.infer<typeof answerSchema>;
export type TargetDto = z.infer<typeof targetSchema>;
export type ActionItemDto = z.infer<typeof actionItemSchema>;
export type PortfolioRowDto = z.infer<typeof portfolioRowSchema>;
