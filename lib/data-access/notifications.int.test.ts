// Notifications and the e-mail outbox over a real PostgreSQL, pg-boss and SMTP server: an event writes
// the notification, the message and its job in one transaction; the worker sends each message once,
// even with two workers, after a stop between queueing and sending, and after a worker process is
// killed in the middle of sending; digests and unsubscribe links.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/scripts/lib/prisma";
import { createAgency, createCycle, createDraft, createUser } from "@/lib/testing/factories";
import { startMailCatcher, type MailCatcher } from "@/testing/mail-catcher";
import { unsubscribeToken } from "@/lib/notifications/unsubscribe-token";
import { createUser as createAccount } from "./admin-users";
import { assignWork } from "./assignments";
import { getNotificationPreferences, listNotifications, markNotificationsRead, setNotificationPreferences } from "./notifications";
import { describeUnsubscribe, unsubscribe } from "./unsubscribe";
import { deliverMail, sendDigests, startWorker } from "./worker";

const prisma = createPrismaClient(inject("databaseUrl"));
let smtp: MailCatcher;
beforeAll(async () => {
  smtp = await startMailCatcher();
  process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}`;
});
afterAll(async () => {
  await prisma.$disconnect();
  await smtp.stop();
});

async function world() {
  const agency = await createAgency(prisma, ["Notified"]);
  const program = agency.programs[0]!;
  const lead = await createUser(prisma, "LEAD", { programIds: [program.id] });
  const colleague = await createUser(prisma, "LEAD", { programIds: [program.id] });
  const cycle = await createCycle(prisma, "OPEN");
  const draft = await createDraft(prisma, program.id, cycle.id, lead.userId);
  const disciplines = await prisma.discipline.findMany({ where: { model: { isCurrent: true } }, orderBy: { position: "asc" }, select: { key: true, name: true } });
  return { program, lead, colleague, cycle, disciplines, ...draft };
}

const jobsOf = async (mailId: string) => (await prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM pgboss.job WHERE name = 'mail-send' AND data->>'mailId' = ${mailId}`)[0]!.n;
const RIGHT_AWAY = { WORK_ASSIGNED: "IMMEDIATE", SUBMITTED: "IMMEDIATE", RETURNED: "IMMEDIATE", ACCEPTED: "IMMEDIATE", CYCLE_OPENED: "IMMEDIATE", DUE_SOON: "IMMEDIATE", OVERDUE: "IMMEDIATE", MENTIONED: "IMMEDIATE" } as const;
const mailTo = (email: string) => smtp.messages.filter((m) => m.to.includes(email));

/** `npm run worker` as its own process, on this run's database, sending to the SMTP server at `port`. */
function workerProcess(port: number) {
  return spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/worker.ts"], {
    env: { ...process.env, SMTP_URL: `smtp://127.0.0.1:${port}` },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

async function until(check: () => Promise<boolean>, what: string) {
  for (let i = 0; i < 600; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`Timed out waiting until ${what}`);
}

describe("notifications", () => {
  it("tell the assigned member in the app and by one e-mail, queued with the assignment; assigning again tells no one twice", async () => {
    const w = await world();
    const discipline = w.disciplines[0]!;
    await assignWork(w.lead, { assessmentId: w.assessmentId, disciplineKey: discipline.key, userId: w.colleague.userId, dueOn: "" });
    await assignWork(w.lead, { assessmentId: w.assessmentId, disciplineKey: discipline.key, userId: w.colleague.userId, dueOn: "" });

    const { items, unread } = await listNotifications(w.colleague);
    expect(unread).toBe(1);
    expect(items).toMatchObject([{ kind: "WORK_ASSIGNED", title: `${discipline.name} assigned to you: ${w.program.name}, ${w.cycle.name}`, link: `/assessments/${w.assessmentId}`, readAt: null }]);
    expect((await listNotifications(w.lead)).items).toEqual([]);

    const [mail] = await prisma.outgoingMail.findMany({ where: { userId: w.colleague.userId }, select: { id: true, status: true, toAddress: true, subject: true, text: true, unsubscribeUrl: true } });
    expect(mail).toMatchObject({ status: "QUEUED", toAddress: w.colleague.email, subject: items[0]!.title });
    expect(mail!.text).toContain(`${w.lead.name} assigned you the ${discipline.name} discipline`);
    expect(await jobsOf(mail!.id)).toBe(1n);

    expect(await deliverMail(mail!.id, { lastTry: false })).toBe("sent");
    expect(await deliverMail(mail!.id, { lastTry: false })).toBe("skipped");
    const received = mailTo(w.colleague.email);
    expect(received).toHaveLength(1);
    expect(received[0]!.subject).toBe(items[0]!.title);
    expect(received[0]!.text).toContain(`http://localhost:3000/assessments/${w.assessmentId}`);
    expect(received[0]!.headers["list-unsubscribe"]).toContain(mail!.unsubscribeUrl!);
    expect(received[0]!.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
    expect(await prisma.outgoingMail.findUniqueOrThrow({ where: { id: mail!.id }, select: { status: true, sentAt: true } })).toMatchObject({ status: "SENT", sentAt: expect.any(Date) });

    expect(await markNotificationsRead(w.lead, { notificationId: items[0]!.id })).toEqual({ ok: true, value: { marked: 0 } });
    expect(await markNotificationsRead(w.colleague, { notificationId: items[0]!.id })).toEqual({ ok: true, value: { marked: 1 } });
    expect((await listNotifications(w.colleague)).unread).toBe(0);
  });

  // The workers send every message waiting in this run's database, other test files' too: a backlog of
  // some thousands (each submission tells every council member), hence the time allowed.
  it("are sent once each by two workers started after the app stopped between queueing and sending", { timeout: 180_000 }, async () => {
    const w = await world();
    // Queued while no worker runs (as if the app had been killed after the commits).
    for (const d of w.disciplines.slice(0, 4)) {
      await assignWork(w.lead, { assessmentId: w.assessmentId, disciplineKey: d.key, userId: w.colleague.userId, dueOn: "" });
    }
    const ids = (await prisma.outgoingMail.findMany({ where: { userId: w.colleague.userId }, select: { id: true } })).map((m) => m.id);
    expect(ids).toHaveLength(4);
    const stops = await Promise.all([startWorker(inject("databaseUrl")), startWorker(inject("databaseUrl"))]);
    try {
      await until(async () => (await prisma.outgoingMail.count({ where: { id: { in: ids }, status: "SENT" } })) === 4, "all four are sent");
      // Give a duplicate a chance to show before counting.
      await new Promise((r) => setTimeout(r, 2_500));
    } finally {
      await Promise.all(stops.map((stop) => stop()));
    }
    const received = mailTo(w.colleague.email);
    expect(received).toHaveLength(4);
    expect(new Set(received.map((m) => m.messageId)).size).toBe(4);
  });

  // A real worker process (npm run worker), killed while its SMTP server holds our messages unanswered:
  // nothing was accepted and nothing recorded. Its successor sends each of them once.
  it("are sent once each after the worker process is killed in the middle of sending them", { timeout: 240_000 }, async () => {
    const w = await world();
    for (const d of w.disciplines.slice(0, 2)) {
      await assignWork(w.lead, { assessmentId: w.assessmentId, disciplineKey: d.key, userId: w.colleague.userId, dueOn: "" });
    }
    const ids = (await prisma.outgoingMail.findMany({ where: { userId: w.colleague.userId }, select: { id: true } })).map((m) => m.id);
    let holding = true;
    const stalling = await startMailCatcher({ hold: (to) => holding && to.includes(w.colleague.email) });
    try {
      const first = workerProcess(stalling.port);
      await until(async () => stalling.held().length === 2, "the worker is in the middle of sending both");
      first.kill("SIGKILL");
      await once(first, "exit");
      expect(await prisma.outgoingMail.findMany({ where: { id: { in: ids } }, select: { status: true } })).toEqual([{ status: "QUEUED" }, { status: "QUEUED" }]);

      holding = false;
      const second = workerProcess(stalling.port);
      try {
        await until(async () => (await prisma.outgoingMail.count({ where: { id: { in: ids }, status: "SENT" } })) === 2, "both are sent");
        // Give a duplicate a chance to show before counting.
        await new Promise((r) => setTimeout(r, 2_500));
      } finally {
        second.kill("SIGTERM");
        await once(second, "exit");
      }
      const received = stalling.messages.filter((m) => m.to.includes(w.colleague.email));
      expect(received.map((m) => m.messageId.replace(/^<|@.*$/g, "")).sort()).toEqual([...ids].sort());
    } finally {
      await stalling.stop();
    }
  });

  it("wait for the daily digest when the person chose it: one e-mail for several events, each event in one digest", async () => {
    const w = await world();
    await setNotificationPreferences(w.colleague, { ...RIGHT_AWAY, WORK_ASSIGNED: "DIGEST", ACCEPTED: "OFF" });
    expect(await getNotificationPreferences(w.colleague)).toEqual({ ...RIGHT_AWAY, WORK_ASSIGNED: "DIGEST", ACCEPTED: "OFF" });
    for (const d of w.disciplines.slice(0, 3)) {
      await assignWork(w.lead, { assessmentId: w.assessmentId, disciplineKey: d.key, userId: w.colleague.userId, dueOn: "" });
    }
    expect(await prisma.outgoingMail.count({ where: { userId: w.colleague.userId } })).toBe(0);
    expect((await listNotifications(w.colleague)).unread).toBe(3);

    await sendDigests();
    await sendDigests();
    const digests = await prisma.outgoingMail.findMany({ where: { userId: w.colleague.userId }, select: { id: true, category: true, subject: true, text: true } });
    expect(digests).toHaveLength(1);
    expect(digests[0]).toMatchObject({ category: "DIGEST", subject: "Your daily summary: 3 updates" });
    for (const d of w.disciplines.slice(0, 3)) expect(digests[0]!.text).toContain(`${d.name} assigned to you`);
    const audit = await prisma.auditEvent.findFirst({ where: { entityId: w.colleague.userId, action: "notifications.preferences" }, select: { before: true, after: true } });
    expect(audit).toEqual({ before: { WORK_ASSIGNED: "IMMEDIATE", ACCEPTED: "IMMEDIATE" }, after: { WORK_ASSIGNED: "DIGEST", ACCEPTED: "OFF" } });
  });

  it("stop by the e-mail's link, without signing in, for that kind only; a forged link changes nothing", async () => {
    const w = await world();
    const secret = process.env.NEXTAUTH_SECRET!;
    const token = unsubscribeToken(secret, w.colleague.userId, "WORK_ASSIGNED");
    expect(await describeUnsubscribe(token)).toEqual({ what: "e-mails about “Work assigned to you”", email: w.colleague.email });
    expect(await unsubscribe({ token })).toEqual({ ok: true, value: { what: "e-mails about “Work assigned to you”" } });
    expect(await unsubscribe({ token })).toMatchObject({ ok: true });
    expect(await getNotificationPreferences(w.colleague)).toEqual({ ...RIGHT_AWAY, WORK_ASSIGNED: "OFF" });

    const forged = `${w.lead.userId}.WORK_ASSIGNED.${token.split(".")[2]}`;
    expect(await describeUnsubscribe(forged)).toBeNull();
    expect(await unsubscribe({ token: forged })).toMatchObject({ ok: false });
    expect((await getNotificationPreferences(w.lead)).WORK_ASSIGNED).toBe("IMMEDIATE");

    // Off: still listed in the app, no e-mail.
    await assignWork(w.lead, { assessmentId: w.assessmentId, disciplineKey: w.disciplines[0]!.key, userId: w.colleague.userId, dueOn: "" });
    expect((await listNotifications(w.colleague)).unread).toBe(1);
    expect(await prisma.outgoingMail.count({ where: { userId: w.colleague.userId } })).toBe(0);
  });

  it("keep no usable password link once an invitation is sent, and send nothing to a disabled account", async () => {
    const admin = await createUser(prisma, "ADMIN");
    const email = `invitee-${Date.now()}@example.gov`;
    await createAccount(admin, { email, name: "Ivo Invitee", password: "", role: "COUNCIL", agencyId: "", programIds: [] });
    const mail = await prisma.outgoingMail.findFirstOrThrow({ where: { toAddress: email }, select: { id: true, text: true } });
    const link = /http:\/\/localhost:3000\/set-password\/[A-Za-z0-9_-]+/.exec(mail.text)![0];
    expect(await deliverMail(mail.id, { lastTry: false })).toBe("sent");
    expect(mailTo(email)[0]!.text).toContain(link);
    const kept = await prisma.outgoingMail.findUniqueOrThrow({ where: { id: mail.id }, select: { text: true, html: true } });
    expect(kept.text).not.toContain(link);
    expect(kept.html).not.toContain(link.split("/").at(-1));
    expect(kept.text).toContain("/set-password/(removed once sent)");

    const w = await world();
    await assignWork(w.lead, { assessmentId: w.assessmentId, disciplineKey: w.disciplines[0]!.key, userId: w.colleague.userId, dueOn: "" });
    await prisma.user.update({ where: { id: w.colleague.userId }, data: { disabledAt: new Date() } });
    const queued = await prisma.outgoingMail.findFirstOrThrow({ where: { userId: w.colleague.userId }, select: { id: true } });
    expect(await deliverMail(queued.id, { lastTry: false })).toBe("skipped");
    expect(await prisma.outgoingMail.findUniqueOrThrow({ where: { id: queued.id }, select: { status: true } })).toEqual({ status: "FAILED" });
    expect(mailTo(w.colleague.email)).toEqual([]);
  });

  it("leave the digest when the person chooses otherwise before it goes", async () => {
    const w = await world();
    await setNotificationPreferences(w.colleague, { ...RIGHT_AWAY, WORK_ASSIGNED: "DIGEST" });
    await assignWork(w.lead, { assessmentId: w.assessmentId, disciplineKey: w.disciplines[0]!.key, userId: w.colleague.userId, dueOn: "" });
    await setNotificationPreferences(w.colleague, { ...RIGHT_AWAY, WORK_ASSIGNED: "OFF" });
    await sendDigests();
    expect(await prisma.outgoingMail.count({ where: { userId: w.colleague.userId } })).toBe(0);
    expect((await listNotifications(w.colleague)).unread).toBe(1);
  });
});
