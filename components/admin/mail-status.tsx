import type { MailStatus } from "@/lib/data-access/types";
import { Tag } from "../uswds/tag";

const statuses: Record<MailStatus, { label: string; className: string }> = {
  QUEUED: { label: "Waiting", className: "bg-base-dark" },
  SENT: { label: "Sent", className: "bg-green" },
  KEPT: { label: "Kept here", className: "bg-primary-dark" },
  FAILED: { label: "Failed", className: "bg-secondary-dark" },
};

/** A message's state in words (the colour only repeats them). */
export function MailStatusTag({ status }: { status: MailStatus }) {
  return <Tag className={statuses[status].className}>{statuses[status].label}</Tag>;
}
