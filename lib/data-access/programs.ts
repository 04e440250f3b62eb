import "server-only";
import { dayOf, submissionOverdue, todayIso } from "@/lib/scoring/due-dates";
import { notFound } from "next/navigation";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { canAnswerFor, canReadProgram, programScope } from "@/lib/auth/policy";
import { findOpenCycle } from "./internal/cycles";
import { isUuid, requireScope, requireThat } from "./internal/guards";
import type { ProgramDetail, ProgramListItem } from "./types";

/** The programs in the actor's scope, with their assessment status in the open cycle. */
export async function listPrograms(actor: Actor): Promise<{ cycleName: string | null; submissionDueOn: string | null; programs: ProgramListItem[] }> {
  const cycle = await findOpenCycle();
  const programs = await db().program.findMany({
    where: { ...programScope(actor), archivedAt: null },
    orderBy: [{ agency: { name: "asc" } }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      agency: { select: { name: true } },
      assessments: { where: { cycleId: cycle?.id ?? "00000000-0000-0000-0000-000000000000" }, select: { id: true, status: true } },
    },
  });
  const submissionDueOn = dayOf(cycle?.submissionDueOn ?? null);
  const today = todayIso();
  return {
    cycleName: cycle?.name ?? null,
    submissionDueOn,
    programs: programs.map((p) => ({
      id: p.id,
      name: p.name,
      agencyName: p.agency.name,
      openCycleStatus: p.assessments[0]?.status ?? null,
      openCycleAssessmentId: p.assessments[0]?.id ?? null,
      overdue: submissionOverdue(p.assessments[0]?.status ?? "NOT_STARTED", submissionDueOn, today),
    })),
  };
}

/** One program, or not found: a missing id and an id outside the actor's scope look the same. */
export async function getProgram(actor: Actor, programId: string): Promise<ProgramDetail> {
  if (!isUuid(programId)) notFound();
  const program = await db().program.findFirst({
    where: { id: programId, archivedAt: null },
    select: {
      id: true,
      agencyId: true,
      name: true,
      description: true,
      agency: { select: { name: true } },
      assessments: {
        orderBy: { cycle: { startsOn: "desc" } },
        select: { id: true, status: true, updatedAt: true, cycleId: true, cycle: { select: { name: true, startsOn: true } } },
      },
    },
  });
  requireThat(program !== null);
  await requireScope(actor, canReadProgram(actor, program), { type: "Program", id: program.id });
  const openCycle = await findOpenCycle();
  const startedInOpenCycle = program.assessments.some((a) => a.cycleId === openCycle?.id);
  // Newest cycle first: the first accepted one that began before the open cycle, as lastAcceptedBefore picks it.
  const carrySource = openCycle ? program.assessments.find((a) => a.status === "ACCEPTED" && a.cycle.startsOn < openCycle.startsOn) : undefined;
  return {
    id: program.id,
    name: program.name,
    description: program.description,
    agencyName: program.agency.name,
    assessments: program.assessments.map((a) => ({ id: a.id, cycleName: a.cycle.name, status: a.status, updatedAt: a.updatedAt })),
    openCycle: openCycle ? { id: openCycle.id, name: openCycle.name } : null,
    canStartAssessment: openCycle !== null && !startedInOpenCycle && canAnswerFor(actor, program),
    carryFrom: carrySource ? { cycleName: carrySource.cycle.name } : null,
  };
}
