// API tokens on PostgreSQL: shown once and stored hashed, live only while unexpired, unrevoked and
// owned by an enabled user of a role the API serves, counted per minute across instances, audited.
import { afterAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/scripts/lib/prisma";
import { createAgency, createUser, isNotFound, refusal } from "@/lib/testing/factories";
import { hashToken } from "@/lib/api/tokens";
import { setUserDisabled } from "./admin-users";
import { authenticateApiToken } from "./api-auth";
import { API_REQUESTS_PER_MINUTE } from "@/lib/api/tokens";
import { createApiToken, listApiTokens, recordApiUse, revokeApiToken } from "./api-tokens";

const prisma = createPrismaClient(inject("databaseUrl"));
const from = { address: "192.0.2.10" };
afterAll(() => prisma.$disconnect());

async function tokenFor(role: "COUNCIL" | "CCO" | "ADMIN", lifetimeDays: "30" | "365" = "30") {
  const agency = await createAgency(prisma, ["Api"]);
  const actor = await createUser(prisma, role, role === "CCO" ? { agencyId: agency.id } : {});
  const created = await createApiToken(actor, { name: "Dashboard", lifetimeDays });
  if (!created.ok) throw new Error(created.message);
  return { actor, agency, ...created.value };
}

describe("API tokens", () => {
  it("are shown once, stored as a hash, listed without the secret, and audited", async () => {
    const { actor, id, secret, expiresAt } = await tokenFor("COUNCIL", "365");
    const row = await prisma.apiToken.findUniqueOrThrow({ where: { id } });
    expect(row.tokenHash).toBe(hashToken(secret));
    expect(JSON.stringify(row)).not.toContain(secret);
    expect(Math.round((expiresAt.getTime() - row.createdAt.getTime()) / 86_400_000)).toBe(365);
    expect(await listApiTokens(actor)).toEqual([expect.objectContaining({ id, name: "Dashboard", prefix: `${secret.slice(0, 10)}…`, revokedAt: null, lastUsedAt: null })]);
    expect(await prisma.auditEvent.count({ where: { action: "api-token.create", entityId: id, actorId: actor.userId } })).toBe(1);
  });

  it("speak for their owner with the owner's current scope", async () => {
    const { actor, agency, secret } = await tokenFor("CCO");
    expect(await authenticateApiToken(secret, from)).toMatchObject({ kind: "ok", actor: { userId: actor.userId, role: "CCO", agencyId: agency.id } });
  });

  it("stop at expiry, at revocation, and when the owner is disabled (and stay revoked when enabled again)", async () => {
    const expired = await tokenFor("COUNCIL");
    expect(await authenticateApiToken(expired.secret, from, new Date(expired.expiresAt.getTime() + 1))).toEqual({ kind: "unauthorized" });

    const revoked = await tokenFor("COUNCIL");
    expect(await revokeApiToken(revoked.actor, revoked.id)).toEqual({ ok: true, value: { revoked: true } });
    expect(await authenticateApiToken(revoked.secret, from)).toEqual({ kind: "unauthorized" });
    expect(await prisma.auditEvent.count({ where: { action: "api-token.revoke", entityId: revoked.id } })).toBe(1);

    const owner = await tokenFor("CCO");
    const admin = await createUser(prisma, "ADMIN");
    await setUserDisabled(admin, { userId: owner.actor.userId, disabled: true });
    expect(await authenticateApiToken(owner.secret, from)).toEqual({ kind: "unauthorized" });
    await setUserDisabled(admin, { userId: owner.actor.userId, disabled: false });
    expect(await authenticateApiToken(owner.secret, from)).toEqual({ kind: "unauthorized" });

    expect(await authenticateApiToken("cxm_never-issued", from)).toEqual({ kind: "unauthorized" });
  });

  it("stop when the owner becomes a lead, and leads cannot create or see tokens", async () => {
    const { actor, secret } = await tokenFor("COUNCIL");
    await prisma.user.update({ where: { id: actor.userId }, data: { role: "LEAD" } });
    expect(await authenticateApiToken(secret, from)).toEqual({ kind: "unauthorized" });
    const lead = await createUser(prisma, "LEAD");
    expect(isNotFound(await refusal(createApiToken(lead, { name: "x", lifetimeDays: "30" })))).toBe(true);
    expect(isNotFound(await refusal(listApiTokens(lead)))).toBe(true);
  });

  it("cannot be revoked by someone else", async () => {
    const { id } = await tokenFor("COUNCIL");
    const other = await createUser(prisma, "COUNCIL");
    expect(isNotFound(await refusal(revokeApiToken(other, id)))).toBe(true);
  });

  it("count requests per minute in the database, so parallel requests (any instance) share the limit", async () => {
    const { secret, id } = await tokenFor("ADMIN");
    const minute = new Date(Math.ceil(Date.now() / 60_000) * 60_000 + 60_000); // a minute of its own, in the future
    const answers = await Promise.all(Array.from({ length: API_REQUESTS_PER_MINUTE + 5 }, (_, i) => authenticateApiToken(secret, from, new Date(minute.getTime() + i))));
    expect(answers.filter((a) => a.kind === "ok")).toHaveLength(API_REQUESTS_PER_MINUTE);
    const throttled = answers.filter((a) => a.kind === "throttled");
    expect(throttled).toHaveLength(5);
    expect(throttled[0]).toMatchObject({ retryAfterSeconds: 60 });
    // The next minute starts afresh and clears the old one.
    expect(await authenticateApiToken(secret, from, new Date(minute.getTime() + 60_000))).toMatchObject({ kind: "ok" });
    expect(await prisma.apiRequestWindow.count({ where: { tokenId: id } })).toBe(1);
  });

  it("are limited to ten in use per person", async () => {
    const { actor } = await tokenFor("COUNCIL");
    for (let i = 0; i < 9; i++) expect((await createApiToken(actor, { name: `t${i}`, lifetimeDays: "30" })).ok).toBe(true);
    expect(await createApiToken(actor, { name: "one too many", lifetimeDays: "30" })).toEqual({
      ok: false,
      message: "You already have 10 tokens in use. Revoke one you no longer need first.",
    });
  });

  it("leave an audit event and a last-used time for every use", async () => {
    const { actor, id, secret } = await tokenFor("COUNCIL");
    const caller = await authenticateApiToken(secret, from);
    if (caller.kind !== "ok") throw new Error(caller.kind);
    await recordApiUse(caller.actor, caller.tokenId, { method: "GET", path: "/api/v1/programs?limit=5", status: 200 });
    expect((await prisma.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).not.toBeNull();
    expect(await prisma.auditEvent.findFirst({ where: { action: "api.request", entityId: id }, select: { actorId: true, after: true } })).toEqual({
      actorId: actor.userId,
      after: { method: "GET", path: "/api/v1/programs?limit=5", status: 200 },
    });
  });
});
