import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { canAdminister } from "@/lib/auth/policy";
import { registrationOptions } from "@/lib/auth/passkeys";
import { seal, unseal } from "@/lib/auth/sealed";
import { CHALLENGE_MINUTES, needsSecondFactor, newTotpSecret, totpUri } from "@/lib/auth/second-factor";
import { env } from "@/lib/env";
import { fail, ok, type Result } from "@/lib/validation/result";
import { recordAudit } from "./internal/audit";
import { isUuid, requireThat } from "./internal/guards";
import { factorRow } from "./internal/new-factor";
import { replaceRecoveryCodes } from "./internal/recovery-codes";
import type { MyFactors, NewFactor } from "./types";

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

// Adding a factor from the account page: the key offered or the passkey challenge travels with the
// form, sealed by the server for this user and ten minutes (lib/auth/sealed.ts), so nothing waits in
// the database for a setup the person may abandon.
const ADDING_PURPOSE = "second-factor-setup";
type Setup = { userId: string; totpSecret?: string; webauthnChallenge?: string };

function sealSetup(setup: Setup): string {
  return seal(JSON.stringify(setup), { secret: env().NEXTAUTH_SECRET, purpose: ADDING_PURPOSE, ttlSeconds: CHALLENGE_MINUTES * 60 });
}

function unsealSetup(actor: Actor, sealed: string): Setup | null {
  const text = unseal(sealed, { secret: env().NEXTAUTH_SECRET, purpose: ADDING_PURPOSE });
  const setup = text ? (JSON.parse(text) as Setup) : null;
  return setup?.userId === actor.userId ? setup : null;
}

/** The start of adding a factor: the app's key to scan, or the request for the browser to make a passkey; with the sealed setup. */
export async function beginAddingFactor(actor: Actor, kind: "totp" | "passkey") {
  if (kind === "totp") {
    const totpSecret = newTotpSecret();
    return { kind, secret: totpSecret, uri: totpUri(totpSecret, actor.email), sealed: sealSetup({ userId: actor.userId, totpSecret }) } as const;
  }
  const existing = await db().secondFactor.findMany({ where: { userId: actor.userId, kind: "PASSKEY" }, select: { credentialId: true, transports: true } });
  const options = await registrationOptions(
    { id: actor.userId, email: actor.email, name: actor.name },
    existing.flatMap((p) => (p.credentialId ? [{ credentialId: p.credentialId, transports: p.transports }] : [])),
  );
  return { kind, options, sealed: sealSetup({ userId: actor.userId, webauthnChallenge: options.challenge }) } as const;
}

export const SETUP_EXPIRED = "This setup has expired or was started by someone else. Start again.";

/**
 * Adds a factor the actor set up from the account page. The first factor comes with recovery codes
 * (returned once); later ones leave the codes as they are.
 */
export async function addMySecondFactor(actor: Actor, sealed: string, input: NewFactor): Promise<Result<{ label: string; recoveryCodes: string[] | null }>> {
  const setup = unsealSetup(actor, sealed);
  if (!setup) return fail(SETUP_EXPIRED);
  const row = await factorRow(input, { totpSecret: setup.totpSecret ?? null, webauthnChallenge: setup.webauthnChallenge ?? null });
  if (!row.ok) return row;
  const { credentialId, totpSecret } = row.value;
  return db().$transaction(async (tx) => {
    // The same setup sent twice (a double click) adds one factor.
    const twice = await tx.secondFactor.count({ where: { userId: actor.userId, OR: [...(totpSecret ? [{ totpSecret }] : []), ...(credentialId ? [{ credentialId }] : [])] } });
    if (twice > 0) return fail("This factor has been added already.");
    const first = (await tx.secondFactor.count({ where: { userId: actor.userId } })) === 0;
    const factor = await tx.secondFactor.create({ data: { ...row.value, userId: actor.userId }, select: { id: true } });
    const recoveryCodes = first ? await replaceRecoveryCodes(tx, actor.userId) : null;
    await recordAudit(tx, actor, { action: "security.second-factor-added", entityType: "User", entityId: actor.userId, after: { factorId: factor.id, kind: row.value.kind, label: input.label, at: "account page" } });
    return ok({ label: input.label, recoveryCodes });
  });
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
