// The e2e suite's SMTP server (a Playwright web server, port 2525): the demo app sends its e-mail
// here, and each message it receives is written to .data/e2e-mail/ as JSON for the specs to read
// (e2e/mail.ts).
import { rm } from "node:fs/promises";
import path from "node:path";
import { startMailCatcher } from "../testing/mail-catcher";
import { projectRoot } from "./lib/schema-engine";

const E2E_SMTP_PORT = 2525;
const dir = path.join(projectRoot, ".data/e2e-mail");

await rm(dir, { recursive: true, force: true });
const catcher = await startMailCatcher({ port: E2E_SMTP_PORT, dir });
console.log(`SMTP server for the e2e suite on port ${catcher.port}, writing to ${dir}`);
const stop = () => void catcher.stop().finally(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
