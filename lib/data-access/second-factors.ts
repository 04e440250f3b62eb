import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { canAdminister } from "@/lib/auth/policy";
import { needsSecondFactor } from "@/lib/auth/second-factor";
import { env } from "@/lib/env";
import { fail, ok, type Result } from "@/lib/validation/result";
import { recordAudit } from "./internal/audit";
import { isUuid, requireThat } from "./internal/guards";
import { replaceRecoveryCodes } from "./internal/recovery-codes";
import type { MyFactors } from "./types";

// A person's own second factors, and an administrator's reset of someone else's. The sign-in's
// second step, before anyone is signed in, is sign-in-second-step.ts.

/** The actor's own factors, for the account page. */
export async function listMySecondFactors(actor: Actor): Promise<MyFactors> {
  const [factors, recoveryCodesLeft] = await Promise.all([
    db().secondFactor.findMany({ where: { userId: actor.userId }, orderBy: { createdAt: "asc" }, select: { id: true, kind: true, label: true, createdAt: true, lastUsedAt: true } }),
    db().recoveryCode.count({ where: { userId: actor.userId, usedAt: null } }),
  ]);
  return { required: needsSecondFactor(actor.role, env().SECOND_FACTOR_ROLES), factors, recoveryCodesLeft };
}

/** Removes one of the actor's factors; a role that needs a second factor keeps at least one. */
export async function removeMySecondFactor(actor: Actor, factorId: string): Promise<Result<{ removed: string }>> {
  requireThat(isUuid(factorId));
  return db().$transaction(async (tx) => {
    const factors = await tx.secondFactor.findMany({ where: { userId: actor.userId }, select: { id: true, kind: true, label: true } });
    const factor = factors.find((f) => f.id === factorId);
    requireThat(factor !== undefined);
    if (factors.length === 1 && needsSecondFactor(actor.role, env().SECOND_FACTOR_ROLES)) {
      return fail(`“${factor.label}” is your only second factor, and your role signs in with one. Ask an administrator to reset your second factors if you have lost it.`);
    }
    await tx.secondFactor.delete({ where: { id: factor.id } });
    if (factors.length === 1) await tx.recoveryCode.deleteMany({ where: { userId: actor.userId } });
    await recordAudit(tx, actor, { action: "security.second-factor-removed", entityType: "User", entityId: actor.userId, before: { factorId: factor.id, kind: factor.kind, label: factor.label } });
    return ok({ removed: factor.label });
  });
}

/** New recovery codes for the actor (the old ones stop working): shown once. */
export async function replaceMyRecoveryCodes(actor: Actor): Promise<Result<{ recoveryCodes: string[] }>> {
  return db().$transaction(async (tx) => {
    if ((await tx.secondFactor.count({ where: { userId: actor.userId } })) === 0) return fail("Add a second factor first: recovery codes stand in for one.");
    const recoveryCodes = await replaceRecoveryCodes(tx, actor.userId);
    await recordAudit(tx, actor, { action: "security.recovery-codes-replaced", entityType: "User", entityId: actor.userId, after: { count: recoveryCodes.length } });
    return ok({ recoveryCodes });
  });
}

/** What an administrator sees of a user's second factors. */
export async function secondFactorSummary(actor: Actor, userId: string) {
  requireThat(canAdminister(actor) && isUuid(userId));
  const [factors, recoveryCodesLeft] = await Promise.all([
    db().secondFactor.findMany({ where: { userId }, orderBy: { createdAt: "asc" }, select: { kind: true, label: true, lastUsedAt: true } }),
    db().recoveryCode.count({ where: { userId, usedAt: null } }),
  ]);
  return { factors, recoveryCodesLeft };
}

/**
 * An administrator resets a user's second factors (a lost phone or key): factors, recovery codes and
 * pending sign-ins go, every session ends, and the user adds a factor at their next sign-in.
 */
export async function resetSecondFactors(actor: Actor, userId: string): Promise<Result<{ removed: number }>> {
  requireThat(canAdminister(actor) && isUuid(userId));
  if (userId === actor.userId) return fail("You cannot reset your own second factors: manage them on your account page, or ask another administrator.");
  return db().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, secondFactors: { select: { kind: true, label: true } } } });
    requireThat(user !== null);
    await tx.secondFactor.deleteMany({ where: { userId } });
    await tx.recoveryCode.deleteMany({ where: { userId } });
    await tx.signInChallenge.deleteMany({ where: { userId } });
    await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
    await recordAudit(tx, actor, { action: "security.second-factors-reset", entityType: "User", entityId: userId, before: { factors: user.secondFactors } });
    return ok({ removed: user.secondFactors.length });
  });
}
