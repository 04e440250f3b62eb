import { describe, expect, it } from "vitest";
import {
  actionItemsFor,
  AGENCY_COUNT,
  answerFor,
  expectedLevel,
  historyOf,
  mulberry32,
  OPEN_CYCLE_INDEX,
  planPortfolio,
  programsPerAgency,
  randomFor,
  targetsFor,
} from "./synthetic-portfolio";

const plan = planPortfolio();
const open = plan.assessments.filter((a) => a.cycleIndex === OPEN_CYCLE_INDEX);
const count = <T>(items: readonly T[], test: (item: T) => boolean) => items.filter(test).length;

describe("planPortfolio", () => {
  it("has 100 agencies and 2,000 programs, 40 of them in agency #1", () => {
    expect(plan.agencies).toHaveLength(AGENCY_COUNT);
    expect(plan.programs).toHaveLength(2_000);
    expect(count(plan.programs, (p) => p.agencyIndex === 0)).toBe(40);
    expect(programsPerAgency(1).reduce((a, b) => a + b, 0)).toBe(2_000);
    expect(Math.min(...programsPerAgency(1234))).toBeGreaterThan(0);
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
