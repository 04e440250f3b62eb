// The matrix's account actions (see ../authorization-matrix.ts): API tokens and sessions, which a
// person creates, revokes and ends for themselves only.
import { hashToken, newTokenSecret, tokenPrefix } from "../../lib/api/tokens";
import type { Role, World } from "../authorization-matrix";
import { createAccount } from "../factories";
import { db, type ActionRow } from "./actions";

//                       anonymous leadA leadB ccoX  ccoY  council admin disabled
const apiUsers        = "in        404   404   write write write   write in   404";
const ownerOfCcoXs    = "in        404   404   write 404   404     404   in   404";
const everyone        = "in        write write write write write   write in   write";

/** A live token of ccoX's: only its owner may revoke it. */
async function tokenOfCcoX(ownerId: string) {
  const secret = newTokenSecret();
  return (
    await db().apiToken.create({
      data: { userId: ownerId, name: "Matrix token", tokenHash: hashToken(secret), prefix: tokenPrefix(secret), expiresAt: new Date(Date.now() + 86_400_000) },
      select: { id: true },
    })
  ).id;
}

/**
 * A standing session of the role's own user besides the one the matrix signs in with; for anonymous,
 * of an account no one acts as, so no other role's call can end it.
 */
async function anotherSessionOf(w: World, role: Role) {
  const userId = role === "anonymous" ? (await createAccount("COUNCIL", "Matrix Bystander", { canSignIn: false })).id : w.users[role].id;
  const { sessionVersion } = await db().user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } });
  return (await db().session.create({ data: { userId, sessionVersion }, select: { id: true } })).id;
}

export const accountActionRows: ActionRow[] = [
  {
    action: "lib/actions/sessions.ts#endSessionAction",
    expect: everyone,
    call: async (w, role: Role) => {
      const sessionId = await anotherSessionOf(w, role);
      return {
        page: "/account/sessions",
        args: { form: { sessionId } },
        done: async () => (await db().session.findUniqueOrThrow({ where: { id: sessionId } })).endedAt !== null,
      };
    },
  },
  {
    action: "lib/actions/sessions.ts#endOtherSessionsAction",
    expect: everyone,
    call: async (w, role: Role) => {
      const sessionId = await anotherSessionOf(w, role);
      return {
        page: "/account/sessions",
        args: { form: {} },
        done: async () => (await db().session.findUniqueOrThrow({ where: { id: sessionId } })).endedAt !== null,
      };
    },
  },
  {
    action: "lib/actions/api-tokens.ts#createApiTokenAction",
    expect: apiUsers,
    call: async (w, role: Role) => {
      const name = `Matrix ${role} ${w.suffix}`;
      return {
        page: "/account/api-tokens",
        args: { form: { name, lifetimeDays: "30" } },
        done: async () => (await db().apiToken.count({ where: { name } })) > 0,
      };
    },
  },
  {
    action: "lib/actions/api-tokens.ts#revokeApiTokenAction",
    expect: ownerOfCcoXs,
    call: async (w) => {
      const tokenId = await tokenOfCcoX(w.users.ccoX.id);
      return {
        page: "/account/api-tokens",
        args: { form: { tokenId } },
        done: async () => (await db().apiToken.findUniqueOrThrow({ where: { id: tokenId } })).revokedAt !== null,
      };
    },
  },
];
