import { describe, expect, it } from "vitest";
import { reviewOverdue, submissionOverdue } from "./due-dates";

describe("due dates", () => {
  it("make work not yet submitted overdue the day after the submission due date", () => {
    for (const status of ["NOT_STARTED", "DRAFT", "RETURNED"] as const) {
      expect(submissionOverdue(status, "2026-11-15", "2026-11-15")).toBe(false);
      expect(submissionOverdue(status, "2026-11-15", "2026-11-16")).toBe(true);
    }
    expect(submissionOverdue("SUBMITTED", "2026-11-15", "2026-12-01")).toBe(false);
    expect(submissionOverdue("ACCEPTED", "2026-11-15", "2026-12-01")).toBe(false);
    expect(submissionOverdue("DRAFT", null, "2026-12-01")).toBe(false);
  });

  it("make a submission waiting for the council overdue after the review due date", () => {
    expect(reviewOverdue("SUBMITTED", "2026-11-30", "2026-12-01")).toBe(true);
    expect(reviewOverdue("SUBMITTED", "2026-11-30", "2026-11-30")).toBe(false);
    expect(reviewOverdue("ACCEPTED", "2026-11-30", "2026-12-01")).toBe(false);
    expect(reviewOverdue("SUBMITTED", null, "2026-12-01")).toBe(false);
  });
});
