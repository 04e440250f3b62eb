import "server-only";
import { notFound } from "next/navigation";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { canAnswerFor } from "@/lib/auth/policy";
import { gapTo, rankGaps } from "@/lib/scoring/gaps";
import { isLevel, type LevelRank } from "@/lib/scoring/rules";
import type { AssessmentScore } from "@/lib/scoring/score";
import { loadAssessment } from "./assessment-access";
import { scoreAssessments } from "./scores";

/** How many practices and resources a gap lists: enough to act on, few enough to read. */
const PRACTICES_PER_GAP = 3;
const RESOURCES_PER_GAP = 6;

async function scoreOf(assessmentId: string, modelId: string) {
  const scored = (await scoreAssessments([{ id: assessmentId, modelId }])).get(assessmentId)!;
  return { disciplines: scored.shape.disciplines, values: scored.values, score: scored.score };
}

export type ResourceLink = { id: string; title: string; url: string; publisher: string; format: string; size: string };

/** Resources for a gap: those for its practices (in the order given, by rank), then the discipline's. */
async function resourcesFor(disciplineKey: string, practiceKeys: string[]): Promise<ResourceLink[]> {
  const select = { id: true, title: true, url: true, publisher: true, format: true, size: true } as const;
  const [forPractices, forDiscipline] = await Promise.all([
    db().resourcePractice.findMany({
      where: { practiceKey: { in: practiceKeys }, resource: { retiredAt: null } },
      orderBy: [{ rank: "asc" }, { resource: { position: "asc" } }],
      select: { practiceKey: true, resource: { select } },
    }),
    db().resource.findMany({
      where: { retiredAt: null, disciplines: { some: { disciplineKey } } },
      orderBy: { position: "asc" },
      select,
      take: RESOURCES_PER_GAP,
    }),
  ]);
  const ordered = [
    ...practiceKeys.flatMap((k) => forPractices.filter((r) => r.practiceKey === k).map((r) => r.resource)),
    ...forDiscipline,
  ];
  const seen = new Set<string>();
  return ordered.filter((r) => !seen.has(r.url) && seen.add(r.url)).slice(0, RESOURCES_PER_GAP);
}

export type DisciplineResult = {
  key: string;
  name: string;
  a11Areas: string[];
  score: number | null;
  level: LevelRank | null;
  scored: boolean;
  baselineScore: number | null;
  baselineLevel: LevelRank | null;
  target: LevelRank;
  targetIsDefault: boolean;
  dueOn: Date | null;
  targetVersion: number;
  gap: number;
  practicesBelowTarget: { key: string; title: string; level: LevelRank; gap: number }[];
  resources: ResourceLink[];
};

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

  const disciplines: DisciplineResult[] = await Promise.all(
    ranked.map(async (gap) => {
      const d = current.disciplines.find((x) => x.key === gap.key)!;
      const s = current.score.disciplines.find((x) => x.key === gap.key)!;
      const b = baseline?.score.disciplines.find((x) => x.key === gap.key);
      const t = targetOf.get(gap.key);
      const practicesBelowTarget = d.practices
        .map((p) => ({ key: p.key, title: p.title, value: current.values.get(p.key) }))
        .filter((p): p is { key: string; title: string; value: LevelRank } => isLevel(p.value))
        .map((p) => ({ key: p.key, title: p.title, level: p.value, gap: gapTo(p.value, gap.target) }))
        .filter((p) => p.gap > 0)
        .sort((x, y) => y.gap - x.gap)
        .slice(0, PRACTICES_PER_GAP);
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
        resources: gap.gap > 0 ? await resourcesFor(d.key, practicesBelowTarget.map((p) => p.key)) : [],
      };
    }),
  );

  const levels = await db().level.findMany({ where: { modelId: assessment.modelId }, orderBy: { rank: "asc" }, select: { rank: true, name: true } });
  return {
    assessment,
    levels,
    overall: overallOf(current.score),
    baseline: baseline ? { cycleName: baseline.cycleName, ...overallOf(baseline.score) } : null,
    isBaseline,
    /** In the model's order, for the scores table and chart. */
    disciplines: current.disciplines.map((d) => disciplines.find((x) => x.key === d.key)!),
    /** Largest gap first, for the gap chart. */
    gaps: disciplines,
    canSetTargets: canAnswerFor(actor, assessment.program),
  };
}

const overallOf = (s: AssessmentScore) => ({ score: s.score, level: s.level, completeness: s.completeness });
