import { defineConfig, devices } from "@playwright/test";
import { chromiumArgs, chromiumExecutable } from "./lib/chromium";

const port = 3100;
const emptyPort = 3200;
// Specs that start apps of their own (e2e/own-app.ts), each over its own embedded cluster:
// e2e/outage.spec.ts, over a PostgreSQL it stops and starts;
const outagePort = 3400;
// e2e/crash.spec.ts, an app it kills in the middle of writes;
const crashPort = 3701;
// e2e/scale-out.spec.ts, two instances over one database (the spec starts the second on 3502).
const scaleOutPort = 3501;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  timeout: 60_000,
  reporter: [["list"]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    launchOptions: { executablePath: chromiumExecutable(), args: chromiumArgs },
  },
  projects: [
    { name: "chromium", use: { ...devices["Desktop Chrome"] }, testIgnore: /(empty-install|outage|oidc|crash|scale-out)\.spec\.ts/ },
    // A second server: an empty install with no demo data, set up by its first administrator.
    { name: "empty-install", use: { ...devices["Desktop Chrome"], baseURL: `http://localhost:${emptyPort}` }, testMatch: /empty-install\.spec\.ts/ },
    // A database outage: its own app and cluster, stopped and started by the spec itself.
    { name: "outage", use: { ...devices["Desktop Chrome"], baseURL: `http://localhost:${outagePort}` }, testMatch: /outage\.spec\.ts/ },
    // Single sign-on: the spec starts its own identity provider (port 3900) and app (port 3600, the
    // build the web servers below made).
    { name: "oidc", use: { ...devices["Desktop Chrome"], baseURL: "http://localhost:3600" }, testMatch: /oidc\.spec\.ts/ },
    // A crash in the middle of a submit and of an import: its own app, killed and started again.
    { name: "crash", use: { ...devices["Desktop Chrome"], baseURL: `http://localhost:${crashPort}` }, testMatch: /crash\.spec\.ts/ },
    // Scale-out: two instances of the production build over one database, sharing only their secrets.
    { name: "scale-out", use: { ...devices["Desktop Chrome"], baseURL: `http://localhost:${scaleOutPort}` }, testMatch: /scale-out\.spec\.ts/ },
  ],
  // Started one after the other: the first builds the app, the second finds the build current.
  webServer: [
    // The SMTP server the demo app (port 3100) sends its e-mail to (e2e/mail.ts reads what it received).
    { command: "npx tsx scripts/e2e-smtp.ts", port: 2525, timeout: 60_000, reuseExistingServer: false, stdout: "pipe", stderr: "pipe" },
    { command: "npx tsx scripts/e2e-server.ts", url: `http://localhost:${port}/sign-in`, timeout: 600_000, reuseExistingServer: false, stdout: "pipe", stderr: "pipe" },
    { command: "npx tsx scripts/e2e-server.ts --empty", url: `http://localhost:${emptyPort}/sign-in`, timeout: 600_000, reuseExistingServer: false, stdout: "pipe", stderr: "pipe" },
  ],
});
