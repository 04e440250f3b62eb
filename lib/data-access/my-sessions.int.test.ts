// A person's own sessions: listed while they stand, ended one by one or all but the current, each
// ending audited; another person's session is not found.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/scripts/lib/prisma";
import { createSession, createUser, isNotFound } from "@/lib/testing/factories";
import { endMySessions, listMySessions, verifyCredentials } from "./accounts";
import { hashPassword } from "@/lib/auth/password";

const prisma = createPrismaClient(inject("databaseUrl"));
afterAll(() => prisma.$disconnect());

describe("my sessions", () => {
  it("lists the standing ones, this one first, with the browser each signed in with", async () => {
    // A role that signs in with a password alone (second factors: second-factors.int.test.ts).
    const user = await createUser(prisma, "LEAD");
    const email = `sessions-${randomUUID()}@example.gov`;
    await prisma.user.update({ where: { id: user.userId }, data: { email, passwordHash: await hashPassword("a-long-enough-password") } });
    const signedIn = await verifyCredentials(email, "a-long-enough-password", "10.20.0.1", "Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0");
    if (typeof signedIn !== "object" || signedIn === null || !("sessionId" in signedIn)) throw new Error("sign-in failed");
    const current = await createSession(prisma, user.userId);
    const idle = await createSession(prisma, user.userId, { lastSeenAt: new Date(Date.now() - 7 * 86_400_000) });
    const sessions = await listMySessions(user, current);
    expect(sessions.map((s) => [s.id, s.current])).toEqual([
      [current, true],
      [signedIn.sessionId, false],
    ]);
    expect(sessions[1]).toMatchObject({ address: "10.20.0.1", userAgent: "Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0" });
    expect(sessions.map((s) => s.id)).not.toContain(idle);
  });

  it("end one other session, refuse the current one, and end all the others, audited", async () => {
    const user = await createUser(prisma, "LEAD");
    const [current, a, b, c] = [await createSession(prisma, user.userId), await createSession(prisma, user.userId), await createSession(prisma, user.userId), await createSession(prisma, user.userId)];
    expect(await endMySessions(user, current, { sessionId: a })).toEqual({ ok: true, value: { ended: 1 } });
    expect(await endMySessions(user, current, { sessionId: current })).toEqual({ ok: false, message: "This is the session you are using. Use “Sign out” to end it." });
    expect(await endMySessions(user, current, "all-others")).toEqual({ ok: true, value: { ended: 2 } });
    const standing = await prisma.session.findMany({ where: { userId: user.userId, endedAt: null }, select: { id: true } });
    expect(standing).toEqual([{ id: current }]);
    const audited = await prisma.auditEvent.findMany({ where: { action: "user.sign-out", entityId: user.userId }, select: { after: true } });
    expect(audited.map((e) => (e.after as { sessionId: string }).sessionId).sort()).toEqual([a, b, c].sort());
  });

  it("never reach another person's session", async () => {
    const me = await createUser(prisma, "COUNCIL");
    const other = await createUser(prisma, "COUNCIL");
    const mine = await createSession(prisma, me.userId);
    const theirs = await createSession(prisma, other.userId);
    const error = await endMySessions(me, mine, { sessionId: theirs }).then(() => null, (e: unknown) => e);
    expect(isNotFound(error)).toBe(true);
    await endMySessions(me, mine, "all-others");
    expect((await prisma.session.findUniqueOrThrow({ where: { id: theirs } })).endedAt).toBeNull();
  });
});
