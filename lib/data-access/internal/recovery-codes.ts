import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { newRecoveryCodes, recoveryCodeHash } from "@/lib/auth/second-factor";

/** New recovery codes for a user, replacing any left: the codes, shown once. */
export async function replaceRecoveryCodes(tx: Prisma.TransactionClient, userId: string): Promise<string[]> {
  const codes = newRecoveryCodes();
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({ data: codes.map((code) => ({ userId, codeHash: recoveryCodeHash(code) })) });
  return codes;
}
