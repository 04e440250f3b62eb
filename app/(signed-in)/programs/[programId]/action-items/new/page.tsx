import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionItemForm } from "@/components/action-items/action-item-form";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { requireActor } from "@/lib/auth/session";
import { getActionItemForm } from "@/lib/data-access/action-items";
import { actionItemGapQuerySchema } from "@/lib/validation/action-items";

export const metadata: Metadata = { title: "Plan an action" };

export default async function NewActionItemPage({
  params,
  searchParams,
}: {
  params: Promise<{ programId: string }>;
  searchParams: Promise<{ discipline?: string; practice?: string }>;
}) {
  const actor = await requireActor();
  const gap = actionItemGapQuerySchema.safeParse(await searchParams);
  if (!gap.success) notFound();
  const f = await getActionItemForm(actor, (await params).programId, gap.data.discipline, gap.data.practice);
  return (
    <>
      <Breadcrumbs
        trail={[
          { href: `/programs/${f.program.id}`, label: f.program.name },
          { href: `/programs/${f.program.id}/progress`, label: "Progress" },
        ]}
        current="Plan an action"
      />
      <h1>Plan an action: {f.discipline.name}</h1>
      <p className="usa-intro">An action item closes a gap: say what will be done, who owns it and by when.</p>
      <ActionItemForm programId={f.program.id} disciplineKey={f.discipline.key} practiceKey={f.practiceKey} practices={f.discipline.practices} resources={f.resources} />
    </>
  );
}
