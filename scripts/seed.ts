// npm run db:seed: the default model, plus demo data unless this is a production database.
import { openDatabase } from "./lib/database";
import { appDatabase } from "./lib/app-database";
import { applyMigrations } from "./lib/migrations";
import { createPrismaClient } from "./lib/prisma";
import { startMode } from "./lib/start-config";
import { seedDatabase } from "../prisma/seed";

const db = await openDatabase(appDatabase);
const prisma = createPrismaClient(db.url);
let exitCode = 0;
try {
  await applyMigrations(db.url);
  const seeded = await seedDatabase(prisma, { demo: startMode(process.env).demo });
  console.log(seeded.length ? `Seeded ${seeded.join("; ")}.` : "Everything was already seeded.");
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  exitCode = 1;
} finally {
  await prisma.$disconnect();
  await db.stop();
}
process.exit(exitCode);
