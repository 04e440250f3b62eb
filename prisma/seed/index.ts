// Everything a database gets on first start: the default model and the toolkit catalogue always,
// demo data only when asked for.
import type { PrismaClient } from "../../lib/db/generated/client";
import { seedDemo } from "./demo";
import { seedDefaultModel } from "./model";
import { seedToolkit } from "./toolkit";

export async function seedDatabase(prisma: PrismaClient, options: { demo: boolean }): Promise<string[]> {
  const done: string[] = [];
  const models = await seedDefaultModel(prisma);
  if (models !== "present") done.push(models === "created" ? "the default maturity models (versions 1 and 2)" : "the default maturity model, second edition");
  const resources = await seedToolkit(prisma);
  if (resources !== "present") done.push(`${resources} CX Toolkit resources`);
  if (options.demo && (await seedDemo(prisma)) === "created") done.push("demo data (accounts use the password demo-password)");
  return done;
}
