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
import { benchmarksFor } from "./internal/benchmark-groups";
import { resourcesForGaps } from "./internal/resources";
import type { DisciplineResult } from "./types";
import { loadModelLevels, scoreAssessments } from "./internal/scores";
import { namedActions } from "./internal/plans";
import { planProblems } from "@/lib/plans/completeness";
import { planLabel } from "@/lib/plans/wording";
import { parseSnapshot } from "@/lib/scoring/snapshot";
import { choiceOfAnswer } from "@/lib/scoring/validation";

/** Results of a submitted or accepted assessment: scores, baseline, targets, gaps and what to read. */
export async function getResults(actor: Actor, assessmentId: string) {
  const { assessment } = await loadAssessment(actor, assessmentId);
  if (assessment.status !== "SUBMITTED" && assessment.status !== "ACCEPTED") notFound();
  const programId = assessment.program.id;
  const [accepted, { startsOn }, targets] = await Promise.all([
    // The program's accepted assessments, oldest cycle first: its baseline, what this one changed
    // from, and the submissions that bound the action items it completed.
    db().assessment.findMany({
      where: { programId, status: "ACCEPTED" },
      orderBy: { cycle: { startsOn: "asc" } },
      select: { id: true, modelId: true, submittedAt: true, cycle: { select: { name: true, startsOn: true } } },
    }),
    db().cycle.findUniqueOrThrow({ where: { id: assessment.cycle.id }, select: { startsOn: true } }),
    db().target.findMany({ where: { programId }, select: { disciplineKey: true, targetLevel: true, dueOn: true, version: true } }),
  ]);
  const baselineRow = accepted[0];
  const previousRow = accepted.findLast((a) => a.cycle.startsOn < startsOn);
  const scored = await scoreAssessments([assessment, ...(baselineRow ? [baselineRow] : []), ...(previousRow ? [previousRow] : [])]);
  const current = scored.get(assessment.id)!;
  const baseline = baselineRow && baselineRow.id !== assessment.id ? { cycleName: baselineRow.cycle.name, ...scored.get(baselineRow.id)! } : null;
  const isBaseline = baselineRow?.id === assessment.id;
  // Per practice, what differs from the accepted assessment of the cycle before this one's.
  const changes = previousRow ? { cycleName: previousRow.cycle.name, rows: changesSince(current.shape.disciplines, scored.get(previousRow.id)!.values, current.values) } : null;
  const targetOf = new Map(targets.map((t) => [t.disciplineKey, t]));

  const ranked = rankGaps(
    current.score.disciplines.map((d) => {
      const t = targetOf.get(d.key);
      return { key: d.key, current: d.level, target: t && isLevel(t.targetLevel) ? t.targetLevel : undefined };
    }),
  );

  const below = ranked.map((gap) => belowTarget(current.shape.disciplines.find((x) => x.key === gap.key)!.practices, (key) => current.values.get(key), gap.target));
  // Only gaps list resources; a discipline at its target asks for none.
  const withGap = ranked.flatMap((gap, i) => (gap.gap > 0 ? [i] : []));
  const levelOf = (key: string) => {
    const value = current.values.get(key);
    return isLevel(value) ? value : null;
  };
  const found = await resourcesForGaps(withGap.map((i) => ({ disciplineKey: ranked[i]!.key, practices: below[i]!.map((p) => ({ key: p.key, level: levelOf(p.key) })) })));
  const resources = new Map(withGap.map((i, n) => [i, found[n]!]));
  const disciplines: DisciplineResult[] = ranked.map((gap, i) => {
    const d = current.shape.disciplines.find((x) => x.key === gap.key)!;
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
    assessment.status === "ACCEPTED" ? actionsCompletedBefore(assessment.id, programId, accepted) : null,
    loadModelLevels(assessment.modelId),
    benchmarksFor(assessment.program.agencyId, current.score.disciplines),
    latestPlanOf(programId),
    validationOf(assessment.id),
  ]);
  return {
    assessment,
    levels,
    overall: overallOf(current.score),
    baseline: baseline ? { cycleName: baseline.cycleName, modelVersion: baseline.shape.version, ...overallOf(baseline.score) } : null,
    isBaseline,
    /** In the model's order, for the scores table and chart. */
    disciplines: current.shape.disciplines.map((d) => disciplines.find((x) => x.key === d.key)!),
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

/** Action items of the program completed between the previous accepted assessment's submission and this one's. */
async function actionsCompletedBefore(assessmentId: string, programId: string, accepted: { id: string; submittedAt: Date | null }[]) {
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
