// Everything a database gets on first start: the default model and the toolkit catalogue always,
// demo data only when asked for.
import type { PrismaClient } from "../../lib/db/generated/client";
import { seedDemo } from "./demo";
import { seedDefaultModel } from "./model";
import { seedToolkit } from "./toolkit";

export async function seedDatabase(prisma: PrismaClient, options: { demo: boolean }): Promise<string[]> {
  const done: string[] = [];
  if ((await seedDefaultModel(prisma)) === "created") done.push("the default maturity model");
  const resources = await seedToolkit(prisma);
  if (resources !== "present") done.push(`${resources} CX Toolkit resources`);
  if (options.demo && (await seedDemo(prisma)) === "created") done.push("demo data (accounts use the password demo-password)");
  return done;
}
