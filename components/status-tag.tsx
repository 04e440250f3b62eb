import { statusLabels, type ProgressStatus } from "@/lib/assessment-status";

// The words carry the meaning; colour only repeats it.
const tone: Record<ProgressStatus, string> = {
  NOT_STARTED: "bg-base-lighter text-ink",
  DRAFT: "bg-accent-warm-lighter text-ink",
  SUBMITTED: "bg-primary-lighter text-ink",
  RETURNED: "bg-secondary-lighter text-ink",
  ACCEPTED: "bg-success-lighter text-ink",
};

export function StatusTag({ status }: { status: ProgressStatus }) {
  return <span className={`usa-tag text-no-uppercase ${tone[status]}`}>{statusLabels[status]}</span>;
}
