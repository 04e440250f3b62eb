import "server-only";
import { parseGlossary, parseScoringRule } from "@/lib/model/model-schema";
import { termsUsed } from "@/lib/model/glossary";
import { db } from "@/lib/db/client";
import { loadModelLevels } from "./internal/scores";
import { Prisma } from "@/lib/db/generated/client";
import type { Actor } from "@/lib/auth/actor";
import type { AnswerInput, ConfirmCarriedInput } from "@/lib/validation/answers";
import { fail, ok, type Result } from "@/lib/validation/result";
import { canAnswerFor, canReadAnswers } from "@/lib/auth/policy";
import { loadAssessment, lockEditable } from "./internal/assessment-access";
import { lockedMessage } from "@/lib/scoring/editable";
import { dayOf, todayIso } from "@/lib/scoring/due-dates";
import { workByPerson } from "@/lib/scoring/assigned-work";
import type { AnswerView, Choice, SaveAnswerResult } from "./types";
import { recordAudit } from "./internal/audit";
import { requireThat } from "./internal/guards";

const answerView = {
  practiceId: true,
  level: true,
  notApplicable: true,
  evidenceNote: true,
  evidenceLinks: true,
  version: true,
  updatedAt: true,
  carriedOver: true,
  answeredBy: { select: { name: true } },
} as const;

type AnswerRow = Prisma.AnswerGetPayload<{ select: typeof answerView }>;

function toView(row: AnswerRow): AnswerView {
  return {
    practiceId: row.practiceId,
    choice: row.notApplicable ? "NA" : (String(row.level) as Choice),
    evidenceNote: row.evidenceNote,
    evidenceLinks: row.evidenceLinks,
    version: row.version,
    answeredBy: row.answeredBy.name,
    updatedAt: row.updatedAt.toISOString(),
    carriedOver: row.carriedOver,
  };
}

/** The task list: every discipline with how many of its practices are answered. */
export async function getAssessmentOverview(actor: Actor, assessmentId: string) {
  const { assessment, editable } = await loadAssessment(actor, assessmentId);
  const [disciplines, answers, review, assignments, respondents] = await Promise.all([
    db().discipline.findMany({
      where: { modelId: assessment.modelId },
      orderBy: { position: "asc" },
      select: { key: true, name: true, practices: { select: { id: true, key: true } } },
    }),
    db().answer.findMany({ where: { assessmentId }, select: { practiceId: true, carriedOver: true } }),
    db().review.findFirst({
      where: { assessmentId },
      orderBy: { createdAt: "desc" },
      select: { decision: true, comment: true, createdAt: true, reviewer: { select: { name: true } } },
    }),
    db().assignment.findMany({ where: { assessmentId }, orderBy: { createdAt: "asc" }, select: { disciplineKey: true, practiceKey: true, dueOn: true, user: { select: { id: true, name: true } } } }),
    db().respondent.findMany({ where: { assessmentId }, select: { finishedAt: true } }),
  ]);
  const answered = new Set(answers.map((a) => a.practiceId));
  const assignedTo = new Map(assignments.filter((a) => !a.practiceKey).map((a) => [a.disciplineKey, { name: a.user.name, dueOn: dayOf(a.dueOn) }]));
  const carried = new Set(answers.filter((a) => a.carriedOver).map((a) => a.practiceId));
  return {
    assessment,
    editable,
    /** Whether each discipline's answers may be opened (a draft's are not the council's or a CCO's). */
    answersVisible: canReadAnswers(actor, assessment.program, assessment.status),
    latestReview: review,
    disciplines: disciplines.map((d) => ({
      key: d.key,
      name: d.name,
      total: d.practices.length,
      answered: d.practices.filter((p) => answered.has(p.id)).length,
      carried: d.practices.filter((p) => carried.has(p.id)).length,
      assignedTo: assignedTo.get(d.key) ?? null,
      practicesAssignedApart: assignments.filter((a) => a.disciplineKey === d.key && a.practiceKey).length,
    })),
    people: workByPerson(
      assignments.map((a) => ({ ...a, dueOn: dayOf(a.dueOn) })),
      disciplines,
      answered,
      todayIso(),
    ),
    /** Whether the actor may choose who answers each discipline. */
    canAssign: editable,
    /** A team assessment: how many rate and how many have finished. */
    team: { respondents: respondents.length, finished: respondents.filter((r) => r.finishedAt).length },
  };
}

/** One discipline's practices, their level descriptors and the answers so far. */
export async function getDisciplineQuestions(actor: Actor, assessmentId: string, disciplineKey: string) {
  const { assessment, editable } = await loadAssessment(actor, assessmentId);
  requireThat(canReadAnswers(actor, assessment.program, assessment.status));
  const disciplines = await db().discipline.findMany({
    where: { modelId: assessment.modelId },
    orderBy: { position: "asc" },
    select: { key: true, name: true },
  });
  const index = disciplines.findIndex((d) => d.key === disciplineKey);
  requireThat(index >= 0);
  const [discipline, levels, answers, model, comments, practiceAssignments] = await Promise.all([
    db().discipline.findUniqueOrThrow({
      where: { modelId_key: { modelId: assessment.modelId, key: disciplineKey } },
      select: {
        key: true,
        name: true,
        description: true,
        practices: {
          orderBy: { position: "asc" },
          select: { id: true, key: true, title: true, description: true, descriptors: { orderBy: { levelRank: "asc" }, select: { levelRank: true, text: true } } },
        },
      },
    }),
    loadModelLevels(assessment.modelId),
    db().answer.findMany({ where: { assessmentId, practice: { discipline: { key: disciplineKey } } }, select: answerView }),
    db().maturityModel.findUniqueOrThrow({ where: { id: assessment.modelId }, select: { scoringRule: true, glossary: true } }),
    db().comment.findMany({ where: { assessmentId, practice: { discipline: { key: disciplineKey } } }, select: { practiceId: true, needsLook: true, clearedAt: true } }),
    db().assignment.findMany({ where: { assessmentId, disciplineKey, practiceKey: { not: "" } }, select: { practiceKey: true, dueOn: true, user: { select: { name: true } } } }),
  ]);
  const assignedTo = (practiceKey: string) => {
    const a = practiceAssignments.find((x) => x.practiceKey === practiceKey);
    return a ? { name: a.user.name, dueOn: dayOf(a.dueOn) } : null;
  };
  const byPractice = new Map(answers.map((a) => [a.practiceId, toView(a)]));
  const discussionOf = (practiceId: string) => {
    const thread = comments.filter((c) => c.practiceId === practiceId);
    return { comments: thread.length, openFlags: thread.filter((c) => c.needsLook && !c.clearedAt).length };
  };
  const texts = discipline.practices.flatMap((p) => [p.title, p.description, ...p.descriptors.map((d) => d.text)]);
  return {
    assessment,
    editable,
    discipline,
    levels,
    notApplicableNeedsReason: parseScoringRule(model.scoringRule).notApplicableNeedsReason,
    glossary: termsUsed(parseGlossary(model.glossary), texts),
    practices: discipline.practices.map((p) => ({ ...p, answer: byPractice.get(p.id) ?? null, discussion: discussionOf(p.id), assignedTo: assignedTo(p.key) })),
    previous: disciplines[index - 1] ?? null,
    next: disciplines[index + 1] ?? null,
    position: { index: index + 1, of: disciplines.length },
  };
}

const sameContent = (a: AnswerView, input: AnswerInput) =>
  a.choice === input.choice && a.evidenceNote === input.evidenceNote && a.evidenceLinks.join("\n") === input.evidenceLinks.join("\n");

/**
 * Saves one answer if nobody else changed it since the user loaded it (optimistic locking on the
 * answer's version). A stale save returns the other person's answer so the user can choose.
 */
export async function saveAnswer(actor: Actor, input: AnswerInput): Promise<SaveAnswerResult> {
  const { assessment, editable } = await loadAssessment(actor, input.assessmentId);
  requireThat(canAnswerFor(actor, assessment.program));
  if (!editable) return { ok: false, message: lockedMessage(assessment) };
  const practice = await db().practice.findFirst({
    where: { id: input.practiceId, discipline: { modelId: assessment.modelId } },
    select: { id: true },
  });
  if (!practice) return { ok: false, message: "This practice is not part of this assessment.", fieldErrors: { practiceId: ["Unknown practice"] } };

  const key = { assessmentId_practiceId: { assessmentId: input.assessmentId, practiceId: input.practiceId } };
  const values = {
    level: input.choice === "NA" ? null : Number(input.choice),
    notApplicable: input.choice === "NA",
    evidenceNote: input.evidenceNote,
    evidenceLinks: input.evidenceLinks,
    answeredById: actor.userId,
  };
  const current = async () => {
    const row = await db().answer.findUnique({ where: key, select: answerView });
    return row ? toView(row) : null;
  };
  try {
    return await db().$transaction(async (tx) => {
      const locked = await lockEditable(tx, assessment);
      if (locked) return { ok: false as const, message: locked };
      const before = await tx.answer.findUnique({ where: key, select: answerView });
      const beforeView = before ? toView(before) : null;
      if ((before?.version ?? 0) !== input.expectedVersion) {
        // A retried save whose first attempt went through is not a conflict.
        if (beforeView && sameContent(beforeView, input)) return { ok: true as const, answer: beforeView };
        return { ok: false as const, conflict: beforeView ?? emptyAnswer(input.practiceId) };
      }
      // A carried-over answer saved as it was (the page's "Save and continue") still waits for its
      // confirmation; changed, it is the person's own.
      const carriedOver = Boolean(beforeView?.carriedOver && sameContent(beforeView, input));
      const saved = before
        ? await tx.answer.update({ where: { ...key, version: input.expectedVersion }, data: { ...values, carriedOver, version: { increment: 1 } }, select: answerView })
        : await tx.answer.create({ data: { assessmentId: input.assessmentId, practiceId: input.practiceId, ...values }, select: answerView });
      const after = toView(saved);
      await recordAudit(tx, actor, {
        action: "answer.save",
        entityType: "Answer",
        entityId: `${input.assessmentId}:${input.practiceId}`,
        before: beforeView ? auditValues(beforeView) : undefined,
        after: auditValues(after),
      });
      return { ok: true as const, answer: after };
    });
  } catch (error) {
    // Someone else's save of the same answer won the race (unique key or version): show theirs.
    if (error instanceof Prisma.PrismaClientKnownRequestError && (error.code === "P2002" || error.code === "P2025")) {
      const theirs = await current();
      if (theirs && sameContent(theirs, input)) return { ok: true, answer: theirs };
      return { ok: false, conflict: theirs ?? emptyAnswer(input.practiceId) };
    }
    throw error;
  }
}

function emptyAnswer(practiceId: string): AnswerView {
  return { practiceId, choice: "NA", evidenceNote: "", evidenceLinks: [], version: 0, answeredBy: "", updatedAt: new Date(0).toISOString(), carriedOver: false };
}

/**
 * Confirms a discipline's answers carried over from the last accepted assessment, as they are, after
 * the person has seen them on the discipline's page: each becomes theirs, with a new version (an open
 * page's later save of one of them is then a conflict to look at, not a silent overwrite).
 */
export async function confirmCarriedAnswers(actor: Actor, input: ConfirmCarriedInput): Promise<Result<{ confirmed: number }>> {
  const { assessment, editable } = await loadAssessment(actor, input.assessmentId);
  requireThat(canAnswerFor(actor, assessment.program));
  if (!editable) return fail(lockedMessage(assessment));
  return db().$transaction(async (tx) => {
    const locked = await lockEditable(tx, assessment);
    if (locked) return fail(locked);
    const confirmed = await tx.answer.updateManyAndReturn({
      where: { assessmentId: input.assessmentId, carriedOver: true, practice: { discipline: { key: input.disciplineKey, modelId: assessment.modelId } } },
      data: { carriedOver: false, answeredById: actor.userId, version: { increment: 1 } },
      select: { practiceId: true, version: true },
    });
    if (confirmed.length > 0) {
      await recordAudit(tx, actor, {
        action: "answer.confirm-carried",
        entityType: "Assessment",
        entityId: input.assessmentId,
        after: { disciplineKey: input.disciplineKey, practiceIds: confirmed.map((a) => a.practiceId) },
      });
    }
    return ok({ confirmed: confirmed.length });
  });
}

const auditValues = (a: AnswerView) => ({ choice: a.choice, evidenceNote: a.evidenceNote, evidenceLinks: a.evidenceLinks, version: a.version });
