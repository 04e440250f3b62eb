import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { canAnswerFor, canReadAnswers } from "@/lib/auth/policy";
import type { SubmitInput } from "@/lib/validation/answers";
import { fail, ok, type Result } from "@/lib/validation/result";
import { loadAssessment } from "./internal/assessment-access";
import { recordAudit } from "./internal/audit";
import { notify } from "./internal/notify";
import { councilMembers } from "./internal/recipients";
import { submitted } from "@/lib/notifications/messages";
import { requireThat } from "./internal/guards";
import { modelRule, takeScoreSnapshot } from "./internal/scores";
import { lacksReason, unexplainedMessage } from "@/lib/scoring/not-applicable";
import { EDITABLE_STATUSES, lockedMessage } from "@/lib/scoring/editable";
import { unconfirmedMessage } from "@/lib/scoring/carry-forward";
import { lacksEvidence, unevidencedMessage, unexplainedConsensusMessage } from "@/lib/scoring/evidence";
import { needsRationale, practiceAgreement } from "@/lib/scoring/agreement";
import { countedRatings, toChoice } from "./internal/counted-ratings";

const inModelOrder = [{ practice: { discipline: { position: "asc" } } }, { practice: { position: "asc" } }] as const;

/** The answers at or above their practice's evidence level without a note or a link. */
async function unevidencedAnswers(assessmentId: string) {
  const answers = await db().answer.findMany({
    where: { assessmentId, level: { not: null } },
    orderBy: [...inModelOrder],
    select: { id: true, practiceId: true, level: true, evidenceNote: true, evidenceLinks: true, practice: { select: { title: true, evidenceFromLevel: true } } },
  });
  return answers.filter((a) => lacksEvidence(a, a.practice.evidenceFromLevel)).map((a) => ({ practiceId: a.practiceId, title: a.practice.title, level: a.level! }));
}

/**
 * A team assessment: while the team still rates, why it cannot be submitted; after the consensus,
 * the team answers that need a rationale and have none.
 */
async function teamProblems(assessmentId: string): Promise<{ stillRating: boolean; unexplained: { practiceId: string; title: string }[] }> {
  const [{ consensusStartedAt, _count }, ratings, answers] = await Promise.all([
    db().assessment.findUniqueOrThrow({ where: { id: assessmentId }, select: { consensusStartedAt: true, _count: { select: { respondents: true } } } }),
    countedRatings(assessmentId),
    db().answer.findMany({ where: { assessmentId }, orderBy: [...inModelOrder], select: { practiceId: true, level: true, notApplicable: true, rationale: true, practice: { select: { title: true } } } }),
  ]);
  if (_count.respondents === 0) return { stillRating: false, unexplained: [] };
  if (consensusStartedAt === null) return { stillRating: true, unexplained: [] };
  const unexplained = answers.filter((a) => {
    const summary = practiceAgreement(ratings.filter((r) => r.practiceId === a.practiceId).map(toChoice));
    return a.rationale.trim() === "" && needsRationale(summary, toChoice(a));
  });
  return { stillRating: false, unexplained: unexplained.map((a) => ({ practiceId: a.practiceId, title: a.practice.title })) };
}

const STILL_RATING = "The team is still rating. Start the consensus on the team page and set the team's answers, then submit.";

/**
 * "Check your answers": the practices still unanswered, and, where the model's rule asks for one,
 * those marked "not applicable" without a reason, by discipline.
 */
export async function getCheckAnswers(actor: Actor, assessmentId: string) {
  const { assessment, editable } = await loadAssessment(actor, assessmentId);
  requireThat(canReadAnswers(actor, assessment.program, assessment.status));
  const [disciplines, answers, rule, unevidenced, team] = await Promise.all([
    db().discipline.findMany({
      where: { modelId: assessment.modelId },
      orderBy: { position: "asc" },
      select: { key: true, name: true, practices: { orderBy: { position: "asc" }, select: { id: true, title: true } } },
    }),
    db().answer.findMany({ where: { assessmentId }, select: { practiceId: true, level: true, notApplicable: true, evidenceNote: true, carriedOver: true } }),
    modelRule(assessment.modelId),
    unevidencedAnswers(assessmentId),
    teamProblems(assessmentId),
  ]);
  const byPractice = new Map(answers.map((a) => [a.practiceId, a]));
  const evidenceMissing = new Set(unevidenced.map((a) => a.practiceId));
  const rationaleMissing = new Set(team.unexplained.map((a) => a.practiceId));
  const rows = disciplines.map((d) => ({
    key: d.key,
    name: d.name,
    practices: d.practices.map((p) => {
      const a = byPractice.get(p.id);
      return {
        id: p.id,
        title: p.title,
        answer: a ? (a.notApplicable ? ("NA" as const) : (a.level ?? null)) : null,
        reasonMissing: rule.notApplicableNeedsReason && a !== undefined && lacksReason(a),
        carriedOver: a?.carriedOver ?? false,
        evidenceMissing: evidenceMissing.has(p.id),
        rationaleMissing: rationaleMissing.has(p.id),
      };
    }),
  }));
  const unanswered = rows.reduce((n, d) => n + d.practices.filter((p) => p.answer === null).length, 0);
  const unexplained = rows.flatMap((d) => d.practices.filter((p) => p.reasonMissing).map((p) => p.title));
  const unconfirmed = rows.flatMap((d) => d.practices.filter((p) => p.carriedOver).map((p) => p.title));
  return {
    assessment,
    editable,
    disciplines: rows,
    unanswered,
    unexplained,
    unconfirmed,
    unevidenced: unevidenced.length ? unevidencedMessage(unevidenced) : null,
    team: team.stillRating ? STILL_RATING : team.unexplained.length ? unexplainedConsensusMessage(team.unexplained.map((a) => a.title)) : null,
  };
}

/**
 * Submits for council review. The client's submit key makes retries (a double click, a resend after
 * a network error) land on the one submission instead of failing or submitting twice.
 */
export async function submitAssessment(actor: Actor, input: SubmitInput): Promise<Result<{ alreadySubmitted: boolean }>> {
  const { assessment, editable } = await loadAssessment(actor, input.assessmentId);
  requireThat(canAnswerFor(actor, assessment.program));
  if (assessment.submitKey === input.submitKey) return ok({ alreadySubmitted: true });
  if (!editable) return fail(lockedMessage(assessment));

  const team = await teamProblems(assessment.id);
  if (team.stillRating) return fail(STILL_RATING);
  const [practices, answers] = await Promise.all([
    db().practice.count({ where: { discipline: { modelId: assessment.modelId } } }),
    db().answer.count({ where: { assessmentId: assessment.id } }),
  ]);
  if (answers < practices) {
    const missing = practices - answers;
    return fail(`${missing} practice${missing === 1 ? " is" : "s are"} not answered yet. Answer each one or mark it “not applicable”, then submit.`);
  }
  const carried = await db().answer.findMany({
    where: { assessmentId: assessment.id, carriedOver: true },
    orderBy: [{ practice: { discipline: { position: "asc" } } }, { practice: { position: "asc" } }],
    select: { practice: { select: { title: true } } },
  });
  const unconfirmed = unconfirmedMessage(carried.map((a) => a.practice.title));
  if (unconfirmed) return fail(unconfirmed);
  if ((await modelRule(assessment.modelId)).notApplicableNeedsReason) {
    const notApplicable = await db().answer.findMany({
      where: { assessmentId: assessment.id, notApplicable: true },
      orderBy: [{ practice: { discipline: { position: "asc" } } }, { practice: { position: "asc" } }],
      select: { notApplicable: true, evidenceNote: true, practice: { select: { title: true } } },
    });
    const unexplained = notApplicable.filter(lacksReason).map((a) => a.practice.title);
    if (unexplained.length > 0) return fail(unexplainedMessage(unexplained));
  }
  if (team.unexplained.length > 0) return fail(unexplainedConsensusMessage(team.unexplained.map((a) => a.title)));
  const unevidenced = await unevidencedAnswers(assessment.id);
  if (unevidenced.length > 0) return fail(unevidencedMessage(unevidenced));
  const outcome = await db().$transaction(async (tx) => {
    const updated = await tx.assessment.updateMany({
      where: { id: assessment.id, version: assessment.version, status: { in: [...EDITABLE_STATUSES] } },
      data: { status: "SUBMITTED", submittedAt: new Date(), submittedById: actor.userId, submitKey: input.submitKey, version: { increment: 1 } },
    });
    if (updated.count === 0) return "raced" as const;
    await takeScoreSnapshot(tx, assessment);
    await recordAudit(tx, actor, {
      action: "assessment.submit",
      entityType: "Assessment",
      entityId: assessment.id,
      before: { status: assessment.status, version: assessment.version },
      after: { status: "SUBMITTED", version: assessment.version + 1, submitKey: input.submitKey },
    });
    const where = { programName: assessment.program.name, cycleName: assessment.cycle.name, assessmentId: assessment.id };
    await notify(tx, await councilMembers(tx), submitted({ ...where, submittedBy: actor.name }), `submitted:${assessment.id}:${assessment.version + 1}`);
    return "submitted" as const;
  });
  if (outcome === "submitted") return ok({ alreadySubmitted: false });
  // Lost a race: to our own retry (same key) is success; to anything else, the user must look again.
  const now = await db().assessment.findUniqueOrThrow({ where: { id: assessment.id }, select: { submitKey: true } });
  if (now.submitKey === input.submitKey) return ok({ alreadySubmitted: true });
  return fail("This assessment changed while you were submitting it. Check your answers and submit again.");
}
