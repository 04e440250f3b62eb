// Runs once when a server process starts (Next.js): with WORKER=in-app (the default) the process also
// works the job queues (e-mail, digests), so one `npm start` is a complete install.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { runWorkerInApp } = await import("./lib/jobs/in-app");
  runWorkerInApp();
}
