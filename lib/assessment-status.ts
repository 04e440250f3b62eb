import type { AssessmentStatus } from "@/lib/db/generated/enums";

export type ProgressStatus = AssessmentStatus | "NOT_STARTED";

export const statusLabels: Record<ProgressStatus, string> = {
  NOT_STARTED: "Not started",
  DRAFT: "Draft",
  SUBMITTED: "Submitted",
  RETURNED: "Returned for revision",
  ACCEPTED: "Accepted",
};

export const statusOrder: ProgressStatus[] = ["NOT_STARTED", "DRAFT", "SUBMITTED", "RETURNED", "ACCEPTED"];
