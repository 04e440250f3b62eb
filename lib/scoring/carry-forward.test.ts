import { describe, expect, it } from "vitest";
import { carryForward, unconfirmedMessage, type PreviousAnswer } from "./carry-forward";

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
