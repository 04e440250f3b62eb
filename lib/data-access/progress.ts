import "server-only";
import { notFound } from "next/navigation";
import { db } from "@/lib/db/client";
import { groupBy } from "@/lib/group-by";
import type { Actor } from "@/lib/auth/actor";
import { canPlanFor, canReadProgram, programScope, scopeOf } from "@/lib/auth/policy";
import { agencyMean, baselineAndLatest, changeOf, type Cell, type CyclePoint } from "@/lib/scoring/progress";
import { targetStatus, type TargetStatus } from "@/lib/scoring/targets";
import { isUuid, requireRole, requireScope } from "./internal/guards";
import { submittedScores } from "./internal/scores";
import { findOpenCycle } from "./internal/cycles";
import { fromPortfolioCache } from "./internal/portfolio-cache";
import { dayOf, submissionOverdue, todayIso } from "@/lib/scoring/due-dates";

/** `versions`: the model version of each point's assessment, by cycle. */
type ProgramPoints = { programId: string; points: CyclePoint[]; overall: Map<string, Cell>; versions: Map<string, number> };

/** Each program's accepted assessments laid out on every cycle, oldest first; null where none. */
async function programPoints(programIds: string[]) {
  const [cycles, assessments] = await Promise.all([
    db().cycle.findMany({ orderBy: { startsOn: "asc" }, select: { name: true } }),
    db().assessment.findMany({
      where: { programId: { in: programIds }, status: "ACCEPTED" },
      select: { id: true, modelId: true, model: { select: { version: true } }, programId: true, cycle: { select: { name: true } } },
    }),
  ]);
  const scored = await submittedScores(assessments);
  const byProgram = new Map<string, ProgramPoints>();
  const assessmentsOf = groupBy(assessments, (a) => a.programId);
  for (const programId of programIds) {
    const mine = assessmentsOf.get(programId) ?? [];
    const overall = new Map<string, Cell>();
    const versions = new Map<string, number>();
    const points = cycles.map(({ name }) => {
      const a = mine.find((x) => x.cycle.name === name);
      if (!a) return { cycle: name, cells: null };
      const s = scored.get(a.id)!;
      overall.set(name, { score: s.overallScore, level: s.overallLevel });
      versions.set(name, a.model.version);
      return { cycle: name, cells: Object.fromEntries(s.disciplines.map((d) => [d.key, { score: d.score, level: d.level }])) };
    });
    byProgram.set(programId, { programId, points, overall, versions });
  }
  return { cycles: cycles.map((c) => c.name), byProgram };
}

async function currentDisciplines() {
  return db().discipline.findMany({ where: { model: { isCurrent: true } }, orderBy: { position: "asc" }, select: { key: true, name: true } });
}

export type TargetView = { disciplineKey: string; targetLevel: number; dueOn: Date | null; latestLevel: number | null; status: TargetStatus };

type TargetRow = { programId: string; disciplineKey: string; targetLevel: number; dueOn: Date | null };

function targetRowsOf(programIds: string[]): Promise<TargetRow[]> {
  return db().target.findMany({ where: { programId: { in: programIds } }, select: { programId: true, disciplineKey: true, targetLevel: true, dueOn: true } });
}

/** Each target's status today, against its program's latest accepted level. */
function targetStatuses(targets: TargetRow[], byProgram: Map<string, ProgramPoints>, today: Date) {
  return targets.map((t) => {
    const latest = baselineAndLatest(byProgram.get(t.programId)?.points ?? []).latest;
    const latestLevel = latest?.cells?.[t.disciplineKey]?.level ?? null;
    return { programId: t.programId, disciplineKey: t.disciplineKey, targetLevel: t.targetLevel, dueOn: t.dueOn, latestLevel, status: targetStatus({ ...t, latestLevel, today }) };
  });
}

/**
 * One program's accepted history, kept per portfolio revision (every input moves it): its points,
 * the current model's disciplines and its targets. The caller has checked the reader's scope.
 */
function programHistory(programId: string) {
  return fromPortfolioCache(["program-history", programId], async () => {
    const [{ cycles, byProgram }, disciplines, targets] = await Promise.all([
      programPoints([programId]),
      currentDisciplines(),
      targetRowsOf([programId]),
    ]);
    return { cycles, byProgram, disciplines, targets };
  });
}

/** One program over time: scores per discipline per cycle, changes, and targets with their status. */
export async function getProgramProgress(actor: Actor, programId: string, today = new Date()) {
  if (!isUuid(programId)) notFound();
  const program = await db().program.findFirst({
    where: { id: programId, archivedAt: null },
    select: { id: true, agencyId: true, name: true, agency: { select: { name: true } } },
  });
  if (!program) notFound();
  await requireScope(actor, canReadProgram(actor, program), { type: "Program", id: program.id });
  const { cycles, byProgram, disciplines, targets } = await programHistory(program.id);
  const { points, overall, versions } = byProgram.get(program.id)!;
  const { baseline } = baselineAndLatest(points);
  return {
    program,
    modelVersions: [...versions.values()],
    cycles,
    disciplines,
    points,
    overall,
    baselineCycle: baseline?.cycle ?? null,
    changes: Object.fromEntries(disciplines.map((d) => [d.key, changeOf(points, d.key)])),
    targets: targetStatuses(targets, byProgram, today),
    canPlan: canPlanFor(actor, program),
  };
}

/**
 * What the CCO overview reads of the agency's accepted history, kept per portfolio revision (which
 * accepting an assessment, targets, programs, agencies and cycles move): each program's points, the
 * agency's mean and its targets. Only the open cycle's statuses and the open action items are read
 * on every request.
 */
function agencyHistory(actor: Actor) {
  return fromPortfolioCache(["agency-history", scopeOf(actor)], async () => {
    const [agency, programs] = await Promise.all([
      db().agency.findUniqueOrThrow({ where: { id: actor.agencyId ?? "" }, select: { name: true } }),
      db().program.findMany({ where: { ...programScope(actor), archivedAt: null }, select: { id: true } }),
    ]);
    const ids = programs.map((p) => p.id);
    const [{ cycles, byProgram }, disciplines, targets] = await Promise.all([programPoints(ids), currentDisciplines(), targetRowsOf(ids)]);
    const mean = agencyMean(
      ids.map((id) => byProgram.get(id)!.points),
      cycles,
      disciplines.map((d) => d.key),
    );
    return { agencyName: agency.name, cycles, byProgram, disciplines, targets, mean };
  });
}

/** A CCO's agency: each program's baseline and latest level, targets, open action items, and the agency's mean over time. */
export async function getAgencyOverview(actor: Actor, today = new Date()) {
  requireRole(actor, "CCO");
  const [history, programs, openCycle] = await Promise.all([
    agencyHistory(actor),
    db().program.findMany({
      where: { ...programScope(actor), archivedAt: null },
      orderBy: { name: "asc" },
      select: {
        id: true,
        name: true,
        _count: { select: { actionItems: { where: { status: { not: "DONE" } } } } },
        assessments: { where: { cycle: { status: "OPEN" } }, select: { status: true }, take: 1 },
      },
    }),
    findOpenCycle(),
  ]);
  const { byProgram, disciplines, mean } = history;
  const submissionDueOn = dayOf(openCycle?.submissionDueOn ?? null);
  const todayDay = todayIso(today);
  const targets = targetStatuses(history.targets, byProgram, today);
  // A program created since the history was kept has no accepted assessment yet.
  const none: ProgramPoints = { programId: "", points: [], overall: new Map(), versions: new Map() };
  const rows = programs.map((p) => {
    const { points, overall } = byProgram.get(p.id) ?? none;
    const { baseline, latest } = baselineAndLatest(points);
    const first = baseline ? overall.get(baseline.cycle) : undefined;
    const last = latest ? overall.get(latest.cycle) : undefined;
    const mine = targets.filter((t) => t.programId === p.id);
    return {
      programId: p.id,
      program: p.name,
      baseline: baseline ? { cycle: baseline.cycle, ...first! } : null,
      latest: latest ? { cycle: latest.cycle, ...last! } : null,
      change: first?.score != null && last?.score != null && baseline !== latest ? Math.round((last.score - first.score) * 10) / 10 : null,
      targetsMet: mine.filter((t) => t.status === "met").length,
      targetsDue: mine.filter((t) => t.status === "on-track" || t.status === "at-risk").length,
      targetsOverdue: mine.filter((t) => t.status === "missed").length,
      openActionItems: p._count.actionItems,
      openCycle: openCycle
        ? { status: p.assessments[0]?.status ?? ("NOT_STARTED" as const), overdue: submissionOverdue(p.assessments[0]?.status ?? "NOT_STARTED", submissionDueOn, todayDay) }
        : null,
    };
  });
  return {
    agencyName: history.agencyName,
    openCycle: openCycle ? { name: openCycle.name, submissionDueOn } : null,
    modelVersions: [...byProgram.values()].flatMap((p) => [...p.versions.values()]),
    rows,
    disciplines,
    cycles: history.cycles,
    mean,
    baselineCycle: baselineAndLatest(mean).baseline?.cycle ?? null,
    changes: Object.fromEntries(disciplines.map((d) => [d.key, changeOf(mean, d.key)])),
  };
}
