import { existsSync } from "node:fs";

// Playwright cannot download its browser on offline machines: Debian's Chromium when present,
// CHROMIUM_PATH when set, else Playwright's own (undefined lets Playwright choose).
const systemChromium = "/usr/bin/chromium";

export function chromiumExecutable(): string | undefined {
  return process.env.CHROMIUM_PATH ?? (existsSync(systemChromium) ? systemChromium : undefined);
}

/** As root Chromium needs --no-sandbox; the rest keep it off a closed network. */
export const chromiumArgs = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
