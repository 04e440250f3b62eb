// npm run db:seed: the default model, plus demo data unless this is a production database.
import { applyMigrations } from "./lib/migrations";
import { runAppScript } from "./lib/app-script";
import { startMode } from "./lib/start-config";
import { seedDatabase } from "../prisma/seed";

await runAppScript(async (db) => {
  const prisma = db.prisma();
  await applyMigrations(db.url);
  const seeded = await seedDatabase(prisma, { demo: startMode(process.env).demo });
  console.log(seeded.length ? `Seeded ${seeded.join("; ")}.` : "Everything was already seeded.");
});
