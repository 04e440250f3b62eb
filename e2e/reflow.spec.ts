// Reflow (WCAG 1.4.10): at 320 CSS px no page scrolls sideways. Wide content (a table) may scroll
// only inside its own region, which a keyboard user can reach (tabindex 0) and which is named.
// The pages are the authorization matrix's (./matrix/routes.ts): each role visits every page its
// column there says it may open, on a world of its own, so a new page is checked here too.
import { expect, test, type Page } from "@playwright/test";
import { buildWorld, outcomes, routeRows, type Role, type World } from "./authorization-matrix";
import { TEST_PASSWORD } from "./factories";
import { signIn } from "./fixtures";
import { routeHandlerMethods } from "./over-http";

const WIDTH = 320;
test.use({ viewport: { width: WIDTH, height: 800 } });

/** The matrix's pages (not its downloads and API routes) a role opens with a 200, as URLs. */
async function pagesFor(role: Role, w: World): Promise<{ label: string; url: string }[]> {
  const handlers = await routeHandlerMethods();
  return routeRows
    .filter((row) => !handlers.has(row.route))
    .flatMap((row) => row.cases)
    .filter((c) => outcomes(c.expect, /^\S+$/)[role] === "200")
    .map((c) => ({ label: c.label, url: c.url(w) }));
}

type Layout = { scrollWidth: number; overflowing: string[]; unnamedScrollers: string[] };

/**
 * The page's width, the elements that stick out past the viewport and are not inside a region that
 * scrolls or clips them (outermost first, so the cause is named before what it carries), and the
 * sideways-scrolling elements that are not a focusable, named region.
 */
function measure(page: Page): Promise<Layout> {
  return page.evaluate((limit) => {
    const describe = (el: Element) => {
      const cls = typeof el.className === "string" && el.className ? `.${el.className.trim().split(/\s+/).join(".")}` : "";
      const text = (el.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 40);
      return `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${cls}> right=${Math.round(el.getBoundingClientRect().right)} "${text}"`;
    };
    const clips = (el: Element) => /auto|scroll|hidden|clip/.test(getComputedStyle(el).overflowX);
    const insideClip = (el: Element) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) if (clips(p)) return true;
      return false;
    };
    const all = [...document.body.querySelectorAll("*")];
    const out = all.filter((el) => el.getBoundingClientRect().right > limit + 0.5 && !insideClip(el) && getComputedStyle(el).position !== "fixed");
    const outermost = out.filter((el) => !out.includes(el.parentElement as Element));
    const scrollers = all.filter((el) => /auto|scroll/.test(getComputedStyle(el).overflowX) && el.scrollWidth > el.clientWidth + 1 && !/^(TEXTAREA|SELECT|INPUT)$/.test(el.tagName));
    const named = (el: Element) => el.getAttribute("role") === "region" && el.getAttribute("tabindex") === "0" && Boolean(el.getAttribute("aria-label") || el.getAttribute("aria-labelledby"));
    return {
      scrollWidth: document.documentElement.scrollWidth,
      overflowing: outermost.slice(0, 6).map(describe),
      unnamedScrollers: scrollers.filter((el) => !named(el)).map(describe),
    };
  }, WIDTH);
}

/** Opens each page and collects what breaks reflow on it, so one run names every page at once. */
async function problemsOn(page: Page, pages: { label: string; url: string }[]): Promise<string[]> {
  const problems: string[] = [];
  for (const p of pages) {
    const response = await page.goto(p.url);
    expect(response?.status(), `${p.label} (${p.url})`).toBe(200);
    // Charts render on the client after load; measure the page as it settles.
    await page.waitForLoadState("networkidle");
    await expect(page.getByText("Loading chart…")).toHaveCount(0);
    // What a person can expand counts too: every disclosure open.
    await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
    const layout = await measure(page);
    if (layout.scrollWidth > WIDTH) problems.push(`${p.label} (${p.url}): scrollWidth ${layout.scrollWidth}; too wide: ${layout.overflowing.join("; ")}`);
    if (layout.unnamedScrollers.length) problems.push(`${p.label} (${p.url}): scrolls sideways outside a focusable, named region: ${layout.unnamedScrollers.join("; ")}`);
  }
  return problems;
}

test("signed out, the pages a visitor opens reflow at 320 px", async ({ page }) => {
  // No page a signed-out visitor opens takes an id: the world is not needed.
  const pages = await pagesFor("anonymous", {} as World);
  expect(pages.map((p) => p.label).sort()).toEqual(["forgot your password", "password set", "set a password by link", "sign-in form", "unsubscribe page"]);
  expect(await problemsOn(page, pages)).toEqual([]);
});

test.describe("every page a role can open reflows at 320 px", () => {
  let world: World;
  test.beforeAll(async () => {
    world = await buildWorld("Reflow");
  });

  // One of each role of the product; the matrix's column for it says which pages it reaches.
  for (const role of ["leadA", "ccoX", "council", "admin"] as const) {
    test(role, async ({ page }) => {
      test.setTimeout(180_000);
      await signIn(page, world.users[role].email, TEST_PASSWORD);
      await expect(page).not.toHaveURL(/sign-in/);
      const pages = await pagesFor(role, world);
      expect(pages.length).toBeGreaterThan(3);
      expect(await problemsOn(page, pages)).toEqual([]);
    });
  }
});
