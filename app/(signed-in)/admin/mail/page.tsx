import type { Metadata } from "next";
import Link from "next/link";
import { AdminHeading } from "@/components/admin/admin-heading";
import { MailStatusTag } from "@/components/admin/mail-status";
import { Pager } from "@/components/pager";
import { SearchForm } from "@/components/search-form";
import { Row, Table } from "@/components/uswds/table";
import { requireActor } from "@/lib/auth/session";
import { listOutgoingMail } from "@/lib/data-access/outgoing-mail";
import { formatTimestamp } from "@/lib/format";
import { listQuerySchema } from "@/lib/validation/admin";

export const metadata: Metadata = { title: "Outgoing mail" };

export default async function OutgoingMailPage({ searchParams }: PageProps<"/admin/mail">) {
  const actor = await requireActor();
  const query = listQuerySchema.parse(await searchParams);
  const { messages, total, pageSize, smtpConfigured } = await listOutgoingMail(actor, query);
  return (
    <>
      <AdminHeading
        title="Outgoing mail"
        current="/admin/mail"
        intro={
          smtpConfigured
            ? "Every e-mail the app wrote, newest first: sent through the SMTP server of SMTP_URL, tried again when it fails."
            : "No SMTP server is configured (SMTP_URL), so no e-mail leaves the app: every message is kept here, newest first, for you to read."
        }
      />
      <SearchForm label="Search by recipient or subject" value={query.q} />
      {messages.length === 0 ? (
        <p>{query.q ? "No e-mail matches." : "No e-mail yet."}</p>
      ) : (
        <Table caption={`Outgoing mail: ${total} message${total === 1 ? "" : "s"}`} columns={["Subject", "To", "Written", "State"]}>
          {messages.map((m) => (
            <Row
              key={m.id}
              header={<Link href={`/admin/mail/${m.id}`}>{m.subject}</Link>}
              cells={[
                <>
                  {m.toName}
                  <span className="display-block font-body-2xs">{m.toAddress}</span>
                </>,
                formatTimestamp(m.createdAt),
                <>
                  <MailStatusTag status={m.status} />
                  {m.lastError && (
                    <span className="display-block font-body-2xs">
                      {m.attempts} attempt{m.attempts === 1 ? "" : "s"}: {m.lastError}
                    </span>
                  )}
                </>,
              ]}
            />
          ))}
        </Table>
      )}
      <Pager page={query.page} pageSize={pageSize} total={total} params={{ q: query.q }} />
    </>
  );
}
