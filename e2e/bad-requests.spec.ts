// Requests that used to end in a server error: each is the client's mistake and gets a 4xx that
// says what is wrong. (Fuzzing sends NUL characters to every server action: e2e/fuzz-actions.spec.ts.)
import { expect, test, type APIRequestContext } from "@playwright/test";
import { NUL_MESSAGE } from "../lib/validation/text";
import { actionsInBuild } from "../testing/next-actions";
import { createDraft, createProgramWithLead, e2eDb, TEST_PASSWORD } from "./factories";
import { demoAccounts, signIn } from "./fixtures";
import { callServerAction, signInOverHttp } from "./over-http";

test("an address with a NUL character is refused with 400, signed in or not", async ({ request }) => {
  for (const url of ["/portfolio?cycle=FY2025%00", "/api/v1/programs?agency=%00", "/sign-in%00"]) {
    const response = await request.get(url, { maxRedirects: 0 });
    expect(response.status(), url).toBe(400);
    expect(await response.text(), url).toContain("NUL character");
  }
});

test("a NUL character in an answer's note is refused with the schema's message and saves nothing", async ({ playwright, baseURL }) => {
  const { program, lead } = await createProgramWithLead("NulNote");
  const { assessmentId } = await createDraft(program.id, lead.id, { answered: 0 });
  const practice = await e2eDb().practice.findFirstOrThrow({ where: { discipline: { key: "strategy", model: { isCurrent: true } } }, orderBy: { position: "asc" }, select: { id: true } });
  const context = await signInOverHttp(playwright.request, baseURL!, lead.email, TEST_PASSWORD);
  const actionId = (await actionsInBuild()).find((a) => a.name === "lib/actions/answers.ts#saveAnswerAction")!.actionId;
  const response = await callServerAction(context, baseURL!, {
    actionId,
    page: `/assessments/${assessmentId}/disciplines/strategy`,
    args: { values: [{ assessmentId, practiceId: practice.id, choice: "3", evidenceNote: "see\u0000the plan", evidenceLinks: "", expectedVersion: 0 }] },
  });
  expect(response.status()).toBeLessThan(500);
  expect(await response.text()).toContain(NUL_MESSAGE);
  expect(await e2eDb().answer.count({ where: { assessmentId } })).toBe(0);
  await context.dispose();
});

test("next-auth's configuration errors that are the client's mistake answer 4xx", async ({ request }) => {
  const get = await request.get("/api/auth/callback/credentials", { maxRedirects: 0 });
  expect(get.status()).toBe(405);
  expect(get.headers()["allow"]).toBe("POST");

  const query = await request.get("/api/auth/signin?callbackUrl=not%20a%20url", { maxRedirects: 0 });
  expect(query.status()).toBe(400);
  expect(await query.json()).toEqual({ message: "callbackUrl must be a path of this site or a web address." });

  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const posted = await request.post("/api/auth/callback/credentials", { form: { csrfToken, email: "x@example.gov", password: "long-enough-password", callbackUrl: "not a url" }, maxRedirects: 0 });
  expect(posted.status()).toBe(400);
});

test("a server action posted from another site is 403, with a script or without, and one larger than any form 413", async ({ request }) => {
  const actionId = (await actionsInBuild()).find((a) => a.name === "lib/actions/sessions.ts#endOtherSessionsAction")!.actionId;
  const headers = { "Next-Action": actionId, Accept: "text/x-component", "Content-Type": "text/plain;charset=UTF-8" };
  const foreign = await request.post("/account/sessions", { headers: { ...headers, Origin: "https://evil.example.com" }, data: "[]", maxRedirects: 0 });
  expect(foreign.status()).toBe(403);
  expect(await foreign.json()).toEqual({ message: "This form was sent from another site. Use the form on this site." });
  // The same form as a browser without a script posts it: no Next-Action header, the action in hidden fields.
  const noScript = await request.post("/account/sessions", {
    headers: { Origin: "https://evil.example.com" },
    multipart: { [`$ACTION_ID_${actionId}`]: "" },
    maxRedirects: 0,
  });
  expect(noScript.status()).toBe(403);
  const huge = await request.post("/account/sessions", { headers, data: "x".repeat(6 * 1024 * 1024), maxRedirects: 0 });
  expect(huge.status()).toBe(413);
});

test("a server action whose arguments are malformed or absurdly deep JSON is 400, signed in or not", async ({ page, request }) => {
  const actionId = (await actionsInBuild()).find((a) => a.name === "lib/actions/answers.ts#saveAnswerAction")!.actionId;
  const headers = { "Next-Action": actionId, Accept: "text/x-component", "Content-Type": "text/plain;charset=UTF-8" };
  const cases = [
    ["{not json", "it is not valid JSON"],
    ["[".repeat(200_000) + "]".repeat(200_000), "nests deeper than any form"],
  ] as const;
  const refusesEach = async (client: APIRequestContext) => {
    for (const [data, message] of cases) {
      const answer = await client.post("/lead", { headers, data, maxRedirects: 0 });
      expect(answer.status(), data.slice(0, 20)).toBe(400);
      expect((await answer.json()) as { message: string }).toEqual({ message: expect.stringContaining(message) });
    }
  };
  await refusesEach(request);
  await signIn(page, demoAccounts.lead.email);
  await expect(page).toHaveURL(demoAccounts.lead.home);
  await refusesEach(page.request);
});
