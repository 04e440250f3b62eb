// The read API over HTTP against the production build, with tokens written straight to the database:
// who gets in, what each token reads (the matrix's world: agency X with programs A and A2, agency Y
// with B), refusals as problem details, ETags, paging and the rate limit. Every 200 is checked
// against its schema in lib/api/schemas.ts, field for field. Last, the reference page at /developers.
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import fc from "fast-check";
import type { z } from "zod";
import * as api from "../lib/api/schemas";
import { assessmentExchangeSchema, exchangeJsonSchema } from "../lib/exchange/format";
import { answerColumns, portfolioColumns } from "../lib/exports/columns";
import { parseCsv } from "../lib/exports/parse-csv";
import { hashToken, newTokenSecret, tokenPrefix } from "../lib/api/tokens";
import { buildWorld, type World } from "./authorization-matrix";
import { createAccount, e2eDb, TEST_PASSWORD } from "./factories";
import { expectAccessible, signIn } from "./fixtures";

/** A token of the user's, live for a day unless told otherwise; its secret. */
async function tokenFor(userId: string, options: { expiresAt?: Date; revokedAt?: Date } = {}): Promise<string> {
  const secret = newTokenSecret();
  await e2eDb().apiToken.create({
    data: { userId, name: "e2e", tokenHash: hashToken(secret), prefix: tokenPrefix(secret), expiresAt: options.expiresAt ?? new Date(Date.now() + 86_400_000), revokedAt: options.revokedAt },
  });
  return secret;
}

function get(request: APIRequestContext, url: string, secret?: string, headers: Record<string, string> = {}): Promise<APIResponse> {
  return request.get(url, { headers: { ...(secret ? { Authorization: `Bearer ${secret}` } : {}), ...headers } });
}

/** A 200 whose body is exactly what its schema describes: parsing drops no field (nothing unlisted leaks) and changes nothing. */
async function read<S extends z.ZodType>(response: APIResponse, schema: S): Promise<z.infer<S>> {
  expect(response.status(), `${response.url()}: ${await response.text()}`).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/json");
  expect(response.headers()["etag"]).toMatch(/^"[\w-]+"$/);
  const body: unknown = await response.json();
  const parsed = schema.safeParse(body);
  expect(parsed.error?.issues ?? [], response.url()).toEqual([]);
  expect(parsed.data as unknown, `${response.url()}: fields the schema does not list`).toEqual(body);
  return parsed.data as z.infer<S>;
}

/** A 200 CSV attachment: its header row is the download's columns; the data rows, as arrays of cells. */
async function readCsv(response: APIResponse, headers: string[]): Promise<string[][]> {
  expect(response.status(), `${response.url()}: ${await response.text()}`).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename=/);
  const [header, ...rows] = parseCsv((await response.text()).replace(/^\uFEFF/, ""));
  expect(header).toEqual(headers);
  return rows.filter((r) => r.length > 1);
}

async function problem(response: APIResponse, status: number) {
  expect(response.status(), response.url()).toBe(status);
  expect(response.headers()["content-type"]).toBe("application/problem+json");
  return api.problemSchema.parse(await response.json());
}

/** Every page of a list, following nextCursor: the ids in order and how many pages it took. */
async function walk(request: APIRequestContext, url: string, secret: string) {
  const ids: string[] = [];
  let pages = 0;
  for (let cursor: string | null = null; ; ) {
    const separator = url.includes("?") ? "&" : "?";
    const page: api.Page<api.ProgramDto> = await read(await get(request, cursor ? `${url}${separator}cursor=${encodeURIComponent(cursor)}` : url, secret), api.programPageSchema);
    ids.push(...page.data.map((p) => p.id));
    pages++;
    if (!page.nextCursor) return { ids, pages };
    cursor = page.nextCursor;
  }
}

test.describe("the read API", () => {
  // One world for the file (it signs nobody in: tokens are rows), the tests one after the other.
  test.describe.configure({ mode: "default" });
  let w: World;
  let tokens: { council: string; ccoX: string; admin: string };
  /** Agency X's programs: A, A2 and three more, so that pages of two take three requests. */
  let xPrograms: string[];

  test.beforeAll(async () => {
    test.setTimeout(60_000);
    w = await buildWorld("API");
    const db = e2eDb();
    const more = await Promise.all([1, 2, 3].map((n) => db.program.create({ data: { agencyId: w.x.id, name: `API extra ${n} ${w.suffix}` }, select: { id: true } })));
    xPrograms = [w.a.id, w.a2.id, ...more.map((p) => p.id)].sort();
    await db.target.create({ data: { programId: w.a.id, disciplineKey: w.model.disciplineKey, targetLevel: 5, dueOn: new Date("2030-09-30T00:00:00Z"), setById: w.users.leadA.id } });
    tokens = { council: await tokenFor(w.users.council.id), ccoX: await tokenFor(w.users.ccoX.id), admin: await tokenFor(w.users.admin.id) };
  });

  test("without a token every endpoint answers 401 with a challenge; the OpenAPI document is public", async ({ request }) => {
    for (const url of ["/api/v1/agencies", `/api/v1/programs/${w.a.id}`, "/api/v1/portfolio"]) {
      const refused = await get(request, url);
      await problem(refused, 401);
      expect(refused.headers()["www-authenticate"]).toBe('Bearer realm="api"');
    }
    const unknown = await get(request, "/api/v1/agencies", newTokenSecret());
    await problem(unknown, 401);
    expect(unknown.headers()["www-authenticate"]).toContain('error="invalid_token"');

    const document = await request.get("/api/v1/openapi.json");
    expect(document.status()).toBe(200);
    expect(((await document.json()) as { openapi: string }).openapi).toMatch(/^3\.1\./);
  });

  test("a council token reads every endpoint, each answer as its schema says", async ({ request }) => {
    const as = (url: string) => get(request, url, tokens.council);

    const agencies = await read(await as("/api/v1/agencies"), api.agencyListSchema);
    expect(agencies.data.find((a) => a.id === w.x.id)).toMatchObject({ name: w.x.name, programCount: 5 });

    const program = await read(await as(`/api/v1/programs/${w.a.id}`), api.programSchema);
    expect(program).toMatchObject({ name: w.a.name, agency: { id: w.x.id }, baselineAssessmentId: w.a.accepted, latestAcceptedAssessmentId: w.a.accepted });
    const programs = await read(await as(`/api/v1/programs?agency=${w.x.id}&limit=200`), api.programPageSchema);
    expect(programs.data.map((p) => p.id).sort()).toEqual(xPrograms);

    const cycles = await read(await as("/api/v1/cycles"), api.cycleListSchema);
    expect(cycles.data.some((c) => c.status === "OPEN")).toBe(true);

    const assessments = await read(await as(`/api/v1/assessments?program=${w.a.id}`), api.assessmentPageSchema);
    const byId = new Map(assessments.data.map((a) => [a.id, a]));
    expect([...byId.keys()].sort()).toEqual([w.a.accepted, w.a.submitted, w.a.draft].sort());
    expect(byId.get(w.a.draft)?.scores).toBeNull();
    expect(byId.get(w.a.accepted)?.scores?.overall.level).toBe(3);
    expect(byId.get(w.a.accepted)?.modelVersion).toBe(w.model.version);
    const submitted = await read(await as(`/api/v1/assessments?program=${w.a.id}&status=SUBMITTED`), api.assessmentPageSchema);
    expect(submitted.data.map((a) => a.id)).toEqual([w.a.submitted]);

    const one = await read(await as(`/api/v1/assessments/${w.a.submitted}`), api.assessmentSchema);
    expect(one).toEqual(byId.get(w.a.submitted));
    const answers = await read(await as(`/api/v1/assessments/${w.a.submitted}/answers`), api.answerListSchema);
    expect(answers.data.length).toBeGreaterThan(0);
    expect(answers.data[0]).toMatchObject({ disciplineKey: w.model.disciplineKey, level: 3, notApplicable: false, answeredBy: w.users.leadA.name });
    // A draft is the program's work in progress: the council reads its answers only once submitted.
    await problem(await as(`/api/v1/assessments/${w.a.draft}/answers`), 404);

    const targets = await read(await as(`/api/v1/programs/${w.a.id}/targets`), api.targetListSchema);
    expect(targets.data).toEqual([expect.objectContaining({ disciplineKey: w.model.disciplineKey, targetLevel: 5, dueOn: "2030-09-30", latestLevel: 3, status: "at-risk" })]);
    const actionItems = await read(await as(`/api/v1/programs/${w.a.id}/action-items`), api.actionItemListSchema);
    expect(actionItems.data.map((i) => i.id)).toEqual([w.a.actionItem]);

    const portfolio = await read(await as(`/api/v1/portfolio?agency=${w.x.id}`), api.portfolioPageSchema);
    expect(portfolio.data).toEqual([expect.objectContaining({ program: { id: w.a.id, name: w.a.name }, assessmentId: w.a.accepted, modelVersion: w.model.version })]);
    expect(portfolio.data[0]!.disciplines.length).toBeGreaterThan(0);
  });

  test("an administrator's token reads a draft's answers", async ({ request }) => {
    const answers = await read(await get(request, `/api/v1/assessments/${w.a.draft}/answers`, tokens.admin), api.answerListSchema);
    expect(answers.data).toHaveLength(3);
  });

  test("a CCO's token never sees another agency's programs", async ({ request }) => {
    const as = (url: string) => get(request, url, tokens.ccoX);
    const bodies: string[] = [];
    const readAs = async <S extends z.ZodType>(url: string, schema: S) => {
      const response = await as(url);
      bodies.push(await response.text());
      return read(response, schema);
    };

    expect((await readAs("/api/v1/agencies", api.agencyListSchema)).data.map((a) => a.id)).toEqual([w.x.id]);
    expect((await walk(request, "/api/v1/programs", tokens.ccoX)).ids.sort()).toEqual(xPrograms);
    // A filter naming agency Y does not widen the scope to it.
    expect((await readAs(`/api/v1/programs?agency=${w.y.id}`, api.programPageSchema)).data).toEqual([]);
    expect((await readAs(`/api/v1/assessments?program=${w.b.id}`, api.assessmentPageSchema)).data).toEqual([]);
    expect((await readAs(`/api/v1/assessments?limit=200`, api.assessmentPageSchema)).data.map((a) => a.program.id)).not.toContain(w.b.id);
    expect((await readAs(`/api/v1/portfolio?agency=${w.y.id}`, api.portfolioPageSchema)).data).toEqual([]);
    expect((await readAs("/api/v1/portfolio?limit=200", api.portfolioPageSchema)).data.map((r) => r.agency.id)).toEqual([w.x.id]);

    // Program B and its assessments answer as if they did not exist.
    for (const url of [
      `/api/v1/programs/${w.b.id}`,
      `/api/v1/programs/${w.b.id}/targets`,
      `/api/v1/programs/${w.b.id}/action-items`,
      `/api/v1/assessments/${w.b.accepted}`,
      `/api/v1/assessments/${w.b.submitted}/answers`,
    ]) {
      const refused = await as(url);
      bodies.push(await refused.text());
      await problem(refused, 404);
    }
    expect(await problem(await as(`/api/v1/programs/${crypto.randomUUID()}`), 404)).toEqual(await problem(await as(`/api/v1/programs/${w.b.id}`), 404));
    expect(bodies.filter((b) => b.includes(w.b.name) || b.includes(w.y.name))).toEqual([]);
  });

  test("the CSV variants carry the downloads' columns, and the exchange document its schema, each in the token's scope", async ({ request }) => {
    const council = (url: string) => get(request, url, tokens.council);
    const cco = (url: string) => get(request, url, tokens.ccoX);
    const portfolioHeaders = portfolioColumns.map((c) => c.header);
    const answerHeaders = answerColumns.map((c) => c.header);
    const column = (headers: string[], name: string) => headers.indexOf(name);

    const portfolio = await readCsv(await council(`/api/v1/portfolio.csv?agency=${w.x.id}`), portfolioHeaders);
    expect(new Set(portfolio.map((r) => r[column(portfolioHeaders, "Program")]))).toEqual(new Set([w.a.name]));
    expect(portfolio).toHaveLength(6);
    const portfolioAnswers = await readCsv(await council(`/api/v1/portfolio/answers.csv?agency=${w.x.id}`), answerHeaders);
    expect(new Set(portfolioAnswers.map((r) => `${r[column(answerHeaders, "Program")]} ${r[column(answerHeaders, "Status")]}`))).toEqual(new Set([`${w.a.name} ACCEPTED`]));

    const json = await read(await council(`/api/v1/assessments/${w.a.submitted}/answers`), api.answerListSchema);
    const csv = await readCsv(await council(`/api/v1/assessments/${w.a.submitted}/answers.csv`), answerHeaders);
    expect(csv.map((r) => r[column(answerHeaders, "Practice key")])).toEqual(json.data.map((a) => a.practiceKey));
    expect(new Set(csv.map((r) => r[column(answerHeaders, "Status")]))).toEqual(new Set(["SUBMITTED"]));

    const exchange = await read(await council(`/api/v1/assessments/${w.a.submitted}/exchange`), assessmentExchangeSchema);
    expect(exchange).toMatchObject({ id: w.a.submitted, status: "SUBMITTED", program: { name: w.a.name, agency: { abbreviation: w.x.abbreviation } }, model: { version: w.model.version } });
    expect(exchange.answers.map((a) => a.practiceKey)).toEqual(json.data.map((a) => a.practiceKey));
    // A draft is its program's own until submitted: an administrator may export it, the council may not.
    await problem(await council(`/api/v1/assessments/${w.a.draft}/exchange`), 404);
    expect((await read(await get(request, `/api/v1/assessments/${w.a.draft}/exchange`, tokens.admin), assessmentExchangeSchema)).answers).toHaveLength(3);

    // A CCO reads agency X's, and agency Y's answers as if they did not exist.
    expect(await readCsv(await cco(`/api/v1/portfolio.csv?agency=${w.y.id}`), portfolioHeaders)).toEqual([]);
    expect(await readCsv(await cco(`/api/v1/portfolio/answers.csv?agency=${w.y.id}`), answerHeaders)).toEqual([]);
    await readCsv(await cco(`/api/v1/assessments/${w.a.submitted}/answers.csv`), answerHeaders);
    for (const url of [`/api/v1/assessments/${w.b.submitted}/answers.csv`, `/api/v1/assessments/${w.b.submitted}/exchange`]) await problem(await cco(url), 404);
    expect((await problem(await council("/api/v1/portfolio.csv?level=9"), 400)).errors?.map((e) => e.path)).toEqual(["level"]);

    // The format's JSON Schema is public, as the OpenAPI document is.
    const schema = await request.get("/api/v1/schemas/assessment-exchange.json");
    expect(schema.status()).toBe(200);
    expect(await schema.json()).toEqual(JSON.parse(JSON.stringify(exchangeJsonSchema())));
  });

  test("random query strings on every endpoint answer 200, 400 or 404, never a server error (fuzzing)", async ({ request }) => {
    test.setTimeout(120_000);
    const ids: Record<string, string> = { programId: w.a.id, assessmentId: w.a.submitted };
    const document = (await (await request.get("/api/v1/openapi.json")).json()) as { paths: Record<string, unknown> };
    const routes = Object.keys(document.paths).map((route) => route.replace(/\{(\w+)\}/g, (_, name: string) => ids[name]!));
    const parameter = fc.constantFrom("limit", "cursor", "agency", "program", "cycle", "status", "view", "level", "x", "limit[]", "__proto__");
    const value = fc.oneof(fc.string({ maxLength: 40 }), fc.integer().map(String), fc.constantFrom("", "-1", "1e400", "NaN", "%00", "ACCEPTED", crypto.randomUUID(), "'; DROP TABLE \"Program\";--"));
    const queries = fc.sample(fc.array(fc.tuple(parameter, value), { minLength: 1, maxLength: 4 }), { numRuns: 12, seed: 20261130 });
    for (const route of routes) {
      // A token per route: a dozen requests each stay far below the minute's limit.
      const secret = await tokenFor(w.users.council.id);
      for (const query of queries) {
        const url = `${route}?${query.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join("&")}`;
        const response = await get(request, url, secret);
        expect([200, 400, 404], `${url}: ${response.status()} ${(await response.text()).slice(0, 200)}`).toContain(response.status());
        if (response.status() !== 200) await problem(response, response.status());
      }
    }
  });

  test("an expired token, a revoked token and the token of a user disabled since are refused", async ({ request }) => {
    const person = await createAccount("COUNCIL", "API Disabled Later");
    const live = await tokenFor(person.id);
    expect((await get(request, "/api/v1/cycles", live)).status()).toBe(200);
    await e2eDb().user.update({ where: { id: person.id }, data: { disabledAt: new Date() } });

    const expired = await tokenFor(w.users.council.id, { expiresAt: new Date(Date.now() - 1000) });
    const revoked = await tokenFor(w.users.council.id, { revokedAt: new Date() });
    for (const secret of [expired, revoked, live]) await problem(await get(request, "/api/v1/cycles", secret), 401);
  });

  test("If-None-Match with the ETag answers 304 without a body", async ({ request }) => {
    const first = await get(request, `/api/v1/programs/${w.a.id}`, tokens.council);
    const etag = first.headers()["etag"]!;
    const again = await get(request, `/api/v1/programs/${w.a.id}`, tokens.council, { "If-None-Match": etag });
    expect(again.status()).toBe(304);
    expect(again.headers()["etag"]).toBe(etag);
    expect(await again.body()).toHaveLength(0);
    expect((await get(request, `/api/v1/programs/${w.a.id}`, tokens.council, { "If-None-Match": '"something-else"' })).status()).toBe(200);
  });

  test("a malformed query is a 400 problem naming each parameter", async ({ request }) => {
    const cases: [string, string[]][] = [
      ["/api/v1/programs?limit=0", ["limit"]],
      ["/api/v1/programs?limit=201", ["limit"]],
      ["/api/v1/programs?cursor=not-a-cursor", ["cursor"]],
      [`/api/v1/assessments?cycle=${"x".repeat(500)}`, ["cycle"]],
      ["/api/v1/assessments?status=BAD", ["status"]],
      ["/api/v1/assessments?status=BAD&program=nope", ["program", "status"]],
      ["/api/v1/portfolio?level=9&view=sideways", ["view", "level"]],
    ];
    for (const [url, fields] of cases) {
      const body = await problem(await get(request, url, tokens.council), 400);
      expect(body.errors?.map((e) => e.path), url).toEqual(fields);
      for (const field of fields) expect(body.detail, url).toContain(`${field}: `);
    }
  });

  test("paging walks every program exactly once", async ({ request }) => {
    const agency = await walk(request, "/api/v1/programs?limit=2", tokens.ccoX);
    expect(agency.ids.sort()).toEqual(xPrograms);
    expect(agency.pages).toBe(3);

    // Other tests add programs meanwhile: they may join the end of the walk, never repeat or hide one.
    const before = (await e2eDb().program.findMany({ where: { archivedAt: null }, select: { id: true } })).map((p) => p.id);
    // A token of its own: a walk of the whole database in small pages takes many of a minute's requests.
    const all = await walk(request, "/api/v1/programs?limit=5", await tokenFor(w.users.council.id));
    expect(new Set(all.ids).size, "programs listed twice").toBe(all.ids.length);
    expect(before.filter((id) => !all.ids.includes(id)), "programs the walk missed").toEqual([]);
  });

  test("past the rate limit a token gets 429 with Retry-After", async ({ request }) => {
    const secret = await tokenFor(w.users.council.id);
    const token = await e2eDb().apiToken.findUniqueOrThrow({ where: { tokenHash: hashToken(secret) }, select: { id: true } });
    // This minute and the next, in case the clock turns between here and the request.
    const minute = Math.floor(Date.now() / 60_000) * 60_000;
    await e2eDb().apiRequestWindow.createMany({ data: [0, 1].map((n) => ({ tokenId: token.id, windowStart: new Date(minute + n * 60_000), count: 1_000_000 })) });
    const refused = await get(request, "/api/v1/cycles", secret);
    await problem(refused, 429);
    const retryAfter = Number(refused.headers()["retry-after"]);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
  });

  test("the reference page documents every endpoint, and tells a lead the API is not for their role", async ({ page }) => {
    await signIn(page, w.users.council.email, TEST_PASSWORD);
    await expect(page).toHaveURL(/\/council$/);
    await page.goto("/developers");
    await expect(page.getByRole("heading", { level: 1, name: "Read API" })).toBeVisible();
    await expect(page.getByRole("link", { name: "API tokens" })).toHaveAttribute("href", "/account/api-tokens");
    await expect(page.getByText(/Up to \d+ requests a minute per token/)).toBeVisible();
    const document = (await (await page.request.get("/api/v1/openapi.json")).json()) as { paths: Record<string, unknown> };
    for (const route of Object.keys(document.paths)) {
      await expect(page.getByRole("region", { name: `Example: GET ${route}`, exact: true })).toBeVisible();
    }
    await expect(page.getByRole("table", { name: "Fields of the answer to GET /api/v1/assessments", exact: true })).toContainText("data[].scores.overall.level");
    await expect(page.getByText("For the council, Chief Customer Officers and administrators")).toHaveCount(0);
    await expectAccessible(page);

    await page.context().clearCookies();
    await signIn(page, w.users.leadA.email, TEST_PASSWORD);
    await expect(page).toHaveURL(/\/lead$/);
    await page.goto("/developers");
    await expect(page.getByRole("heading", { name: "For the council, Chief Customer Officers and administrators" })).toBeVisible();
  });
});
