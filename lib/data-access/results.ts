import "server-only";
import { notFound } from "next/navigation";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { canPlanFor } from "@/lib/auth/policy";
import { changesSince } from "@/lib/scoring/carry-forward";
import { practicesBelowTarget as belowTarget, rankGaps } from "@/lib/scoring/gaps";
import { isLevel } from "@/lib/scoring/rules";
import type { AssessmentScore } from "@/lib/scoring/score";
import { loadAssessment } from "./internal/assessment-access";
import { lastAcceptedBefore } from "./internal/last-accepted";
import { benchmarksFor } from "./internal/benchmark-groups";
import { resourcesForGaps } from "./internal/resources";
import type { DisciplineResult } from "./types";
import { scoreAssessments } from "./internal/scores";
import { namedActions } from "./internal/plans";
import { planProblems } from "@/lib/plans/completeness";
import { planLabel } from "@/lib/plans/wording";
import { parseSnapshot } from "@/lib/scoring/snapshot";
import { choiceOfAnswer } from "@/lib/scoring/validation";

async function scoreOf(assessmentId: string, modelId: string) {
  const scored = (await scoreAssessments([{ id: assessmentId, modelId }])).get(assessmentId)!;
  return { modelVersion: scored.shape.version, disciplines: scored.shape.disciplines, values: scored.values, score: scored.score };
}

/** Results of a submitted or accepted assessment: scores, baseline, targets, gaps and what to read. */
export async function getResults(actor: Actor, assessmentId: string) {
  const { assessment } = await loadAssessment(actor, assessmentId);
  if (assessment.status !== "SUBMITTED" && assessment.status !== "ACCEPTED") notFound();
  const current = await scoreOf(assessment.id, assessment.modelId);

  const baselineRow = await db().assessment.findFirst({
    where: { programId: assessment.program.id, status: "ACCEPTED" },
    orderBy: { cycle: { startsOn: "asc" } },
    select: { id: true, modelId: true, cycle: { select: { name: true } } },
  });
  const baseline = baselineRow && baselineRow.id !== assessment.id ? { cycleName: baselineRow.cycle.name, ...(await scoreOf(baselineRow.id, baselineRow.modelId)) } : null;
  const isBaseline = baselineRow?.id === assessment.id;
  const changes = await changesSinceLastAccepted(assessment, current);

  const targets = await db().target.findMany({
    where: { programId: assessment.program.id },
    select: { disciplineKey: true, targetLevel: true, dueOn: true, version: true },
  });
  const targetOf = new Map(targets.map((t) => [t.disciplineKey, t]));

  const ranked = rankGaps(
    current.score.disciplines.map((d) => {
      const t = targetOf.get(d.key);
      return { key: d.key, current: d.level, target: t && isLevel(t.targetLevel) ? t.targetLevel : undefined };
    }),
  );

  const below = ranked.map((gap) => belowTarget(current.disciplines.find((x) => x.key === gap.key)!.practices, (key) => current.values.get(key), gap.target));
  // Only gaps list resources; a discipline at its target asks for none.
  const withGap = ranked.flatMap((gap, i) => (gap.gap > 0 ? [i] : []));
  const levelOf = (key: string) => {
    const value = current.values.get(key);
    return isLevel(value) ? value : null;
  };
  const found = await resourcesForGaps(withGap.map((i) => ({ disciplineKey: ranked[i]!.key, practices: below[i]!.map((p) => ({ key: p.key, level: levelOf(p.key) })) })));
  const resources = new Map(withGap.map((i, n) => [i, found[n]!]));
  const disciplines: DisciplineResult[] = ranked.map((gap, i) => {
    const d = current.disciplines.find((x) => x.key === gap.key)!;
    const s = current.score.disciplines.find((x) => x.key === gap.key)!;
    const b = baseline?.score.disciplines.find((x) => x.key === gap.key);
    const t = targetOf.get(gap.key);
    const practicesBelowTarget = below[i]!;
    return {
      key: d.key,
      name: d.name,
      a11Areas: d.a11Areas,
      score: s.score,
      level: s.level,
      scored: s.scored,
      baselineScore: b?.score ?? null,
      baselineLevel: b?.level ?? null,
      target: gap.target,
      targetIsDefault: !t,
      dueOn: t?.dueOn ?? null,
      targetVersion: t?.version ?? 0,
      gap: gap.gap,
      practicesBelowTarget,
      resources: resources.get(i) ?? [],
    };
  });

  const [completedActions, levels, benchmarks, plan, validation] = await Promise.all([
    assessment.status === "ACCEPTED" ? actionsCompletedBefore(assessment.id, assessment.program.id) : null,
    db().level.findMany({ where: { modelId: assessment.modelId }, orderBy: { rank: "asc" }, select: { rank: true, name: true } }),
    benchmarksFor(assessment.program.agencyId, current.score.disciplines),
    latestPlanOf(assessment.program.id),
    validationOf(assessment.id),
  ]);
  return {
    assessment,
    levels,
    overall: overallOf(current.score),
    baseline: baseline ? { cycleName: baseline.cycleName, modelVersion: baseline.modelVersion, ...overallOf(baseline.score) } : null,
    isBaseline,
    /** In the model's order, for the scores table and chart. */
    disciplines: current.disciplines.map((d) => disciplines.find((x) => x.key === d.key)!),
    /** Largest gap first, for the gap chart. */
    gaps: disciplines,
    canSetTargets: canPlanFor(actor, assessment.program),
    completedActions,
    /** Against all programs and the agency's, in the model's order. */
    benchmarks,
    changes,
    /** The program's latest CX action plan (latest fiscal year, latest version), for the report. */
    plan,
    /** Where the council validated other answers on acceptance: the program's own beside them. */
    validation,
  };
}

async function latestPlanOf(programId: string) {
  const plan = await db().actionPlan.findFirst({
    where: { programId },
    orderBy: [{ fiscalYear: "desc" }, { number: "desc" }],
    select: { id: true, fiscalYear: true, number: true, status: true, signedOffAt: true, signedOffBy: { select: { name: true } } },
  });
  if (!plan) return null;
  const actions = await namedActions(plan.id);
  return { ...plan, label: planLabel(plan), actions, problems: planProblems({ actions }) };
}

/** Per practice, what differs from the program's accepted assessment of the cycle before this one's (none: null). */
async function changesSinceLastAccepted(assessment: { id: string; program: { id: string }; cycle: { id: string } }, current: Awaited<ReturnType<typeof scoreOf>>) {
  const { startsOn } = await db().cycle.findUniqueOrThrow({ where: { id: assessment.cycle.id }, select: { startsOn: true } });
  const previous = await lastAcceptedBefore(assessment.program.id, startsOn, { id: true, modelId: true, cycle: { select: { name: true } } });
  if (!previous) return null;
  const before = await scoreOf(previous.id, previous.modelId);
  return { cycleName: previous.cycle.name, rows: changesSince(current.disciplines, before.values, current.values) };
}

/** Action items of the program completed between the previous accepted assessment's submission and this one's. */
async function actionsCompletedBefore(assessmentId: string, programId: string) {
  const accepted = await db().assessment.findMany({
    where: { programId, status: "ACCEPTED" },
    orderBy: { cycle: { startsOn: "asc" } },
    select: { id: true, submittedAt: true },
  });
  const index = accepted.findIndex((a) => a.id === assessmentId);
  const until = accepted[index]?.submittedAt ?? new Date();
  const since = accepted[index - 1]?.submittedAt ?? new Date(0);
  return db().actionItem.findMany({
    where: { programId, status: "DONE", completedAt: { gt: since, lte: until } },
    orderBy: { completedAt: "asc" },
    select: { id: true, title: true, ownerName: true, completedAt: true, disciplineKey: true },
  });
}

/**
 * The answers the council validated differently, with the program's own and the reason, and the
 * scores the program's own answers gave (the scores shown elsewhere are the validated ones); null
 * where the council agreed with every answer or has not decided.
 */
async function validationOf(assessmentId: string) {
  const snapshot = await db().scoreSnapshot.findUnique({ where: { assessmentId }, select: { selfReportedOverallScore: true, selfReportedOverallLevel: true, selfReportedDisciplines: true } });
  // Only an acceptance that validated other answers keeps the self-reported scores.
  if (!snapshot || snapshot.selfReportedDisciplines === null) return null;
  const adjusted = await db().answer.findMany({
    where: { assessmentId, selfReportedNotApplicable: { not: null } },
    orderBy: [{ practice: { discipline: { position: "asc" } } }, { practice: { position: "asc" } }],
    select: {
      level: true,
      notApplicable: true,
      selfReportedLevel: true,
      selfReportedNotApplicable: true,
      validationReason: true,
      practice: { select: { id: true, title: true, discipline: { select: { name: true } } } },
    },
  });
  if (adjusted.length === 0) return null;
  const self = parseSnapshot({ overallScore: snapshot.selfReportedOverallScore, overallLevel: snapshot.selfReportedOverallLevel, disciplines: snapshot.selfReportedDisciplines });
  return {
    selfReported: self,
    practices: adjusted.map((a) => ({
      id: a.practice.id,
      title: a.practice.title,
      disciplineName: a.practice.discipline.name,
      validated: choiceOfAnswer(a),
      selfReported: choiceOfAnswer({ level: a.selfReportedLevel, notApplicable: a.selfReportedNotApplicable === true }),
      reason: a.validationReason,
    })),
  };
}

const overallOf = (s: AssessmentScore) => ({ score: s.score, level: s.level, completeness: s.completeness });
