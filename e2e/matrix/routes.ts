// The matrix's routes: every page and download × every role (see ../authorization-matrix.ts).
import type { Role, World } from "../authorization-matrix";

export type RouteCase = {
  /** What the case requests, for messages. */
  label: string;
  url: (w: World) => string;
  expect: string;
  /** A further check of a 200 response's body; returns what is wrong, or null. */
  check?: (body: string, role: Role, w: World) => string | null;
};
/**
 * `methods`: the HTTP methods a route handler exports (GET unless listed); a page answers GET.
 * Cases request with GET.
 */
export type RouteRow = { route: string; methods?: string[]; cases: RouteCase[] };

//                   anonymous leadA leadB ccoX ccoY council admin disabled respondentA
const signedIn    = "in        200   200   200  200  200     200   in   200";
const adminOnly   = "in        404   404   404  404  404     200   in   404";
const councilOnly = "in        404   404   404  404  200     200   in   404";
const readsA      = "in        200   404   200  404  200     200   in   404";
const readsB      = "in        404   200   404  200  200     200   in   404";
const plansA      = "in        200   404   200  404  404     200   in   404";
const plansB      = "in        404   200   404  200  404     200   in   404";
const nobody      = "in        404   404   404  404  404     404   in   404";
const overseers   = "in        404   404   200  200  200     200   in   404";
// A draft's answers: its leads and administrators only, until it is submitted.
const draftA      = "in        200   404   404  404  404     200   in   404";
const draftB      = "in        404   200   404  404  404     200   in   404";
// Choosing who answers: the program's own leads.
const answersA    = "in        200   404   404  404  404     404   in   404";
const answersB    = "in        404   200   404  404  404     404   in   404";
// A team assessment: respondent A is asked to rate program A's draft.
const invitedA    = "in        404   404   404  404  404     404   in   200";
const teamOfA     = "in        200   404   404  404  404     200   in   200";
const overseesA   = "in        404   404   200  404  200     200   in   404";
const overseesB   = "in        404   404   404  200  200     200   in   404";
// The read API takes a token, never a session: with a session cookie and no token it refuses everyone.
const tokenOnly   = "401       401   401   401  401  401     401   401   401";
const everyone    = "200       200   200   200  200  200     200   200   200";
const toUnsubscribePage = ">/unsubscribe/not-a-token ".repeat(9).trim();

/** A 200 must name the program: the checks for names a role may not see read real content. */
const names = (program: (w: World) => { name: string }) => (body: string, _role: Role, w: World) =>
  body.includes(program(w).name) ? null : `the answer does not name ${program(w).name}`;

/** Pages and files about one program's objects: program A's and, the other way round, program B's. */
const aAndB = (label: string, url: (p: World["a"], w: World) => string, a: string, b: string): RouteCase[] => [
  { label: `program A's ${label}`, url: (w) => url(w.a, w), expect: a, check: names((w) => w.a) },
  { label: `program B's ${label}`, url: (w) => url(w.b, w), expect: b, check: names((w) => w.b) },
];

/**
 * next-auth's session endpoint is checked against the database like every page: the disabled
 * user's cookie still parses, but it names nobody.
 */
const sessionOf = (body: string, role: Role, w: World) => {
  const session = JSON.parse(body) as { sessionId?: string; user?: { email?: string } };
  const expected = role === "anonymous" || role === "disabled" ? undefined : w.users[role].email;
  const names = session.sessionId ? session.user?.email : undefined;
  return names === expected ? null : `the session names ${names ?? "nobody"}, expected ${expected ?? "nobody"}`;
};

export const routeRows: RouteRow[] = [
  { route: "/", cases: [{ label: "home", url: () => "/", expect: "in >/lead >/lead >/cco >/cco >/council >/admin in >/my-work" }] },
  { route: "/sign-in", cases: [{ label: "sign-in form", url: () => "/sign-in", expect: "200 >/lead >/lead >/cco >/cco >/council >/admin 200 >/my-work" }] },
  {
    route: "/api/auth/[...nextauth]",
    // POST is next-auth's sign-in (and sign-out): every session of this matrix comes from it.
    methods: ["GET", "POST"],
    cases: [
      { label: "session", url: () => "/api/auth/session", expect: "200 200 200 200 200 200 200 200   200", check: sessionOf },
      { label: "CSRF token", url: () => "/api/auth/csrf", expect: "200 200 200 200 200 200 200 200   200" },
      { label: "providers", url: () => "/api/auth/providers", expect: "200 200 200 200 200 200 200 200   200" },
    ],
  },
  // Liveness and readiness are for the orchestrator and the load balancer, which sign in as nobody.
  { route: "/api/health", cases: [{ label: "liveness", url: () => "/api/health", expect: "200 200 200 200 200 200 200 200   200" }] },
  { route: "/api/ready", cases: [{ label: "readiness", url: () => "/api/ready", expect: "200 200 200 200 200 200 200 200   200" }] },
  { route: "/account", cases: [{ label: "account", url: () => "/account", expect: signedIn }] },
  { route: "/methodology", cases: [{ label: "methodology", url: () => "/methodology", expect: signedIn }] },
  { route: "/lead", cases: [{ label: "lead home", url: () => "/lead", expect: "in 200 200 404 404 404 404 in   404" }] },
  { route: "/cco", cases: [{ label: "CCO home", url: () => "/cco", expect: "in 404 404 200 200 404 404 in   404" }] },
  { route: "/cco/action-items", cases: [{ label: "agency action items", url: () => "/cco/action-items", expect: overseers }] },
  {
    route: "/action-items/export.csv",
    cases: [
      { label: "program A's action items", url: (w) => `/action-items/export.csv?programId=${w.a.id}`, expect: readsA, check: names((w) => w.a) },
      { label: "program B's action items", url: (w) => `/action-items/export.csv?programId=${w.b.id}`, expect: readsB, check: names((w) => w.b) },
      { label: "the actor's action items", url: () => "/action-items/export.csv", expect: overseers },
    ],
  },
  { route: "/council", cases: [{ label: "council home", url: () => "/council", expect: councilOnly }] },
  { route: "/council/programs", cases: [{ label: "submitted programs", url: () => "/council/programs?status=SUBMITTED", expect: councilOnly }] },
  { route: "/council/review/[assessmentId]", cases: aAndB("submission", (p) => `/council/review/${p.submitted}`, councilOnly, councilOnly) },
  {
    route: "/portfolio",
    cases: [
      { label: "portfolio", url: () => "/portfolio", expect: overseers },
      // A filter names an agency; it must not widen a CCO's scope to it.
      { label: "portfolio of agency X", url: (w) => `/portfolio?agency=${w.x.id}`, expect: overseers },
      { label: "portfolio of agency Y", url: (w) => `/portfolio?agency=${w.y.id}`, expect: overseers },
    ],
  },
  ...["practices", "movers", "brief", "outcomes"].map((view) => ({
    route: `/portfolio/${view}`,
    cases: [
      { label: `${view} of agency X`, url: (w: World) => `/portfolio/${view}?agency=${w.x.id}`, expect: overseers },
      {
        label: `${view} of agency Y`,
        url: (w: World) => `/portfolio/${view}?agency=${w.y.id}`,
        expect: overseers,
        // The filter names agency Y; CCO X's view must not show its programs (or, in the brief's title, its name).
        check: (body: string, role: Role, w: World) => (role === "ccoX" && (body.includes(w.b.name) || body.includes(w.y.name)) ? "CCO X sees agency Y" : null),
      },
    ],
  })),
  {
    route: "/portfolio/compare",
    cases: [
      ...aAndB("comparison across cycles", (p) => `/portfolio/compare?program=${p.id}`, overseesA, overseesB),
      // One program out of scope makes the whole comparison not found.
      { label: "programs A and B side by side", url: (w) => `/portfolio/compare?program=${w.a.id}&program=${w.b.id}`, expect: "in        404   404   404  404  200     200   in   404" },
    ],
  },
  {
    route: "/portfolio/export/[file]",
    cases: [
      // CSV both ways; a workbook (the same rows, slower to build) for agency Y, which CCO X must not see.
      ...["portfolio.csv", "answers.csv"].map((file) => ({ label: `${file} of agency X`, url: (w: World) => `/portfolio/export/${file}?agency=${w.x.id}`, expect: overseers })),
      ...["portfolio.csv", "answers.csv", "portfolio.xlsx", "answers.xlsx"].map((file) => ({
        label: `${file} of agency Y`,
        url: (w: World) => `/portfolio/export/${file}?agency=${w.y.id}`,
        expect: overseers,
        check: (body: string, role: Role, w: World) => (role === "ccoX" ? null : names((v) => v.b)(body, role, w)),
      })),
      { label: "brief.pdf of agency X", url: (w: World) => `/portfolio/export/brief.pdf?agency=${w.x.id}`, expect: overseers },
      { label: "brief.docx of agency Y", url: (w: World) => `/portfolio/export/brief.docx?agency=${w.y.id}`, expect: overseers },
      { label: "an unknown file", url: () => "/portfolio/export/secrets.txt", expect: nobody },
    ],
  },
  { route: "/programs/[programId]", cases: aAndB("page", (p) => `/programs/${p.id}`, readsA, readsB) },
  { route: "/programs/[programId]/progress", cases: aAndB("progress", (p) => `/programs/${p.id}/progress`, readsA, readsB) },
  { route: "/programs/[programId]/action-plans", cases: aAndB("action plans", (p) => `/programs/${p.id}/action-plans`, readsA, readsB) },
  { route: "/outcomes/import", cases: [{ label: "import of survey results", url: () => "/outcomes/import", expect: "in        404   404   200  200  404     200   in   404" }] },
  { route: "/action-plans", cases: [{ label: "the year's action plans", url: () => "/action-plans", expect: overseers }] },
  { route: "/action-plans/[planId]", cases: aAndB("action plan", (p) => `/action-plans/${p.plan}`, readsA, readsB) },
  { route: "/action-plans/[planId]/actions/[actionId]", cases: aAndB("plan action", (p) => `/action-plans/${p.plan}/actions/${p.planAction}`, plansA, plansB) },
  {
    route: "/action-plans/[planId]/export/[file]",
    cases: [
      ...aAndB("action plan as CSV", (p) => `/action-plans/${p.plan}/export/plan.csv`, readsA, readsB),
      ...aAndB("action plan as Touchpoints JSON", (p) => `/action-plans/${p.plan}/export/plan.json`, readsA, readsB),
      { label: "program A's action plan as Word", url: (w) => `/action-plans/${w.a.plan}/export/plan.docx`, expect: readsA },
      { label: "an unknown file of program A's plan", url: (w) => `/action-plans/${w.a.plan}/export/plan.exe`, expect: "in        404   404   404  404  404     404   in   404" },
    ],
  },

  {
    route: "/programs/[programId]/action-items/new",
    cases: aAndB("new action item", (p, w) => `/programs/${p.id}/action-items/new?discipline=${w.model.disciplineKey}`, plansA, plansB),
  },
  { route: "/assessments/[assessmentId]", cases: aAndB("draft", (p) => `/assessments/${p.draft}`, readsA, readsB) },
  {
    route: "/assessments/[assessmentId]/disciplines/[disciplineKey]",
    cases: [
      ...aAndB("draft's first discipline", (p, w) => `/assessments/${p.draft}/disciplines/${w.model.disciplineKey}`, draftA, draftB),
      { label: "an unknown discipline", url: (w) => `/assessments/${w.a.draft}/disciplines/no-such-discipline`, expect: nobody },
    ],
  },
  { route: "/assessments/[assessmentId]/check", cases: aAndB("draft's check page", (p) => `/assessments/${p.draft}/check`, draftA, draftB) },
  {
    route: "/assessments/[assessmentId]/practices/[practiceId]/discussion",
    cases: [
      ...aAndB("submitted assessment's discussion of a practice", (p, w) => `/assessments/${p.submitted}/practices/${w.model.practiceId}/discussion`, readsA, readsB),
      { label: "program A's draft's discussion of a practice", url: (w) => `/assessments/${w.a.draft}/practices/${w.model.practiceId}/discussion`, expect: draftA, check: names((w) => w.a) },
    ],
  },
  { route: "/assessments/[assessmentId]/assignments", cases: aAndB("draft's assignments", (p) => `/assessments/${p.draft}/assignments`, answersA, answersB) },
  {
    route: "/assessments/[assessmentId]/results",
    cases: [
      ...aAndB("accepted results", (p) => `/assessments/${p.accepted}/results`, readsA, readsB),
      ...aAndB("submitted results", (p) => `/assessments/${p.submitted}/results`, readsA, readsB),
      { label: "a draft's results", url: (w) => `/assessments/${w.a.draft}/results`, expect: nobody },
    ],
  },
  {
    // Each allowed request prints a PDF in a Chromium: program A's only (B's mirror it in the
    // results rows above, through the same data-access call).
    route: "/assessments/[assessmentId]/report.pdf",
    cases: [
      { label: "program A's submitted report", url: (w) => `/assessments/${w.a.submitted}/report.pdf`, expect: readsA },
      { label: "a draft's report", url: (w) => `/assessments/${w.a.draft}/report.pdf`, expect: nobody },
    ],
  },
  {
    route: "/assessments/[assessmentId]/exchange.json",
    cases: [
      ...aAndB("submitted assessment file", (p) => `/assessments/${p.submitted}/exchange.json`, readsA, readsB),
      { label: "program A's draft as a file", url: (w) => `/assessments/${w.a.draft}/exchange.json`, expect: draftA, check: names((w) => w.a) },
    ],
  },
  {
    // The team: the program's own leads manage it.
    route: "/assessments/[assessmentId]/team",
    cases: aAndB("draft's team", (p) => `/assessments/${p.draft}/team`, answersA, answersB),
  },
  {
    // A respondent's own sheet: only those asked to rate (respondent A, on A's draft).
    route: "/assessments/[assessmentId]/ratings",
    cases: [
      { label: "program A's draft's ratings", url: (w) => `/assessments/${w.a.draft}/ratings`, expect: invitedA, check: names((w) => w.a) },
      { label: "program B's draft's ratings", url: (w) => `/assessments/${w.b.draft}/ratings`, expect: nobody },
    ],
  },
  {
    // The consensus: a draft's for its leads, administrators and its respondents (who see the
    // ratings only once they have finished); a submitted one's for whoever reads its answers.
    route: "/assessments/[assessmentId]/consensus",
    cases: [
      { label: "program A's draft's consensus", url: (w) => `/assessments/${w.a.draft}/consensus`, expect: teamOfA, check: names((w) => w.a) },
      { label: "program B's draft's consensus", url: (w) => `/assessments/${w.b.draft}/consensus`, expect: draftB, check: names((w) => w.b) },
      ...aAndB("submitted assessment's consensus", (p) => `/assessments/${p.submitted}/consensus`, readsA, readsB),
    ],
  },
  { route: "/developers", cases: [{ label: "API reference", url: () => "/developers", expect: signedIn }] },
  { route: "/account/api-tokens", cases: [{ label: "API tokens", url: () => "/account/api-tokens", expect: overseers }] },
  { route: "/account/sessions", cases: [{ label: "where you are signed in", url: () => "/account/sessions", expect: signedIn }] },
  { route: "/my-work", cases: [{ label: "my work", url: () => "/my-work", expect: signedIn }] },
  { route: "/notifications", cases: [{ label: "your notifications", url: () => "/notifications", expect: signedIn }] },
  { route: "/account/notifications", cases: [{ label: "notification settings", url: () => "/account/notifications", expect: signedIn }] },
  // Before sign-in: asking for a reset link, and the page an e-mailed link opens (a bad token is refused on it).
  { route: "/password-set", cases: [{ label: "password set", url: () => "/password-set", expect: everyone }] },
  { route: "/forgot-password", cases: [{ label: "forgot your password", url: () => "/forgot-password", expect: everyone }] },
  { route: "/set-password/[token]", cases: [{ label: "set a password by link", url: () => "/set-password/not-a-token-but-long-enough", expect: everyone }] },
  // An e-mail's unsubscribe link: the signed token is the authority, signed in or not (a bad one is refused on the page).
  { route: "/unsubscribe/[token]", cases: [{ label: "unsubscribe page", url: () => "/unsubscribe/not-a-token", expect: everyone }] },
  // The one-click address (RFC 8058) takes POST; opened in a browser, it leads to the page that asks first.
  { route: "/api/unsubscribe/[token]", methods: ["GET", "POST"], cases: [{ label: "one-click unsubscribe opened", url: () => "/api/unsubscribe/not-a-token", expect: toUnsubscribePage }] },
  { route: "/account/second-factor", cases: [{ label: "your second factors", url: () => "/account/second-factor", expect: signedIn }] },
  // The API's description is public; its data is not (e2e/api.spec.ts reads it with tokens).
  { route: "/api/v1/openapi.json", cases: [{ label: "OpenAPI document", url: () => "/api/v1/openapi.json", expect: everyone }] },
  { route: "/api/v1/schemas/assessment-exchange.json", cases: [{ label: "exchange format's JSON Schema", url: () => "/api/v1/schemas/assessment-exchange.json", expect: everyone }] },
  ...(
    [
      ["/api/v1/agencies", "agencies", () => "/api/v1/agencies"],
      ["/api/v1/programs", "programs", (w) => `/api/v1/programs?agency=${w.x.id}`],
      ["/api/v1/programs/[programId]", "program A", (w) => `/api/v1/programs/${w.a.id}`],
      ["/api/v1/programs/[programId]/targets", "program A's targets", (w) => `/api/v1/programs/${w.a.id}/targets`],
      ["/api/v1/programs/[programId]/action-items", "program A's action items", (w) => `/api/v1/programs/${w.a.id}/action-items`],
      ["/api/v1/cycles", "cycles", () => "/api/v1/cycles"],
      ["/api/v1/assessments", "assessments", (w) => `/api/v1/assessments?program=${w.a.id}`],
      ["/api/v1/assessments/[assessmentId]", "program A's submission", (w) => `/api/v1/assessments/${w.a.submitted}`],
      ["/api/v1/assessments/[assessmentId]/answers", "program A's submitted answers", (w) => `/api/v1/assessments/${w.a.submitted}/answers`],
      ["/api/v1/assessments/[assessmentId]/answers.csv", "program A's submitted answers as CSV", (w) => `/api/v1/assessments/${w.a.submitted}/answers.csv`],
      ["/api/v1/assessments/[assessmentId]/exchange", "program A's submission as an exchange document", (w) => `/api/v1/assessments/${w.a.submitted}/exchange`],
      ["/api/v1/portfolio", "portfolio", () => "/api/v1/portfolio"],
      ["/api/v1/portfolio.csv", "portfolio as CSV", () => "/api/v1/portfolio.csv"],
      ["/api/v1/portfolio/answers.csv", "portfolio's answers as CSV", () => "/api/v1/portfolio/answers.csv"],
    ] satisfies [string, string, (w: World) => string][]
  ).map(([route, label, url]) => ({ route, cases: [{ label: `API: ${label}`, url, expect: tokenOnly }] })),
  { route: "/admin", cases: [{ label: "admin home", url: () => "/admin", expect: adminOnly }] },
  { route: "/admin/mail", cases: [{ label: "outgoing mail", url: () => "/admin/mail", expect: adminOnly }] },
  { route: "/admin/mail/[mailId]", cases: [{ label: "an e-mail", url: (w) => `/admin/mail/${w.mail}`, expect: adminOnly }] },
  { route: "/admin/audit", cases: [{ label: "audit log", url: () => "/admin/audit", expect: adminOnly }] },
  { route: "/admin/audit/export.csv", cases: [{ label: "audit CSV", url: (w) => `/admin/audit/export.csv?actor=${encodeURIComponent(w.users.admin.email)}`, expect: adminOnly }] },
  { route: "/admin/cycles", cases: [{ label: "cycles", url: () => "/admin/cycles", expect: adminOnly }] },
  { route: "/admin/model", cases: [{ label: "model versions", url: () => "/admin/model", expect: adminOnly }] },
  { route: "/admin/model/[version]/export", cases: [{ label: "model export", url: (w) => `/admin/model/${w.model.version}/export`, expect: adminOnly }] },
  { route: "/admin/organizations", cases: [{ label: "agencies and programs", url: (w) => `/admin/organizations?q=${w.suffix}`, expect: adminOnly }] },
  { route: "/admin/import-assessment", cases: [{ label: "assessment import", url: () => "/admin/import-assessment", expect: adminOnly }] },
  { route: "/admin/organizations/import", cases: [{ label: "program import", url: () => "/admin/organizations/import", expect: adminOnly }] },
  { route: "/admin/resources", cases: [{ label: "resources", url: () => "/admin/resources", expect: adminOnly }] },
  { route: "/admin/resources/[resourceId]", cases: [{ label: "a resource", url: (w) => `/admin/resources/${w.resource}`, expect: adminOnly }] },
  { route: "/admin/users", cases: [{ label: "users", url: () => "/admin/users", expect: adminOnly }] },
  { route: "/admin/users/[userId]", cases: [{ label: "lead A's account", url: (w) => `/admin/users/${w.users.leadA.id}`, expect: adminOnly }] },
];
