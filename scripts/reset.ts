// npm run db:reset: drop every table of the app database, then migrate and seed again.
import { applyMigrations } from "./lib/migrations";
import { runAppScript } from "./lib/app-script";
import { startMode } from "./lib/start-config";
import { seedDatabase } from "../prisma/seed";

if (startMode(process.env).production && process.env.CX_CONFIRM_RESET !== "yes") {
  console.error("Refusing to reset a production database. Set CX_CONFIRM_RESET=yes if you really mean it.");
  process.exit(1);
}
await runAppScript(async (db) => {
  const prisma = db.prisma();
  await prisma.$executeRawUnsafe("DROP SCHEMA public CASCADE");
  await prisma.$executeRawUnsafe("CREATE SCHEMA public");
  await applyMigrations(db.url);
  await seedDatabase(prisma, { demo: startMode(process.env).demo });
  console.log("The database was reset.");
});
