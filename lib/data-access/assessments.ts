import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { canAnswerFor } from "@/lib/auth/policy";
import type { StartAssessmentInput } from "@/lib/validation/assessments";
import { fail, ok, type Result } from "@/lib/validation/result";
import { recordAudit } from "./internal/audit";
import { requireScope, requireThat } from "./internal/guards";

/**
 * A lead starts their program's self-assessment for an open cycle. Starting twice (a double click,
 * another lead at the same moment) yields the one assessment: (program, cycle) is unique.
 */
export async function startAssessment(actor: Actor, input: StartAssessmentInput): Promise<Result<{ assessmentId: string }>> {
  const program = await db().program.findFirst({
    where: { id: input.programId, archivedAt: null },
    select: { id: true, agencyId: true },
  });
  requireThat(program !== null);
  await requireScope(actor, canAnswerFor(actor, program), { type: "Program", id: program.id });
  const cycle = await db().cycle.findUnique({ where: { id: input.cycleId }, select: { status: true, name: true } });
  if (!cycle) return fail("That cycle does not exist.", { cycleId: ["Choose an open cycle"] });
  if (cycle.status !== "OPEN") return fail(`The ${cycle.name} cycle is not open for assessments.`, { cycleId: ["Choose an open cycle"] });
  const model = await db().maturityModel.findFirst({ where: { isCurrent: true }, select: { id: true } });
  if (!model) return fail("No maturity model is in use yet. Ask an administrator to choose one.");

  const key = { programId_cycleId: { programId: input.programId, cycleId: input.cycleId } };
  const existing = await db().assessment.findUnique({ where: key, select: { id: true } });
  if (existing) return ok({ assessmentId: existing.id });
  try {
    const created = await db().$transaction(async (tx) => {
      const assessment = await tx.assessment.create({
        data: { programId: input.programId, cycleId: input.cycleId, modelId: model.id },
        select: { id: true, status: true, version: true },
      });
      await recordAudit(tx, actor, {
        action: "assessment.start",
        entityType: "Assessment",
        entityId: assessment.id,
        after: { programId: input.programId, cycleId: input.cycleId, modelId: model.id, status: assessment.status },
      });
      return assessment;
    });
    return ok({ assessmentId: created.id });
  } catch (error) {
    // Lost a race with another start of the same assessment: theirs is ours.
    const winner = await db().assessment.findUnique({ where: key, select: { id: true } });
    if (winner) return ok({ assessmentId: winner.id });
    throw error;
  }
}
