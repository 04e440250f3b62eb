// Sign-in throttling on PostgreSQL: shared by every app instance, blind to whether an account exists.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, inject, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { KNOWN_ADDRESS_DAYS, MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS } from "@/lib/auth/sign-in-limits";
import { createPrismaClient } from "@/scripts/lib/prisma";
import { verifyCredentials } from "./accounts";

const prisma = createPrismaClient(inject("databaseUrl"));
afterAll(() => prisma.$disconnect());

async function account() {
  const email = `throttle-${randomUUID()}@example.gov`;
  await prisma.user.create({ data: { email, name: "Throttled", role: "LEAD", passwordHash: await hashPassword("the-right-password") } });
  return email;
}

describe("sign-in throttling", () => {
  it("refuses even the right password after too many failures for the account, from any address it was not used from", async () => {
    const email = await account();
    expect(await verifyCredentials(email, "the-right-password", "10.0.0.1")).toMatchObject({ email });
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) expect(await verifyCredentials(email, "wrong", `10.0.1.${i}`)).toBeNull();
    expect(await verifyCredentials(email, "the-right-password", "10.0.2.1")).toBe("throttled");
    expect(await verifyCredentials(await account(), "the-right-password", "10.0.2.1")).not.toBe("throttled");
  });

  it("lets the owner in from an address they signed in from before, while the account is locked everywhere else", async () => {
    const email = await account();
    expect(await verifyCredentials(email, "the-right-password", "10.5.0.1")).toMatchObject({ email });
    // Someone else types the owner's e-mail until it locks.
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT + 5; i++) await verifyCredentials(email, "guess", `10.5.1.${i}`);
    expect(await verifyCredentials(email, "the-right-password", "10.5.2.1")).toBe("throttled");
    expect(await verifyCredentials(email, "the-right-password", "10.5.0.1")).toMatchObject({ email });
    // A known address still gets its wrong passwords counted, and its own limit.
    expect(await verifyCredentials(email, "guess", "10.5.0.1")).toBeNull();
    // An address that only ever failed is not known.
    expect(await verifyCredentials(email, "the-right-password", "10.5.1.0")).toBe("throttled");
  });

  it("forgets an address after the known-address period", async () => {
    const email = await account();
    await prisma.signInAttempt.create({ data: { email, address: "10.6.0.1", succeeded: true, at: new Date(Date.now() - (KNOWN_ADDRESS_DAYS + 1) * 86_400_000) } });
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) await verifyCredentials(email, "guess", `10.6.1.${i}`);
    expect(await verifyCredentials(email, "the-right-password", "10.6.0.1")).toBe("throttled");
  });

  it("treats an unknown e-mail exactly like a known one", async () => {
    const unknown = `nobody-${randomUUID()}@example.gov`;
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) expect(await verifyCredentials(unknown, "wrong", `10.1.0.${i}`)).toBeNull();
    expect(await verifyCredentials(unknown, "wrong", "10.1.1.1")).toBe("throttled");
  });

  it("limits one address across many accounts", async () => {
    const address = `10.2.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) await verifyCredentials(`spray-${i}-${randomUUID()}@example.gov`, "wrong", address);
    expect(await verifyCredentials(await account(), "the-right-password", address)).toBe("throttled");
  });

  it("records every attempt", async () => {
    const email = await account();
    await verifyCredentials(email, "wrong", "10.3.0.1");
    await verifyCredentials(email, "the-right-password", "10.3.0.1");
    const attempts = await prisma.signInAttempt.findMany({ where: { email }, orderBy: { id: "asc" }, select: { succeeded: true, address: true } });
    expect(attempts).toEqual([
      { succeeded: false, address: "10.3.0.1" },
      { succeeded: true, address: "10.3.0.1" },
    ]);
  });

  it("starts a new session on every sign-in, each with its own id", async () => {
    const email = await account();
    const first = await verifyCredentials(email, "the-right-password", "10.4.0.1");
    const second = await verifyCredentials(email, "the-right-password", "10.4.0.1");
    if (typeof first !== "object" || typeof second !== "object" || !first || !second || !("sessionId" in first) || !("sessionId" in second)) throw new Error("sign-in failed");
    expect(first.sessionId).not.toBe(second.sessionId);
    expect(await prisma.session.count({ where: { id: { in: [first.sessionId, second.sessionId] }, endedAt: null } })).toBe(2);
  });
});
