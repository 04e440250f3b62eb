import "server-only";
import { notFound } from "next/navigation";
import { db } from "@/lib/db/client";
import type { AssessmentStatus, Prisma } from "@/lib/db/generated/client";
import type { Actor } from "@/lib/auth/actor";
import { canAnswerFor, canReadProgram } from "@/lib/auth/policy";
import { answersCanChange, isEditableStatus, lockedMessage } from "@/lib/scoring/editable";
import { isUuid, requireScope, requireThat } from "./guards";
import type { AssessmentHeader } from "../types";

export const assessmentHeader = {
  id: true,
  status: true,
  version: true,
  modelId: true,
  model: { select: { version: true } },
  submitKey: true,
  program: { select: { id: true, agencyId: true, name: true, agency: { select: { name: true } } } },
  cycle: { select: { id: true, name: true, status: true } },
} as const;

/**
 * The assessment, if the actor may read it; otherwise not found. Also says whether the actor may
 * change its answers now: a lead of the program, while it is a draft or returned, in an open cycle.
 */
export async function loadAssessment(actor: Actor, assessmentId: string, client: Prisma.TransactionClient = db()) {
  if (!isUuid(assessmentId)) notFound();
  const assessment: AssessmentHeader | null = await client.assessment.findUnique({ where: { id: assessmentId }, select: assessmentHeader });
  requireThat(assessment !== null);
  await requireScope(actor, canReadProgram(actor, assessment.program), { type: "Assessment", id: assessment.id });
  const editable = canAnswerFor(actor, assessment.program) && answersCanChange(assessment);
  return { assessment, editable };
}

/**
 * Inside a write's transaction: shares the assessment row's lock with other writes but waits for a
 * submit in flight, so nothing changes after the submission (and its score snapshot) is taken.
 * Returns why the assessment can no longer change, or null when it can.
 */
export async function lockEditable(tx: Prisma.TransactionClient, assessment: AssessmentHeader): Promise<string | null> {
  const [locked] = await tx.$queryRaw<{ status: AssessmentStatus }[]>`SELECT "status" FROM "Assessment" WHERE "id" = ${assessment.id}::uuid FOR SHARE`;
  if (locked && isEditableStatus(locked.status)) return null;
  return lockedMessage({ ...assessment, status: locked?.status ?? assessment.status });
}
