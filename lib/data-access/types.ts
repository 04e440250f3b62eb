// The shapes the data-access layer hands to the UI: plain objects, never Prisma rows. Types only,
// so components (client ones included) can import them without pulling in the layer or Prisma;
// `npm run lint` allows components/ this module of the layer and no other.
import type { A11Area, AssessmentStatus, CycleStatus, Delivery, MailStatus, NotificationKind, Role } from "@/lib/db/generated/enums";
import type { LevelRank } from "@/lib/scoring/rules";
import type { RegistrationResponseJSON } from "@simplewebauthn/server";
import type { PlanActionContent } from "@/lib/plans/action";

export type { A11Area, AssessmentStatus, CycleStatus, Delivery, MailStatus, NotificationKind, Role };

/** An answer as the questionnaire shows it: a level, or "not applicable". */
export type Choice = "1" | "2" | "3" | "4" | "5" | "NA";

export type AnswerView = {
  practiceId: string;
  choice: Choice;
  evidenceNote: string;
  evidenceLinks: string[];
  version: number;
  answeredBy: string;
  updatedAt: string;
  /** Copied from the last accepted assessment, waiting to be confirmed or changed. */
  carriedOver: boolean;
};

/** An autosave's answer: saved, someone else's newer answer (a conflict), or refused with a reason. */
export type SaveAnswerResult =
  | { ok: true; answer: AnswerView }
  | { ok: false; conflict: AnswerView }
  | { ok: false; message: string; fieldErrors?: Record<string, string[]> };

/** What every assessment page shows in its heading, and what its access checks read. */
export type AssessmentHeader = {
  id: string;
  status: AssessmentStatus;
  version: number;
  modelId: string;
  model: { version: number };
  submitKey: string | null;
  program: { id: string; agencyId: string; name: string; agency: { name: string } };
  cycle: { id: string; name: string; status: CycleStatus };
};

export type ProgramListItem = {
  id: string;
  name: string;
  agencyName: string;
  openCycleStatus: AssessmentStatus | null;
  openCycleAssessmentId: string | null;
  /** Not submitted after the open cycle's submission due date. */
  overdue: boolean;
};

export type ProgramDetail = {
  id: string;
  name: string;
  description: string;
  agencyName: string;
  assessments: { id: string; cycleName: string; status: AssessmentStatus; updatedAt: Date }[];
  openCycle: { id: string; name: string } | null;
  canStartAssessment: boolean;
  /** The accepted assessment a new one may start from: the latest of an earlier cycle. */
  carryFrom: { cycleName: string } | null;
};

export type ResourceLink = { id: string; title: string; url: string; publisher: string; format: string; size: string };

export type DisciplineResult = {
  key: string;
  name: string;
  a11Areas: string[];
  score: number | null;
  level: LevelRank | null;
  scored: boolean;
  baselineScore: number | null;
  baselineLevel: LevelRank | null;
  target: LevelRank;
  targetIsDefault: boolean;
  dueOn: Date | null;
  targetVersion: number;
  gap: number;
  practicesBelowTarget: { key: string; title: string; level: LevelRank; gap: number }[];
  resources: ResourceLink[];
};

export type ActionItemRow = {
  id: string;
  programId: string;
  program: string;
  agency: string;
  disciplineKey: string;
  practiceKey: string | null;
  title: string;
  ownerName: string;
  dueOn: Date | null;
  status: "PLANNED" | "IN_PROGRESS" | "DONE";
  completedAt: Date | null;
  notes: string;
  version: number;
  resources: { id: string; title: string; url: string }[];
  canEdit: boolean;
};

/** What the second step of a password sign-in asks for (second-factors.ts). */
export type SecondFactorStep =
  | { state: "verify"; email: string; passkey: boolean; totp: boolean; recoveryCodesLeft: number }
  | { state: "enrol"; email: string }
  | { state: "expired" };

/** A person's own second factors, for the account page. */
export type MyFactors = {
  required: boolean;
  factors: { id: string; kind: "TOTP" | "PASSKEY"; label: string; createdAt: Date; lastUsedAt: Date | null }[];
  recoveryCodesLeft: number;
};

/** A factor to add, as its form sends it: an authenticator app's first code, or the browser's new passkey (checked by the library). */
export type NewFactor = { kind: "totp"; code: string; label: string } | { kind: "passkey"; response: RegistrationResponseJSON; label: string };

/** One action of a CX action plan, as its form and pages show it. */
export type PlanActionView = PlanActionContent & { id: string; position: number; disciplineKey: string; practiceKeys: string[]; version: number };
