import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { canReadProgram, programScope } from "@/lib/auth/policy";
import { groupBy } from "@/lib/group-by";
import { quarterStart } from "@/lib/outcomes/drivers";
import { combineCounts, driverShares, recentTrust } from "@/lib/outcomes/shares";
import { dayOf } from "@/lib/scoring/due-dates";
import { readOutcomeImport, type OutcomeImportInput, type OutcomeProblem, type OutcomeRow } from "@/lib/validation/outcome-import";
import { recordAudit } from "./internal/audit";
import { isUuid, requireRole, requireScope, requireThat } from "./internal/guards";
import { submittedScores } from "./internal/scores";

// Customer-survey results per service and fiscal quarter (OMB A-11 §280), imported by administrators
// and, for their own agency, CCOs; shown beside the programs' maturity.

/** The agencies the actor may import results for: every one for an administrator, a CCO's own. */
export async function outcomeImportAgencies(actor: Actor) {
  requireRole(actor, "ADMIN", "CCO");
  return db().agency.findMany({
    where: { archivedAt: null, ...(actor.role === "CCO" ? { id: actor.agencyId ?? "" } : {}) },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}

export type OutcomeImportOutcome = { rows: (OutcomeRow & { replaces: boolean })[]; problems: OutcomeProblem[]; imported: number; replaced: number };

const audited = (q: { customers: number; surveysOffered: number; responses: number; answerCounts: number[] }) => ({
  customers: q.customers,
  surveysOffered: q.surveysOffered,
  responses: q.responses,
  answerCounts: q.answerCounts,
});

/**
 * Checks a results CSV against the agency's programs and, when asked and only if every row is
 * valid, writes all of it in one transaction: a quarter imported again replaces the one before,
 * audited with both. One bad value means nothing is written.
 */
export async function importOutcomes(actor: Actor, input: OutcomeImportInput): Promise<OutcomeImportOutcome> {
  requireRole(actor, "ADMIN", "CCO");
  requireThat(isUuid(input.agencyId));
  const agency = await db().agency.findFirst({ where: { id: input.agencyId, archivedAt: null }, select: { id: true, name: true } });
  requireThat(agency !== null);
  await requireScope(actor, actor.role === "ADMIN" || actor.agencyId === agency.id, { type: "Agency", id: agency.id });

  const { rows, problems } = readOutcomeImport(input.csv);
  const programs = await db().program.findMany({
    where: { agencyId: agency.id, archivedAt: null },
    select: { id: true, name: true, services: { select: { id: true, name: true, quarters: { select: { fiscalYear: true, quarter: true } } } } },
  });
  const programOf = (name: string) => programs.find((p) => p.name.toLowerCase() === name.toLowerCase());
  const checked: OutcomeImportOutcome["rows"] = [];
  for (const row of rows) {
    const program = programOf(row.serviceProvider);
    if (!program) {
      problems.push({ row: row.row, column: "service_provider", message: `${agency.name} has no program named “${row.serviceProvider}”` });
      continue;
    }
    const service = program.services.find((s) => s.name.toLowerCase() === row.service.toLowerCase());
    checked.push({ ...row, replaces: Boolean(service?.quarters.some((q) => q.fiscalYear === row.fiscalYear && q.quarter === row.quarter)) });
  }
  problems.sort((a, b) => a.row - b.row);
  const outcome = { rows: checked, problems, imported: 0, replaced: 0 };
  if (!input.confirm || problems.length > 0 || checked.length === 0) return outcome;

  // A service is named as its first row names it; later rows may differ in case.
  const serviceIds = new Map<string, string>(programs.flatMap((p) => p.services.map((s) => [`${p.id}|${s.name.toLowerCase()}`, s.id])));
  await db().$transaction(async (tx) => {
    for (const row of checked) {
      const program = programOf(row.serviceProvider)!;
      const serviceKey = `${program.id}|${row.service.toLowerCase()}`;
      const serviceId =
        serviceIds.get(serviceKey) ??
        (await tx.service.upsert({ where: { programId_name: { programId: program.id, name: row.service } }, create: { programId: program.id, name: row.service }, update: {}, select: { id: true } })).id;
      serviceIds.set(serviceKey, serviceId);
      const key = { serviceId_fiscalYear_quarter: { serviceId, fiscalYear: row.fiscalYear, quarter: row.quarter } };
      const before = await tx.outcomeQuarter.findUnique({ where: key, select: { customers: true, surveysOffered: true, responses: true, answerCounts: true } });
      const data = { ...audited(row), importedById: actor.userId, importedAt: new Date() };
      const saved = await tx.outcomeQuarter.upsert({ where: key, create: { serviceId, fiscalYear: row.fiscalYear, quarter: row.quarter, ...data }, update: data, select: { id: true } });
      await recordAudit(tx, actor, {
        action: before ? "outcome.replace" : "outcome.import",
        entityType: "OutcomeQuarter",
        entityId: saved.id,
        before: before ? audited(before) : undefined,
        after: { program: program.name, service: row.service, fiscalYear: row.fiscalYear, quarter: row.quarter, ...audited(row) },
      });
      if (before) outcome.replaced += 1;
      else outcome.imported += 1;
    }
  });
  return outcome;
}

/**
 * A program's customer-survey results per fiscal quarter, its services' counts added (each weighted
 * by its answers): the responses, each driver's share of positive answers, and the overall level of
 * the accepted assessment of the cycle the quarter falls in.
 */
export async function getProgramOutcomes(actor: Actor, programId: string) {
  requireThat(isUuid(programId));
  const program = await db().program.findFirst({ where: { id: programId, archivedAt: null }, select: { id: true, agencyId: true } });
  requireThat(program !== null);
  await requireScope(actor, canReadProgram(actor, program), { type: "Program", id: program.id });
  const [quarters, accepted] = await Promise.all([
    db().outcomeQuarter.findMany({
      where: { service: { programId: program.id } },
      orderBy: [{ fiscalYear: "asc" }, { quarter: "asc" }],
      select: { fiscalYear: true, quarter: true, responses: true, answerCounts: true, service: { select: { name: true } } },
    }),
    db().assessment.findMany({ where: { programId: program.id, status: "ACCEPTED" }, select: { id: true, modelId: true, cycle: { select: { name: true, startsOn: true, endsOn: true } } } }),
  ]);
  const scores = await submittedScores(accepted);
  /** The cycle a quarter falls in, with its accepted assessment's overall level. */
  const cycleOf = (fiscalYear: number, quarter: number) => {
    const start = quarterStart(fiscalYear, quarter);
    const a = accepted.find((x) => dayOf(x.cycle.startsOn)! <= start && start <= dayOf(x.cycle.endsOn)!);
    return a ? { cycle: a.cycle.name, level: scores.get(a.id)?.overallLevel ?? null } : { cycle: null, level: null };
  };
  return {
    services: [...new Set(quarters.map((q) => q.service.name))].sort(),
    quarters: [...groupBy(quarters, (q) => `${q.fiscalYear}|${q.quarter}`).values()].map((group) => {
      const { fiscalYear, quarter } = group[0]!;
      return {
        fiscalYear,
        quarter,
        label: `FY${fiscalYear} Q${quarter}`,
        responses: group.reduce((n, q) => n + q.responses, 0),
        shares: driverShares(combineCounts(group.map((q) => q.answerCounts))),
        ...cycleOf(fiscalYear, quarter),
      };
    }),
  };
}

/**
 * Maturity against outcomes across the actor's portfolio (optionally one agency): each program's
 * latest accepted overall score and level, and its trust score over its latest year of results.
 */
export async function getPortfolioOutcomes(actor: Actor, agencyId?: string) {
  requireRole(actor, "COUNCIL", "ADMIN", "CCO");
  const programs = await db().program.findMany({
    where: { ...programScope(actor), archivedAt: null, ...(agencyId ? { agencyId } : {}) },
    orderBy: [{ agency: { name: "asc" } }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      agency: { select: { name: true } },
      latestAssessment: { select: { id: true, modelId: true, cycle: { select: { name: true } } } },
      services: { select: { quarters: { select: { fiscalYear: true, quarter: true, responses: true, answerCounts: true } } } },
    },
  });
  const scores = await submittedScores(programs.flatMap((p) => (p.latestAssessment ? [p.latestAssessment] : [])));
  const rows = programs.map((p) => {
    const quarters = p.services.flatMap((s) => s.quarters);
    const score = p.latestAssessment ? scores.get(p.latestAssessment.id) : undefined;
    return {
      id: p.id,
      name: p.name,
      agency: p.agency.name,
      cycle: p.latestAssessment?.cycle.name ?? null,
      score: score?.overallScore ?? null,
      level: score?.overallLevel ?? null,
      trust: recentTrust(quarters),
    };
  });
  return rows;
}
