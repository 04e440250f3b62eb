// Sign-in with an identity provider's verified e-mail: only accounts that exist and are enabled,
// each sign-in a new session, audited as password sign-ins are, with the method.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, inject, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { createPrismaClient } from "@/scripts/lib/prisma";
import { signInWithVerifiedEmail, verifyCredentials } from "./accounts";

const prisma = createPrismaClient(inject("databaseUrl"));
afterAll(() => prisma.$disconnect());

async function account(data: { disabledAt?: Date; passwordHash?: string; role?: "LEAD" | "COUNCIL" } = {}) {
  const email = `sso-${randomUUID()}@example.gov`;
  const user = await prisma.user.create({ data: { email, name: "Single Sign-On", role: "COUNCIL", ...data }, select: { id: true } });
  return { email, id: user.id };
}

describe("sign-in with a verified e-mail", () => {
  it("starts a session for the account with that e-mail, whatever its case, and audits it as oidc", async () => {
    const { email, id } = await account();
    const signedIn = await signInWithVerifiedEmail(email.toUpperCase(), "10.9.0.1");
    if (typeof signedIn === "string") throw new Error(signedIn);
    expect(signedIn).toMatchObject({ id, email });
    expect(await prisma.session.findUnique({ where: { id: signedIn.sessionId }, select: { userId: true, endedAt: true, address: true } })).toEqual({
      userId: id,
      endedAt: null,
      address: "10.9.0.1",
    });
    const audit = await prisma.auditEvent.findMany({ where: { actorId: id, action: "user.sign-in" }, select: { after: true } });
    expect(audit).toEqual([{ after: { address: "10.9.0.1", sessionId: signedIn.sessionId, method: "oidc" } }]);
  });

  it("refuses an e-mail with no account, creating nothing", async () => {
    const email = `nobody-${randomUUID()}@example.gov`;
    expect(await signInWithVerifiedEmail(email, "10.9.0.2")).toBe("not-set-up");
    expect(await prisma.user.count({ where: { email } })).toBe(0);
    expect(await prisma.session.count({ where: { address: "10.9.0.2" } })).toBe(0);
    expect(await prisma.auditEvent.count({ where: { actorEmail: email } })).toBe(0);
  });

  it("refuses a disabled account", async () => {
    const { email, id } = await account({ disabledAt: new Date() });
    expect(await signInWithVerifiedEmail(email, "10.9.0.3")).toBe("disabled");
    expect(await prisma.session.count({ where: { userId: id } })).toBe(0);
  });

  it("audits a password sign-in with its method too", async () => {
    // A lead: a council member's password alone opens no session (second-factors.int.test.ts).
    const { email, id } = await account({ role: "LEAD", passwordHash: await hashPassword("the-right-password") });
    const signedIn = await verifyCredentials(email, "the-right-password", "10.9.0.4");
    if (typeof signedIn !== "object" || signedIn === null || !("sessionId" in signedIn)) throw new Error("sign-in failed");
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { actorId: id, action: "user.sign-in" }, select: { after: true } });
    expect(audit.after).toEqual({ address: "10.9.0.4", sessionId: signedIn.sessionId, method: "password" });
  });
});
