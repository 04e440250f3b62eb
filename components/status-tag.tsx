import { statusLabels, type ProgressStatus } from "@/lib/assessment-status";
import { Tag } from "./uswds/tag";

// The words carry the meaning; colour only repeats it.
const tone: Record<ProgressStatus, string> = {
  NOT_STARTED: "bg-base-lighter text-ink",
  DRAFT: "bg-accent-warm-lighter text-ink",
  SUBMITTED: "bg-primary-lighter text-ink",
  RETURNED: "bg-secondary-lighter text-ink",
  ACCEPTED: "bg-success-lighter text-ink",
};

export function StatusTag({ status }: { status: ProgressStatus }) {
  return <Tag className={`text-no-uppercase ${tone[status]}`}>{statusLabels[status]}</Tag>;
}
