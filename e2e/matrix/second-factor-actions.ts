// The matrix's second-factor actions (see ../authorization-matrix.ts). The sign-in's second step runs
// before anyone is signed in: its pending sign-in's token is the credential, so every caller holding
// one does the work, whoever else they are. Managing factors is each person's own, and resetting
// another's is an administrator's.
import { generateSecret, generateSync } from "otplib";
import { challengeTokenHash, newChallengeToken } from "../../lib/auth/second-factor";
import type { Role, World } from "../authorization-matrix";
import { createAccount } from "../factories";
import { administrators, db, type ActionRow } from "./actions";

//                        anonymous leadA leadB ccoX  ccoY  council admin disabled
const tokenHolders     = "write     write write write write write   write write";
const everyoneSignedIn = "in        write write write write write   write in";

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
