// The documented column sets of the council's CSV and XLSX downloads, as data. The CSV and XLSX
// builders, the "Columns" sheet and docs/exports.md all follow these definitions: change a column
// here and update docs/exports.md with it.

import { actionItemStatusLabels } from "../action-item-status";
import type { PlanActionContent } from "../plans/action";

type ActionItemStatus = keyof typeof actionItemStatusLabels;

export type Column<Row> = {
  /** Stable machine name of the column (not shown to users). */
  key: string;
  /** Header shown in the first row of the file. */
  header: string;
  /** What the column means; written to the XLSX "Columns" sheet and to docs/exports.md. */
  description: string;
  /** The cell value. Neutralized against formula injection by the builders, not here. */
  value: (row: Row) => string | number | null;
};

/** One row per program × discipline of a program's baseline or latest assessment. */
export type PortfolioRow = {
  agency: string;
  program: string;
  cycle: string;
  modelVersion: number;
  view: "baseline" | "latest";
  status: string;
  disciplineKey: string;
  discipline: string;
  score: number | null;
  level: number | null;
  levelName: string | null;
  overallScore: number | null;
  overallLevel: number | null;
  a11Areas: string;
  acceptedAt: Date | null;
};

/** One row per answer (practice) of an assessment. */
export type AnswerRow = {
  agency: string;
  program: string;
  cycle: string;
  status: string;
  modelVersion: number;
  discipline: string;
  practiceKey: string;
  practice: string;
  level: number | null;
  levelName: string | null;
  notApplicable: boolean;
  evidenceNote: string;
  evidenceLinks: string[];
  answeredBy: string;
  answeredAt: Date;
  /** The program's own answer where the council validated another one on acceptance; null where it agreed. */
  selfReported: number | "NA" | null;
  validationReason: string;
  /** An answer of the program, or one respondent's own rating of a team assessment (after the answer it informs). */
  record: "answer" | "rating";
  /** For a rating: "Respondent 1", 2, … in the order they were asked; "" for an answer. */
  respondent: string;
  confidence: "LOW" | "MEDIUM" | "HIGH" | null;
};

/** ISO 8601 in UTC, e.g. 2025-03-01T14:05:00.000Z; null (empty cell) when absent. */
const isoUtc = (value: Date | null): string | null => (value ? value.toISOString() : null);

export const portfolioColumns: Column<PortfolioRow>[] = [
  { key: "agency", header: "Agency", description: "Agency the program belongs to.", value: (r) => r.agency },
  { key: "program", header: "Program", description: "Program (service) that was assessed.", value: (r) => r.program },
  { key: "cycle", header: "Cycle", description: "Assessment cycle of the assessment this row comes from.", value: (r) => r.cycle },
  {
    key: "modelVersion",
    header: "Model version",
    description: "Version of the maturity model the assessment was taken on. Versions differ in practices and in how answers become levels (see Methodology): compare levels across versions with care.",
    value: (r) => r.modelVersion,
  },
  {
    key: "view",
    header: "Baseline or latest",
    description:
      "\"baseline\": the program's first accepted assessment, the point progress is measured from; \"latest\": its most recent assessment in the export. Filter on this column to compare the two.",
    value: (r) => r.view,
  },
  { key: "status", header: "Status", description: "Status of that assessment (e.g. SUBMITTED, ACCEPTED).", value: (r) => r.status },
  {
    key: "disciplineKey",
    header: "Discipline key",
    description: "Stable key of the CX discipline; the same across model versions, so use it to compare cycles.",
    value: (r) => r.disciplineKey,
  },
  { key: "discipline", header: "Discipline", description: "Name of the CX discipline in the assessment's model version.", value: (r) => r.discipline },
  {
    key: "score",
    header: "Score (1–5)",
    description:
      "Mean level of the discipline's practices answered with a level, one decimal (\"not applicable\" is left out). Empty when too few practices are answered to score the discipline.",
    value: (r) => r.score,
  },
  {
    key: "level",
    header: "Level (1–5)",
    description:
      "Maturity level attained in the discipline, by the rule of the assessment's model version: the highest level that at least 80 % of its answered practices reach (version 2 and later also: with no answered practice more than one level below it). Empty when not scored.",
    value: (r) => r.level,
  },
  {
    key: "levelName",
    header: "Level name",
    description: "Name of the attained level (1 Reactive, 2 Tactical, 3 Strategic, 4 Foundational, 5 Customer-centric in the default model). Empty when not scored.",
    value: (r) => r.levelName,
  },
  {
    key: "overallScore",
    header: "Overall score",
    description:
      "Mean of the scored disciplines' scores (each discipline weighs the same), one decimal (version 2 and later: only when every discipline is scored); the same on every row of the assessment.",
    value: (r) => r.overallScore,
  },
  {
    key: "overallLevel",
    header: "Overall level",
    description:
      "Version 1: the highest level attained by at least 80 % of the scored disciplines. Version 2 and later: the lowest scored discipline's level, and only when every discipline is scored. The same on every row of the assessment.",
    value: (r) => r.overallLevel,
  },
  {
    key: "a11Areas",
    header: "OMB A-11 §280 areas",
    description: "OMB Circular A-11 §280 CX capacity areas the discipline's practices give evidence for (crosswalk), e.g. \"Governance; Organization & Culture\".",
    value: (r) => r.a11Areas,
  },
  {
    key: "acceptedAt",
    header: "Accepted at (UTC)",
    description: "When the assessment was accepted, ISO 8601 in UTC (e.g. 2025-03-01T14:05:00.000Z). Empty when not accepted yet.",
    value: (r) => isoUtc(r.acceptedAt),
  },
];

export const answerColumns: Column<AnswerRow>[] = [
  { key: "agency", header: "Agency", description: "Agency the program belongs to.", value: (r) => r.agency },
  { key: "program", header: "Program", description: "Program (service) that was assessed.", value: (r) => r.program },
  { key: "cycle", header: "Cycle", description: "Assessment cycle.", value: (r) => r.cycle },
  { key: "status", header: "Status", description: "Status of the assessment (e.g. DRAFT, SUBMITTED, RETURNED, ACCEPTED).", value: (r) => r.status },
  {
    key: "modelVersion",
    header: "Model version",
    description: "Version of the maturity model the assessment was started on; practice wording can differ between versions.",
    value: (r) => r.modelVersion,
  },
  { key: "discipline", header: "Discipline", description: "CX discipline the practice belongs to.", value: (r) => r.discipline },
  {
    key: "practiceKey",
    header: "Practice key",
    description: "Stable key of the practice, unique across the model; use it to compare answers across cycles.",
    value: (r) => r.practiceKey,
  },
  { key: "practice", header: "Practice", description: "Title of the practice in that model version.", value: (r) => r.practice },
  {
    key: "level",
    header: "Level (1–5)",
    description: "Level of the practice, 1 (Reactive) to 5 (Customer-centric): for an accepted assessment, the level the council validated. Empty when not applicable.",
    value: (r) => r.level,
  },
  { key: "levelName", header: "Level name", description: "Name of the chosen level. Empty when marked not applicable.", value: (r) => r.levelName },
  {
    key: "notApplicable",
    header: "Not applicable",
    description: "\"yes\" when the practice was marked not applicable to the program (it is then left out of the score), otherwise \"no\".",
    value: (r) => (r.notApplicable ? "yes" : "no"),
  },
  { key: "evidenceNote", header: "Evidence note", description: "Free-text evidence the program gave for the answer, as typed.", value: (r) => r.evidenceNote },
  {
    key: "evidenceLinks",
    header: "Evidence links",
    description: "Links to evidence, separated by a single space.",
    value: (r) => r.evidenceLinks.join(" "),
  },
  { key: "answeredBy", header: "Answered by", description: "Person who last changed the answer.", value: (r) => r.answeredBy },
  {
    key: "answeredAt",
    header: "Answered at (UTC)",
    description: "When the answer was last changed, ISO 8601 in UTC (e.g. 2025-03-01T14:05:00.000Z).",
    value: (r) => isoUtc(r.answeredAt),
  },
  {
    key: "selfReported",
    header: "Self-reported level",
    description:
      "The program's own answer: a level, or \"not applicable\". It differs from Level (1–5) where the council validated another answer when it accepted the assessment.",
    value: (r) => {
      const own = r.selfReported ?? (r.notApplicable ? "NA" : r.level);
      return own === "NA" ? "not applicable" : own;
    },
  },
  { key: "validationReason", header: "Validation reason", description: "Why the council validated another answer; empty where it agreed or has not decided.", value: (r) => r.validationReason },
  {
    key: "record",
    header: "Record",
    description:
      "answer: the program's answer (for an accepted assessment, as the council validated it). rating: one respondent's own rating of a team assessment, counted once they finished, listed after the answer it informs; count levels over the answers only.",
    value: (r) => r.record,
  },
  {
    key: "respondent",
    header: "Respondent",
    description: "For a rating, the respondent as a stable pseudonym: Respondent 1, 2, … in the order the lead asked them. Empty for an answer.",
    value: (r) => r.respondent,
  },
  { key: "confidence", header: "Confidence", description: "For a rating, how confident the respondent was: low, medium or high. Empty for an answer.", value: (r) => r.confidence?.toLowerCase() ?? null },
];

/** One row per action item. */
export type ActionItemExportRow = {
  agency: string;
  program: string;
  discipline: string;
  practiceKey: string | null;
  title: string;
  ownerName: string;
  dueOn: Date | null;
  status: ActionItemStatus;
  completedAt: Date | null;
  resources: string[];
  notes: string;
};

const isoDate = (value: Date | null): string | null => (value ? value.toISOString().slice(0, 10) : null);

export const actionItemColumns: Column<ActionItemExportRow>[] = [
  { key: "agency", header: "Agency", description: "Agency the program belongs to.", value: (r) => r.agency },
  { key: "program", header: "Program", description: "Program the action item belongs to.", value: (r) => r.program },
  { key: "discipline", header: "Discipline", description: "Discipline whose gap the action addresses.", value: (r) => r.discipline },
  { key: "practice", header: "Practice key", description: "Practice the action addresses, when it targets one; empty otherwise.", value: (r) => r.practiceKey },
  { key: "title", header: "Action", description: "What will be done.", value: (r) => r.title },
  { key: "owner", header: "Owner", description: "Who is responsible for it.", value: (r) => r.ownerName },
  { key: "due", header: "Due date", description: "When it is due (YYYY-MM-DD); empty when not set.", value: (r) => isoDate(r.dueOn) },
  { key: "status", header: "Status", description: "Planned, In progress or Done.", value: (r) => actionItemStatusLabels[r.status] },
  { key: "completed", header: "Done at (UTC)", description: "When it was marked done, ISO 8601 UTC; empty until then.", value: (r) => (r.completedAt ? r.completedAt.toISOString() : null) },
  { key: "resources", header: "Toolkit resources", description: "Linked CX Toolkit resources, web addresses separated by a space.", value: (r) => r.resources.join(" ") },
  { key: "notes", header: "Notes", description: "Free-text notes.", value: (r) => r.notes },
];

export type AuditExportRow = { id: bigint; at: Date; actorEmail: string; action: string; entityType: string; entityId: string; before: unknown; after: unknown };

export const auditColumns: Column<AuditExportRow>[] = [
  { key: "id", header: "Event", description: "Sequence number of the event; later events have larger numbers.", value: (r) => String(r.id) },
  { key: "at", header: "At (UTC)", description: "When it happened, ISO 8601 UTC.", value: (r) => r.at.toISOString() },
  { key: "actor", header: "Actor", description: "Email of who did it; system for seeds and scripts.", value: (r) => r.actorEmail },
  { key: "action", header: "Action", description: "What was done, e.g. answer.save or assessment.accept.", value: (r) => r.action },
  { key: "entityType", header: "Entity type", description: "The kind of record changed.", value: (r) => r.entityType },
  { key: "entityId", header: "Entity", description: "The record changed (its id).", value: (r) => r.entityId },
  { key: "before", header: "Before", description: "The values before the change, as JSON; empty for creations.", value: (r) => (r.before == null ? null : JSON.stringify(r.before)) },
  { key: "after", header: "After", description: "The values after the change, as JSON.", value: (r) => (r.after == null ? null : JSON.stringify(r.after)) },
];

/** One row per action of a CX action plan. */
export type PlanExportRow = PlanActionContent & {
  agency: string;
  program: string;
  fiscalYear: number;
  planVersion: number;
  planStatus: "DRAFT" | "SIGNED_OFF";
  discipline: string;
  practices: string[];
};

export const planActionColumns: Column<PlanExportRow>[] = [
  { key: "agency", header: "Agency", description: "Agency the program belongs to.", value: (r) => r.agency },
  { key: "program", header: "Program", description: "Program whose plan it is.", value: (r) => r.program },
  { key: "fiscalYear", header: "Fiscal year", description: "Federal fiscal year of the plan (FY2027 runs from October 2026 to September 2027).", value: (r) => r.fiscalYear },
  { key: "planVersion", header: "Plan version", description: "Version of the plan: a signed-off version is changed by starting the next.", value: (r) => r.planVersion },
  { key: "planStatus", header: "Plan status", description: "Draft or Signed off (by the agency's Chief Customer Officer).", value: (r) => (r.planStatus === "SIGNED_OFF" ? "Signed off" : "Draft") },
  { key: "title", header: "Action", description: "What will be done.", value: (r) => r.title },
  { key: "discipline", header: "Discipline", description: "Discipline whose gap the action serves.", value: (r) => r.discipline },
  { key: "practices", header: "Practices", description: "Practices of the discipline it serves, separated by semicolons; empty for the discipline as a whole.", value: (r) => r.practices.join("; ") },
  { key: "measure", header: "Measure", description: "What is counted to judge progress.", value: (r) => r.measure },
  { key: "baseline", header: "Baseline value", description: "Where the measure stood when the action was planned; empty when unknown.", value: (r) => r.baselineValue },
  { key: "target", header: "Target value", description: "Where the measure should be by the due date.", value: (r) => r.targetValue },
  { key: "unit", header: "Unit", description: "Unit of the baseline and target values, like % or days.", value: (r) => r.unit },
  { key: "start", header: "Start date", description: "When the action starts (YYYY-MM-DD).", value: (r) => r.startOn },
  { key: "due", header: "Due date", description: "When it is due (YYYY-MM-DD).", value: (r) => r.dueOn },
  { key: "owner", header: "Owner", description: "The person or office accountable for it.", value: (r) => r.ownerName },
  { key: "expectedLevel", header: "Expected level", description: "Maturity level (1–5) the action is expected to bring the discipline to; empty when not set.", value: (r) => r.expectedLevel },
  { key: "notPlanned", header: "Not planned", description: "Yes when the action is not planned this year, with the reason in the next column.", value: (r) => (r.notPlanned ? "Yes" : "No") },
  { key: "notPlannedReason", header: "Reason not planned", description: "Why the action is not planned; empty otherwise.", value: (r) => r.notPlannedReason },
];
