import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { Actor } from "@/lib/auth/actor";
import { canRateFor } from "@/lib/auth/policy";
import { isUuid, requireScope, requireThat } from "./guards";
import { assessmentHeader } from "./assessment-access";

/**
 * The assessment and the actor's own invitation to rate it; otherwise not found (a respondent of one
 * program learns nothing about another's). A respondent cannot read the assessment any other way.
 */
export async function loadRespondent(actor: Actor, assessmentId: string) {
  requireThat(isUuid(assessmentId));
  const assessment = await db().assessment.findUnique({
    where: { id: assessmentId },
    select: { ...assessmentHeader, consensusStartedAt: true, respondents: { where: { userId: actor.userId }, select: { id: true, finishedAt: true } } },
  });
  requireThat(assessment !== null);
  const respondent = assessment.respondents[0];
  await requireScope(actor, canRateFor(actor, assessment.program) && respondent !== undefined, { type: "Assessment", id: assessment.id });
  return { assessment, respondent: respondent! };
}

/**
 * Inside a write's transaction, after the assessment's row lock: when the team's rating closed (the
 * lead started the consensus), read again so a save cannot slip in after it.
 */
export async function consensusStarted(tx: Prisma.TransactionClient, assessmentId: string): Promise<boolean> {
  const row = await tx.assessment.findUniqueOrThrow({ where: { id: assessmentId }, select: { consensusStartedAt: true } });
  return row.consensusStartedAt !== null;
}
