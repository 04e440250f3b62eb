// What the e2e suite's SMTP server (scripts/e2e-smtp.ts) received: each message a JSON file.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { expect } from "@playwright/test";
import type { CaughtMail } from "../testing/mail-catcher";

const dir = path.join(import.meta.dirname, "../.data/e2e-mail");

/** Every message received so far for `address`, oldest first. */
export async function mailTo(address: string): Promise<CaughtMail[]> {
  const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith(".json")).sort();
  const messages = await Promise.all(files.map(async (f) => JSON.parse(await readFile(path.join(dir, f), "utf8")) as CaughtMail));
  return messages.filter((m) => m.to.includes(address.toLowerCase()));
}

/** Waits until `count` messages for `address` have arrived (the worker sends within seconds), and returns them. */
export async function expectMail(address: string, count: number): Promise<CaughtMail[]> {
  await expect.poll(async () => (await mailTo(address)).length, { timeout: 30_000, message: `${count} e-mail(s) to ${address}` }).toBe(count);
  return mailTo(address);
}

/** The first address in a message's text part that starts with `prefix`. */
export function linkIn(mail: CaughtMail, prefix: string): string {
  const found = mail.text.split(/\s+/).find((word) => word.startsWith(prefix));
  if (!found) throw new Error(`No link starting with ${prefix} in “${mail.subject}”`);
  return found;
}
