// Who may do what, as pure rules over an Actor. The data-access layer applies them on every call;
// nothing else decides access.
import type { Actor } from "./actor";

type ProgramRef = { id: string; agencyId: string };

/** The programs an actor may read: all of them, their agency's, or the ones they lead (a respondent's: none). */
export type ProgramScope = { kind: "all" } | { kind: "agency"; agencyId: string } | { kind: "programs"; programIds: readonly string[] };

export function scopeOf(actor: Actor): ProgramScope {
  switch (actor.role) {
    case "ADMIN":
    case "COUNCIL":
      return { kind: "all" };
    case "CCO":
      return { kind: "agency", agencyId: actor.agencyId ?? "00000000-0000-0000-0000-000000000000" };
    case "LEAD":
      return { kind: "programs", programIds: actor.programIds };
    case "RESPONDENT":
      return { kind: "programs", programIds: [] };
  }
}

/** A Prisma `where` fragment that limits programs to the actor's scope. */
export function programScope(actor: Actor) {
  const scope = scopeOf(actor);
  if (scope.kind === "all") return {};
  if (scope.kind === "agency") return { agencyId: scope.agencyId };
  return { id: { in: [...scope.programIds] } };
}

export function canReadProgram(actor: Actor, program: ProgramRef): boolean {
  switch (actor.role) {
    case "ADMIN":
    case "COUNCIL":
      return true;
    case "CCO":
      return actor.agencyId === program.agencyId;
    case "LEAD":
      return actor.programIds.includes(program.id);
    case "RESPONDENT":
      return false;
  }
}

/**
 * A draft (or a returned assessment being revised) is the program's work in progress: its leads and
 * administrators read its answers; the council and CCOs see only its status and progress until it is
 * submitted.
 */
export function canReadAnswers(actor: Actor, program: ProgramRef, status: string): boolean {
  if (!canReadProgram(actor, program)) return false;
  if (actor.role === "LEAD" || actor.role === "ADMIN") return true;
  return status === "SUBMITTED" || status === "ACCEPTED";
}

/** Answering the self-assessment is the program's leads' job. */
export function canAnswerFor(actor: Actor, program: ProgramRef): boolean {
  return actor.role === "LEAD" && actor.programIds.includes(program.id);
}

/**
 * Rating practices on one's own for a team assessment: a program member the lead invited (the
 * invitation itself is checked where the rating is read or written).
 */
export function canRateFor(actor: Actor, program: ProgramRef): boolean {
  return (actor.role === "LEAD" || actor.role === "RESPONDENT") && actor.programIds.includes(program.id);
}

/** Targets and action items: the program's leads propose, its agency's CCO adjusts, admins help. */
export function canPlanFor(actor: Actor, program: ProgramRef): boolean {
  return canAnswerFor(actor, program) || (actor.role === "CCO" && actor.agencyId === program.agencyId) || actor.role === "ADMIN";
}

/** A program's CX action plan is signed off by its agency's Chief Customer Officer. */
export function canSignOffPlan(actor: Actor, program: ProgramRef): boolean {
  return actor.role === "CCO" && actor.agencyId === program.agencyId;
}

export function canReview(actor: Actor): boolean {
  return actor.role === "COUNCIL" || actor.role === "ADMIN";
}

export function canAdminister(actor: Actor): boolean {
  return actor.role === "ADMIN";
}
