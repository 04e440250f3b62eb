import { describe, expect, it } from "vitest";
import { workState } from "./work-state";

describe("assigned work", () => {
  it("is not started, in progress or done by its answers", () => {
    expect(workState({ answered: 0, total: 6, dueOn: null }, "2026-12-01")).toEqual({ state: "Not started", overdue: false });
    expect(workState({ answered: 3, total: 6, dueOn: null }, "2026-12-01")).toEqual({ state: "In progress", overdue: false });
    expect(workState({ answered: 6, total: 6, dueOn: null }, "2026-12-01")).toEqual({ state: "Done", overdue: false });
  });

  it("is overdue the day after its due date, unless done", () => {
    expect(workState({ answered: 3, total: 6, dueOn: "2026-12-01" }, "2026-12-01").overdue).toBe(false);
    expect(workState({ answered: 3, total: 6, dueOn: "2026-12-01" }, "2026-12-02").overdue).toBe(true);
    expect(workState({ answered: 0, total: 6, dueOn: "2026-11-01" }, "2026-12-02").overdue).toBe(true);
    expect(workState({ answered: 6, total: 6, dueOn: "2026-11-01" }, "2026-12-02").overdue).toBe(false);
  });
});
