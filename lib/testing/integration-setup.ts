// Vitest global setup for integration tests: a real PostgreSQL (embedded, or TEST_DATABASE_URL's
// server), a fresh database for this run, migrated and with the default model.
import { randomUUID } from "node:crypto";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { integrationDatabase } from "../../scripts/lib/app-database";
import { openDatabase } from "../../scripts/lib/database";
import { applyMigrations } from "../../scripts/lib/migrations";
import { createPrismaClient } from "../../scripts/lib/prisma";
import { seedDatabase } from "../../prisma/seed";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    serverUrl: string;
  }
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function createDatabase(serverUrl: string, name: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
}

export async function dropDatabase(serverUrl: string, name: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await client.end();
}

export default async function setup(project: TestProject) {
  const saved = process.env.DATABASE_URL;
  if (process.env.TEST_DATABASE_URL) process.env.DATABASE_URL = process.env.TEST_DATABASE_URL;
  else delete process.env.DATABASE_URL;
  const server = await openDatabase(integrationDatabase);
  process.env.DATABASE_URL = saved;

  const name = `cx_it_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
  await createDatabase(server.url, name);
  const url = withDatabase(server.url, name);
  await applyMigrations(url);
  const prisma = createPrismaClient(url);
  await seedDatabase(prisma, { demo: false });
  await prisma.$disconnect();

  project.provide("databaseUrl", url);
  project.provide("serverUrl", server.url);
  return async () => {
    await dropDatabase(server.url, name);
    await server.stop();
  };
}
