import "server-only";
import { notFound } from "next/navigation";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { programScope } from "@/lib/auth/policy";
import { compareTable, type CompareColumn } from "@/lib/scoring/compare";
import type { ScoreSnapshotData } from "@/lib/scoring/snapshot";
import type { Cell } from "@/lib/scoring/rules";
import { requireRole } from "./internal/guards";
import { currentModelOutline } from "./internal/model-outline";
import { submittedScores } from "./internal/scores";

const assessmentRef = { select: { id: true, modelId: true, model: { select: { version: true } }, cycle: { select: { name: true } } } } as const;

const cellsOf = (s: ScoreSnapshotData | undefined) => ({
  overall: { score: s?.overallScore ?? null, level: s?.overallLevel ?? null } satisfies Cell,
  disciplines: Object.fromEntries((s?.disciplines ?? []).map((d) => [d.key, { score: d.score, level: d.level }])),
});

/**
 * Programs side by side (each by its latest accepted assessment, its change since its baseline), or
 * one program across every cycle it was accepted in (each change since the cycle before), with gaps
 * to its targets. A program outside the actor's scope is not found, exactly like one that does not exist.
 */
export async function getComparison(actor: Actor, programIds: readonly string[]) {
  requireRole(actor, "COUNCIL", "ADMIN", "CCO");
  const programs = await db().program.findMany({
    where: { id: { in: [...programIds] }, archivedAt: null, ...programScope(actor) },
    select: {
      id: true,
      name: true,
      agency: { select: { name: true } },
      latestAssessment: assessmentRef,
      baselineAssessment: assessmentRef,
      targets: { select: { disciplineKey: true, targetLevel: true } },
      // Every cycle only when one program is compared with itself.
      assessments: { where: { status: "ACCEPTED" }, orderBy: { cycle: { startsOn: "asc" } }, take: programIds.length === 1 ? undefined : 0, ...assessmentRef },
    },
  });
  if (programs.length !== programIds.length) notFound();
  const ordered = programIds.map((id) => programs.find((p) => p.id === id)!);
  const byCycle = programIds.length === 1;
  const shown = byCycle
    ? ordered[0]!.assessments.map((a, i, all) => ({ program: ordered[0]!, assessment: a, before: all[i - 1] ?? null }))
    : ordered.map((p) => ({ program: p, assessment: p.latestAssessment, before: p.baselineAssessment?.id === p.latestAssessment?.id ? null : p.baselineAssessment }));
  const refs = shown.flatMap((s) => [s.assessment, s.before]).filter((a) => a !== null);
  const [scores, outline] = await Promise.all([submittedScores(refs), currentModelOutline()]);
  /** The model versions of every assessment shown or compared with, to say so when they differ. */
  const modelVersions = refs.map((a) => a.model.version);
  const mixed = new Set(modelVersions).size > 1;
  const columns = shown.map(({ program, assessment, before }) => ({
    programId: program.id,
    heading: byCycle ? (assessment?.cycle.name ?? "") : program.name,
    subheading: `${byCycle ? program.name : `${program.agency.name}${assessment ? `, ${assessment.cycle.name}` : ""}`}${assessment && mixed ? `, model version ${assessment.model.version}` : ""}`,
    assessmentId: assessment?.id ?? null,
    since: before?.cycle.name ?? null,
  }));
  const table = compareTable(
    outline.disciplines.map((d) => d.key),
    shown.map(
      ({ program, assessment, before }): CompareColumn => ({
        key: assessment?.id ?? program.id,
        ...cellsOf(assessment ? scores.get(assessment.id) : undefined),
        before: before ? cellsOf(scores.get(before.id)) : null,
        targets: Object.fromEntries(program.targets.map((t) => [t.disciplineKey, t.targetLevel])),
      }),
    ),
  );
  return { byCycle, program: byCycle ? ordered[0]! : null, columns, modelVersions, ...table, ...outline };
}
