import { describe, expect, it } from "vitest";
import { carryForward, changesSince, unconfirmedMessage, type PreviousAnswer } from "./carry-forward";
import type { AnswerValue } from "./score";

const answer = (disciplineKey: string, practiceKey: string, level: number | null, extra: Partial<PreviousAnswer> = {}): PreviousAnswer => ({
  disciplineKey,
  practiceKey,
  level,
  notApplicable: level === null,
  evidenceNote: "",
  evidenceLinks: [],
  answeredById: "u1",
  ...extra,
});

describe("carrying answers forward", () => {
  it("copies each answer, with its evidence and who gave it, to the practice of the same discipline and key", () => {
    const previous = [answer("strategy", "vision", 3, { evidenceNote: "Strategy doc", evidenceLinks: ["https://x.gov/s"] }), answer("design", "vision", null, { evidenceNote: "No design team" })];
    const practices = [
      { id: "p-design-vision", disciplineKey: "design", practiceKey: "vision" },
      { id: "p-strategy-vision", disciplineKey: "strategy", practiceKey: "vision" },
    ];
    expect(carryForward(previous, practices)).toEqual([
      { practiceId: "p-design-vision", level: null, notApplicable: true, evidenceNote: "No design team", evidenceLinks: [], answeredById: "u1" },
      { practiceId: "p-strategy-vision", level: 3, notApplicable: false, evidenceNote: "Strategy doc", evidenceLinks: ["https://x.gov/s"], answeredById: "u1" },
    ]);
  });

  it("leaves a practice new in this model version unanswered and drops one the version no longer has", () => {
    const previous = [answer("strategy", "retired", 4), answer("strategy", "kept", 2)];
    const practices = [
      { id: "kept", disciplineKey: "strategy", practiceKey: "kept" },
      { id: "new", disciplineKey: "strategy", practiceKey: "new" },
    ];
    expect(carryForward(previous, practices).map((a) => [a.practiceId, a.level])).toEqual([["kept", 2]]);
    expect(carryForward([], practices)).toEqual([]);
  });

  it("names the answers still waiting for a confirmation", () => {
    expect(unconfirmedMessage([])).toBeNull();
    expect(unconfirmedMessage(["Vision"])).toBe("One answer carried over from the last accepted assessment is not confirmed yet: Vision. Confirm or change it, then submit.");
    expect(unconfirmedMessage(["Vision", "Budget"])).toContain("2 answers carried over from the last accepted assessment are not confirmed yet: Vision; Budget.");
  });
});

describe("changes since the last accepted assessment", () => {
  const disciplines = [
    { name: "Strategy", practices: [{ key: "s1", title: "Vision" }, { key: "s2", title: "Budget" }] },
    { name: "Design", practices: [{ key: "d1", title: "Prototypes" }, { key: "d2", title: "New practice" }] },
  ];
  it("lists the practices whose answer changed, in model order, with before and after", () => {
    const before = new Map<string, AnswerValue>([
      ["s1", 2],
      ["s2", 3],
      ["d1", "NA"],
    ]);
    const after = new Map<string, AnswerValue>([
      ["s1", 3],
      ["s2", 3],
      ["d1", 2],
      ["d2", 1],
    ]);
    expect(changesSince(disciplines, before, after)).toEqual([
      { disciplineName: "Strategy", title: "Vision", before: 2, after: 3 },
      { disciplineName: "Design", title: "Prototypes", before: "NA", after: 2 },
      { disciplineName: "Design", title: "New practice", before: null, after: 1 },
    ]);
  });

  it("is empty when nothing changed", () => {
    const same = new Map<string, AnswerValue>([["s1", 2]]);
    expect(changesSince(disciplines, same, new Map(same))).toEqual([]);
  });
});
