// Customer-survey results over a real PostgreSQL: a CSV checked against the agency's programs, every
// bad value named by row and column with nothing written; imported in one transaction; a quarter
// imported again replaces the one before, audited; a CCO imports for their agency only; a program's
// quarters add its services' answers, beside the level of the cycle each quarter falls in.
import { afterAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/scripts/lib/prisma";
import { createAgency, createCycle, createDraft, createUser, isNotFound, refusal } from "@/lib/testing/factories";
import { OUTCOME_COLUMNS } from "@/lib/validation/outcome-import";
import { getProgramOutcomes, importOutcomes } from "./outcomes";

const prisma = createPrismaClient(inject("databaseUrl"));
afterAll(() => prisma.$disconnect());

/** A CSV row: 35 counts, the same five for every question. */
const row = (program: string, service: string, fiscalYear: number, quarter: number, five: number[], responses = 100) =>
  [program, service, fiscalYear, quarter, 1000, 400, responses, ...Array.from({ length: 7 }, () => five).flat()].join(",");
const csv = (...rows: string[]) => [OUTCOME_COLUMNS.join(","), ...rows].join("\n");

async function world() {
  const agency = await createAgency(prisma, ["Surveyed"]);
  const other = await createAgency(prisma, ["Not ours"]);
  const program = agency.programs[0]!;
  const cco = await createUser(prisma, "CCO", { agencyId: agency.id });
  const otherCco = await createUser(prisma, "CCO", { agencyId: other.id });
  const admin = await createUser(prisma, "ADMIN");
  const lead = await createUser(prisma, "LEAD", { programIds: [program.id] });
  return { agency, other, program, cco, otherCco, admin, lead };
}

describe("customer-survey results", () => {
  it("refuse a file with one bad cell, naming its row and column, and write nothing", async () => {
    const w = await world();
    const bad = row(w.program.name, "Online", 2026, 1, [0, 0, 10, 40, 50]).replace(",1,1000,", ",9,1000,");
    const outcome = await importOutcomes(w.cco, { agencyId: w.agency.id, csv: csv(row(w.program.name, "Online", 2026, 2, [0, 0, 10, 40, 50]), bad, row("No such program", "Online", 2026, 3, [0, 0, 0, 0, 1])), confirm: true });
    expect(outcome.problems).toEqual([
      { row: 3, column: "quarter", message: "Enter the quarter as 1, 2, 3 or 4" },
      { row: 4, column: "service_provider", message: `${w.agency.name} has no program named “No such program”` },
    ]);
    expect(outcome.imported).toBe(0);
    expect(await prisma.service.count({ where: { programId: w.program.id } })).toBe(0);
  });

  it("import every row of a good file, replace a quarter imported again, and audit both", async () => {
    const w = await world();
    const preview = await importOutcomes(w.cco, { agencyId: w.agency.id, csv: csv(row(w.program.name, "Online", 2026, 1, [0, 0, 10, 40, 50])), confirm: false });
    expect(preview).toMatchObject({ problems: [], imported: 0, rows: [{ service: "Online", replaces: false }] });
    expect(await prisma.outcomeQuarter.count({ where: { service: { programId: w.program.id } } })).toBe(0);

    const first = await importOutcomes(w.cco, { agencyId: w.agency.id, csv: csv(row(w.program.name, "Online", 2026, 1, [0, 0, 10, 40, 50]), row(w.program.name, "Phone", 2026, 1, [20, 20, 20, 20, 20])), confirm: true });
    expect(first).toMatchObject({ imported: 2, replaced: 0 });
    const again = await importOutcomes(w.admin, { agencyId: w.agency.id, csv: csv(row(w.program.name, "online", 2026, 1, [10, 10, 20, 30, 30])), confirm: true });
    expect(again).toMatchObject({ imported: 0, replaced: 1, rows: [{ replaces: true }] });
    expect(await prisma.service.count({ where: { programId: w.program.id } })).toBe(2);
    const audit = await prisma.auditEvent.findMany({ where: { entityType: "OutcomeQuarter", after: { path: ["program"], equals: w.program.name } }, orderBy: { id: "asc" }, select: { action: true, before: true } });
    expect(audit.map((a) => a.action)).toEqual(["outcome.import", "outcome.import", "outcome.replace"]);
    expect(audit[2]!.before).toMatchObject({ responses: 100, answerCounts: expect.arrayContaining([50]) });

    // Both services' answers added: Online now 60 of 100 positive, Phone 40 of 100: 100 of 200.
    const { quarters, services } = await getProgramOutcomes(w.lead, w.program.id);
    expect(services).toEqual(["Online", "Phone"]);
    expect(quarters).toMatchObject([{ label: "FY2026 Q1", responses: 200, shares: { trust: 0.5, satisfaction: 0.5 } }]);
  });

  it("place each quarter beside the level of the cycle it falls in", async () => {
    const w = await world();
    const cycle = await createCycle(prisma, "CLOSED", new Date("2025-10-01"));
    await prisma.cycle.update({ where: { id: cycle.id }, data: { endsOn: new Date("2026-09-30") } });
    const { assessmentId } = await createDraft(prisma, w.program.id, cycle.id, w.lead.userId, 100, 3);
    await prisma.assessment.update({ where: { id: assessmentId }, data: { status: "ACCEPTED", submittedAt: new Date(), submittedById: w.lead.userId } });
    await importOutcomes(w.cco, { agencyId: w.agency.id, csv: csv(row(w.program.name, "Online", 2026, 2, [0, 0, 0, 1, 1]), row(w.program.name, "Online", 2027, 1, [0, 0, 0, 1, 1])), confirm: true });
    const { quarters } = await getProgramOutcomes(w.cco, w.program.id);
    expect(quarters.map((q) => [q.label, q.cycle, q.level])).toEqual([
      ["FY2026 Q2", cycle.name, 3],
      ["FY2027 Q1", null, null],
    ]);
  });

  it("are imported by a CCO for their own agency only, and read by whoever reads the program", async () => {
    const w = await world();
    const file = csv(row(w.program.name, "Online", 2026, 1, [0, 0, 10, 40, 50]));
    expect(isNotFound(await refusal(importOutcomes(w.otherCco, { agencyId: w.agency.id, csv: file, confirm: true })))).toBe(true);
    expect(isNotFound(await refusal(importOutcomes(w.lead, { agencyId: w.agency.id, csv: file, confirm: true })))).toBe(true);
    expect(isNotFound(await refusal(getProgramOutcomes(w.otherCco, w.program.id)))).toBe(true);
    expect(await prisma.outcomeQuarter.count({ where: { service: { programId: w.program.id } } })).toBe(0);
  });
});
