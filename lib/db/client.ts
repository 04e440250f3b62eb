import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";
import { registerProbe, suspectDatabase } from "@/lib/availability/state";
import { env } from "@/lib/env";

// A request waiting for a connection gives up after this long (pg's default waits forever), so an
// unreachable server turns into a prompt 503 rather than requests that hang.
const CONNECT_TIMEOUT_MS = 5_000;

// One client per server process (and per hot reload in development).
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function createClient(): PrismaClient {
  const adapter = new PrismaPg(
    { connectionString: env().DATABASE_URL, connectionTimeoutMillis: CONNECT_TIMEOUT_MS },
    // An idle connection that breaks (the server stopped or restarted) is the earliest sign of an outage.
    { onPoolError: suspectDatabase },
  );
  // A transaction waits for a connection as long as a single query does: under a burst (sixteen
  // submissions at once) Prisma's default of 2 s turned a busy pool into failed submissions.
  const prisma = new PrismaClient({ adapter, transactionOptions: { maxWait: CONNECT_TIMEOUT_MS } });
  registerProbe(() => prisma.$queryRaw`SELECT 1`);
  return prisma;
}

export function db(): PrismaClient {
  globalForPrisma.prisma ??= createClient();
  return globalForPrisma.prisma;
}
