// The portfolio's questions over a hand-computed fixture: weakest practices, movers, benchmarks and
// comparison, each within the actor's scope.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/scripts/lib/prisma";
import { createAccepted, createAgency, createCycle, createUser, isNotFound } from "@/lib/testing/factories";
import { compareQuerySchema, moversQuerySchema, portfolioQuerySchema } from "@/lib/validation/portfolio";
import { getBrief } from "./brief";
import { getComparison } from "./compare";
import { getMovers } from "./movers";
import { getResults } from "./results";
import { getWeakestPractices } from "./weakest-practices";

const prisma = createPrismaClient(inject("databaseUrl"));
afterAll(() => prisma.$disconnect());

const WEAK_DESIGN = "design-co-creation";
const WEAK_CULTURE = "culture-cx-training";

const accept = async (programId: string, cycleId: string, leadId: string, s: Parameters<typeof createAccepted>[4]) =>
  (await createAccepted(prisma, programId, cycleId, leadId, s)).assessmentId;

// Agency A: five programs, P1…P5, at levels 1…5 in C2; all at level 1 (P1 at 2.5 overall) in C1; P3 again in C3.
let a: Awaited<ReturnType<typeof createAgency>>;
let b: Awaited<ReturnType<typeof createAgency>>;
let latest: Record<string, string>;
let cycles: { name: string }[];
const council = () => createUser(prisma, "COUNCIL");

beforeAll(async () => {
  const practiceKeys = await prisma.practice.findMany({ where: { key: { in: [WEAK_DESIGN, WEAK_CULTURE] }, discipline: { model: { isCurrent: true } } }, select: { key: true } });
  expect(practiceKeys).toHaveLength(2);
  a = await createAgency(prisma, ["P1", "P2", "P3", "P4", "P5"]);
  b = await createAgency(prisma, ["Q1", "Q2"]);
  const lead = await createUser(prisma, "LEAD", { programIds: [...a.programs, ...b.programs].map((p) => p.id) });
  const [c1, c2, c3] = [await createCycle(prisma, "CLOSED", new Date("1980-10-01")), await createCycle(prisma, "CLOSED", new Date("1981-10-01")), await createCycle(prisma, "CLOSED", new Date("1982-10-01"))];
  cycles = [c1, c2, c3];
  const cultureLevels = [2, 2, 2, 4, 5];
  latest = {};
  for (const [i, p] of a.programs.entries()) {
    await accept(p.id, c1.id, lead.userId, { level: 1, overall: i === 0 ? 2.5 : 1 });
    const level = i + 1;
    latest[p.id] = await accept(p.id, c2.id, lead.userId, { level, overall: level, overrides: { [WEAK_DESIGN]: 1, [WEAK_CULTURE]: cultureLevels[i]! } });
  }
  const p3 = a.programs[2]!;
  latest[p3.id] = await accept(p3.id, c3.id, lead.userId, { level: 3, overall: 2, overrides: { [WEAK_DESIGN]: 1, [WEAK_CULTURE]: 2 } });
  await prisma.target.create({ data: { programId: a.programs[4]!.id, disciplineKey: "design", targetLevel: 5, setById: lead.userId } });
  for (const p of b.programs) latest[p.id] = await accept(p.id, c2.id, lead.userId, { level: 3, overall: 3 });
});

describe("weakest practices", () => {
  it("ranks by median level, then programs below target (set or one level up), with toolkit resources", async () => {
    const weakest = await getWeakestPractices(await council(), portfolioQuerySchema.parse({ agency: a.id }));
    expect(weakest.slice(0, 3).map((p) => [p.practiceKey, p.median, p.belowTarget, p.programs, p.counts])).toEqual([
      // All five at level 1; each below its target (P5's set target of 5 included).
      [WEAK_DESIGN, 1, 5, 5, [5, 0, 0, 0, 0]],
      // 2, 2, 2, 4, 5 against targets 2, 3, 4, 5, 5: P2, P3, P4 below.
      [WEAK_CULTURE, 2, 3, 5, [0, 3, 0, 1, 1]],
      // Every other practice: 1…5, median 3; P1–P4 below one level up, P5 at the top. First in the model.
      ["strategy-documented-vision", 3, 4, 5, [1, 1, 1, 1, 1]],
    ]);
    expect(weakest[0]).toMatchObject({ discipline: "Design" });
    expect(weakest[0]!.resources.length).toBeGreaterThan(0);
    expect(weakest).toHaveLength(10);
  });

  it("is computed again when a target changes (the cached figure follows the portfolio's revision)", async () => {
    const culture = async () => (await getWeakestPractices(await council(), portfolioQuerySchema.parse({ agency: a.id }))).find((p) => p.practiceKey === WEAK_CULTURE)!;
    expect((await culture()).belowTarget).toBe(3);
    // P4 answered 4: below one level up (5), not below a target of 4.
    const target = await prisma.target.create({ data: { programId: a.programs[3]!.id, disciplineKey: "culture", targetLevel: 4, setById: (await council()).userId } });
    expect((await culture()).belowTarget).toBe(2);
    await prisma.target.delete({ where: { id: target.id } });
    expect((await culture()).belowTarget).toBe(3);
  });

  it("counts only the programs in the CCO's agency", async () => {
    const cco = await createUser(prisma, "CCO", { agencyId: b.id });
    const weakest = await getWeakestPractices(cco, portfolioQuerySchema.parse({}));
    expect(weakest[0]!.programs).toBe(2);
    await expect(getWeakestPractices(await createUser(prisma, "LEAD"), portfolioQuerySchema.parse({}))).rejects.toSatisfy(isNotFound);
  });
});

describe("movers", () => {
  it("measures from the baseline or from the cycle before", async () => {
    const names = (list: { program: string; change: number }[]) => list.map((m) => [m.program.split(" ")[0], m.change]);
    const sinceBaseline = await getMovers(await council(), moversQuerySchema.parse({ agency: a.id, since: "baseline" }));
    expect(names(sinceBaseline.risers)).toEqual([["P5", 4], ["P4", 3], ["P2", 1], ["P3", 1]]);
    expect(names(sinceBaseline.fallers)).toEqual([["P1", -1.5]]);
    expect(sinceBaseline.risers[0]).toMatchObject({ fromCycle: cycles[0]!.name, toCycle: cycles[1]!.name });
    const sincePrevious = await getMovers(await council(), moversQuerySchema.parse({ agency: a.id, since: "previous" }));
    expect(names(sincePrevious.risers)).toEqual([["P5", 4], ["P4", 3], ["P2", 1]]);
    expect(names(sincePrevious.fallers)).toEqual([["P1", -1.5], ["P3", -1]]);
    expect(sincePrevious.fallers[1]).toMatchObject({ fromCycle: cycles[1]!.name, toCycle: cycles[2]!.name });
  });
});

describe("benchmarks", () => {
  it("places a discipline among the agency's latest scores and withholds an agency of fewer than five", async () => {
    const p2 = a.programs[1]!;
    const lead = await createUser(prisma, "LEAD", { programIds: [p2.id] });
    const strategy = (await getResults(lead, latest[p2.id]!)).benchmarks.find((d) => d.key === "strategy")!;
    // Latest strategy scores in A: 1, 2, 3 (P3's C3), 4, 5.
    expect(strategy.agency).toEqual({ withheld: false, n: 5, q1: 2, median: 3, q3: 4, placement: "bottom quarter" });
    expect(strategy.all).toMatchObject({ withheld: false });
    const q1 = b.programs[0]!;
    const small = await getResults(await council(), latest[q1.id]!);
    expect(small.benchmarks.find((d) => d.key === "strategy")!.agency).toEqual({ withheld: true });
  });

  it("is not found for a lead of another program", async () => {
    const other = await createUser(prisma, "LEAD", { programIds: [b.programs[0]!.id] });
    await expect(getResults(other, latest[a.programs[1]!.id]!)).rejects.toSatisfy(isNotFound);
  });
});

describe("compare", () => {
  it("sets programs side by side with their change since baseline and their gaps", async () => {
    const [p1, p2] = [a.programs[0]!, a.programs[1]!];
    const c = await getComparison(await council(), compareQuerySchema.parse({ program: [p1.id, p2.id] }).program);
    expect(c.byCycle).toBe(false);
    expect(c.columns.map((col) => col.heading)).toEqual([p1.name, p2.name]);
    expect(c.overall.map((o) => [o.score, o.change])).toEqual([[1, -1.5], [2, 1]]);
    // Every discipline one level short of one level up.
    expect(c.summaries).toEqual([{ belowTarget: 6, levelsShort: 6 }, { belowTarget: 6, levelsShort: 6 }]);
  });

  it("sets one program's cycles side by side, each change since the cycle before", async () => {
    const p3 = a.programs[2]!;
    const c = await getComparison(await council(), [p3.id]);
    expect(c.columns.map((col) => col.heading)).toEqual(cycles.map((x) => x.name));
    expect(c.overall.map((o) => o.change)).toEqual([null, 2, -1]);
  });

  it("finds no program outside the CCO's agency, as if it did not exist", async () => {
    const cco = await createUser(prisma, "CCO", { agencyId: b.id });
    await expect(getComparison(cco, [a.programs[0]!.id])).rejects.toSatisfy(isNotFound);
    await expect(getComparison(cco, [b.programs[0]!.id, a.programs[0]!.id])).rejects.toSatisfy(isNotFound);
    expect((await getComparison(cco, [b.programs[0]!.id, b.programs[1]!.id])).columns).toHaveLength(2);
  });
});

describe("executive brief", () => {
  it("counts the overall levels, and the open action items overdue or due within 90 days", async () => {
    const today = new Date("2026-06-15T12:00:00Z");
    const lead = await council();
    const item = (i: number, title: string, dueOn: string, status: "PLANNED" | "DONE" = "PLANNED") =>
      prisma.actionItem.create({ data: { programId: a.programs[i]!.id, disciplineKey: "design", title, ownerName: "Owner", dueOn: new Date(dueOn), status, completedAt: status === "DONE" ? new Date(dueOn) : null, createdById: lead.userId } });
    await item(0, "Overdue", "2026-06-01");
    await item(1, "Due soon", "2026-07-15");
    await item(2, "Due later", "2026-12-31");
    await item(3, "Done late", "2026-05-01", "DONE");
    const brief = await getBrief(await council(), portfolioQuerySchema.parse({ agency: a.id }), today);
    // Latest overall scores 1, 2, 2 (P3's C3), 4, 5.
    expect(brief).toMatchObject({ scope: a.name, programs: 5, withoutAccepted: 0, overall: { counts: [1, 2, 0, 1, 1], unscored: 0 } });
    expect(brief.plans).toEqual({
      overdue: 1,
      dueSoon: 1,
      soonest: [
        { program: a.programs[0]!.name, title: "Overdue", dueOn: new Date("2026-06-01"), overdue: true },
        { program: a.programs[1]!.name, title: "Due soon", dueOn: new Date("2026-07-15"), overdue: false },
      ],
    });
    expect(brief.practices[0]).toMatchObject({ practiceKey: WEAK_DESIGN, resource: expect.objectContaining({ url: expect.any(String) }) });
  });
});
