import "server-only";
import { db } from "@/lib/db/client";
import type { AssessmentStatus } from "@/lib/db/generated/enums";
import type { Actor } from "@/lib/auth/actor";
import { dayOf, reviewOverdue, submissionOverdue, todayIso } from "@/lib/scoring/due-dates";
import { resolveCycle } from "./internal/cycles";
import { requireRole } from "./internal/guards";

export type CycleStatusCounts = {
  cycleName: string | null;
  expected: number;
  counts: Record<AssessmentStatus | "NOT_STARTED", number>;
  /** The cycle's due dates (YYYY-MM-DD), when the administrator set them. */
  submissionDueOn: string | null;
  reviewDueOn: string | null;
};

/** The council's overview: how many programs stand at each status in a cycle (the open one by default). */
export async function getCycleStatusCounts(actor: Actor, cycleName?: string): Promise<CycleStatusCounts> {
  requireRole(actor, "COUNCIL", "ADMIN");
  const cycle = await resolveCycle(cycleName);
  const expected = await db().program.count({ where: { archivedAt: null } });
  const counts = { NOT_STARTED: 0, DRAFT: 0, SUBMITTED: 0, RETURNED: 0, ACCEPTED: 0 };
  if (cycle) {
    const groups = await db().assessment.groupBy({
      by: ["status"],
      where: { cycleId: cycle.id, program: { archivedAt: null } },
      _count: { _all: true },
    });
    for (const g of groups) counts[g.status] = g._count._all;
  }
  const started = counts.DRAFT + counts.SUBMITTED + counts.RETURNED + counts.ACCEPTED;
  counts.NOT_STARTED = expected - started;
  return { cycleName: cycle?.name ?? null, expected, counts, submissionDueOn: dayOf(cycle?.submissionDueOn ?? null), reviewDueOn: dayOf(cycle?.reviewDueOn ?? null) };
}

export type AdminOverview = { agencies: number; programs: number; users: number; cycles: number; auditEvents: number };

export async function getAdminOverview(actor: Actor): Promise<AdminOverview> {
  requireRole(actor, "ADMIN");
  const [agencies, programs, users, cycles, auditEvents] = await Promise.all([
    db().agency.count({ where: { archivedAt: null } }),
    db().program.count({ where: { archivedAt: null } }),
    db().user.count({ where: { disabledAt: null } }),
    db().cycle.count(),
    db().auditEvent.count(),
  ]);
  return { agencies, programs, users, cycles, auditEvents };
}

export type CycleProgramRow = {
  programId: string;
  program: string;
  agency: string;
  status: AssessmentStatus | "NOT_STARTED";
  assessmentId: string | null;
  lastChange: Date | null;
  submittedBy: string | null;
  /** Late for its submission, or waiting for the council past the review due date. */
  overdue: boolean;
};

/** The programs at one status in a cycle, for the council's lists behind each count. */
export async function listProgramsByStatus(actor: Actor, cycleName: string | undefined, status: AssessmentStatus | "NOT_STARTED"): Promise<{ cycleName: string | null; rows: CycleProgramRow[] }> {
  requireRole(actor, "COUNCIL", "ADMIN");
  const cycle = await resolveCycle(cycleName);
  if (!cycle) return { cycleName: null, rows: [] };
  const today = todayIso();
  const [submissionDueOn, reviewDueOn] = [dayOf(cycle.submissionDueOn), dayOf(cycle.reviewDueOn)];
  const programs = await db().program.findMany({
    where: {
      archivedAt: null,
      assessments: status === "NOT_STARTED" ? { none: { cycleId: cycle.id } } : { some: { cycleId: cycle.id, status } },
    },
    orderBy: [{ agency: { name: "asc" } }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      agency: { select: { name: true } },
      assessments: { where: { cycleId: cycle.id }, select: { id: true, status: true, updatedAt: true, submittedBy: { select: { name: true } } } },
    },
  });
  return {
    cycleName: cycle.name,
    rows: programs.map((p) => {
      const a = p.assessments[0];
      const standing = a?.status ?? "NOT_STARTED";
      return {
        programId: p.id,
        program: p.name,
        agency: p.agency.name,
        status: a?.status ?? "NOT_STARTED",
        assessmentId: a?.id ?? null,
        lastChange: a?.updatedAt ?? null,
        submittedBy: a?.submittedBy?.name ?? null,
        overdue: submissionOverdue(standing, submissionDueOn, today) || reviewOverdue(standing, reviewDueOn, today),
      };
    }),
  };
}
