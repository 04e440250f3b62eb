import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Prisma } from "@/lib/db/generated/client";
import type { PasswordLinkPurpose } from "@/lib/db/generated/enums";
import { env } from "@/lib/env";
import { LINK_HOURS_TEXT } from "@/lib/validation/password-links";
import { appUrl, writeMail, type Recipient } from "./outbox";

/** How long a link works: an invitation waits for a person to find it; a reset is asked for now. Said in LINK_HOURS_TEXT. */
const LINK_HOURS: Record<PasswordLinkPurpose, number> = { INVITATION: 72, RESET: 1 };

export const hashLinkToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** The categories of the messages that carry a password link. */
export const carriesPasswordLink = (category: string) => category === "INVITATION" || category === "PASSWORD_RESET";

/** A message's text with its password links' tokens taken out, for the copy kept once it is sent. */
export const withoutPasswordLinks = (text: string) => text.replace(/\/set-password\/[A-Za-z0-9_-]+/g, "/set-password/(removed once sent)");

/**
 * Makes a one-time link with which the person sets their password, and e-mails it, in the caller's
 * transaction. Only the token's SHA-256 is kept; the token itself exists only in the message.
 */
export async function sendPasswordLink(tx: Prisma.TransactionClient, to: Recipient, purpose: PasswordLinkPurpose, invitedBy?: string): Promise<void> {
  const token = randomBytes(32).toString("base64url");
  const hours = LINK_HOURS[purpose];
  await tx.passwordLink.create({ data: { userId: to.id, purpose, tokenHash: hashLinkToken(token), expiresAt: new Date(Date.now() + hours * 3_600_000) } });
  const url = appUrl(`/set-password/${token}`);
  const sso = env().oidc;
  const orSso = sso ? ` You can also sign in with ${sso.name}, using this e-mail address (${to.email}), without a password.` : "";
  const invitation = purpose === "INVITATION";
  await writeMail(tx, to, {
    category: invitation ? "INVITATION" : "PASSWORD_RESET",
    content: {
      subject: invitation ? "Your account for CX Maturity Assessment" : "Reset your CX Maturity Assessment password",
      items: [
        {
          title: invitation ? "Choose your password" : "Reset your password",
          body: invitation
            ? `${invitedBy ?? "An administrator"} created an account for you in CX Maturity Assessment. Choose your password with the link below within ${LINK_HOURS_TEXT.INVITATION}; it works once.${orSso}`
            : `Someone asked to reset the password of your CX Maturity Assessment account (${to.email}). Choose a new password with the link below within ${LINK_HOURS_TEXT.RESET}; it works once. If it was not you, ignore this e-mail: your password has not changed.`,
          url,
          action: invitation ? "Choose your password" : "Choose a new password",
        },
      ],
      footer: [{ text: invitation ? "You receive this e-mail because an administrator added you." : "You receive this e-mail because a password reset was asked for on the sign-in page." }],
    },
  });
}
