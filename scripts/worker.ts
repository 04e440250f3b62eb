// npm run worker: the job worker on its own (e-mail, digests), for installs whose app processes run
// with WORKER=off. It reads the same configuration as the app (DATABASE_URL, SMTP_URL, MAIL_FROM,
// NEXTAUTH_URL, NEXTAUTH_SECRET). Run with the react-server condition (package.json), so the
// data-access layer's server-only guard lets it in: it is server code.
import { startWorker } from "../lib/data-access/worker";

try {
  const stop = await startWorker();
  console.log("The job worker is running (e-mail, daily digests). Stop it with Ctrl+C.");
  const exit = () => void stop().finally(() => process.exit(0));
  process.once("SIGTERM", exit);
  process.once("SIGINT", exit);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
