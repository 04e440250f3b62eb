import "server-only";
import { chromium } from "playwright-core";
import { chromiumArgs, chromiumExecutable } from "@/lib/chromium";

/**
 * Prints a page of this app to a tagged (accessible) PDF with Chromium, as the signed-in user:
 * the user's session cookies go with the request, so the page applies the same access rules.
 */
export async function renderPdf(path: string, cookies: { name: string; value: string }[]): Promise<Buffer> {
  const origin = process.env.INTERNAL_URL ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: chromiumArgs });
  try {
    const context = await browser.newContext();
    await context.addCookies(cookies.map((c) => ({ name: c.name, value: c.value, url: origin })));
    const page = await context.newPage();
    const response = await page.goto(`${origin}${path}`, { waitUntil: "networkidle" });
    if (!response?.ok()) throw new Error(`The report page answered ${response?.status()}`);
    await page.emulateMedia({ media: "print" });
    return await page.pdf({ format: "Letter", tagged: true, outline: true, printBackground: true, margin: { top: "0.6in", bottom: "0.6in", left: "0.6in", right: "0.6in" } });
  } finally {
    await browser.close();
  }
}
