import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import type { Recipient } from "./outbox";

const person = { id: true, name: true, email: true } as const;

/** Everyone on the council who can sign in. */
export function councilMembers(tx: Prisma.TransactionClient): Promise<Recipient[]> {
  return tx.user.findMany({ where: { role: "COUNCIL", disabledAt: null }, select: person });
}

/** The program's members who can sign in: its leads and the people its assessments are assigned to. */
export function programMembers(tx: Prisma.TransactionClient, programId: string): Promise<Recipient[]> {
  return tx.user.findMany({ where: { disabledAt: null, memberships: { some: { programId } } }, select: person });
}
