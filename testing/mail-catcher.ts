// A real SMTP server for tests (smtp-server), which keeps what it receives: in memory, and as one
// JSON file per message in `dir` when given, for tests in other processes to read.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export type CaughtMail = {
  messageId: string;
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
  receivedAt: string;
};

export type MailCatcher = { port: number; messages: CaughtMail[]; held: () => string[]; stop(): Promise<void> };

/**
 * `hold` chooses messages (by their recipients) whose data the server reads but never answers, as a
 * server that stops in the middle of a delivery: the sender waits, nothing is accepted.
 */
export async function startMailCatcher({ port = 0, dir, hold }: { port?: number; dir?: string; hold?: (to: string[]) => boolean } = {}): Promise<MailCatcher> {
  const messages: CaughtMail[] = [];
  const held: string[] = [];
  if (dir) mkdirSync(dir, { recursive: true });
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const to = session.envelope.rcptTo.map((r) => r.address.toLowerCase());
      if (hold?.(to)) {
        held.push(...to);
        stream.resume();
        return;
      }
      simpleParser(stream)
        .then((parsed) => {
          const mail: CaughtMail = {
            messageId: parsed.messageId ?? "",
            from: parsed.from?.text ?? "",
            to,
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            html: typeof parsed.html === "string" ? parsed.html : "",
            headers: Object.fromEntries([...parsed.headerLines].map((h) => [h.key, h.line.slice(h.key.length + 1).trim()])),
            receivedAt: new Date().toISOString(),
          };
          messages.push(mail);
          if (dir) writeFileSync(path.join(dir, `${Date.now()}-${messages.length}.json`), JSON.stringify(mail));
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const address = server.server.address();
  return {
    port: typeof address === "object" && address ? address.port : port,
    messages,
    held: () => [...held],
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
