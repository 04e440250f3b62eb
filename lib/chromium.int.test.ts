import { chromium, type Browser } from "playwright-core";
import { afterEach, describe, expect, it } from "vitest";
import { chromiumArgs, chromiumExecutable, HIDDEN_UI_FEATURES } from "./chromium";

// Chromium tells its command line only to an automated session.
const AUTOMATION = "--enable-automation";

let browser: Browser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

async function disabledFeatures(args: string[]): Promise<string[]> {
  browser = await chromium.launch({ executablePath: chromiumExecutable(), args: [...args, AUTOMATION] });
  const session = await browser.newBrowserCDPSession();
  const { arguments: commandLine } = (await session.send("Browser.getBrowserCommandLine")) as { arguments: string[] };
  await browser.close();
  browser = undefined;
  // Chromium keeps the last one given.
  const last = commandLine.filter((a) => a.startsWith("--disable-features=")).at(-1);
  return last ? last.slice("--disable-features=".length).split(",") : [];
}

describe("the Chromium that prints reports and runs the e2e suite", () => {
  it("keeps every feature Playwright turns off, and turns off the address bar's popup", async () => {
    const playwrights = await disabledFeatures(["--no-sandbox"]);
    const ours = await disabledFeatures(chromiumArgs);
    expect(playwrights.length).toBeGreaterThan(0);
    expect(ours).toEqual(expect.arrayContaining([...playwrights, ...HIDDEN_UI_FEATURES]));
  });

  it("opens a page in a new context with no renderer for browser UI beside it", async () => {
    browser = await chromium.launch({ executablePath: chromiumExecutable(), args: chromiumArgs });
    const context = await browser.newContext();
    await context.newPage();
    const session = await browser.newBrowserCDPSession();
    const { targetInfos } = (await session.send("Target.getTargets")) as { targetInfos: { type: string; url: string }[] };
    expect(targetInfos.map((t) => t.type)).toEqual(["page"]);
  });
});
