import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { daysUntil, reminderStage } from "./reminders";

describe("reminders", () => {
  it("come a week before, on the last day or the day before, and once the date has passed", () => {
    const due = "2027-03-31";
    expect(reminderStage(due, "2027-03-23")).toBeNull();
    expect(reminderStage(due, "2027-03-24")).toEqual({ stage: "week", daysLeft: 7 });
    expect(reminderStage(due, "2027-03-29")).toEqual({ stage: "week", daysLeft: 2 });
    expect(reminderStage(due, "2027-03-30")).toEqual({ stage: "day", daysLeft: 1 });
    expect(reminderStage(due, "2027-03-31")).toEqual({ stage: "day", daysLeft: 0 });
    expect(reminderStage(due, "2027-04-01")).toEqual({ stage: "overdue", daysLeft: -1 });
  });

  it("count calendar days across months, years and leap days", () => {
    expect(daysUntil("2028-03-01", "2028-02-28")).toBe(2);
    expect(daysUntil("2027-01-01", "2026-12-31")).toBe(1);
  });

  it("never skip back to an earlier stage as the days pass", () => {
    const order = { week: 1, day: 2, overdue: 3 } as const;
    const day = (n: number) => new Date(Date.UTC(2027, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 400 }), (due, a, b) => {
        const [earlier, later] = a <= b ? [a, b] : [b, a];
        const first = reminderStage(day(due), day(earlier));
        const second = reminderStage(day(due), day(later));
        return !first || (second !== null && order[second.stage] >= order[first.stage]);
      }),
    );
  });
});
