// Sends one message over SMTP (nodemailer), with a Message-ID of its outbox row, so that a message
// sent again after a crash between the server's acceptance and our record of it can be recognised.
import nodemailer, { type Transporter } from "nodemailer";

export type OutboxMessage = { id: string; toAddress: string; toName: string; subject: string; text: string; html: string; unsubscribeUrl: string | null };

/** Messages sent at once by one worker: enough for a burst (a submission tells every council member), few enough for any SMTP server. */
export const MAIL_CONCURRENCY = 4;

export type MailTransport = { send(message: OutboxMessage): Promise<void> };

export function smtpTransport(url: string, from: string): MailTransport {
  // Connections kept open and shared by the worker's concurrent sends; timeouts well within the
  // worker's 60-second transaction around each message.
  const transporter: Transporter = nodemailer.createTransport({ url, pool: true, maxConnections: MAIL_CONCURRENCY, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 });
  const domain = (/@([^>\s]+)/.exec(from)?.[1] ?? "localhost").toLowerCase();
  return {
    async send(message) {
      await transporter.sendMail({
        from,
        to: { name: message.toName, address: message.toAddress },
        subject: message.subject,
        text: message.text,
        html: message.html,
        messageId: `<${message.id}@${domain}>`,
        ...(message.unsubscribeUrl
          ? { list: { unsubscribe: { url: message.unsubscribeUrl, comment: "Unsubscribe" } }, headers: { "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" } }
          : {}),
      });
    },
  };
}
