import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { CodeBlock, EndpointReference, PathText } from "@/components/api/endpoint-reference";
import { Section } from "@/components/section";
import { Alert } from "@/components/uswds/alert";
import { Row, Table } from "@/components/uswds/table";
import { csvColumnsOf, fieldsOf, OPENAPI_PATH, openApiDocument, responseSchemaOf } from "@/lib/api/openapi";
import { EXCHANGE_FORMAT, EXCHANGE_SCHEMA_PATH } from "@/lib/exchange/format";
import { requireActor } from "@/lib/auth/session";
import { API_REQUESTS_PER_MINUTE } from "@/lib/api/tokens";
import { canUseApi } from "@/lib/data-access/api-tokens";

export const metadata: Metadata = { title: "Read API" };

/** The statuses a request can be refused with, and the document's response that explains each. */
const refusals = [
  ["400", "BadRequest"],
  ["401", "Unauthorized"],
  ["404", "NotFound"],
  ["429", "TooManyRequests"],
] as const;

const anchor = (route: string) => `endpoint${route.replace(/[^a-z0-9]+/gi, "-").replace(/-$/, "")}`;

const exampleProblem = JSON.stringify(
  {
    type: "about:blank",
    title: "The request has problems",
    status: 400,
    detail: "limit: Too small: expected number to be >=1",
    errors: [{ path: "limit", message: "Too small: expected number to be >=1" }],
  },
  null,
  2,
);

// Written from the OpenAPI document the API serves, so the reference cannot disagree with it.
export default async function DevelopersPage() {
  const actor = await requireActor();
  const doc = openApiDocument();
  // Examples name this site as the reader reached it (Next.js sets x-forwarded-proto; a proxy may too).
  const request = await headers();
  const origin = `${request.get("x-forwarded-proto") ?? "https"}://${request.get("host") ?? "localhost"}`;
  const routes = Object.entries(doc.paths);
  return (
    <div className="usa-prose">
      <h1>Read API</h1>
      <p className="usa-intro">
        Your own tools (a spreadsheet, a dashboard, a script) can read over HTTP what your account sees here: agencies, programs, cycles,
        assessments with their scores, answers, targets, action items and the portfolio. The API only reads; it changes nothing.
      </p>
      {!canUseApi(actor) && (
        <Alert type="info" heading="For the council, Chief Customer Officers and administrators">
          The API serves those who read across programs. As a program lead you read and answer for your programs here in the app; no API token
          is issued for your role.
        </Alert>
      )}

      <Section id="tokens" title="Getting a token">
        <ol className="usa-list">
          <li>
            Open <Link href="/account/api-tokens">API tokens</Link> from your account page.
          </li>
          <li>Name the token after the tool that will use it, and choose how long it lasts: at most a year.</li>
          <li>
            Copy the token when it is shown: it starts with <code>cxm_</code> and is shown only once. Keep it as secret as a password.
          </li>
          <li>
            Send it with every request, in the header <code>Authorization: Bearer cxm_…</code>
          </li>
        </ol>
        <p>
          A token reads exactly what you can read in the app, with your role and scope as they are when the request arrives. It stops working when
          it expires, when you revoke it and when your account is disabled. Every request is recorded in the audit log.
        </p>
      </Section>

      <Section id="requests" title="Making requests">
        <CodeBlock label="Example: the programs you can read">{`export CX_API_TOKEN=cxm_…\ncurl -H "Authorization: Bearer $CX_API_TOKEN" "${origin}/api/v1/programs"`}</CodeBlock>
        <ul className="usa-list">
          <li>
            Answers are JSON. Dates are ISO 8601 (times in UTC), ids are UUIDs. The portfolio and answers also come as CSV files (paths ending{" "}
            <code>.csv</code>) with the columns of the app’s downloads, for Excel, Power BI or Tableau.
          </li>
          <li>
            Programs, assessments and the portfolio come a page at a time: <code>limit</code> rows (50 unless you ask for 1 to 200). Pass each
            page’s <code>nextCursor</code> as <code>cursor</code> to get the next, until it is <code>null</code>. Rows come in the order they were
            created, so a walk through the pages sees each row once, even while rows are added.
          </li>
          <li>
            Every answer carries an <code>ETag</code>. Send it back in <code>If-None-Match</code>: when nothing changed, the answer is{" "}
            <code>304 Not Modified</code>, with no body.
          </li>
          <li>
            The same reference for machines: the <a href={OPENAPI_PATH}>OpenAPI 3.1 document</a> (no token needed), for client generators and
            tools such as Postman.
          </li>
        </ul>
      </Section>

      <Section id="exchange" title="Assessment exchange format">
        <p>
          One JSON document holds a whole assessment: its program, cycle and model version, every answer with its evidence, its scores and the
          council’s decisions. Download it from an assessment’s results page or from <PathText path="/api/v1/assessments/{assessmentId}/exchange" />; an
          administrator imports it into another installation under Administration › Import an assessment. Its <code>format</code> field is{" "}
          <code>{EXCHANGE_FORMAT}</code>, and its <a href={EXCHANGE_SCHEMA_PATH}>JSON Schema</a> is published (no token needed). See{" "}
          <code>docs/assessment-exchange.md</code> in the source for the import rules.
        </p>
      </Section>

      <Section id="rate-limit" title="Rate limit">
        <p>
          Up to {API_REQUESTS_PER_MINUTE} requests a minute per token, counted by the clock’s minute. Past that, the answer is{" "}
          <code>429 Too Many Requests</code>, with a <code>Retry-After</code> header giving the seconds to wait.
        </p>
      </Section>

      <Section id="errors" title="Errors">
        <p>
          A refused request is answered with problem details (RFC 9457) as <code>application/problem+json</code>: <code>type</code>,{" "}
          <code>title</code>, <code>status</code>, <code>detail</code> and, for a 400, <code>errors</code> naming each query parameter and what is
          wrong with it.
        </p>
        <Table caption="Errors" captionHidden columns={["Status", "When"]}>
          {refusals.map(([status, name]) => (
            <Row key={status} header={status} cells={[doc.components.responses[name]!.description]} />
          ))}
        </Table>
        <CodeBlock label="Example: a 400 answer">{exampleProblem}</CodeBlock>
      </Section>

      <Section id="endpoints" title="Endpoints">
        <ul className="usa-list">
          {routes.map(([route, { get }]) => (
            <li key={route}>
              <a href={`#${anchor(route)}`}>{get.summary}</a>: <PathText path={route} />
            </li>
          ))}
        </ul>
        {routes.map(([route, { get }]) => {
          const schema = responseSchemaOf(get);
          return (
            <EndpointReference
              key={route}
              id={anchor(route)}
              route={route}
              operation={get}
              fields={schema ? fieldsOf(doc, schema) : []}
              columns={csvColumnsOf(get)}
              origin={origin}
            />
          );
        })}
      </Section>
    </div>
  );
}
