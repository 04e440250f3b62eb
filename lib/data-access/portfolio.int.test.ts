// The portfolio's choice of assessment per program, its pages and the raw-answers export order.
import { afterAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/scripts/lib/prisma";
import { createAgency, createCycle, createDraft, createUser } from "@/lib/testing/factories";
import { portfolioQuerySchema } from "@/lib/validation/portfolio";
import { answerExportRows, getPortfolio, PORTFOLIO_PAGE_SIZE, portfolioExportRows } from "./portfolio";

const prisma = createPrismaClient(inject("databaseUrl"));
afterAll(() => prisma.$disconnect());

async function accept(programId: string, cycleId: string, leadId: string, level: number) {
  const { assessmentId } = await createDraft(prisma, programId, cycleId, leadId, 1000, level);
  await prisma.assessment.update({ where: { id: assessmentId }, data: { status: "ACCEPTED", submittedAt: new Date(), submittedById: leadId } });
  return assessmentId;
}

describe("portfolio", () => {
  it("shows each program's latest accepted assessment, its baseline, or the one of a chosen cycle", async () => {
    const agency = await createAgency(prisma, ["Alpha", "Beta", "Gamma"]);
    const [alpha, beta] = agency.programs as [(typeof agency.programs)[0], (typeof agency.programs)[0]];
    const lead = await createUser(prisma, "LEAD", { programIds: agency.programs.map((p) => p.id) });
    const council = await createUser(prisma, "COUNCIL");
    const first = await createCycle(prisma, "CLOSED", new Date("1960-10-01"));
    const second = await createCycle(prisma, "CLOSED", new Date("1961-10-01"));
    const alphaFirst = await accept(alpha.id, first.id, lead.userId, 2);
    const alphaSecond = await accept(alpha.id, second.id, lead.userId, 4);
    const betaFirst = await accept(beta.id, first.id, lead.userId, 3);

    const view = async (q: Record<string, string>) => {
      const p = await getPortfolio(council, portfolioQuerySchema.parse({ agency: agency.id, ...q }));
      return { picked: p.entries.map((e) => [e.assessmentId, e.overall.level]), withoutAccepted: p.withoutAccepted };
    };
    expect(await view({})).toEqual({ picked: [[alphaSecond, 4], [betaFirst, 3]], withoutAccepted: 1 });
    expect(await view({ view: "baseline" })).toEqual({ picked: [[alphaFirst, 2], [betaFirst, 3]], withoutAccepted: 1 });
    expect(await view({ cycle: first.name })).toEqual({ picked: [[alphaFirst, 2], [betaFirst, 3]], withoutAccepted: 1 });
    expect(await view({ cycle: second.name })).toEqual({ picked: [[alphaSecond, 4]], withoutAccepted: 2 });
    expect(await view({ cycle: second.name, view: "baseline" })).toEqual({ picked: [], withoutAccepted: 3 });
    expect(await view({ level: "4" })).toEqual({ picked: [[alphaSecond, 4]], withoutAccepted: 2 });
  });

  it("pages the heatmap but counts every program in the distribution, and exports answers in portfolio order", async () => {
    const names = Array.from({ length: PORTFOLIO_PAGE_SIZE + 1 }, (_, i) => `P${String(i).padStart(3, "0")}`);
    const agency = await createAgency(prisma, names);
    const lead = await createUser(prisma, "LEAD", { programIds: agency.programs.map((p) => p.id) });
    const council = await createUser(prisma, "COUNCIL");
    const cycle = await createCycle(prisma, "CLOSED", new Date("1962-10-01"));
    for (const [i, p] of agency.programs.entries()) await accept(p.id, cycle.id, lead.userId, (i % 5) + 1);

    const page = (n: string) => getPortfolio(council, portfolioQuerySchema.parse({ agency: agency.id, page: n }));
    const one = await page("1");
    expect(one.entries).toHaveLength(PORTFOLIO_PAGE_SIZE);
    expect(one.total).toBe(PORTFOLIO_PAGE_SIZE + 1);
    expect(Object.values(one.distribution[0]!.counts).reduce((a, b) => a + b, 0)).toBe(PORTFOLIO_PAGE_SIZE + 1);
    const two = await page("2");
    expect(two.entries.map((e) => e.program)).toEqual([agency.programs.at(-1)!.name]);
    expect((await page("99")).page).toBe(2);

    // Read ten programs at a time, so the order must hold across batches.
    const byLevel = portfolioQuerySchema.parse({ agency: agency.id, sort: "overall", dir: "desc" });
    const answers = await answerExportRows(council, portfolioQuerySchema.parse({ agency: agency.id, sort: "program", dir: "desc" }), 10);
    const rows = [];
    for await (const row of answers.rows) rows.push(row);
    expect(answers.count).toBe(rows.length);
    const practices = await prisma.practice.count({ where: { discipline: { model: { isCurrent: true } } } });
    expect(rows).toHaveLength((PORTFOLIO_PAGE_SIZE + 1) * practices);
    expect(rows[0]).toMatchObject({ program: agency.programs.at(-1)!.name, practiceKey: rows[practices]!.practiceKey, discipline: "Strategy" });
    expect(rows.slice(0, practices).map((r) => r.discipline).at(-1)).toBe("Culture");
    expect(rows.filter((_, i) => i % practices === 0).map((r) => r.program)).toEqual(agency.programs.map((p) => p.name).reverse());

    const heatmap = [...(await getPortfolio(council, byLevel)).entries, ...(await getPortfolio(council, { ...byLevel, page: 2 })).entries];
    const portfolio = await portfolioExportRows(council, byLevel, 10);
    const portfolioRows = [];
    for await (const row of portfolio.rows) portfolioRows.push(row);
    expect(portfolio.count).toBe(portfolioRows.length);
    const disciplines = (await getPortfolio(council, byLevel)).disciplines.length;
    expect(portfolioRows).toHaveLength((PORTFOLIO_PAGE_SIZE + 1) * disciplines);
    expect(portfolioRows.filter((_, i) => i % disciplines === 0).map((r) => [r.program, r.overallLevel])).toEqual(heatmap.map((e) => [e.program, e.overall.level]));
  });

  it("sorts case-insensitively by name, by agency then name, and by level with unscored cells last either way", async () => {
    const suffix = Math.random().toString(36).slice(2, 8);
    const va = await prisma.agency.create({ data: { name: `Zulu ${suffix}`, abbreviation: `Z${suffix}` }, select: { id: true } });
    const ssa = await prisma.agency.create({ data: { name: `Yankee ${suffix}`, abbreviation: `Y${suffix}` }, select: { id: true } });
    const make = (name: string, agencyId: string) => prisma.program.create({ data: { name: `${name} ${suffix}`, agencyId }, select: { id: true, name: true } });
    const bravo = await make("Bravo", va.id);
    const alpha = await make("alpha", ssa.id);
    const charlie = await make("Charlie", va.id);
    const lead = await createUser(prisma, "LEAD", { programIds: [bravo.id, alpha.id, charlie.id] });
    const council = await createUser(prisma, "COUNCIL");
    const cycle = await createCycle(prisma, "CLOSED", new Date("1963-10-01"));
    await accept(bravo.id, cycle.id, lead.userId, 3);
    await accept(alpha.id, cycle.id, lead.userId, 1);
    await accept(charlie.id, cycle.id, lead.userId, 3);
    // Design: Bravo 3, Charlie 4, alpha unscored (every design practice not applicable), so alpha has no overall either.
    const design = await prisma.practice.findMany({ where: { discipline: { key: "design", model: { isCurrent: true } } }, select: { id: true } });
    const inDesign = { practiceId: { in: design.map((p) => p.id) } };
    const of = async (programId: string) => (await prisma.assessment.findFirstOrThrow({ where: { programId }, select: { id: true } })).id;
    await prisma.answer.updateMany({ where: { assessmentId: await of(charlie.id), ...inDesign }, data: { level: 4 } });
    await prisma.answer.updateMany({ where: { assessmentId: await of(alpha.id), ...inDesign }, data: { level: null, notApplicable: true } });

    const order = async (sort: string, dir: string) =>
      (await getPortfolio(council, portfolioQuerySchema.parse({ cycle: cycle.name, sort, dir }))).entries.map((e) => e.program.split(" ")[0]);
    expect(await order("program", "asc")).toEqual(["alpha", "Bravo", "Charlie"]);
    expect(await order("program", "desc")).toEqual(["Charlie", "Bravo", "alpha"]);
    expect(await order("agency", "desc")).toEqual(["Bravo", "Charlie", "alpha"]);
    expect(await order("discipline:design", "asc")).toEqual(["Bravo", "Charlie", "alpha"]);
    expect(await order("discipline:design", "desc")).toEqual(["Charlie", "Bravo", "alpha"]);
    // Overall: Charlie 3 (3.2), Bravo 3 (3.0), alpha none: a level tie goes to the score, unscored last.
    expect(await order("overall", "desc")).toEqual(["Charlie", "Bravo", "alpha"]);
    expect(await order("overall", "asc")).toEqual(["Bravo", "Charlie", "alpha"]);
    const distribution = (await getPortfolio(council, portfolioQuerySchema.parse({ cycle: cycle.name }))).distribution.find((d) => d.key === "design");
    expect(distribution?.counts).toEqual({ 1: 0, 2: 0, 3: 1, 4: 1, 5: 0, unscored: 1 });
  });
});
