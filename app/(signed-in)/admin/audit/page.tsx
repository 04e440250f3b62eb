import type { Metadata } from "next";
import { AdminNav } from "@/components/admin-nav";
import { AuditFilters } from "@/components/audit-filters";
import { Pager } from "@/components/pager";
import { requireActor } from "@/lib/auth/session";
import { listAuditEvents } from "@/lib/data-access/audit-log";
import { formatTimestamp } from "@/lib/format";
import { auditFilterSchema } from "@/lib/validation/admin";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireActor();
  const filter = auditFilterSchema.parse(await searchParams);
  const { events, total, pageSize, entityTypes } = await listAuditEvents(actor, filter);
  const { page: _page, ...rest } = filter;
  const params = Object.fromEntries(Object.entries(rest).filter((e): e is [string, string] => Boolean(e[1])));
  return (
    <>
      <h1>Audit log</h1>
      <AdminNav current="/admin/audit" />
      <p className="usa-intro">Every change, who made it and when, with the values before and after. The log cannot be edited.</p>
      <AuditFilters filter={filter} entityTypes={entityTypes} exportHref={`/admin/audit/export.csv?${new URLSearchParams(params)}`} />
      <table className="usa-table usa-table--borderless usa-table--compact width-full">
        <caption>Audit events, newest first</caption>
        <thead>
          <tr>
            <th scope="col">When (UTC)</th>
            <th scope="col">Actor</th>
            <th scope="col">Action</th>
            <th scope="col">Entity</th>
            <th scope="col">Before and after</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={String(e.id)}>
              <td>{formatTimestamp(e.at).replace(/^on /, "")}</td>
              <td>{e.actorEmail}</td>
              <th scope="row" className="text-normal">
                {e.action}
              </th>
              <td>
                {e.entityType}
                <span className="display-block font-body-3xs text-base-dark">{e.entityId}</span>
              </td>
              <td>
                {e.before || e.after ? (
                  <details>
                    <summary>Show</summary>
                    <dl className="font-mono-3xs">
                      <dt className="text-bold">Before</dt>
                      <dd className="margin-left-0">{e.before ? JSON.stringify(e.before) : "–"}</dd>
                      <dt className="text-bold">After</dt>
                      <dd className="margin-left-0">{e.after ? JSON.stringify(e.after) : "–"}</dd>
                    </dl>
                  </details>
                ) : (
                  "–"
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pager page={filter.page} pageSize={pageSize} total={total} params={params} />
    </>
  );
}
