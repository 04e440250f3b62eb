// Security events in the audit log: refused sign-ins, refused tokens and requests for records outside
// one's scope are recorded with who and from where, and an attack cannot flood the log.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/scripts/lib/prisma";
import { createAgency, createUser, isNotFound, refusal } from "@/lib/testing/factories";
import { hashPassword } from "@/lib/auth/password";
import { verifyCredentials } from "./accounts";
import { authenticateApiToken } from "./api-auth";
import { listAuditEvents } from "./audit-log";
import { recordSecurityEvent, SECURITY_EVENTS_PER_MINUTE } from "./internal/security-events";
import { getProgram } from "./programs";

const prisma = createPrismaClient(inject("databaseUrl"));
afterAll(() => prisma.$disconnect());

const address = () => `198.18.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
const eventsFrom = (source: string) =>
  prisma.auditEvent.findMany({ where: { action: { startsWith: "security." }, after: { path: ["address"], equals: source } }, orderBy: { id: "asc" }, select: { action: true, actorId: true, actorEmail: true, entityType: true, after: true } });

describe("security events", () => {
  it("record failed and throttled sign-ins with the e-mail typed and the address", async () => {
    const email = `security-${randomUUID()}@example.gov`;
    const user = await prisma.user.create({ data: { email, name: "Watched", role: "LEAD", passwordHash: await hashPassword("the-right-password") } });
    const from = address();
    expect(await verifyCredentials(email, "wrong", from)).toBeNull();
    expect(await verifyCredentials(`nobody-${randomUUID()}@example.gov`, "wrong", from)).toBeNull();
    expect(await verifyCredentials(email, "the-right-password", from)).toMatchObject({ email });
    expect(await eventsFrom(from)).toEqual([
      { action: "security.sign-in-failed", actorId: user.id, actorEmail: email, entityType: "User", after: { address: from, account: "exists" } },
      { action: "security.sign-in-failed", actorId: null, actorEmail: expect.stringMatching(/^nobody-/), entityType: "User", after: { address: from, account: "none" } },
    ]);
  });

  it("record a request for a record outside the actor's scope, not one for a record that does not exist", async () => {
    const [a, b] = [await createAgency(prisma, ["Mine"]), await createAgency(prisma, ["Theirs"])];
    const lead = await createUser(prisma, "LEAD", { programIds: [a.programs[0]!.id] });
    const theirs = b.programs[0]!.id;
    expect(isNotFound(await refusal(getProgram(lead, theirs)))).toBe(true);
    expect(isNotFound(await refusal(getProgram(lead, randomUUID())))).toBe(true);
    const events = await prisma.auditEvent.findMany({ where: { action: "security.access-refused", actorId: lead.userId }, select: { entityType: true, entityId: true, after: true } });
    expect(events).toEqual([{ entityType: "Program", entityId: theirs, after: { role: "LEAD" } }]);
  });

  it("record a refused API token with the reason, and show under the audit log's security filter", async () => {
    const from = address();
    expect(await authenticateApiToken(`cxm_${randomUUID()}`, { address: from })).toEqual({ kind: "unauthorized" });
    expect(await eventsFrom(from)).toEqual([{ action: "security.api-token-refused", actorId: null, actorEmail: "unknown", entityType: "ApiToken", after: { reason: "unknown", address: from } }]);
    const admin = await createUser(prisma, "ADMIN");
    const listed = await listAuditEvents(admin, { action: "security.", page: 1 });
    expect(listed.events.every((e) => e.action.startsWith("security."))).toBe(true);
    expect(listed.events.some((e) => (e.after as { address?: string } | null)?.address === from)).toBe(true);
  });

  it("write at most a few a minute from one source, then one saying the rest are not written", async () => {
    const source = address();
    const minute = new Date(Math.ceil(Date.now() / 60_000) * 60_000 + 120_000);
    const event = { action: "sign-in-failed" as const, source, actor: { userId: null, email: "spray@example.gov" }, entityType: "User", entityId: "spray@example.gov", detail: { address: source } };
    await Promise.all(Array.from({ length: SECURITY_EVENTS_PER_MINUTE + 30 }, (_, i) => recordSecurityEvent(event, new Date(minute.getTime() + i))));
    const written = await prisma.auditEvent.findMany({ where: { after: { path: ["address"], equals: source } }, select: { action: true } });
    const suppressed = await prisma.auditEvent.findMany({ where: { action: "security.suppressed", after: { path: ["source"], equals: source } }, select: { after: true } });
    expect(written).toHaveLength(SECURITY_EVENTS_PER_MINUTE);
    expect(suppressed).toEqual([{ after: { of: "sign-in-failed", source, detail: expect.stringContaining(`More than ${SECURITY_EVENTS_PER_MINUTE} in this minute`) } }]);
    // The next minute writes again, and the window table keeps one row for the source.
    await recordSecurityEvent(event, new Date(minute.getTime() + 60_000));
    expect(await prisma.auditEvent.count({ where: { after: { path: ["address"], equals: source } } })).toBe(SECURITY_EVENTS_PER_MINUTE + 1);
    expect(await prisma.securityEventWindow.count({ where: { key: `sign-in-failed|${source}` } })).toBe(1);
  });
});
