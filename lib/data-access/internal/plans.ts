import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { dayOf } from "@/lib/scoring/due-dates";
import type { PlanActionView } from "../types";

// A plan's actions as every page and export shows them: named with their discipline and practices.

export const actionFields = {
  id: true,
  position: true,
  disciplineKey: true,
  practiceKeys: true,
  title: true,
  measure: true,
  baselineValue: true,
  targetValue: true,
  unit: true,
  startOn: true,
  dueOn: true,
  ownerName: true,
  expectedLevel: true,
  notPlanned: true,
  notPlannedReason: true,
  version: true,
} as const;

type ActionRow = Prisma.PlanActionGetPayload<{ select: typeof actionFields }>;
export const actionView = (a: ActionRow): PlanActionView => ({ ...a, startOn: dayOf(a.startOn), dueOn: dayOf(a.dueOn) });

export async function currentDisciplines() {
  return db().discipline.findMany({
    where: { model: { isCurrent: true } },
    orderBy: { position: "asc" },
    select: { key: true, name: true, practices: { orderBy: { position: "asc" }, select: { key: true, title: true } } },
  });
}

/** A plan's actions in order, each with its discipline's name and its practices' titles. */
export async function namedActions(planId: string, disciplines?: Awaited<ReturnType<typeof currentDisciplines>>) {
  const [actions, model] = await Promise.all([
    db().planAction.findMany({ where: { planId }, orderBy: { position: "asc" }, select: actionFields }),
    disciplines ?? currentDisciplines(),
  ]);
  const byKey = new Map(model.map((d) => [d.key, d]));
  return actions.map(actionView).map((a) => ({
    ...a,
    disciplineName: byKey.get(a.disciplineKey)?.name ?? a.disciplineKey,
    practiceTitles: a.practiceKeys.map((k) => byKey.get(a.disciplineKey)?.practices.find((p) => p.key === k)?.title ?? k),
  }));
}
