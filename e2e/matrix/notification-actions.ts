// The matrix's notification actions (see ../authorization-matrix.ts): each person marks read and
// chooses for themselves only; an e-mail's unsubscribe link needs no session, only its signed token.
import { unsubscribeToken } from "../../lib/notifications/unsubscribe-token";
import type { Role, World } from "../authorization-matrix";
import { createAccount } from "../factories";
import { db, type ActionRow } from "./actions";
import { serverSecret } from "./second-factor-actions";

//                        anonymous leadA leadB ccoX  ccoY  council admin disabled
const everyoneSignedIn = "in        write write write write write   write in";
const linkHolders      = "write     write write write write write   write write";

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
        args: { form: { WORK_ASSIGNED: "DIGEST", SUBMITTED: "IMMEDIATE", RETURNED: "IMMEDIATE", ACCEPTED: "IMMEDIATE" } },
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
];
