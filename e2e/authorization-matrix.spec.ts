// Every route and every server action × every role, over HTTP against the production build, from
// the table in ./authorization-matrix.ts. A failure lists the whole delta between the table and the
// app at once, one line per (request, role).
import ExcelJS from "exceljs";
import { expect, test, type APIRequest, type APIRequestContext, type APIResponse } from "@playwright/test";
import { actionRows, buildWorld, hiddenPrograms, outcomes, roles, ROUTE_OUTCOMES, routeRows, type Role, type World } from "./authorization-matrix";
import { e2eDb, TEST_PASSWORD } from "./factories";
import { actionsInBuild } from "../testing/next-actions";
import { callServerAction, patternRegExp, routeHandlerMethods, routePatternsOnDisk, signInOverHttp } from "./over-http";

/** Runs the tasks with at most `limit` at a time, keeping their order in the results. */
async function inParallel<T>(tasks: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]!();
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  return results;
}

/**
 * A request context per role: anonymous has no session; the disabled user signs in while enabled
 * and is disabled afterwards, so their session is live and must be refused on its next request.
 */
async function sessions(request: APIRequest, baseURL: string, w: World): Promise<Record<Role, APIRequestContext>> {
  const contexts = await Promise.all(
    roles.map((role) => (role === "anonymous" ? request.newContext({ baseURL }) : signInOverHttp(request, baseURL, w.users[role].email, TEST_PASSWORD))),
  );
  await e2eDb().user.update({ where: { id: w.users.disabled.id }, data: { disabledAt: new Date() } });
  return Object.fromEntries(roles.map((role, i) => [role, contexts[i]!])) as Record<Role, APIRequestContext>;
}

/** What a response says in text: pages, CSV and JSON as they are, a workbook's cells; null for a PDF. */
async function readable(response: APIResponse): Promise<string | null> {
  const type = response.headers()["content-type"] ?? "";
  if (/text\/|json/.test(type)) return response.text();
  if (type.includes("spreadsheetml")) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await response.body()) as unknown as ArrayBuffer);
    const cells: string[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.text)))));
    return cells.join("\n");
  }
  return null;
}

/** A route's answer in the table's terms: 200, 401, 404, `in` (to /sign-in), `>/path` (elsewhere). */
function routeOutcome(response: APIResponse, baseURL: string): string {
  const status = response.status();
  if (status >= 300 && status < 400) {
    const target = new URL(response.headers()["location"] ?? "", baseURL).pathname;
    return target === "/sign-in" ? "in" : `>${target}`;
  }
  return String(status);
}

test("every page and route handler on disk has a row in the matrix, and every row a route", async () => {
  const onDisk = await routePatternsOnDisk();
  const inTable = routeRows.map((r) => r.route);
  expect(
    onDisk.filter((r) => !inTable.includes(r)),
    "routes with no row in e2e/authorization-matrix.ts: add one, with the outcome for every role",
  ).toEqual([]);
  expect(inTable.filter((r) => !onDisk.includes(r)), "rows of e2e/authorization-matrix.ts for routes that no longer exist").toEqual([]);
  expect(inTable.filter((r, i) => inTable.indexOf(r) !== i), "routes with two rows").toEqual([]);
  const handlers = await routeHandlerMethods();
  expect(
    [...handlers].flatMap(([route, methods]) => {
      const covered = routeRows.find((r) => r.route === route)?.methods ?? ["GET"];
      return methods.join() === [...covered].sort().join() ? [] : [`${route} exports ${methods.join(", ")}; its row covers ${covered.join(", ")}`];
    }),
    "route handlers whose methods differ from their row in e2e/authorization-matrix.ts",
  ).toEqual([]);
  for (const row of routeRows) for (const c of row.cases) outcomes(c.expect, ROUTE_OUTCOMES);
});

test("every server action in the build has a row in the matrix, and every row an action", async () => {
  const built = (await actionsInBuild()).map((a) => a.name);
  const inTable = actionRows.map((r) => r.action);
  expect(built.length, "no server action found in .next/server/server-reference-manifest.json").toBeGreaterThan(0);
  expect(
    built.filter((a) => !inTable.includes(a)),
    "server actions with no row in e2e/authorization-matrix.ts: add one, with a call and the outcome for every role",
  ).toEqual([]);
  expect(inTable.filter((a) => !built.includes(a)), "rows of e2e/authorization-matrix.ts for actions that no longer exist").toEqual([]);
  expect(inTable.filter((a, i) => inTable.indexOf(a) !== i), "actions with two rows").toEqual([]);
  for (const row of actionRows) outcomes(row.expect, /^(write|404|in)$/);
});

test.describe("the matrix, over HTTP", () => {
  // One world and one sign-in per role for both tables (signing in costs the server a bcrypt each);
  // the tests run one after the other in one worker, and a failure of one still runs the other.
  test.describe.configure({ mode: "default" });
  let w: World;
  let as: Record<Role, APIRequestContext>;

  test.beforeAll(async ({ playwright, baseURL }) => {
    test.setTimeout(60_000);
    w = await buildWorld("HTTP");
    as = await sessions(playwright.request, baseURL!, w);
  });

  test.afterAll(async () => {
    await Promise.all(Object.values(as ?? {}).map((c) => c.dispose()));
    // An imported assessment lands in a cycle of the matrix's own.
    if (w) await e2eDb().assessment.deleteMany({ where: { cycleId: { in: w.createdCycles } } });
    if (w) await e2eDb().cycle.deleteMany({ where: { id: { in: w.createdCycles } } });
  });

  test("every route answers every role as the matrix says", async ({ baseURL }) => {
    test.setTimeout(120_000);
    const tasks = routeRows.flatMap((row) =>
      row.cases.flatMap((c) => {
        const expected = outcomes(c.expect, ROUTE_OUTCOMES);
        return roles.map((role) => ({
          slow: row.route.endsWith(".pdf"),
          run: async () => {
            const url = c.url(w);
            const response = await as[role].get(url, { maxRedirects: 0, timeout: 60_000 });
            const observed = routeOutcome(response, baseURL!);
            const body = await readable(response);
            const problems = [observed === expected[role] ? "" : `got ${observed}`];
            const leaks = body === null ? [] : hiddenPrograms(w, role).filter((name) => body.includes(name));
            if (leaks.length) problems.push(`the answer shows ${leaks.join(", ")}`);
            if (c.check && observed === "200" && body !== null) problems.push(c.check(body, role, w) ?? "");
            const wrong = problems.filter(Boolean);
            return wrong.length ? `${row.route}, ${c.label} (GET ${url}) as ${role}: expected ${expected[role]}, ${wrong.join("; ")}` : null;
          },
        }));
      }),
    );
    // A PDF takes seconds (the server prints it in a Chromium of its own): one at a time, alongside the rest.
    const lanes = await Promise.all([
      inParallel(tasks.filter((t) => t.slow).map((t) => t.run), 1),
      inParallel(tasks.filter((t) => !t.slow).map((t) => t.run), 6),
    ]);
    const mismatches = lanes.flat().filter((m) => m !== null);
    expect(mismatches, `${mismatches.length} of ${tasks.length} requests disagree with the matrix`).toEqual([]);
  });

  test("every server action refuses or does its work for every role as the matrix says", async ({ baseURL }) => {
    test.setTimeout(120_000);
    const built = new Map((await actionsInBuild()).map((a) => [a.name, a]));
    const tasks = actionRows.flatMap((row) => {
      const expected = outcomes(row.expect, /^(write|404|in)$/);
      const action = built.get(row.action);
      if (!action) return [];
      return roles.map((role) => async () => {
        const call = await row.call(w, role);
        const problems: string[] = [];
        if (!action.pages.some((p) => patternRegExp(p).test(call.page.split("?")[0]!))) problems.push(`${call.page} is not a page that runs it (${action.pages.join(", ")})`);
        const response = await callServerAction(as[role], baseURL!, { actionId: action.actionId, page: call.page, args: call.args });
        const answer = await response.text();
        const done = await call.done(answer);
        const status = response.status();
        const toSignIn = (response.headers()["x-action-redirect"] ?? "").startsWith("/sign-in");
        let observed = status === 404 ? "404" : status === 200 && toSignIn ? "in" : status === 200 ? (done ? "write" : "200 without its work done") : `${status}`;
        if (observed !== "write" && done) observed += ", and it did its work";
        if (observed !== expected[role]) problems.push(`got ${observed}`);
        const leaks = hiddenPrograms(w, role).filter((name) => answer.includes(name));
        if (leaks.length) problems.push(`the answer shows ${leaks.join(", ")}`);
        return problems.length ? `${row.action} (POST ${call.page}) as ${role}: expected ${expected[role]}, ${problems.join("; ")}` : null;
      });
    });
    const mismatches = (await inParallel(tasks, 6)).filter((m) => m !== null);
    expect(mismatches, `${mismatches.length} of ${tasks.length} calls disagree with the matrix`).toEqual([]);
  });
});
