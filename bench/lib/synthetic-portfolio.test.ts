import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  actionItemsFor,
  AGENCY_COUNT,
  answerFor,
  BENCH_SEED,
  expectedLevel,
  historyOf,
  MAX_PROGRAM_COUNT,
  MIN_PROGRAM_COUNT,
  mulberry32,
  OPEN_CYCLE_INDEX,
  planPortfolio,
  programCountProblem,
  programPlans,
  programsPerAgency,
  randomFor,
  targetsFor,
  type ProgramPlan,
} from "./synthetic-portfolio";

const plan = planPortfolio();
const open = plan.assessments.filter((a) => a.cycleIndex === OPEN_CYCLE_INDEX);
const count = <T>(items: readonly T[], test: (item: T) => boolean) => items.filter(test).length;

describe("planPortfolio", () => {
  it("has 100 agencies and 2,000 programs, 40 of them in agency #1", () => {
    expect(plan.agencies).toHaveLength(AGENCY_COUNT);
    expect(plan.programs).toHaveLength(2_000);
    expect(count(plan.programs, (p) => p.agencyIndex === 0)).toBe(40);
    expect(programsPerAgency(1, 2_000).reduce((a, b) => a + b, 0)).toBe(2_000);
    expect(Math.min(...programsPerAgency(1234, 2_000))).toBeGreaterThan(0);
  });

  it("names agencies and each agency's programs uniquely", () => {
    expect(new Set(plan.agencies.map((a) => a.name)).size).toBe(AGENCY_COUNT);
    expect(new Set(plan.agencies.map((a) => a.abbreviation)).size).toBe(AGENCY_COUNT);
    expect(new Set(plan.programs.map((p) => `${p.agencyIndex}/${p.name}`)).size).toBe(2_000);
  });

  it("has ten yearly cycles, only FY2026 open, and one assessment per program and cycle", () => {
    expect(plan.cycles.map((c) => c.name)).toEqual(["FY2017", "FY2018", "FY2019", "FY2020", "FY2021", "FY2022", "FY2023", "FY2024", "FY2025", "FY2026"]);
    expect(plan.cycles.filter((c) => c.status === "OPEN").map((c) => c.name)).toEqual(["FY2026"]);
    expect(plan.assessments).toHaveLength(20_000);
    expect(new Set(plan.assessments.map((a) => `${a.programIndex}/${a.cycleIndex}`)).size).toBe(20_000);
    expect(plan.assessments.every((a) => a.cycleIndex === OPEN_CYCLE_INDEX || a.status === "ACCEPTED")).toBe(true);
  });

  it("gives the bench lead 200 submit and 40 autosave drafts outside agency #1, over many agencies", () => {
    const own = plan.programs.filter((p) => p.lead !== "none");
    expect(count(own, (p) => p.lead === "submit")).toBe(200);
    expect(count(own, (p) => p.lead === "autosave")).toBe(40);
    expect(own.some((p) => p.agencyIndex === 0)).toBe(false);
    expect(new Set(own.map((p) => p.agencyIndex)).size).toBeGreaterThan(10);
    expect(open.filter((a) => plan.programs[a.programIndex]!.lead !== "none").every((a) => a.status === "DRAFT")).toBe(true);
  });

  it("splits the other programs' FY2026 statuses 40/20/10/30", () => {
    const others = open.filter((a) => plan.programs[a.programIndex]!.lead === "none");
    expect(others).toHaveLength(1_760);
    expect(count(others, (a) => a.status === "ACCEPTED")).toBe(704);
    expect(count(others, (a) => a.status === "SUBMITTED")).toBe(352);
    expect(count(others, (a) => a.status === "RETURNED")).toBe(176);
    expect(count(others, (a) => a.status === "DRAFT")).toBe(528);
  });

  it("is the same for the same seed and differs for another", () => {
    expect(planPortfolio()).toEqual(plan);
    expect(planPortfolio(7).assessments.map((a) => a.status)).not.toEqual(plan.assessments.map((a) => a.status));
  });

  it("is, at 2,000 programs, the portfolio every earlier benchmark run measured", () => {
    expect(createHash("sha256").update(JSON.stringify(plan)).digest("hex")).toBe("9c782451de42da9beb3efd92e4c4eb1b88adbfe11307c46d7844ffd98fa74bb8");
  });
});

describe("planPortfolio at 20,000 programs", () => {
  const large = planPortfolio(BENCH_SEED, 20_000);

  it("has exactly 20,000 programs over 100 agencies, still 40 in agency #1", () => {
    expect(large.programs).toHaveLength(20_000);
    expect(programsPerAgency(BENCH_SEED, 20_000).reduce((a, b) => a + b, 0)).toBe(20_000);
    expect(new Set(large.programs.map((p) => p.agencyIndex)).size).toBe(AGENCY_COUNT);
    expect(count(large.programs, (p) => p.agencyIndex === 0)).toBe(40);
    expect(large.assessments).toHaveLength(200_000);
  });

  const namesIn = (programs: readonly ProgramPlan[], agencyIndex: number) => programs.filter((p) => p.agencyIndex === agencyIndex).map((p) => p.name);

  it("names each agency's programs uniquely, past its first 200 by office", () => {
    expect(Math.max(...programsPerAgency(BENCH_SEED, 20_000))).toBeGreaterThan(200);
    expect(new Set(large.programs.map((p) => `${p.agencyIndex}/${p.name}`)).size).toBe(20_000);
    for (const agency of large.agencies) {
      const names = namesIn(large.programs, agency.index);
      expect(names.slice(0, 200).every((name) => !name.includes("("))).toBe(true);
      expect(names.slice(200).every((name) => name.endsWith(" (Northeast Region)"))).toBe(true);
    }
  });

  it("starts each agency with the programs it has at 2,000", () => {
    for (const agency of plan.agencies) {
      const small = namesIn(plan.programs, agency.index);
      expect(namesIn(large.programs, agency.index).slice(0, small.length)).toEqual(small);
    }
  });

  it("gives the bench lead the same 200 submit and 40 autosave drafts as at 2,000", () => {
    expect(count(large.programs, (p) => p.lead === "submit")).toBe(200);
    expect(count(large.programs, (p) => p.lead === "autosave")).toBe(40);
  });
});

describe("portfolio sizes", () => {
  it("run from the smallest the bench lead's drafts fit in to 50,000", () => {
    expect(programCountProblem(MIN_PROGRAM_COUNT)).toBeNull();
    expect(programCountProblem(MAX_PROGRAM_COUNT)).toBeNull();
    expect(count(programPlans(BENCH_SEED, MIN_PROGRAM_COUNT), (p) => p.lead !== "none")).toBe(240);
    for (const bad of [MIN_PROGRAM_COUNT - 1, MAX_PROGRAM_COUNT + 1, 2_000.5, Number.NaN]) {
      expect(programCountProblem(bad)).toMatch(/from 1,956 to 50,000/);
      expect(() => programPlans(BENCH_SEED, bad)).toThrow(/from 1,956 to 50,000/);
    }
  });

  it("name every program uniquely within its agency at the largest", () => {
    const programs = programPlans(BENCH_SEED, MAX_PROGRAM_COUNT);
    expect(programs).toHaveLength(MAX_PROGRAM_COUNT);
    expect(new Set(programs.map((p) => `${p.agencyIndex}/${p.name}`)).size).toBe(MAX_PROGRAM_COUNT);
  });
});

describe("histories", () => {
  it("run start → submit (→ return → submit) → decision, forward in time and within half a year", () => {
    for (const a of plan.assessments) {
      const kinds = a.history.map((s) => s.kind).join(" ");
      const expected = {
        DRAFT: ["start"],
        SUBMITTED: ["start submit", "start submit return submit"],
        RETURNED: ["start submit return"],
        ACCEPTED: ["start submit accept", "start submit return submit accept"],
      }[a.status];
      expect(expected).toContain(kinds);
      const days = a.history.map((s) => s.day);
      expect(days).toEqual([...days].sort((x, y) => x - y));
      expect(days.at(-1)).toBeLessThan(183);
    }
    expect(historyOf(1, 2, 3, "ACCEPTED")).toEqual(historyOf(1, 2, 3, "ACCEPTED"));
  });

  it("return some accepted submissions before accepting them", () => {
    const accepted = plan.assessments.filter((a) => a.status === "ACCEPTED");
    const share = count(accepted, (a) => a.history.some((s) => s.kind === "return")) / accepted.length;
    expect(share).toBeGreaterThan(0.08);
    expect(share).toBeLessThan(0.16);
  });
});

describe("answers", () => {
  const sample = (cycleIndex: number) =>
    Array.from({ length: 400 }, (_, p) => Array.from({ length: 6 }, (_, d) => Array.from({ length: 7 }, (_, q) => answerFor(1, p, cycleIndex, d, q)))).flat(2);
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

  it("are levels 1–5 or not applicable, with a few not applicable and some links", () => {
    const answers = sample(3);
    expect(answers.every((a) => a.level === null || (Number.isInteger(a.level) && a.level >= 1 && a.level <= 5))).toBe(true);
    const na = count(answers, (a) => a.level === null) / answers.length;
    expect(na).toBeGreaterThan(0.01);
    expect(na).toBeLessThan(0.06);
    expect(count(answers, (a) => a.evidenceLink !== null) / answers.length).toBeGreaterThan(0.1);
  });

  it("trend upward over the cycles, mildly", () => {
    const levels = (cycle: number) => sample(cycle).flatMap((a) => (a.level === null ? [] : [a.level]));
    const gain = mean(levels(9)) - mean(levels(0));
    expect(gain).toBeGreaterThan(0.4);
    expect(gain).toBeLessThan(1.5);
    expect(expectedLevel(1, 5, 2, 9)).toBeGreaterThan(expectedLevel(1, 5, 2, 0));
  });

  it("are deterministic", () => {
    expect(answerFor(9, 8, 7, 6, 5)).toEqual(answerFor(9, 8, 7, 6, 5));
  });
});

describe("plans and randomness", () => {
  it("set targets on distinct disciplines, 1–5 levels, for most programs", () => {
    const all = Array.from({ length: 2_000 }, (_, p) => targetsFor(1, p, 6));
    expect(count(all, (t) => t.length > 0) / all.length).toBeGreaterThan(0.6);
    for (const t of all) {
      expect(new Set(t.map((x) => x.disciplineIndex)).size).toBe(t.length);
      expect(t.every((x) => x.targetLevel >= 1 && x.targetLevel <= 5)).toBe(true);
    }
  });

  it("pick action item practices inside their discipline", () => {
    const counts = [7, 7, 7, 7, 6, 6];
    for (let p = 0; p < 500; p++) {
      for (const item of actionItemsFor(1, p, counts)) expect(item.practiceIndex ?? 0).toBeLessThan(counts[item.disciplineIndex]!);
    }
  });

  it("draws in [0, 1), repeatably per seed and per key", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const draws = Array.from({ length: 1_000 }, () => a());
    expect(draws).toEqual(Array.from({ length: 1_000 }, () => b()));
    expect(draws.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(randomFor(1, 2, 3)()).toBe(randomFor(1, 2, 3)());
    expect(randomFor(1, 2, 3)()).not.toBe(randomFor(1, 3, 2)());
  });
});
