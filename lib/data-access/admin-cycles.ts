import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { canAdminister } from "@/lib/auth/policy";
import type { cycleDueDatesSchema, cycleSchema, cycleStatusSchema } from "@/lib/validation/admin";
import { dayOf } from "@/lib/scoring/due-dates";
import { fail, ok, type Result } from "@/lib/validation/result";
import { QUEUES } from "@/lib/jobs/queues";
import { recordAudit } from "./internal/audit";
import { queueJob } from "./internal/jobs";
import { requireThat } from "./internal/guards";

export async function listCyclesForAdmin(actor: Actor) {
  requireThat(canAdminister(actor));
  return db().cycle.findMany({
    orderBy: { startsOn: "desc" },
    select: { id: true, name: true, startsOn: true, endsOn: true, submissionDueOn: true, reviewDueOn: true, status: true, version: true, _count: { select: { assessments: true } } },
  });
}

export async function createCycle(actor: Actor, input: z.infer<typeof cycleSchema>): Promise<Result<{ id: string }>> {
  requireThat(canAdminister(actor));
  if (await db().cycle.findUnique({ where: { name: input.name } })) return fail(`A cycle named ${input.name} already exists.`, { name: ["Choose another name"] });
  const cycle = await db().$transaction(async (tx) => {
    const created = await tx.cycle.create({
      data: { name: input.name, startsOn: new Date(`${input.startsOn}T00:00:00Z`), endsOn: new Date(`${input.endsOn}T00:00:00Z`) },
      select: { id: true },
    });
    await recordAudit(tx, actor, { action: "cycle.create", entityType: "Cycle", entityId: created.id, after: input });
    return created;
  });
  return ok(cycle);
}

/** Opening a cycle needs the others closed: programs assess in one cycle at a time. Closing makes its drafts read-only. */
export async function setCycleStatus(actor: Actor, input: z.infer<typeof cycleStatusSchema>): Promise<Result<{ version: number }>> {
  requireThat(canAdminister(actor));
  return db().$transaction(async (tx) => {
    const cycle = await tx.cycle.findUnique({ where: { id: input.cycleId }, select: { name: true, status: true } });
    requireThat(cycle !== null);
    if (input.status === "OPEN") {
      const open = await tx.cycle.findFirst({ where: { status: "OPEN", id: { not: input.cycleId } }, select: { name: true } });
      if (open) return fail(`Close ${open.name} before opening ${cycle.name}: one cycle is open at a time.`);
    }
    const updated = await tx.cycle.updateMany({ where: { id: input.cycleId, version: input.expectedVersion }, data: { status: input.status, version: { increment: 1 } } });
    if (updated.count === 0) return fail("Someone else changed this cycle. Reload the page and try again.");
    await recordAudit(tx, actor, { action: "cycle.status", entityType: "Cycle", entityId: input.cycleId, before: { status: cycle.status }, after: { status: input.status } });
    // Everyone concerned is told by a job: a cycle opens for every program at once.
    if (input.status === "OPEN" && cycle.status !== "OPEN") await queueJob(tx, QUEUES.cycleOpened, { cycleId: input.cycleId }, `${input.cycleId}:${input.expectedVersion}`);
    return ok({ version: input.expectedVersion + 1 });
  });
}

const asDate = (day: string) => (day ? new Date(`${day}T00:00:00Z`) : null);

/** Sets when a cycle's submissions and reviews are due (or clears them), if no one changed the cycle meanwhile. Audited. */
export async function setCycleDueDates(actor: Actor, input: z.infer<typeof cycleDueDatesSchema>): Promise<Result<{ version: number }>> {
  requireThat(canAdminister(actor));
  return db().$transaction(async (tx) => {
    const cycle = await tx.cycle.findUnique({ where: { id: input.cycleId }, select: { submissionDueOn: true, reviewDueOn: true } });
    requireThat(cycle !== null);
    const updated = await tx.cycle.updateMany({
      where: { id: input.cycleId, version: input.expectedVersion },
      data: { submissionDueOn: asDate(input.submissionDueOn), reviewDueOn: asDate(input.reviewDueOn), version: { increment: 1 } },
    });
    if (updated.count === 0) return fail("Someone else changed this cycle. Reload the page and try again.");
    await recordAudit(tx, actor, {
      action: "cycle.due-dates",
      entityType: "Cycle",
      entityId: input.cycleId,
      before: { submissionDueOn: dayOf(cycle.submissionDueOn), reviewDueOn: dayOf(cycle.reviewDueOn) },
      after: { submissionDueOn: input.submissionDueOn || null, reviewDueOn: input.reviewDueOn || null },
    });
    return ok({ version: input.expectedVersion + 1 });
  });
}
