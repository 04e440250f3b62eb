import { Fragment } from "react";
import { Section } from "@/components/section";
import { Row, Table } from "@/components/uswds/table";
import type { CsvColumn, Field, Operation } from "@/lib/api/openapi";
import { typeText } from "@/lib/api/openapi";

/** A path that may break after each slash: at 320 px a long path would otherwise push the page sideways. */
export function PathText({ path }: { path: string }) {
  return (
    <code>
      {path.split("/").map((segment, i) => (
        <Fragment key={i}>
          {i > 0 && (
            <>
              /<wbr />
            </>
          )}
          {segment}
        </Fragment>
      ))}
    </code>
  );
}

/** A block of code in a region of its own that scrolls sideways, named for screen readers. */
export function CodeBlock({ label, children }: { label: string; children: string }) {
  return (
    <div className="overflow-x-auto bg-base-lightest radius-md margin-y-2" tabIndex={0} role="region" aria-label={label}>
      <pre className="margin-0 padding-2 font-mono-2xs">
        <code>{children}</code>
      </pre>
    </div>
  );
}

/** `{programId}` as a shell variable, `$PROGRAM_ID`, for the reader to set. */
const shellVariable = (name: string) => `$${name.replace(/([a-z])([A-Z])/g, "$1_$2").toUpperCase()}`;

/** A curl command for the operation, with the example values its query parameters carry. */
export function curlExample(origin: string, route: string, operation: Operation): string {
  const path = route.replace(/\{(\w+)\}/g, (_, name: string) => shellVariable(name));
  const query = new URLSearchParams(
    (operation.parameters ?? []).flatMap((p) => (p.in === "query" && p.schema.examples?.length ? [[p.name, String(p.schema.examples[0])]] : [])),
  ).toString();
  const auth = operation.security?.length === 0 ? "" : '-H "Authorization: Bearer $CX_API_TOKEN" ';
  return `curl ${auth}"${origin}${path}${query ? `?${query}` : ""}"`;
}

/** One endpoint of the API reference: what it does, its parameters, the fields (or CSV columns) of its answer, an example. */
export function EndpointReference({
  id,
  route,
  operation,
  fields,
  columns,
  origin,
}: {
  id: string;
  route: string;
  operation: Operation;
  fields: Field[];
  columns: CsvColumn[];
  origin: string;
}) {
  const parameters = operation.parameters ?? [];
  const request = `GET ${route}`;
  return (
    <Section
      id={id}
      level={3}
      title={
        <>
          {operation.summary}: <PathText path={request} />
        </>
      }
    >
      <p>{operation.description}</p>
      {parameters.length === 0 ? (
        <p>No parameters.</p>
      ) : (
        <Table caption={`Parameters of ${request}`} columns={["Name", "In", "Type", "Required", "Description"]} compact>
          {parameters.map((p) => (
            <Row
              key={`${p.in}:${p.name}`}
              header={<code>{p.name}</code>}
              cells={[p.in, typeText(p.schema), p.required ? "Yes" : "No", [p.description, p.schema.default !== undefined ? `Default: ${String(p.schema.default)}.` : ""].filter(Boolean).join(" ")]}
            />
          ))}
        </Table>
      )}
      {fields.length > 0 && (
        <Table caption={`Fields of the answer to ${request}`} columns={["Field", "Type", "Description"]} compact>
          {fields.map((f) => (
            <Row key={f.name} header={<code>{f.name}</code>} cells={[f.type, f.description]} />
          ))}
        </Table>
      )}
      {columns.length > 0 && (
        <Table caption={`Columns of the CSV file ${request} answers with`} columns={["Column", "Meaning"]} compact>
          {columns.map((c) => (
            <Row key={c.header} header={c.header} cells={[c.description]} />
          ))}
        </Table>
      )}
      <CodeBlock label={`Example: ${request}`}>{curlExample(origin, route, operation)}</CodeBlock>
    </Section>
  );
}
