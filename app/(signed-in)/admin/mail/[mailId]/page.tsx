import type { Metadata } from "next";
import { AdminHeading } from "@/components/admin/admin-heading";
import { MailStatusTag } from "@/components/admin/mail-status";
import { requireActor } from "@/lib/auth/session";
import { getOutgoingMail } from "@/lib/data-access/outgoing-mail";
import { formatTimestamp } from "@/lib/format";

export const metadata: Metadata = { title: "E-mail" };

export default async function OutgoingMailMessagePage({ params }: PageProps<"/admin/mail/[mailId]">) {
  const actor = await requireActor();
  const mail = await getOutgoingMail(actor, (await params).mailId);
  return (
    <>
      <AdminHeading title={mail.subject} current="/admin/mail" trail={{ href: "/admin/mail", label: "Outgoing mail", current: "E-mail" }} />
      <dl>
        <dt className="text-bold">To</dt>
        <dd className="margin-left-0 margin-bottom-2">
          {mail.toName} &lt;{mail.toAddress}&gt;
        </dd>
        <dt className="text-bold">Written</dt>
        <dd className="margin-left-0 margin-bottom-2">{formatTimestamp(mail.createdAt)}</dd>
        <dt className="text-bold">State</dt>
        <dd className="margin-left-0 margin-bottom-2">
          <MailStatusTag status={mail.status} />
          {mail.sentAt && ` on ${formatTimestamp(mail.sentAt)}`}
          {mail.lastError && ` (${mail.attempts} attempt${mail.attempts === 1 ? "" : "s"}; last error: ${mail.lastError})`}
        </dd>
      </dl>
      <h2>Message</h2>
      <pre className="mail-text bg-base-lightest padding-2">{mail.text}</pre>
    </>
  );
}
