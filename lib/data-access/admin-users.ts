import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import { canAdminister } from "@/lib/auth/policy";
import type { createUserSchema, resetPasswordSchema, updateUserSchema, userStateSchema } from "@/lib/validation/admin";
import { passwordContextProblem } from "@/lib/validation/password";
import { fail, ok, type Result } from "@/lib/validation/result";
import { ADMIN_PAGE_SIZE } from "./admin-organizations";
import { recordAudit } from "./internal/audit";
import { isUuid, requireThat } from "./internal/guards";
import { sendPasswordLink } from "./internal/password-links";

export async function listUsers(actor: Actor, query: { q?: string; page: number }) {
  requireThat(canAdminister(actor));
  const match = query.q ? { contains: query.q, mode: "insensitive" as const } : undefined;
  const where = match ? { OR: [{ email: match }, { name: match }] } : {};
  const [total, users] = await Promise.all([
    db().user.count({ where }),
    db().user.findMany({
      where,
      orderBy: { email: "asc" },
      skip: (query.page - 1) * ADMIN_PAGE_SIZE,
      take: ADMIN_PAGE_SIZE,
      select: {
        id: true,
        email: true,
        name: true,
        role: true,
        disabledAt: true,
        version: true,
        agency: { select: { id: true, name: true } },
        memberships: { select: { program: { select: { id: true, name: true } } } },
      },
    }),
  ]);
  return { total, users, pageSize: ADMIN_PAGE_SIZE };
}

/** Every agency and active program, for the scope pickers of the user forms. */
export async function scopeOptions(actor: Actor) {
  requireThat(canAdminister(actor));
  return db().agency.findMany({
    where: { archivedAt: null },
    orderBy: { name: "asc" },
    select: { id: true, name: true, programs: { where: { archivedAt: null }, orderBy: { name: "asc" }, select: { id: true, name: true } } },
  });
}

async function checkScope(input: { agencyId: string | null; programIds: string[] }) {
  if (input.agencyId && !(await db().agency.findUnique({ where: { id: input.agencyId } }))) return "Choose an agency from the list.";
  if (input.programIds.length && (await db().program.count({ where: { id: { in: input.programIds } } })) !== new Set(input.programIds).size) {
    return "Choose programs from the list.";
  }
  return null;
}

const scopeData = (input: { role: string; agencyId: string | null; programIds: string[] }) => ({
  agencyId: input.role === "CCO" ? input.agencyId : null,
  programIds: input.role === "LEAD" || input.role === "RESPONDENT" ? [...new Set(input.programIds)] : [],
});

export async function createUser(actor: Actor, input: z.infer<typeof createUserSchema>): Promise<Result<{ id: string; invited: boolean }>> {
  requireThat(canAdminister(actor));
  if (await db().user.findUnique({ where: { email: input.email } })) return fail(`${input.email} already has an account.`, { email: ["Use another address"] });
  const problem = await checkScope(input);
  if (problem) return fail(problem);
  const { agencyId, programIds } = scopeData(input);
  const invited = input.password === "";
  const passwordHash = invited ? null : await hashPassword(input.password);
  return ok(
    await db().$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: input.email, name: input.name, role: input.role, agencyId, passwordHash, memberships: { create: programIds.map((programId) => ({ programId })) } },
        select: { id: true, email: true, name: true },
      });
      if (invited) await sendPasswordLink(tx, user, "INVITATION", actor.name);
      await recordAudit(tx, actor, { action: "user.create", entityType: "User", entityId: user.id, after: { email: input.email, name: input.name, role: input.role, agencyId, programIds, invited } });
      return { id: user.id, invited };
    }),
  );
}

/** A change of role or scope ends the user's sessions, so it applies on their next request. */
export async function updateUser(actor: Actor, input: z.infer<typeof updateUserSchema>): Promise<Result<{ version: number }>> {
  requireThat(canAdminister(actor));
  const problem = await checkScope(input);
  if (problem) return fail(problem);
  const { agencyId, programIds } = scopeData(input);
  return db().$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: input.userId }, select: { role: true, agencyId: true, memberships: { select: { programId: true } } } });
    requireThat(before !== null);
    if (input.userId === actor.userId && input.role !== "ADMIN") return fail("You cannot remove your own administrator role. Ask another administrator.");
    const updated = await tx.user.updateMany({
      where: { id: input.userId, version: input.expectedVersion },
      data: { role: input.role, agencyId, version: { increment: 1 }, sessionVersion: { increment: 1 } },
    });
    if (updated.count === 0) return fail("Someone else changed this user. Reload and try again.");
    await tx.programMembership.deleteMany({ where: { userId: input.userId } });
    await tx.programMembership.createMany({ data: programIds.map((programId) => ({ userId: input.userId, programId })) });
    await recordAudit(tx, actor, {
      action: "user.update",
      entityType: "User",
      entityId: input.userId,
      before: { role: before.role, agencyId: before.agencyId, programIds: before.memberships.map((m) => m.programId) },
      after: { role: input.role, agencyId, programIds },
    });
    return ok({ version: input.expectedVersion + 1 });
  });
}

/** Disabling takes effect on the user's next request: their session no longer loads. */
export async function setUserDisabled(actor: Actor, input: z.infer<typeof userStateSchema>): Promise<Result<{ disabled: boolean }>> {
  requireThat(canAdminister(actor));
  if (input.userId === actor.userId) return fail("You cannot disable your own account.");
  return db().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { disabledAt: true } });
    requireThat(user !== null);
    await tx.user.update({
      where: { id: input.userId },
      data: { disabledAt: input.disabled ? new Date() : null, sessionVersion: { increment: 1 }, version: { increment: 1 } },
    });
    // A disabled person's API tokens end with their sessions, and do not come back if they are enabled again.
    if (input.disabled) await tx.apiToken.updateMany({ where: { userId: input.userId, revokedAt: null }, data: { revokedAt: new Date() } });
    await recordAudit(tx, actor, {
      action: input.disabled ? "user.disable" : "user.enable",
      entityType: "User",
      entityId: input.userId,
      before: { disabled: Boolean(user.disabledAt) },
      after: { disabled: input.disabled },
    });
    return ok({ disabled: input.disabled });
  });
}

export async function resetPassword(actor: Actor, input: z.infer<typeof resetPasswordSchema>): Promise<Result<{ done: true }>> {
  requireThat(canAdminister(actor));
  // The reset form has no e-mail field: the password is checked against the account's (lib/validation/password.ts).
  const user = await db().user.findUnique({ where: { id: input.userId }, select: { email: true } });
  requireThat(user !== null);
  const problem = passwordContextProblem(input.password, user.email);
  if (problem) return fail("There is a problem with what you entered.", { password: [problem] });
  const passwordHash = await hashPassword(input.password);
  await db().$transaction(async (tx) => {
    requireThat((await tx.user.findUnique({ where: { id: input.userId }, select: { id: true } })) !== null);
    await tx.user.update({ where: { id: input.userId }, data: { passwordHash, sessionVersion: { increment: 1 }, version: { increment: 1 } } });
    // The audit records that the password changed, never the password or its hash.
    await recordAudit(tx, actor, { action: "user.reset-password", entityType: "User", entityId: input.userId });
  });
  return ok({ done: true });
}

export async function getUserForAdmin(actor: Actor, userId: string) {
  requireThat(canAdminister(actor) && isUuid(userId));
  const user = await db().user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true, role: true, agencyId: true, disabledAt: true, version: true, memberships: { select: { programId: true } } },
  });
  requireThat(user !== null);
  return { ...user, programIds: user.memberships.map((m) => m.programId) };
}
