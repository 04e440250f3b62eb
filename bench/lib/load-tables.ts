// The rows the portfolio load writes, and the tables they go to: each column with the element type
// of its unnest() array parameter (bulk-insert.ts). Mirrors prisma/schema.prisma.
import type { Table } from "./bulk-insert";

export type Ids = { id: string };
export type AgencyRow = Ids & { name: string; abbreviation: string; createdAt: Date; updatedAt: Date };
export type ProgramRow = Ids & { agencyId: string; name: string; description: string; createdAt: Date; updatedAt: Date };
export type CycleRow = Ids & { name: string; startsOn: string; endsOn: string; status: string; createdAt: Date; updatedAt: Date };
export type UserRow = Ids & { email: string; name: string; passwordHash: string; role: string; agencyId: string | null; createdAt: Date; updatedAt: Date };
export type MembershipRow = { userId: string; programId: string; createdAt: Date };
export type AssessmentRow = Ids & {
  programId: string;
  cycleId: string;
  modelId: string;
  status: string;
  version: number;
  submittedAt: Date | null;
  submittedById: string | null;
  submitKey: string | null;
  createdAt: Date;
  updatedAt: Date;
};
export type ReviewRow = Ids & { assessmentId: string; decision: string; comment: string; reviewerId: string; createdAt: Date };
export type AnswerRow = Ids & {
  assessmentId: string;
  practiceId: string;
  level: number | null;
  notApplicable: boolean;
  evidenceNote: string;
  evidenceLinks: string;
  answeredById: string;
  updatedAt: Date;
};
export type SnapshotRow = { assessmentId: string; overallScore: number | null; overallLevel: number | null; disciplines: string; takenAt: Date };
export type TargetRow = Ids & { programId: string; disciplineKey: string; targetLevel: number; dueOn: string; setById: string; createdAt: Date; updatedAt: Date };
export type ActionItemRow = Ids & {
  programId: string;
  disciplineKey: string;
  practiceKey: string | null;
  title: string;
  ownerName: string;
  dueOn: string;
  status: string;
  completedAt: Date | null;
  createdById: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
};
export type ActionItemResourceRow = { actionItemId: string; resourceId: string };
export type AuditRow = { at: Date; actorId: string | null; actorEmail: string; action: string; entityType: string; entityId: string; before: string | null; after: string | null };

const stamps = { createdAt: "timestamptz", updatedAt: "timestamptz" } as const;
export const tables = {
  agency: { name: "Agency", columns: { id: "uuid", name: "text", abbreviation: "text", ...stamps } } satisfies Table<AgencyRow>,
  program: { name: "Program", columns: { id: "uuid", agencyId: "uuid", name: "text", description: "text", ...stamps } } satisfies Table<ProgramRow>,
  cycle: {
    name: "Cycle",
    columns: { id: "uuid", name: "text", startsOn: "date", endsOn: "date", status: 'text::"CycleStatus"', ...stamps },
  } satisfies Table<CycleRow>,
  user: {
    name: "User",
    columns: { id: "uuid", email: "text", name: "text", passwordHash: "text", role: 'text::"Role"', agencyId: "uuid", ...stamps },
  } satisfies Table<UserRow>,
  membership: { name: "ProgramMembership", columns: { userId: "uuid", programId: "uuid", createdAt: "timestamptz" } } satisfies Table<MembershipRow>,
  assessment: {
    name: "Assessment",
    columns: {
      id: "uuid",
      programId: "uuid",
      cycleId: "uuid",
      modelId: "uuid",
      status: 'text::"AssessmentStatus"',
      version: "int",
      submittedAt: "timestamptz",
      submittedById: "uuid",
      submitKey: "text",
      ...stamps,
    },
  } satisfies Table<AssessmentRow>,
  review: {
    name: "Review",
    columns: { id: "uuid", assessmentId: "uuid", decision: 'text::"ReviewDecision"', comment: "text", reviewerId: "uuid", createdAt: "timestamptz" },
  } satisfies Table<ReviewRow>,
  answer: {
    name: "Answer",
    columns: {
      id: "uuid",
      assessmentId: "uuid",
      practiceId: "uuid",
      level: "int",
      notApplicable: "bool",
      evidenceNote: "text",
      evidenceLinks: "text::text[]",
      answeredById: "uuid",
      updatedAt: "timestamptz",
    },
  } satisfies Table<AnswerRow>,
  snapshot: {
    name: "ScoreSnapshot",
    columns: { assessmentId: "uuid", overallScore: "float8", overallLevel: "int", disciplines: "text::jsonb", takenAt: "timestamptz" },
  } satisfies Table<SnapshotRow>,
  target: {
    name: "Target",
    columns: { id: "uuid", programId: "uuid", disciplineKey: "text", targetLevel: "int", dueOn: "date", setById: "uuid", ...stamps },
  } satisfies Table<TargetRow>,
  actionItem: {
    name: "ActionItem",
    columns: {
      id: "uuid",
      programId: "uuid",
      disciplineKey: "text",
      practiceKey: "text",
      title: "text",
      ownerName: "text",
      dueOn: "date",
      status: 'text::"ActionItemStatus"',
      completedAt: "timestamptz",
      createdById: "uuid",
      version: "int",
      ...stamps,
    },
  } satisfies Table<ActionItemRow>,
  actionItemResource: { name: "ActionItemResource", columns: { actionItemId: "uuid", resourceId: "uuid" } } satisfies Table<ActionItemResourceRow>,
  audit: {
    name: "AuditEvent",
    columns: {
      at: "timestamptz",
      actorId: "uuid",
      actorEmail: "text",
      action: "text",
      entityType: "text",
      entityId: "text",
      before: "text::jsonb",
      after: "text::jsonb",
    },
  } satisfies Table<AuditRow>,
};
