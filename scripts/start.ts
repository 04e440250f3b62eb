// npm start: the app at http://localhost:3000 (PORT to change), on embedded PostgreSQL unless DATABASE_URL is set.
import { appDatabase } from "./lib/app-database";
import { serve } from "./lib/serve";

await serve({ database: appDatabase, port: Number(process.env.PORT ?? 3000) }).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
