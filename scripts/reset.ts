// npm run db:reset: drop every table of the app database, then migrate and seed again.
import { openDatabase } from "./lib/database";
import { appDatabase } from "./lib/app-database";
import { applyMigrations } from "./lib/migrations";
import { createPrismaClient } from "./lib/prisma";
import { startMode } from "./lib/start-config";
import { seedDatabase } from "../prisma/seed";

if (startMode(process.env).production && process.env.CX_CONFIRM_RESET !== "yes") {
  console.error("Refusing to reset a production database. Set CX_CONFIRM_RESET=yes if you really mean it.");
  process.exit(1);
}
const db = await openDatabase(appDatabase);
const prisma = createPrismaClient(db.url);
let exitCode = 0;
try {
  await prisma.$executeRawUnsafe("DROP SCHEMA public CASCADE");
  await prisma.$executeRawUnsafe("CREATE SCHEMA public");
  await applyMigrations(db.url);
  await seedDatabase(prisma, { demo: startMode(process.env).demo });
  console.log("The database was reset.");
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  exitCode = 1;
} finally {
  await prisma.$disconnect();
  await db.stop();
}
process.exit(exitCode);
