// A lead invites colleagues to their own program only: a new person is invited by e-mail, an existing
// program lead is added, anyone else is left to an administrator.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/scripts/lib/prisma";
import { createAgency, createUser, isNotFound, refusal } from "@/lib/testing/factories";
import { inviteProgramMember } from "./program-members";

const prisma = createPrismaClient(inject("databaseUrl"));
afterAll(() => prisma.$disconnect());

describe("inviting a colleague to a program", () => {
  it("creates a lead of that program only, e-mails the invitation, and refuses a second time", async () => {
    const agency = await createAgency(prisma, ["Inviting", "Other"]);
    const [program, other] = agency.programs as [(typeof agency.programs)[0], (typeof agency.programs)[0]];
    const lead = await createUser(prisma, "LEAD", { programIds: [program.id] });
    const email = `colleague-${randomUUID().slice(0, 8)}@example.gov`;
    expect(await inviteProgramMember(lead, { programId: program.id, name: "Cole League", email })).toEqual({ ok: true, value: { invited: true, name: "Cole League" } });
    const user = await prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true, role: true, passwordHash: true, memberships: { select: { programId: true } } } });
    expect(user).toMatchObject({ role: "LEAD", passwordHash: null, memberships: [{ programId: program.id }] });
    expect(await prisma.outgoingMail.count({ where: { toAddress: email, category: "INVITATION" } })).toBe(1);
    expect(await prisma.auditEvent.count({ where: { entityId: user.id, action: "user.invite", actorId: lead.userId } })).toBe(1);
    expect(await inviteProgramMember(lead, { programId: program.id, name: "Cole League", email })).toMatchObject({ ok: false, message: `${email} is already a member of ${program.name}.` });

    // Another program's lead cannot invite into this one; a lead of the other program is added to it by its own lead.
    const otherLead = await createUser(prisma, "LEAD", { programIds: [other.id] });
    expect(isNotFound(await refusal(inviteProgramMember(otherLead, { programId: program.id, name: "X Person", email: `x-${randomUUID().slice(0, 8)}@example.gov` })))).toBe(true);
    expect(await inviteProgramMember(otherLead, { programId: other.id, name: "Cole League", email })).toEqual({ ok: true, value: { invited: false, name: "Cole League" } });
    expect((await prisma.programMembership.findMany({ where: { userId: user.id }, select: { programId: true } })).map((m) => m.programId).sort()).toEqual([program.id, other.id].sort());
  });

  it("leaves an account of another role to an administrator", async () => {
    const agency = await createAgency(prisma, ["Council invite"]);
    const lead = await createUser(prisma, "LEAD", { programIds: [agency.programs[0]!.id] });
    const council = await createUser(prisma, "COUNCIL");
    expect(await inviteProgramMember(lead, { programId: agency.programs[0]!.id, name: "C", email: council.email })).toMatchObject({
      ok: false,
      message: `A lead cannot add ${council.email} to a program. Ask an administrator to add them to ${agency.programs[0]!.name}.`,
    });
    expect(await prisma.programMembership.count({ where: { userId: council.userId } })).toBe(0);
  });
});
