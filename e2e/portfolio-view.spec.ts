// The portfolio as a wide data page: at 1280 px every column of the heatmap is in view without
// scrolling sideways, each level has its own tint on a light-to-dark ramp, and the text on every
// tint keeps 4.5:1 contrast (WCAG 1.4.3), computed here from the colours the browser applies.
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, signInAsNew } from "./fixtures";

test.use({ viewport: { width: 1280, height: 800 } });

const heatmap = (page: Page) => page.getByRole("table", { name: /Attained level per discipline/ });

/** WCAG relative luminance of a computed `rgb(r, g, b)` colour. */
function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

test("the heatmap fits at 1280 px, its tints run light to dark by level, and every tint's text reads at 4.5:1", async ({ page }) => {
  await signInAsNew(page, "COUNCIL");
  await expect(page).toHaveURL("/council");
  await page.goto("/portfolio");

  // One cell per level present: its background, its text colour, and the text colour of its score.
  const cells = await heatmap(page)
    .locator("td.level-cell")
    .evaluateAll((tds) =>
      tds.map((td) => ({
        level: Number(td.className.match(/level-cell--(\d)/)?.[1]),
        text: td.textContent ?? "",
        background: getComputedStyle(td).backgroundColor,
        colours: [td, ...td.querySelectorAll("*")].map((el) => getComputedStyle(el).color),
      })),
    );
  const byLevel = new Map(cells.map((c) => [c.level, c]));
  const levels = [...byLevel.keys()].sort();
  expect(levels.length, `levels in the demo portfolio: ${levels.join(", ")}`).toBeGreaterThanOrEqual(4);
  for (const [level, cell] of byLevel) {
    // The level is written, never only coloured.
    expect(cell.text).toMatch(new RegExp(`^${level} \\S`));
    for (const colour of cell.colours) expect(contrast(colour, cell.background), `level ${level}: ${colour} on ${cell.background}`).toBeGreaterThanOrEqual(4.5);
  }
  const backgrounds = levels.map((l) => byLevel.get(l)!.background);
  expect(new Set(backgrounds).size).toBe(levels.length);
  // A sequential ramp: each level darker than the one below it.
  const lightness = backgrounds.map(luminance);
  expect(lightness).toEqual([...lightness].sort((x, y) => y - x));

  // Program, agency, Overall and the six disciplines within the viewport, and nothing to scroll.
  const headers = heatmap(page).locator("thead th");
  await expect(headers).toHaveCount(9);
  for (const name of ["Overall", "Strategy", "Customer Understanding", "Design", "Measurement", "Governance", "Culture"]) {
    const box = await heatmap(page).getByRole("columnheader", { name: new RegExp(`^${name}`) }).boundingBox();
    expect(box, name).not.toBeNull();
    expect(box!.x + box!.width, `${name} column's right edge`).toBeLessThanOrEqual(1280);
  }
  const region = page.getByRole("region", { name: "Portfolio heatmap, scrollable" });
  const { scrollWidth, clientWidth } = await region.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
  expect(scrollWidth, "the heatmap's region scrolls sideways").toBeLessThanOrEqual(clientWidth);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
  await expectAccessible(page);
});

test("on a narrow screen the program column stays in view while the heatmap scrolls", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await signInAsNew(page, "COUNCIL");
  await expect(page).toHaveURL("/council");
  await page.goto("/portfolio");
  const region = page.getByRole("region", { name: "Portfolio heatmap, scrollable" });
  const firstProgram = heatmap(page).locator("tbody th[scope=row]").first();
  const before = await firstProgram.boundingBox();
  await region.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
  expect(await region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  const after = await firstProgram.boundingBox();
  expect(after!.x).toBeCloseTo(before!.x, 0);
  await expectAccessible(page);
});

test("printed, the portfolio is on landscape paper: the whole heatmap with its caption, no controls", async ({ page }) => {
  await signInAsNew(page, "COUNCIL");
  await expect(page).toHaveURL("/council");
  await page.goto("/portfolio");
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString("latin1");
  const boxes = [...pdf.matchAll(/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
  expect(boxes.length).toBeGreaterThan(0);
  for (const [width, height] of boxes) expect(width, "every page is landscape").toBeGreaterThan(height!);

  // As print media sees it, on landscape Letter less its margins (about 980 CSS px).
  await page.setViewportSize({ width: 980, height: 700 });
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("form", { name: "Portfolio filters" })).toBeHidden();
  await expect(page.getByRole("link", { name: "portfolio (CSV)" })).toBeHidden();
  await expect(heatmap(page).locator("caption")).toBeVisible();
  const region = page.getByRole("region", { name: "Portfolio heatmap, scrollable" });
  const { scrollWidth, clientWidth } = await region.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
  expect(scrollWidth, "the heatmap fits the paper's width").toBeLessThanOrEqual(clientWidth);
  // Other pages keep portrait paper: the named page is the portfolio's alone.
  await page.goto("/methodology");
  expect(await page.evaluate(() => getComputedStyle(document.body).getPropertyValue("page"))).toBe("auto");
});
