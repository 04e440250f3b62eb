// The matrix's notification and e-mailed-link actions (see ../authorization-matrix.ts): each person
// marks read and chooses for themselves only; an e-mail's unsubscribe or password link needs no
// session, only its token; asking for a reset link needs nothing at all.
import { createHash, randomBytes } from "node:crypto";
import { unsubscribeToken } from "../../lib/notifications/unsubscribe-token";
import type { Role, World } from "../authorization-matrix";
import { createAccount } from "../factories";
import { db, type ActionRow } from "./actions";
import { serverSecret } from "./second-factor-actions";

//                        anonymous leadA leadB ccoX  ccoY  council admin disabled
const everyoneSignedIn = "in        write write write write write   write in   write";
const linkHolders      = "write     write write write write write   write write   write";

/** The role's own user (for anonymous and the disabled user, a bystander no one signs in as). */
const personOf = async (w: World, role: Role) =>
  role === "anonymous" || role === "disabled" ? (await createAccount("LEAD", "Matrix Bystander", { canSignIn: false })).id : w.users[role].id;

export const notificationActionRows: ActionRow[] = [
  {
    action: "lib/actions/notifications.ts#markReadAction",
    expect: everyoneSignedIn,
    call: async (w, role) => {
      const userId = role === "anonymous" ? await personOf(w, role) : w.users[role].id;
      const { id } = await db().notification.create({
        data: { userId, kind: "ACCEPTED", eventKey: `matrix:${w.suffix}:${role}:${Date.now()}`, title: "Matrix", body: "Matrix", link: "/" },
        select: { id: true },
      });
      return { page: "/notifications", args: { form: { notificationId: id } }, done: async () => (await db().notification.findUniqueOrThrow({ where: { id } })).readAt !== null };
    },
  },
  {
    action: "lib/actions/notifications.ts#setNotificationPreferencesAction",
    expect: everyoneSignedIn,
    call: async (w, role) => {
      const userId = role === "anonymous" ? await personOf(w, role) : w.users[role].id;
      return {
        page: "/account/notifications",
        args: { form: { WORK_ASSIGNED: "DIGEST", SUBMITTED: "IMMEDIATE", RETURNED: "IMMEDIATE", ACCEPTED: "IMMEDIATE", CYCLE_OPENED: "IMMEDIATE", DUE_SOON: "DIGEST", OVERDUE: "IMMEDIATE", MENTIONED: "IMMEDIATE" } },
        done: async () => (await db().notificationPreference.count({ where: { userId, kind: "WORK_ASSIGNED", delivery: "DIGEST" } })) > 0,
      };
    },
  },
  {
    action: "lib/actions/notifications.ts#unsubscribeAction",
    expect: linkHolders,
    call: async () => {
      // A fresh person each time: the link names them, whoever follows it.
      const userId = await createAccount("LEAD", "Matrix Subscriber", { canSignIn: false }).then((u) => u.id);
      const token = unsubscribeToken(serverSecret(), userId, "SUBMITTED");
      return {
        page: `/unsubscribe/${token}`,
        args: { form: { token } },
        done: async () => (await db().notificationPreference.count({ where: { userId, kind: "SUBMITTED", delivery: "OFF" } })) > 0,
      };
    },
  },
  {
    action: "lib/actions/password-links.ts#setPasswordWithLinkAction",
    expect: linkHolders,
    call: async () => {
      // A fresh invitation each time: the link is the credential, whoever follows it.
      const { id: userId } = await createAccount("LEAD", "Matrix Invitee", { canSignIn: false });
      const token = randomBytes(32).toString("base64url");
      await db().passwordLink.create({ data: { userId, purpose: "INVITATION", tokenHash: createHash("sha256").update(token).digest("hex"), expiresAt: new Date(Date.now() + 3_600_000) } });
      const password = "matrix invitee chooses a long password";
      return {
        page: `/set-password/${token}`,
        args: { form: { token, password, confirmation: password } },
        done: async () => (await db().passwordLink.count({ where: { userId, usedAt: { not: null } } })) > 0,
      };
    },
  },
  {
    action: "lib/actions/password-links.ts#requestPasswordResetAction",
    expect: linkHolders,
    call: async () => {
      const { id: userId, email } = await createAccount("LEAD", "Matrix Forgetful");
      return { page: "/forgot-password", args: { form: { email } }, done: async () => (await db().passwordLink.count({ where: { userId, purpose: "RESET" } })) > 0 };
    },
  },
];
