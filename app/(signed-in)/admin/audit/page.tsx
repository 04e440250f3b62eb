import type { Metadata } from "next";
import Link from "next/link";
import { AdminHeading } from "@/components/admin/admin-heading";
import { AuditFilters } from "@/components/admin/audit-filters";
import { AuditTable } from "@/components/admin/audit-table";
import { Pager } from "@/components/pager";
import { requireActor } from "@/lib/auth/session";
import { listAuditEvents, SECURITY_ACTION_PREFIX } from "@/lib/data-access/audit-log";
import { auditFilterSchema } from "@/lib/validation/admin";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage({ searchParams }: PageProps<"/admin/audit">) {
  const actor = await requireActor();
  const filter = auditFilterSchema.parse(await searchParams);
  const { events, total, pageSize, entityTypes } = await listAuditEvents(actor, filter);
  const { page: _page, ...rest } = filter;
  const params = Object.fromEntries(Object.entries(rest).filter((e): e is [string, string] => Boolean(e[1])));
  return (
    <>
      <AdminHeading
        title="Audit log"
        current="/admin/audit"
        intro="Every change, who made it and when, with the values before and after; and every security event. The log cannot be edited."
      />
      <p>
        Security events (actions starting with <code>{SECURITY_ACTION_PREFIX}</code>) are refused sign-ins, failed or throttled; refused API tokens;
        and requests for another program’s or agency’s records.{" "}
        {filter.action === SECURITY_ACTION_PREFIX ? <Link href="/admin/audit">Show every event</Link> : <Link href={`/admin/audit?action=${SECURITY_ACTION_PREFIX}`}>Show security events only</Link>}
      </p>
      <AuditFilters filter={filter} entityTypes={entityTypes} exportHref={`/admin/audit/export.csv?${new URLSearchParams(params)}`} />
      <AuditTable events={events} />
      <Pager page={filter.page} pageSize={pageSize} total={total} params={params} />
    </>
  );
}
