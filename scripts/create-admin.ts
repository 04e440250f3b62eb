// npm run admin:create -- --email ada@agency.gov --name "Ada Admin"
// The first administrator of an installation (and any later one, in an emergency). The password comes
// from CX_ADMIN_PASSWORD, or is asked for on the terminal; it is never a default.
import { createInterface } from "node:readline/promises";
import { z } from "zod";
import { serverPasswordSchema } from "../lib/auth/breached-passwords";
import { hashPassword } from "../lib/auth/password";
import { PASSWORD_MIN_CHARACTERS, refusePasswordContext } from "../lib/validation/password";
import { applyMigrations } from "./lib/migrations";
import { runAppScript } from "./lib/app-script";

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};

const input = z
  .object({
    email: z.email({ error: "Give --email with a valid address" }).transform((e) => e.toLowerCase()),
    name: z.string({ error: 'Give --name "Full Name"' }).trim().min(2, 'Give --name "Full Name"'),
  })
  .safeParse({ email: option("email"), name: option("name") });
if (!input.success) {
  console.error(input.error.issues.map((i) => i.message).join("\n"));
  process.exit(2);
}

async function readPassword(): Promise<string> {
  if (process.env.CX_ADMIN_PASSWORD) return process.env.CX_ADMIN_PASSWORD;
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const answer = await rl.question(`Password for the new administrator (at least ${PASSWORD_MIN_CHARACTERS} characters; a few unrelated words with spaces work well): `);
  rl.close();
  return answer;
}

// The same rules as the administration pages: length, the breached list, not built on the e-mail.
const password = z
  .object({ email: z.string(), password: serverPasswordSchema })
  .superRefine(refusePasswordContext)
  .safeParse({ email: input.data.email, password: await readPassword() });
if (!password.success) {
  console.error(password.error.issues.map((i) => i.message).join("\n"));
  process.exit(2);
}

await runAppScript(async (db) => {
  const prisma = db.prisma();
  await applyMigrations(db.url);
  const existing = await prisma.user.findUnique({ where: { email: input.data.email } });
  if (existing) throw new Error(`${input.data.email} already has an account. Use the administration pages to change it.`);
  await prisma.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: { email: input.data.email, name: input.data.name, role: "ADMIN", passwordHash: await hashPassword(password.data.password) },
      select: { id: true },
    });
    await tx.auditEvent.create({
      data: { actorEmail: "system (admin:create)", action: "user.create", entityType: "User", entityId: user.id, after: { email: input.data.email, role: "ADMIN" } },
    });
  });
  console.log(`Created administrator ${input.data.email}.`);
});
