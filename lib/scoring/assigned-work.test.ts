import { describe, expect, it } from "vitest";
import { coveredPractices, workByPerson, workName } from "./assigned-work";

const design = [
  { id: "p1", key: "journeys" },
  { id: "p2", key: "prototypes" },
  { id: "p3", key: "content" },
];

describe("coveredPractices", () => {
  it("gives a discipline's assignee every practice while none is assigned on its own", () => {
    const whole = { disciplineKey: "design", practiceKey: "" };
    expect(coveredPractices(whole, [whole], design)).toEqual(design);
  });

  it("gives a practice assigned on its own to its assignee alone, and the rest to the discipline's", () => {
    const whole = { disciplineKey: "design", practiceKey: "" };
    const one = { disciplineKey: "design", practiceKey: "prototypes" };
    const elsewhere = { disciplineKey: "culture", practiceKey: "journeys" };
    const all = [whole, one, elsewhere];
    expect(coveredPractices(one, all, design).map((p) => p.key)).toEqual(["prototypes"]);
    expect(coveredPractices(whole, all, design).map((p) => p.key)).toEqual(["journeys", "content"]);
  });

  it("covers nothing for a practice no longer in the discipline", () => {
    expect(coveredPractices({ disciplineKey: "design", practiceKey: "gone" }, [], design)).toEqual([]);
  });
});

describe("workName", () => {
  it("names a discipline, or a practice with its discipline", () => {
    expect(workName("Design", null)).toEqual({ short: "Design", phrase: "the Design discipline" });
    expect(workName("Design", "Prototypes")).toEqual({ short: "Prototypes (Design)", phrase: "the practice “Prototypes” of the Design discipline" });
  });
});

describe("workByPerson", () => {
  it("counts each person's assignments, the practices they cover answered, and the assignments overdue", () => {
    const ana = { id: "u1", name: "Ana" };
    const ben = { id: "u2", name: "Ben" };
    const disciplines = [
      { key: "design", practices: design },
      { key: "culture", practices: [{ id: "p9", key: "values" }] },
    ];
    const assignments = [
      { disciplineKey: "design", practiceKey: "", dueOn: "2027-01-10", user: ben },
      { disciplineKey: "design", practiceKey: "prototypes", dueOn: "2027-01-01", user: ana },
      { disciplineKey: "culture", practiceKey: "", dueOn: null, user: ana },
    ];
    expect(workByPerson(assignments, disciplines, new Set(["p1", "p2"]), "2027-01-05")).toEqual([
      // Ana: prototypes (answered: done, so not overdue) and culture (not answered, no date).
      { userId: "u1", name: "Ana", assignments: 2, answered: 1, total: 2, overdue: 0 },
      // Ben: journeys (answered) and content, due on the 10th.
      { userId: "u2", name: "Ben", assignments: 1, answered: 1, total: 2, overdue: 0 },
    ]);
    expect(workByPerson(assignments, disciplines, new Set(["p1"]), "2027-01-11")).toEqual([
      { userId: "u1", name: "Ana", assignments: 2, answered: 0, total: 2, overdue: 1 },
      { userId: "u2", name: "Ben", assignments: 1, answered: 1, total: 2, overdue: 1 },
    ]);
  });
});
