// Invitations and password resets by e-mailed link: the link works once and for a while, only its
// hash is kept, and asking for a reset says nothing about which accounts exist.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/scripts/lib/prisma";
import { createUser as createActor } from "@/lib/testing/factories";
import { verifyPassword } from "@/lib/auth/password";
import { createUser } from "./admin-users";
import { checkPasswordLink, requestPasswordReset, setPasswordWithLink } from "./password-links";
import { hashLinkToken } from "./internal/password-links";

const prisma = createPrismaClient(inject("databaseUrl"));
afterAll(() => prisma.$disconnect());

const PASSWORD = "correct horse battery staple 42";
const tokenIn = (text: string) => /\/set-password\/([A-Za-z0-9_-]+)/.exec(text)![1]!;
const mailsTo = (email: string) => prisma.outgoingMail.findMany({ where: { toAddress: email }, orderBy: { createdAt: "asc" }, select: { category: true, subject: true, text: true } });

describe("password links", () => {
  it("an invitation e-mails a link with which the person sets their password once", async () => {
    const admin = await createActor(prisma, "ADMIN");
    const email = `invited-${randomUUID().slice(0, 8)}@example.gov`;
    const created = await createUser(admin, { email, name: "Ivy Invited", password: "", role: "COUNCIL", agencyId: "", programIds: [] });
    expect(created).toMatchObject({ ok: true, value: { invited: true } });
    const [mail] = await mailsTo(email);
    expect(mail).toMatchObject({ category: "INVITATION", subject: "Your account for CX Maturity Assessment" });
    expect(mail!.text).toContain(`${admin.name} created an account for you`);
    expect(mail!.text).toContain("within 72 hours");
    const token = tokenIn(mail!.text);
    // Only the hash is stored.
    expect(await prisma.passwordLink.count({ where: { tokenHash: token } })).toBe(0);
    expect(await prisma.passwordLink.count({ where: { tokenHash: hashLinkToken(token), purpose: "INVITATION" } })).toBe(1);

    expect(await checkPasswordLink(token)).toEqual({ email, name: "Ivy Invited", purpose: "INVITATION" });
    expect(await setPasswordWithLink({ token, password: `${email} is mine`, confirmation: "" })).toMatchObject({ ok: false, fieldErrors: { password: [expect.stringContaining("email address")] } });
    expect(await setPasswordWithLink({ token, password: PASSWORD, confirmation: PASSWORD })).toEqual({ ok: true, value: { email } });
    const user = await prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true, passwordHash: true } });
    expect(await verifyPassword(PASSWORD, user.passwordHash)).toBe(true);
    // Once only.
    expect(await checkPasswordLink(token)).toBeNull();
    expect(await setPasswordWithLink({ token, password: "another long enough password", confirmation: "" })).toMatchObject({ ok: false, message: expect.stringContaining("used already or has expired") });
    const audit = await prisma.auditEvent.findMany({ where: { entityId: user.id }, orderBy: { id: "asc" }, select: { action: true, actorId: true, after: true } });
    expect(audit.map((a) => a.action)).toEqual(["user.create", "user.set-password-by-link"]);
    expect(audit[1]).toMatchObject({ actorId: user.id, after: { purpose: "INVITATION" } });
  });

  it("a link past its time does not work", async () => {
    const lead = await createActor(prisma, "LEAD");
    await requestPasswordReset({ email: lead.email });
    const token = tokenIn((await mailsTo(lead.email))[0]!.text);
    await prisma.passwordLink.updateMany({ where: { userId: lead.userId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await checkPasswordLink(token)).toBeNull();
    expect(await setPasswordWithLink({ token, password: PASSWORD, confirmation: PASSWORD })).toMatchObject({ ok: false });
  });

  it("a reset answers the same for an unknown address, a disabled account and a real one, and e-mails only the real one, at most three times an hour", async () => {
    const lead = await createActor(prisma, "LEAD");
    const disabled = await createActor(prisma, "LEAD", { disabled: true });
    const unknown = `nobody-${randomUUID().slice(0, 8)}@example.gov`;
    const answers = await Promise.all([requestPasswordReset({ email: unknown }), requestPasswordReset({ email: disabled.email }), requestPasswordReset({ email: lead.email })]);
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(await mailsTo(unknown)).toEqual([]);
    expect(await mailsTo(disabled.email)).toEqual([]);
    const [mail] = await mailsTo(lead.email);
    expect(mail).toMatchObject({ category: "PASSWORD_RESET", subject: "Reset your CX Maturity Assessment password" });
    expect(mail!.text).toContain("within 1 hour");
    for (let i = 0; i < 4; i++) await requestPasswordReset({ email: lead.email });
    expect(await mailsTo(lead.email)).toHaveLength(3);
  });
});
