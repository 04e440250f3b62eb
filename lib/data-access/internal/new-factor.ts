import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { verifiedRegistration } from "@/lib/auth/passkeys";
import { checkTotp } from "@/lib/auth/second-factor";
import { WRONG_CODE } from "@/lib/auth/sign-in-errors";
import { fail, ok, type Result } from "@/lib/validation/result";
import type { NewFactor } from "../types";

/** The factor's row, or the message saying why the code or the passkey was not accepted. */
export async function factorRow(input: NewFactor, proofs: { totpSecret: string | null; webauthnChallenge: string | null }): Promise<Result<Omit<Prisma.SecondFactorCreateManyInput, "userId">>> {
  if (input.kind === "totp") {
    const checked = proofs.totpSecret ? checkTotp(proofs.totpSecret, input.code, null) : "wrong";
    if (typeof checked === "string") return fail("There is a problem with what you entered.", { code: [WRONG_CODE] });
    return ok({ kind: "TOTP", label: input.label, totpSecret: proofs.totpSecret, totpLastStep: checked.step, lastUsedAt: new Date() });
  }
  const passkey = proofs.webauthnChallenge ? await verifiedRegistration(input.response, proofs.webauthnChallenge) : null;
  if (!passkey) return fail("Your browser did not make a passkey. Try again, or use an authenticator app.");
  return ok({ kind: "PASSKEY", label: input.label, credentialId: passkey.credentialId, publicKey: Buffer.from(passkey.publicKey), counter: passkey.counter, transports: passkey.transports });
}
