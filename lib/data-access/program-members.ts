import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { canAnswerFor } from "@/lib/auth/policy";
import type { InviteMemberInput } from "@/lib/validation/program-members";
import { fail, ok, type Result } from "@/lib/validation/result";
import { recordAudit } from "./internal/audit";
import { requireScope, requireThat } from "./internal/guards";
import { sendPasswordLink } from "./internal/password-links";

/**
 * A program's lead brings a colleague into the program, to answer and be assigned work: a new person
 * gets an account (program lead of this program only) and an e-mailed invitation to choose their
 * password; an existing program lead is added to the program. Anyone else is an administrator's call.
 */
export async function inviteProgramMember(actor: Actor, input: InviteMemberInput): Promise<Result<{ invited: boolean; name: string }>> {
  const program = await db().program.findFirst({ where: { id: input.programId, archivedAt: null }, select: { id: true, agencyId: true, name: true } });
  requireThat(program !== null);
  await requireScope(actor, canAnswerFor(actor, program), { type: "Program", id: program.id });
  const existing = await db().user.findUnique({ where: { email: input.email }, select: { id: true, name: true, role: true, disabledAt: true, memberships: { where: { programId: program.id }, select: { programId: true } } } });
  if (existing) {
    if (existing.memberships.length > 0) return fail(`${input.email} is already a member of ${program.name}.`, { email: ["Choose someone who is not a member yet"] });
    if (existing.role !== "LEAD" || existing.disabledAt) {
      return fail(`A lead cannot add ${input.email} to a program. Ask an administrator to add them to ${program.name}.`, { email: ["Ask an administrator"] });
    }
    await db().$transaction(async (tx) => {
      await tx.programMembership.create({ data: { userId: existing.id, programId: program.id } });
      // A change of scope applies from the member's next request, as an administrator's does.
      await tx.user.update({ where: { id: existing.id }, data: { sessionVersion: { increment: 1 }, version: { increment: 1 } } });
      await recordAudit(tx, actor, { action: "program.member-add", entityType: "Program", entityId: program.id, after: { userId: existing.id, email: input.email } });
    });
    return ok({ invited: false, name: existing.name });
  }
  try {
    await db().$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: input.email, name: input.name, role: "LEAD", memberships: { create: { programId: program.id } } },
        select: { id: true, email: true, name: true },
      });
      await sendPasswordLink(tx, user, "INVITATION", actor.name);
      await recordAudit(tx, actor, { action: "user.invite", entityType: "User", entityId: user.id, after: { email: input.email, name: input.name, role: "LEAD", programIds: [program.id] } });
    });
  } catch {
    // Someone created that address at the same moment: their account is not ours to join.
    return fail(`${input.email} already has an account. Reload the page and try again.`, { email: ["Reload the page and try again"] });
  }
  return ok({ invited: true, name: input.name });
}
