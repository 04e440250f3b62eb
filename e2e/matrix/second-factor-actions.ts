// The matrix's second-factor actions (see ../authorization-matrix.ts). The sign-in's second step runs
// before anyone is signed in: its pending sign-in's token is the credential, so every caller holding
// one does the work, whoever else they are. Managing factors is each person's own, and resetting
// another's is an administrator's.
import { readFileSync } from "node:fs";
import path from "node:path";
import { generateSecret, generateSync } from "otplib";
import { seal } from "../../lib/auth/sealed";
import { CHALLENGE_MINUTES, challengeTokenHash, newChallengeToken } from "../../lib/auth/second-factor";
import type { Role, World } from "../authorization-matrix";
import { createAccount } from "../factories";
import { administrators, db, type ActionRow } from "./actions";

//                        anonymous leadA leadB ccoX  ccoY  council admin disabled
const tokenHolders     = "write     write write write write write   write write   write";
const everyoneSignedIn = "in        write write write write write   write in   write";

/** A pending sign-in of a new administrator with no factor yet (`appKey`: the key the app step offered). */
async function pendingSignIn(appKey?: string) {
  const user = await createAccount("ADMIN", "Matrix Enrolling", { secondFactor: false });
  const { token, hash } = newChallengeToken();
  await db().signInChallenge.create({ data: { tokenHash: hash, userId: user.id, address: "matrix", expiresAt: new Date(Date.now() + 600_000), pendingTotpSecret: appKey } });
  return { token, userId: user.id };
}

/** A factor of the role's own user besides any it signs in with (for anonymous, a bystander's). */
async function extraFactorOf(w: World, role: Role) {
  const userId = role === "anonymous" ? (await createAccount("LEAD", "Matrix Bystander", { canSignIn: false })).id : w.users[role].id;
  const factor = await db().secondFactor.create({ data: { userId, kind: "TOTP", label: `Matrix ${role}`, totpSecret: generateSecret() }, select: { id: true } });
  return { userId, factorId: factor.id };
}

/** The suite's server's NEXTAUTH_SECRET, as scripts/lib/serve.ts gives it: the environment's, or the demo start's file. */
export function serverSecret(): string {
  return process.env.NEXTAUTH_SECRET ?? readFileSync(path.join(import.meta.dirname, "../../.data/nextauth-secret"), "utf8").trim();
}

/** The sealed setup the account page's "add an authenticator app" hands the browser (lib/data-access/second-factors.ts). */
function appSetupFor(userId: string, totpSecret: string): string {
  return seal(JSON.stringify({ userId, totpSecret }), { secret: serverSecret(), purpose: "second-factor-setup", ttlSeconds: CHALLENGE_MINUTES * 60 });
}

export const secondFactorActionRows: ActionRow[] = [
  {
    action: "lib/actions/second-factor.ts#secondFactorStepAction",
    expect: tokenHolders,
    call: async () => {
      const { token } = await pendingSignIn();
      return { page: "/sign-in", args: { values: [token] }, done: async (answer) => answer.includes('"enrol"') };
    },
  },
  {
    action: "lib/actions/second-factor.ts#prepareSecondFactorAction",
    expect: tokenHolders,
    call: async () => {
      const { token } = await pendingSignIn();
      const done = async () => (await db().signInChallenge.findUniqueOrThrow({ where: { tokenHash: challengeTokenHash(token) } })).pendingTotpSecret !== null;
      return { page: "/sign-in", args: { values: [token, "app-enrolment"] }, done };
    },
  },
  {
    action: "lib/actions/second-factor.ts#enrolFactorAction",
    expect: tokenHolders,
    call: async () => {
      const key = generateSecret();
      const { token, userId } = await pendingSignIn(key);
      return {
        page: "/sign-in",
        args: { form: { token, kind: "totp", code: generateSync({ secret: key }), label: "Matrix app" } },
        done: async () => (await db().secondFactor.count({ where: { userId } })) > 0,
      };
    },
  },
  {
    action: "lib/actions/second-factor.ts#beginAddingFactorAction",
    expect: everyoneSignedIn,
    call: async () => ({ page: "/account/second-factor", args: { values: ["totp"] }, done: async (answer) => answer.includes('"sealed"') }),
  },
  {
    action: "lib/actions/second-factor.ts#addFactorAction",
    expect: everyoneSignedIn,
    call: async (w, role) => {
      // Set up for the role's own user (for anonymous, a bystander's): the setup is sealed for one user.
      const userId = role === "anonymous" ? (await createAccount("LEAD", "Matrix Bystander", { canSignIn: false })).id : w.users[role].id;
      const key = generateSecret();
      return {
        page: "/account/second-factor",
        args: { form: { sealed: appSetupFor(userId, key), kind: "totp", code: generateSync({ secret: key }), label: `Matrix added ${role}` } },
        done: async () => (await db().secondFactor.count({ where: { userId, totpSecret: key } })) > 0,
      };
    },
  },
  {
    action: "lib/actions/second-factor.ts#removeSecondFactorAction",
    expect: everyoneSignedIn,
    call: async (w, role) => {
      const { factorId } = await extraFactorOf(w, role);
      return { page: "/account/second-factor", args: { form: { factorId } }, done: async () => (await db().secondFactor.count({ where: { id: factorId } })) === 0 };
    },
  },
  {
    action: "lib/actions/second-factor.ts#replaceRecoveryCodesAction",
    expect: everyoneSignedIn,
    call: async (w, role) => {
      const { userId } = await extraFactorOf(w, role);
      await db().recoveryCode.deleteMany({ where: { userId } });
      return { page: "/account/second-factor", args: { form: {} }, done: async () => (await db().recoveryCode.count({ where: { userId } })) > 0 };
    },
  },
  {
    action: "lib/actions/second-factor.ts#resetSecondFactorsAction",
    expect: administrators,
    call: async () => {
      const user = await createAccount("COUNCIL", "Matrix Reset");
      return { page: `/admin/users/${user.id}`, args: { form: { userId: user.id } }, done: async () => (await db().secondFactor.count({ where: { userId: user.id } })) === 0 };
    },
  },
];
