// Plans: targets and action items (with toolkit resources linked), set by each program's lead
// during the open cycle, with their audit events.
import { randomUUID } from "node:crypto";
import { bulkInsert, inTransaction } from "./bulk-insert";
import { DAY, type LoadContext } from "./load-context";
import { tables, type ActionItemResourceRow, type ActionItemRow, type TargetRow } from "./load-tables";
import { actionItemsFor, OPEN_CYCLE_INDEX, targetsFor } from "./synthetic-portfolio";

export async function loadPlans(ctx: LoadContext): Promise<void> {
  const { pool, plan, seed, model, log, options, programIds, at, leadOf, record } = ctx;
  const targets: TargetRow[] = [];
  const items: ActionItemRow[] = [];
  const links: ActionItemResourceRow[] = [];
  const practiceCounts = model.disciplines.map((d) => d.practices.length);
  for (const p of plan.programs) {
    const lead = leadOf[p.index]!;
    const programId = programIds[p.index]!;
    const setAt = at(OPEN_CYCLE_INDEX, 5 + (p.index % 20), p.index);
    for (const t of targetsFor(seed, p.index, model.disciplines.length)) {
      const disciplineKey = model.disciplines[t.disciplineIndex]!.key;
      targets.push({ id: randomUUID(), programId, disciplineKey, targetLevel: t.targetLevel, dueOn: t.dueOn, setById: lead.id, createdAt: setAt, updatedAt: setAt });
      record(setAt, lead, "target.set", "Target", `${programId}:${disciplineKey}`, undefined, { targetLevel: t.targetLevel, dueOn: t.dueOn });
    }
    for (const [k, item] of actionItemsFor(seed, p.index, practiceCounts).entries()) {
      const discipline = model.disciplines[item.disciplineIndex]!;
      const practiceKey = item.practiceIndex === null ? null : discipline.practices[item.practiceIndex]!.key;
      const changedAt = new Date(setAt.getTime() + (10 + k) * DAY);
      const id = randomUUID();
      items.push({
        id,
        programId,
        disciplineKey: discipline.key,
        practiceKey,
        title: item.title,
        ownerName: item.ownerName,
        dueOn: item.dueOn,
        status: item.status,
        completedAt: item.status === "DONE" ? changedAt : null,
        createdById: lead.id,
        version: item.status === "PLANNED" ? 1 : 2,
        createdAt: setAt,
        updatedAt: item.status === "PLANNED" ? setAt : changedAt,
      });
      // Resources mapped to the item's discipline, rotated so programs link different ones.
      const mapped = options.resourcesByDiscipline.get(discipline.key) ?? [];
      const resourceIds = mapped.length ? Array.from(new Set(Array.from({ length: item.resources }, (_, r) => mapped[(p.index + k + r) % mapped.length]!))) : [];
      for (const resourceId of resourceIds) links.push({ actionItemId: id, resourceId });
      const { title, ownerName, dueOn } = item;
      record(setAt, lead, "action-item.create", "ActionItem", id, undefined, { disciplineKey: discipline.key, practiceKey, title, ownerName, dueOn, notes: "", resourceIds, programId });
      if (item.status !== "PLANNED") record(changedAt, lead, "action-item.status", "ActionItem", id, { status: "PLANNED", version: 1 }, { status: item.status, version: 2 });
    }
  }
  await inTransaction(pool, async (client) => {
    await bulkInsert(client, tables.target, targets);
    await bulkInsert(client, tables.actionItem, items);
    await bulkInsert(client, tables.actionItemResource, links);
  });
  log(`Targets: ${targets.length}, action items: ${items.length} (${links.length} resource links).`);
}
