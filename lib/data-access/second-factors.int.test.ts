// The second factor of a password sign-in on PostgreSQL: a right password alone opens no session for
// a role that needs one; the first sign-in adds a factor and recovery codes; a code is taken once; a
// recovery code works once; wrong answers drop the pending sign-in; an administrator's reset is audited.
import { randomUUID } from "node:crypto";
import { generateSync } from "otplib";
import { afterAll, describe, expect, inject, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { CHALLENGE_FAILURES, RECOVERY_CODE_COUNT } from "@/lib/auth/second-factor";
import { EXPIRED, TOO_MANY_WRONG, USED_CODE, WRONG_CODE, WRONG_RECOVERY_CODE } from "@/lib/auth/sign-in-errors";
import { createUser, isNotFound } from "@/lib/testing/factories";
import { createPrismaClient } from "@/scripts/lib/prisma";
import { verifyCredentials } from "./accounts";
import { addMySecondFactor, beginAddingFactor, removeMySecondFactor, resetSecondFactors, SETUP_EXPIRED } from "./second-factors";
import { completeSecondFactor, enrolFirstFactor, secondFactorStep, totpEnrolment } from "./sign-in-second-step";

const prisma = createPrismaClient(inject("databaseUrl"));
afterAll(() => prisma.$disconnect());

const PASSWORD = "the-right-password";
const from = { address: "10.77.0.1", userAgent: "vitest" };
const codeAt = (secret: string, secondsFromNow = 0) => generateSync({ secret, epoch: Math.floor(Date.now() / 1000) + secondsFromNow });

async function account(role: "COUNCIL" | "ADMIN" | "LEAD" = "COUNCIL", totpSecret?: string) {
  const email = `factor-${randomUUID()}@example.gov`;
  const user = await prisma.user.create({
    data: { email, name: "Second Factor", role, passwordHash: await hashPassword(PASSWORD), ...(totpSecret ? { secondFactors: { create: { kind: "TOTP", label: "App", totpSecret } } } : {}) },
    select: { id: true },
  });
  return { email, id: user.id };
}

async function pending(email: string): Promise<string> {
  const answer = await verifyCredentials(email, PASSWORD, from.address);
  if (!answer || typeof answer !== "object" || !("secondFactor" in answer)) throw new Error(`expected a pending sign-in, got ${JSON.stringify(answer)}`);
  return answer.secondFactor;
}

describe("second factors", () => {
  it("give a council member's right password a pending sign-in, not a session; a lead's opens a session", async () => {
    const council = await account("COUNCIL");
    expect(await verifyCredentials(council.email, PASSWORD, from.address)).toEqual({ secondFactor: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/) });
    expect(await prisma.session.count({ where: { userId: council.id } })).toBe(0);
    const lead = await account("LEAD");
    expect(await verifyCredentials(lead.email, PASSWORD, from.address)).toMatchObject({ email: lead.email, sessionId: expect.any(String) });
  });

  it("enrol an authenticator app at the first sign-in, with recovery codes, then sign in", async () => {
    const { email, id } = await account("ADMIN");
    const token = await pending(email);
    expect(await secondFactorStep(token)).toEqual({ state: "enrol", email });
    const setup = await totpEnrolment(token);
    if (!setup) throw new Error("no enrolment");
    expect(setup.uri).toContain(`secret=${setup.secret}`);
    // The same key until a code from it is entered: reloading the step must not change what was scanned.
    expect((await totpEnrolment(token))?.secret).toBe(setup.secret);

    expect(await enrolFirstFactor(token, { kind: "totp", code: "000000", label: "Phone" })).toMatchObject({ ok: false, fieldErrors: { code: [WRONG_CODE] } });
    const enrolled = await enrolFirstFactor(token, { kind: "totp", code: codeAt(setup.secret), label: "Phone" });
    if (!enrolled.ok) throw new Error(enrolled.message);
    expect(enrolled.value.recoveryCodes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(new Set(enrolled.value.recoveryCodes).size).toBe(RECOVERY_CODE_COUNT);
    // A second enrolment on the same pending sign-in (a double submit) adds nothing.
    expect(await enrolFirstFactor(token, { kind: "totp", code: codeAt(setup.secret, 30), label: "Again" })).toMatchObject({ ok: false });
    expect(await prisma.secondFactor.count({ where: { userId: id } })).toBe(1);

    const signedIn = await completeSecondFactor({ method: "enrolled", token }, from);
    expect(signedIn).toMatchObject({ email, sessionId: expect.any(String) });
    expect(await completeSecondFactor({ method: "enrolled", token }, from)).toEqual({ refused: EXPIRED });
    const audit = await prisma.auditEvent.findMany({ where: { entityId: id, action: { in: ["security.second-factor-added", "user.sign-in"] } }, orderBy: { id: "asc" }, select: { action: true, after: true } });
    expect(audit).toEqual([
      { action: "security.second-factor-added", after: expect.objectContaining({ kind: "TOTP", label: "Phone", at: "first sign-in" }) },
      { action: "user.sign-in", after: expect.objectContaining({ method: "password+new-factor" }) },
    ]);
    // The stored codes are hashes, never the codes.
    const stored = await prisma.recoveryCode.findMany({ where: { userId: id }, select: { codeHash: true } });
    expect(stored.map((c) => c.codeHash)).not.toContain(enrolled.value.recoveryCodes[0]);
  });

  it("take an authenticator app's code once", async () => {
    const secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    const { email } = await account("COUNCIL", secret);
    const first = await pending(email);
    expect(await secondFactorStep(first)).toEqual({ state: "verify", email, passkey: false, totp: true, recoveryCodesLeft: 0 });
    const code = codeAt(secret);
    expect(await completeSecondFactor({ method: "totp", token: first, code }, from)).toMatchObject({ email });
    // The same code on another sign-in (seen over a shoulder, replayed): refused.
    const second = await pending(email);
    expect(await completeSecondFactor({ method: "totp", token: second, code }, from)).toEqual({ refused: USED_CODE });
    // The next period's code is taken (one step of drift is allowed).
    expect(await completeSecondFactor({ method: "totp", token: second, code: codeAt(secret, 30) }, from)).toMatchObject({ email });
  });

  it("drop the pending sign-in after too many wrong answers, and record each as a security event", async () => {
    const secret = "KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU";
    const { email, id } = await account("COUNCIL", secret);
    const token = await pending(email);
    const address = `10.78.${Math.floor(Math.random() * 250)}.1`;
    for (let i = 1; i < CHALLENGE_FAILURES; i++) expect(await completeSecondFactor({ method: "totp", token, code: "000000" }, { ...from, address })).toEqual({ refused: WRONG_CODE });
    expect(await completeSecondFactor({ method: "totp", token, code: "000000" }, { ...from, address })).toEqual({ refused: TOO_MANY_WRONG });
    // Even the right code now: the password must be entered again.
    expect(await completeSecondFactor({ method: "totp", token, code: codeAt(secret) }, { ...from, address })).toEqual({ refused: EXPIRED });
    expect(await secondFactorStep(token)).toEqual({ state: "expired" });
    expect(await prisma.auditEvent.count({ where: { entityId: id, action: "security.second-factor-failed" } })).toBe(CHALLENGE_FAILURES);
  });

  it("take each recovery code once, and let the owner remove any factor but the last", async () => {
    const { email, id } = await account("ADMIN");
    const token = await pending(email);
    const setup = await totpEnrolment(token);
    const enrolled = await enrolFirstFactor(token, { kind: "totp", code: codeAt(setup!.secret), label: "Phone" });
    if (!enrolled.ok) throw new Error(enrolled.message);
    const [code] = enrolled.value.recoveryCodes;

    const next = await pending(email);
    // As typed by a person: upper case, spaces instead of dashes.
    expect(await completeSecondFactor({ method: "recovery", token: next, code: code!.toUpperCase().replaceAll("-", " ") }, from)).toMatchObject({ email });
    const again = await pending(email);
    expect(await completeSecondFactor({ method: "recovery", token: again, code: code! }, from)).toEqual({ refused: WRONG_RECOVERY_CODE });
    expect(await prisma.auditEvent.findFirst({ where: { entityId: id, action: "security.recovery-code-used" }, select: { after: true } })).toEqual({ after: { left: RECOVERY_CODE_COUNT - 1 } });

    const actor = { userId: id, email, name: "Second Factor", role: "ADMIN" as const, agencyId: null, programIds: [] };
    const [factor] = await prisma.secondFactor.findMany({ where: { userId: id }, select: { id: true } });
    expect(await removeMySecondFactor(actor, factor!.id)).toMatchObject({ ok: false, message: expect.stringContaining("only second factor") });
    await expect(removeMySecondFactor({ ...actor, userId: randomUUID() }, factor!.id)).rejects.toSatisfy(isNotFound);
  });

  it("let an administrator reset another user's factors: audited, their sessions ended; not their own, and not for anyone else", async () => {
    const secret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    const user = await account("COUNCIL", secret);
    const signedIn = await completeSecondFactor({ method: "totp", token: await pending(user.email), code: codeAt(secret) }, from);
    if ("refused" in signedIn) throw new Error(signedIn.refused);
    const admin = await createUser(prisma, "ADMIN");
    const lead = await createUser(prisma, "LEAD");

    await expect(resetSecondFactors(lead, user.id)).rejects.toSatisfy(isNotFound);
    expect(await resetSecondFactors(admin, admin.userId)).toMatchObject({ ok: false });
    expect(await resetSecondFactors(admin, user.id)).toEqual({ ok: true, value: { removed: 1 } });
    expect(await prisma.secondFactor.count({ where: { userId: user.id } })).toBe(0);
    const { sessionVersion } = await prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { sessionVersion: true } });
    expect(sessionVersion).toBe(2);
    expect(await prisma.auditEvent.findFirst({ where: { entityId: user.id, action: "security.second-factors-reset" }, select: { actorId: true, before: true } })).toEqual({
      actorId: admin.userId,
      before: { factors: [{ kind: "TOTP", label: "App" }] },
    });
    // Their next sign-in asks them to add a factor again.
    expect(await secondFactorStep(await pending(user.email))).toEqual({ state: "enrol", email: user.email });
  });

  it("let a person add an authenticator app from the account page: once, for themselves, with recovery codes for the first factor", async () => {
    const lead = await createUser(prisma, "LEAD");
    const other = await createUser(prisma, "LEAD");
    const setup = await beginAddingFactor(lead, "totp");
    if (setup.kind !== "totp") throw new Error("expected an app setup");
    const code = codeAt(setup.secret);
    // Someone else's setup, or one altered, is refused.
    expect(await addMySecondFactor(other, setup.sealed, { kind: "totp", code, label: "Phone" })).toEqual({ ok: false, message: SETUP_EXPIRED });
    expect(await addMySecondFactor(lead, `${setup.sealed.slice(0, -2)}AA`, { kind: "totp", code, label: "Phone" })).toEqual({ ok: false, message: SETUP_EXPIRED });
    expect(await addMySecondFactor(lead, setup.sealed, { kind: "totp", code: "000000", label: "Phone" })).toMatchObject({ ok: false, fieldErrors: { code: [WRONG_CODE] } });

    const added = await addMySecondFactor(lead, setup.sealed, { kind: "totp", code, label: "Phone" });
    if (!added.ok) throw new Error(added.message);
    expect(added.value.recoveryCodes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(await addMySecondFactor(lead, setup.sealed, { kind: "totp", code: codeAt(setup.secret, 30), label: "Phone" })).toEqual({ ok: false, message: "This factor has been added already." });

    const second = await beginAddingFactor(lead, "totp");
    if (second.kind !== "totp") throw new Error("expected an app setup");
    const more = await addMySecondFactor(lead, second.sealed, { kind: "totp", code: codeAt(second.secret), label: "Tablet" });
    expect(more).toEqual({ ok: true, value: { label: "Tablet", recoveryCodes: null } });
    expect(await prisma.recoveryCode.count({ where: { userId: lead.userId } })).toBe(RECOVERY_CODE_COUNT);
    expect(await prisma.auditEvent.count({ where: { entityId: lead.userId, action: "security.second-factor-added" } })).toBe(2);
  });
});
