import type { Metadata } from "next";
import { ActionItemFilters } from "@/components/action-items/filters";
import { ActionItemsTable } from "@/components/action-items/action-items-table";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { requireActor } from "@/lib/auth/session";
import { listActionItems } from "@/lib/data-access/action-items";
import { getCurrentModel } from "@/lib/data-access/models";
import { actionItemFilterSchema } from "@/lib/validation/action-items";

export const metadata: Metadata = { title: "Action items" };

export default async function AgencyActionItemsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireActor();
  const filter = actionItemFilterSchema.parse(await searchParams);
  const items = await listActionItems(actor, { scope: "mine" }, filter);
  const model = await getCurrentModel(actor);
  const names = Object.fromEntries((model?.disciplines ?? []).map((d) => [d.key, d.name]));
  const open = items.filter((i) => i.status !== "DONE").length;
  return (
    <>
      <Breadcrumbs trail={[{ href: "/cco", label: "Agency overview" }]} current="Action items" />
      <h1>Action items</h1>
      <p className="usa-intro">
        {items.length} action item{items.length === 1 ? "" : "s"} match; {open} not done.
      </p>
      <ActionItemFilters action="/cco/action-items" filter={filter} exportHref="/action-items/export.csv" />
      <ActionItemsTable items={items} caption="Action items of your agency's programs, soonest due first" showProgram disciplineNames={names} />
    </>
  );
}
