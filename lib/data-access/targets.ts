import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { Actor } from "@/lib/auth/actor";
import { canPlanFor } from "@/lib/auth/policy";
import type { SetTargetsInput } from "@/lib/validation/targets";
import { fail, ok, type Result } from "@/lib/validation/result";
import { dayOf } from "@/lib/scoring/due-dates";
import { recordAudit } from "./internal/audit";
import { isUuid, requireScope, requireThat } from "./internal/guards";

/** Target level (and due date) per discipline, only where one is chosen: leads propose, the agency's CCO adjusts. */
export async function setTargets(actor: Actor, input: SetTargetsInput): Promise<Result<{ changed: number }>> {
  requireThat(isUuid(input.programId));
  const program = await db().program.findUnique({ where: { id: input.programId }, select: { id: true, agencyId: true } });
  requireThat(program !== null);
  await requireScope(actor, canPlanFor(actor, program), { type: "Program", id: program.id });
  const known = new Set(
    (await db().discipline.findMany({ where: { model: { isCurrent: true } }, select: { key: true } })).map((d) => d.key),
  );
  const unknown = input.targets.filter((t) => !known.has(t.disciplineKey));
  if (unknown.length) return fail("Some targets name a discipline this model does not have.", { targets: unknown.map((t) => `Unknown discipline “${t.disciplineKey}”`) });
  try {
    const changed = await db().$transaction(async (tx) => {
      let count = 0;
      for (const t of input.targets) {
        const before = await tx.target.findUnique({
          where: { programId_disciplineKey: { programId: program.id, disciplineKey: t.disciplineKey } },
          select: { targetLevel: true, dueOn: true, version: true },
        });
        if ((before?.version ?? 0) !== t.expectedVersion) throw new StaleTarget();
        const where = { programId_disciplineKey: { programId: program.id, disciplineKey: t.disciplineKey }, version: t.expectedVersion };
        const was = before ? { targetLevel: before.targetLevel, dueOn: dayOf(before.dueOn) } : undefined;
        // "Next level up": nothing is stored, so the target keeps following the level.
        if (t.targetLevel === null) {
          if (!before) continue;
          await tx.target.delete({ where });
          await recordAudit(tx, actor, { action: "target.cleared", entityType: "Target", entityId: `${program.id}:${t.disciplineKey}`, before: was });
          count++;
          continue;
        }
        const dueOn = t.dueOn ? new Date(`${t.dueOn}T00:00:00Z`) : null;
        if (before && before.targetLevel === t.targetLevel && before.dueOn?.getTime() === dueOn?.getTime()) continue;
        const data = { targetLevel: t.targetLevel, dueOn, setById: actor.userId };
        if (before) {
          await tx.target.update({ where, data: { ...data, version: { increment: 1 } } });
        } else {
          await tx.target.create({ data: { programId: program.id, disciplineKey: t.disciplineKey, ...data } });
        }
        await recordAudit(tx, actor, {
          action: "target.set",
          entityType: "Target",
          entityId: `${program.id}:${t.disciplineKey}`,
          before: was,
          after: { targetLevel: t.targetLevel, dueOn: t.dueOn },
        });
        count++;
      }
      return count;
    });
    return ok({ changed });
  } catch (error) {
    if (error instanceof StaleTarget || (error instanceof Prisma.PrismaClientKnownRequestError && (error.code === "P2025" || error.code === "P2002"))) {
      return fail("Someone else changed these targets while you were editing them. The page now shows their targets; make your change again.");
    }
    throw error;
  }
}

class StaleTarget extends Error {}
