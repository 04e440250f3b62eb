import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { canAnswerFor } from "@/lib/auth/policy";
import type { StartAssessmentInput } from "@/lib/validation/assessments";
import { carryForward } from "@/lib/scoring/carry-forward";
import { fail, ok, type Result } from "@/lib/validation/result";
import { recordAudit } from "./internal/audit";
import { lastAcceptedBefore } from "./internal/last-accepted";
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
  const cycle = await db().cycle.findUnique({ where: { id: input.cycleId }, select: { status: true, name: true, startsOn: true } });
  if (!cycle) return fail("That cycle does not exist.", { cycleId: ["Choose an open cycle"] });
  if (cycle.status !== "OPEN") return fail(`The ${cycle.name} cycle is not open for assessments.`, { cycleId: ["Choose an open cycle"] });
  const model = await db().maturityModel.findFirst({ where: { isCurrent: true }, select: { id: true } });
  if (!model) return fail("No maturity model is in use yet. Ask an administrator to choose one.");

  const key = { programId_cycleId: { programId: input.programId, cycleId: input.cycleId } };
  const existing = await db().assessment.findUnique({ where: key, select: { id: true } });
  if (existing) return ok({ assessmentId: existing.id });
  const source = input.start === "carry" ? await lastAccepted(input.programId, cycle.startsOn) : null;
  if (input.start === "carry" && !source) return fail("This program has no accepted assessment from an earlier cycle to start from. Start blank.", { start: ["Choose “Start blank”"] });
  const carried = source ? carryForward(source.answers, await practicesOf(model.id)) : [];
  try {
    const created = await db().$transaction(async (tx) => {
      const assessment = await tx.assessment.create({
        data: { programId: input.programId, cycleId: input.cycleId, modelId: model.id, carriedFromId: source?.id ?? null },
        select: { id: true, status: true, version: true },
      });
      await tx.answer.createMany({ data: carried.map((a) => ({ ...a, assessmentId: assessment.id, carriedOver: true })) });
      await recordAudit(tx, actor, {
        action: "assessment.start",
        entityType: "Assessment",
        entityId: assessment.id,
        after: {
          programId: input.programId,
          cycleId: input.cycleId,
          modelId: model.id,
          status: assessment.status,
          ...(source ? { carriedFrom: source.id, carriedAnswers: carried.length } : {}),
        },
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

/** What a new cycle starts from: the answers of lastAcceptedBefore, by discipline and practice key. */
async function lastAccepted(programId: string, before: Date) {
  const source = await lastAcceptedBefore(programId, before, {
    id: true,
    answers: {
      select: { level: true, notApplicable: true, evidenceNote: true, evidenceLinks: true, answeredById: true, practice: { select: { key: true, discipline: { select: { key: true } } } } },
    },
  });
  if (!source) return null;
  return { id: source.id, answers: source.answers.map(({ practice, ...a }) => ({ ...a, disciplineKey: practice.discipline.key, practiceKey: practice.key })) };
}

async function practicesOf(modelId: string) {
  const practices = await db().practice.findMany({ where: { discipline: { modelId } }, select: { id: true, key: true, discipline: { select: { key: true } } } });
  return practices.map((p) => ({ id: p.id, practiceKey: p.key, disciplineKey: p.discipline.key }));
}
