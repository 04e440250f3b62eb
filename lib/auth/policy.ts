// Who may do what, as pure rules over an Actor. The data-access layer applies them on every call;
// nothing else decides access.
import type { Actor } from "./actor";

type ProgramRef = { id: string; agencyId: string };

/** A Prisma `where` fragment that limits programs to the actor's scope. */
export function programScope(actor: Actor) {
  switch (actor.role) {
    case "ADMIN":
    case "COUNCIL":
      return {};
    case "CCO":
      return { agencyId: actor.agencyId ?? "00000000-0000-0000-0000-000000000000" };
    case "LEAD":
      return { id: { in: [...actor.programIds] } };
  }
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
  }
}

/** Answering the self-assessment is the program's leads' job. */
export function canAnswerFor(actor: Actor, program: ProgramRef): boolean {
  return actor.role === "LEAD" && actor.programIds.includes(program.id);
}

/** Targets and action items: the program's leads propose, its agency's CCO adjusts, admins help. */
export function canPlanFor(actor: Actor, program: ProgramRef): boolean {
  return canAnswerFor(actor, program) || (actor.role === "CCO" && actor.agencyId === program.agencyId) || actor.role === "ADMIN";
}

export function canReview(actor: Actor): boolean {
  return actor.role === "COUNCIL" || actor.role === "ADMIN";
}

export function canAdminister(actor: Actor): boolean {
  return actor.role === "ADMIN";
}
