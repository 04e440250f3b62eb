import { describe, expect, it } from "vitest";
import type { Actor } from "./actor";
import { canAdminister, canAnswerFor, canPlanFor, canReadAnswers, canReadProgram, canReview, canSignOffPlan, programScope } from "./policy";

const actor = (role: Actor["role"], scope: Partial<Actor> = {}): Actor => ({
  userId: "u",
  email: "u@example.gov",
  name: "U",
  role,
  agencyId: null,
  programIds: [],
  ...scope,
});

const program = { id: "p1", agencyId: "x" };

describe("policy", () => {
  it.each([
    ["lead of the program", actor("LEAD", { programIds: ["p1"] }), true, true],
    ["lead of another program", actor("LEAD", { programIds: ["p2"] }), false, false],
    ["CCO of its agency", actor("CCO", { agencyId: "x" }), true, false],
    ["CCO of another agency", actor("CCO", { agencyId: "y" }), false, false],
    ["council", actor("COUNCIL"), true, false],
    ["admin", actor("ADMIN"), true, false],
  ])("%s: read %s, answer %s", (_label, who, read, answer) => {
    expect(canReadProgram(who, program)).toBe(read);
    expect(canAnswerFor(who, program)).toBe(answer);
  });

  it("leads of the program, its agency's CCO and administrators plan; the council does not", () => {
    expect(canPlanFor(actor("LEAD", { programIds: ["p1"] }), program)).toBe(true);
    expect(canPlanFor(actor("LEAD", { programIds: ["p2"] }), program)).toBe(false);
    expect(canPlanFor(actor("CCO", { agencyId: "x" }), program)).toBe(true);
    expect(canPlanFor(actor("CCO", { agencyId: "y" }), program)).toBe(false);
    expect(canPlanFor(actor("COUNCIL"), program)).toBe(false);
    expect(canPlanFor(actor("ADMIN"), program)).toBe(true);
  });

  it("only the agency's CCO signs off a program's action plan", () => {
    expect(canSignOffPlan(actor("CCO", { agencyId: "x" }), program)).toBe(true);
    expect(canSignOffPlan(actor("CCO", { agencyId: "y" }), program)).toBe(false);
    for (const who of [actor("LEAD", { programIds: ["p1"] }), actor("COUNCIL"), actor("ADMIN")]) expect(canSignOffPlan(who, program)).toBe(false);
  });

  it("a draft's answers are its leads' and administrators' until it is submitted", () => {
    const readers = (status: string) =>
      [actor("LEAD", { programIds: ["p1"] }), actor("LEAD", { programIds: ["p2"] }), actor("CCO", { agencyId: "x" }), actor("CCO", { agencyId: "y" }), actor("COUNCIL"), actor("ADMIN")].map((who) =>
        canReadAnswers(who, program, status),
      );
    expect(readers("DRAFT")).toEqual([true, false, false, false, false, true]);
    expect(readers("RETURNED")).toEqual([true, false, false, false, false, true]);
    expect(readers("SUBMITTED")).toEqual([true, false, true, false, true, true]);
    expect(readers("ACCEPTED")).toEqual([true, false, true, false, true, true]);
  });

  it("only the council and administrators review; only administrators administer", () => {
    expect(["LEAD", "CCO", "COUNCIL", "ADMIN"].map((r) => canReview(actor(r as Actor["role"])))).toEqual([false, false, true, true]);
    expect(["LEAD", "CCO", "COUNCIL", "ADMIN"].map((r) => canAdminister(actor(r as Actor["role"])))).toEqual([false, false, false, true]);
  });

  it("scopes program queries to the actor", () => {
    expect(programScope(actor("LEAD", { programIds: ["p1", "p2"] }))).toEqual({ id: { in: ["p1", "p2"] } });
    expect(programScope(actor("CCO", { agencyId: "x" }))).toEqual({ agencyId: "x" });
    expect(programScope(actor("COUNCIL"))).toEqual({});
    // A CCO without an agency must match nothing, never everything.
    expect(programScope(actor("CCO"))).not.toEqual({});
  });
});
