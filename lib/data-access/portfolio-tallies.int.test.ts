// The portfolio's tallies are kept by triggers in the same transaction as each change: after every
// kind of change they must equal a count made from scratch, and the views must read them.
import { afterAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/scripts/lib/prisma";
import type { Prisma } from "@/lib/db/generated/client";
import { createAccepted, createAgency, createCycle, createUser } from "@/lib/testing/factories";
import { portfolioQuerySchema } from "@/lib/validation/portfolio";
import { getBrief } from "./brief";
import { getPortfolio } from "./portfolio";
import { getWeakestPractices } from "./weakest-practices";

const prisma = createPrismaClient(inject("databaseUrl"));
afterAll(() => prisma.$disconnect());

/** The first practice of the model. Every other practice is answered at level 5, so this one is always among the weakest shown. */
const PRACTICE = "strategy-documented-vision";
const at = (level: number) => ({ level: 5, overall: level, overrides: { [PRACTICE]: level } });

/** Every row of the three tallies that counts something, in key order. */
const nonZeroTallies = async (tx: Prisma.TransactionClient) => ({
  programs: await tx.$queryRaw<unknown[]>`
    SELECT "role", "levels", "cycleId"::text, "agencyId"::text, "overallLevel", "programs", "optimismTotal", "optimismCount", "validatedDifferently"
    FROM "ProgramTally" WHERE "programs" <> 0 OR "optimismTotal" <> 0 OR "optimismCount" <> 0 OR "validatedDifferently" <> 0
    ORDER BY 1, 2, 3, 4, 5`,
  disciplines: await tx.$queryRaw<unknown[]>`
    SELECT "role", "levels", "cycleId"::text, "agencyId"::text, "overallLevel", "disciplineKey", "counts"
    FROM "DisciplineTally" WHERE "counts" <> '{0,0,0,0,0}'
    ORDER BY 1, 2, 3, 4, 5, 6`,
  practices: await tx.$queryRaw<unknown[]>`
    SELECT "role", "levels", "cycleId"::text, "agencyId"::text, "overallLevel", "disciplineKey", "practiceKey", "counts", "belowTarget"
    FROM "PracticeTally" WHERE "counts" <> '{0,0,0,0,0}' OR "belowTarget" <> 0
    ORDER BY 1, 2, 3, 4, 5, 6, 7`,
});
type Tallies = Awaited<ReturnType<typeof nonZeroTallies>>;

class RolledBack extends Error {}

/**
 * The kept tallies, and the same counted from scratch over every accepted assessment, both read in
 * one transaction that holds the portfolio's revision row (so no writer changes them in between) and
 * is rolled back.
 */
async function keptAndRecounted() {
  let result: { kept: Tallies; recounted: Tallies } | undefined;
  await prisma
    .$transaction(
      async (tx) => {
        await tx.$executeRaw`UPDATE "PortfolioRevision" SET "revision" = gen_random_uuid() WHERE "id" = 1`;
        const kept = await nonZeroTallies(tx);
        for (const table of ["ProgramTally", "DisciplineTally", "PracticeTally", "TalliedAssessment"]) await tx.$executeRawUnsafe(`DELETE FROM "${table}"`);
        await tx.$executeRaw`SELECT "refresh_portfolio_tallies"(ARRAY(SELECT "id" FROM "Assessment" WHERE "status" = 'ACCEPTED'))`;
        result = { kept, recounted: await nonZeroTallies(tx) };
        throw new RolledBack();
      },
      { timeout: 60_000 },
    )
    .catch((error: unknown) => {
      if (!(error instanceof RolledBack)) throw error;
    });
  return result!;
}

async function expectKeptAsRecounted() {
  const { kept, recounted } = await keptAndRecounted();
  expect(kept.practices.length).toBeGreaterThan(0);
  expect(kept).toEqual(recounted);
}

const council = () => createUser(prisma, "COUNCIL");

/** One practice's counts per level and programs below target, as the weakest practices page reads them. */
async function practice(query: Record<string, string>, key = PRACTICE) {
  const all = await getWeakestPractices(await council(), portfolioQuerySchema.parse(query));
  const found = all.find((p) => p.practiceKey === key);
  return found ? { counts: found.counts, belowTarget: found.belowTarget } : null;
}

describe("the portfolio's tallies", () => {
  it("equal a count from scratch after acceptance, targets, validated answers and scores, a return, archiving, a move between agencies and deletion", async () => {
    const a = await createAgency(prisma, ["P1", "P2"]);
    const b = await createAgency(prisma, ["Q1"]);
    const [p1, p2] = a.programs;
    const lead = await createUser(prisma, "LEAD", { programIds: [p1!.id, p2!.id] });
    const c1 = await createCycle(prisma, "CLOSED", new Date("1970-10-01"));
    const c2 = await createCycle(prisma, "CLOSED", new Date("1971-10-01"));

    const first = await createAccepted(prisma, p1!.id, c1.id, lead.userId, at(2));
    await createAccepted(prisma, p2!.id, c1.id, lead.userId, at(3));
    await expectKeptAsRecounted();
    // Both below one level above their discipline (5, at most).
    expect(await practice({ agency: a.id })).toEqual({ counts: [0, 1, 1, 0, 0], belowTarget: 2 });

    const target = await prisma.target.create({ data: { programId: p1!.id, disciplineKey: "strategy", targetLevel: 2, setById: lead.userId } });
    expect(await practice({ agency: a.id })).toEqual({ counts: [0, 1, 1, 0, 0], belowTarget: 1 });
    await prisma.target.update({ where: { id: target.id }, data: { targetLevel: 5 } });
    expect(await practice({ agency: a.id })).toEqual({ counts: [0, 1, 1, 0, 0], belowTarget: 2 });
    await expectKeptAsRecounted();

    // A later acceptance becomes the latest; the first stays the baseline and its cycle's.
    const second = await createAccepted(prisma, p1!.id, c2.id, lead.userId, at(4));
    expect(await practice({ agency: a.id })).toEqual({ counts: [0, 0, 1, 1, 0], belowTarget: 2 });
    expect(await practice({ agency: a.id, view: "baseline" })).toEqual({ counts: [0, 1, 1, 0, 0], belowTarget: 2 });
    expect(await practice({ agency: a.id, cycle: c2.name })).toEqual({ counts: [0, 0, 0, 1, 0], belowTarget: 1 });
    expect(await practice({ agency: a.id, level: "4" })).toEqual({ counts: [0, 0, 0, 1, 0], belowTarget: 1 });
    await expectKeptAsRecounted();

    // The council validated level 5 where the program reported 1: each view counts its own levels.
    const answer = second.practices.find((p) => p.key === PRACTICE)!;
    await prisma.answer.update({
      where: { assessmentId_practiceId: { assessmentId: second.assessmentId, practiceId: answer.id } },
      data: { level: 5, selfReportedLevel: 1, selfReportedNotApplicable: false },
    });
    expect(await practice({ agency: a.id, cycle: c2.name })).toEqual({ counts: [0, 0, 0, 0, 1], belowTarget: 0 });
    expect(await practice({ agency: a.id, cycle: c2.name, levels: "self-reported" })).toEqual({ counts: [1, 0, 0, 0, 0], belowTarget: 1 });
    await expectKeptAsRecounted();
    // …and its scores: strategy validated at 5 where the program scored 1, overall 4 where it said 3.
    await prisma.scoreSnapshot.update({
      where: { assessmentId: second.assessmentId },
      data: { selfReportedOverallScore: 3, selfReportedOverallLevel: 3, selfReportedDisciplines: [{ key: "strategy", score: 1, level: 1 }] },
    });
    const c2Figures = async (levels: string) => {
      const query = portfolioQuerySchema.parse({ agency: a.id, cycle: c2.name, levels });
      const [portfolio, brief] = await Promise.all([getPortfolio(await council(), query), getBrief(await council(), query)]);
      return { strategy: portfolio.distribution.find((d) => d.key === "strategy")!.counts, optimism: portfolio.optimism, overall: brief.overall };
    };
    expect(await c2Figures("validated")).toEqual({
      strategy: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 1, unscored: 0 },
      optimism: { mean: -1, validatedDifferently: 1 },
      overall: { counts: [0, 0, 0, 1, 0], unscored: 0 },
    });
    expect(await c2Figures("self-reported")).toEqual({
      strategy: { 1: 1, 2: 0, 3: 0, 4: 0, 5: 0, unscored: 0 },
      optimism: { mean: -1, validatedDifferently: 1 },
      overall: { counts: [0, 0, 1, 0, 0], unscored: 0 },
    });
    await expectKeptAsRecounted();

    // Returned: the first is the latest again.
    await prisma.assessment.update({ where: { id: second.assessmentId }, data: { status: "RETURNED" } });
    expect(await practice({ agency: a.id })).toEqual({ counts: [0, 1, 1, 0, 0], belowTarget: 2 });
    expect(await practice({ agency: a.id, cycle: c2.name })).toBeNull();
    await expectKeptAsRecounted();

    await prisma.program.update({ where: { id: p2!.id }, data: { archivedAt: new Date() } });
    expect(await practice({ agency: a.id })).toEqual({ counts: [0, 1, 0, 0, 0], belowTarget: 1 });
    await prisma.program.update({ where: { id: p2!.id }, data: { archivedAt: null, agencyId: b.id } });
    expect(await practice({ agency: a.id })).toEqual({ counts: [0, 1, 0, 0, 0], belowTarget: 1 });
    expect(await practice({ agency: b.id })).toEqual({ counts: [0, 0, 1, 0, 0], belowTarget: 1 });
    await expectKeptAsRecounted();

    await prisma.assessment.delete({ where: { id: first.assessmentId } });
    expect(await practice({ agency: a.id })).toBeNull();
    await expectKeptAsRecounted();
  });

  it("name a practice the current model dropped as the model version that has it names it", async () => {
    const current = await prisma.practice.findMany({ where: { discipline: { model: { isCurrent: true } } }, select: { key: true } });
    const dropped = await prisma.practice.findFirst({
      where: { key: { notIn: current.map((p) => p.key) }, discipline: { model: { version: 1 } } },
      select: { key: true, title: true },
    });
    expect(dropped).not.toBeNull();
    const a = await createAgency(prisma, ["P1"]);
    const lead = await createUser(prisma, "LEAD", { programIds: [a.programs[0]!.id] });
    const cycle = await createCycle(prisma, "CLOSED", new Date("1973-10-01"));
    // Every practice at 5 but the dropped one, so it is among the weakest shown.
    await createAccepted(prisma, a.programs[0]!.id, cycle.id, lead.userId, { level: 5, overall: 5, modelVersion: 1, overrides: { [dropped!.key]: 1 } });
    const weakest = await getWeakestPractices(await council(), portfolioQuerySchema.parse({ agency: a.id }));
    expect(weakest[0]).toMatchObject({ practiceKey: dropped!.key, title: dropped!.title });
  });

  it("count each scope's own agencies: a CCO's tallies are their agency's", async () => {
    const a = await createAgency(prisma, ["P1"]);
    const b = await createAgency(prisma, ["Q1"]);
    const lead = await createUser(prisma, "LEAD", { programIds: [a.programs[0]!.id, b.programs[0]!.id] });
    const cycle = await createCycle(prisma, "CLOSED", new Date("1972-10-01"));
    await createAccepted(prisma, a.programs[0]!.id, cycle.id, lead.userId, { level: 1, overall: 1 });
    await createAccepted(prisma, b.programs[0]!.id, cycle.id, lead.userId, { level: 5, overall: 5 });
    const cco = await createUser(prisma, "CCO", { agencyId: b.id });
    const seen = await getWeakestPractices(cco, portfolioQuerySchema.parse({ cycle: cycle.name }));
    expect(seen.find((p) => p.practiceKey === PRACTICE)?.counts).toEqual([0, 0, 0, 0, 1]);
  });
});
