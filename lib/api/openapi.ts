// The read API's OpenAPI 3.1 document, generated from the zod schemas in schemas.ts by zod's own
// JSON Schema output (draft 2020-12, the dialect OpenAPI 3.1 uses). /api/v1/openapi.json serves it and
// the /developers page renders it, so neither can drift from what the routes parse and answer.
import { z } from "zod";
import { API_REQUESTS_PER_MINUTE } from "./tokens";
import { EXCHANGE_SCHEMA_PATH, assessmentExchangeSchema } from "@/lib/exchange/format";
import { answerColumns, portfolioColumns, type Column } from "@/lib/exports/columns";
import * as s from "./schemas";

/** The subset of JSON Schema that zod writes for these schemas and the reference page reads. */
export type JsonSchema = {
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  default?: unknown;
  examples?: unknown[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  $ref?: string;
};

export type Parameter = { name: string; in: "path" | "query"; required: boolean; description?: string; schema: JsonSchema };

type Problem = { description: string; headers?: Record<string, { description: string; schema: JsonSchema }>; content: Record<string, { schema: JsonSchema }> };

/** A CSV column as the document lists it (x-columns of a text/csv answer). */
export type CsvColumn = { header: string; description: string };

type Content = Record<string, { schema: JsonSchema; "x-columns"?: CsvColumn[] }>;

export type Operation = {
  operationId: string;
  summary: string;
  description: string;
  parameters?: Parameter[];
  security?: Record<string, string[]>[];
  responses: Record<string, { $ref: string } | { description: string; headers?: Problem["headers"]; content?: Content }>;
};

export type OpenApiDocument = {
  openapi: string;
  info: { title: string; version: string; description: string };
  security: Record<string, string[]>[];
  paths: Record<string, { get: Operation }>;
  components: {
    securitySchemes: Record<string, { type: string; scheme: string; description: string }>;
    schemas: Record<string, JsonSchema>;
    responses: Record<string, { description: string; headers?: Problem["headers"]; content?: Problem["content"] }>;
  };
};

type Endpoint = {
  path: string;
  operationId: string;
  summary: string;
  description: string;
  query: z.ZodObject;
  /** A name in `bodies`, for JSON; the columns of the app's download, for CSV. */
  response: keyof typeof bodies | { csv: readonly Column<never>[] };
};

/** Response bodies, by the name the document gives them under components.schemas. */
const bodies = {
  AgencyList: s.agencyListSchema,
  ProgramPage: s.programPageSchema,
  Program: s.programSchema,
  CycleList: s.cycleListSchema,
  AssessmentPage: s.assessmentPageSchema,
  Assessment: s.assessmentSchema,
  AnswerList: s.answerListSchema,
  TargetList: s.targetListSchema,
  ActionItemList: s.actionItemListSchema,
  PortfolioPage: s.portfolioPageSchema,
  AssessmentExchange: assessmentExchangeSchema,
  Problem: s.problemSchema,
};

export const API_PREFIX = "/api/v1";
export const OPENAPI_PATH = `${API_PREFIX}/openapi.json`;

const endpoints: Endpoint[] = [
  {
    path: "/agencies",
    operationId: "listAgencies",
    summary: "Agencies",
    description: "The agencies you can see, by name, each with the number of its programs you can read.",
    query: s.noQuerySchema,
    response: "AgencyList",
  },
  {
    path: "/programs",
    operationId: "listPrograms",
    summary: "Programs",
    description: "The programs you can read, a page at a time.",
    query: s.programsQuerySchema,
    response: "ProgramPage",
  },
  {
    path: "/programs/{programId}",
    operationId: "getProgram",
    summary: "One program",
    description: "A program you can read.",
    query: s.noQuerySchema,
    response: "Program",
  },
  {
    path: "/programs/{programId}/targets",
    operationId: "listProgramTargets",
    summary: "A program's targets",
    description: "The target levels chosen for the program, by discipline, with their status against its latest accepted assessment. A discipline without one aims for the next level up.",
    query: s.noQuerySchema,
    response: "TargetList",
  },
  {
    path: "/programs/{programId}/action-items",
    operationId: "listProgramActionItems",
    summary: "A program's action items",
    description: "The program's action items, earliest due first.",
    query: s.noQuerySchema,
    response: "ActionItemList",
  },
  {
    path: "/cycles",
    operationId: "listCycles",
    summary: "Cycles",
    description: "Every assessment cycle, newest first.",
    query: s.noQuerySchema,
    response: "CycleList",
  },
  {
    path: "/assessments",
    operationId: "listAssessments",
    summary: "Assessments",
    description: "Assessments of the programs you can read, a page at a time, with their scores once submitted.",
    query: s.assessmentsQuerySchema,
    response: "AssessmentPage",
  },
  {
    path: "/assessments/{assessmentId}",
    operationId: "getAssessment",
    summary: "One assessment",
    description: "An assessment of a program you can read.",
    query: s.noQuerySchema,
    response: "Assessment",
  },
  {
    path: "/assessments/{assessmentId}/answers",
    operationId: "listAssessmentAnswers",
    summary: "An assessment's answers",
    description:
      "Every answer, in the model's order. A draft or returned assessment is its program's work in progress: its answers are for the program's leads and administrators until it is submitted (not found otherwise).",
    query: s.noQuerySchema,
    response: "AnswerList",
  },
  {
    path: "/assessments/{assessmentId}/answers.csv",
    operationId: "downloadAssessmentAnswers",
    summary: "An assessment's answers as CSV",
    description: "The same answers as a CSV file for spreadsheet tools, with the columns of the app's raw-answers download (docs/exports.md). Streamed, so without an ETag.",
    query: s.noQuerySchema,
    response: { csv: answerColumns },
  },
  {
    path: "/assessments/{assessmentId}/exchange",
    operationId: "exportAssessment",
    summary: "An assessment as an exchange document",
    description:
      "The whole assessment in the exchange format (docs/assessment-exchange.md): program, cycle, model version, every answer with its evidence, scores and the council's decisions. An administrator can import the document into another installation. Readable when the answers are.",
    query: s.noQuerySchema,
    response: "AssessmentExchange",
  },
  {
    path: "/portfolio",
    operationId: "getPortfolio",
    summary: "Portfolio",
    description:
      "The portfolio heatmap's programs for the same filters, a page at a time: for each, the accepted assessment the view shows and its overall and per-discipline scores. For the council, Chief Customer Officers (their agency) and administrators.",
    query: s.portfolioApiQuerySchema,
    response: "PortfolioPage",
  },
  {
    path: "/portfolio.csv",
    operationId: "downloadPortfolio",
    summary: "Portfolio as CSV",
    description:
      "The portfolio download for the same filters, every row at once: one row per program and discipline, with the columns of the app's portfolio download (docs/exports.md). Streamed, so without an ETag.",
    query: s.portfolioCsvQuerySchema,
    response: { csv: portfolioColumns },
  },
  {
    path: "/portfolio/answers.csv",
    operationId: "downloadPortfolioAnswers",
    summary: "Portfolio's answers as CSV",
    description:
      "Every answer of the assessments the portfolio shows for the same filters, with the columns of the app's raw-answers download (docs/exports.md). Streamed, so without an ETag.",
    query: s.portfolioCsvQuerySchema,
    response: { csv: answerColumns },
  },
];

const pathParameterDescriptions: Record<string, string> = {
  programId: "A program's id.",
  assessmentId: "An assessment's id.",
};

/** A zod schema as a JSON Schema object for the document: no `$schema` of its own, the document sets the dialect. */
export function jsonSchemaOf(schema: z.ZodType, io: "input" | "output" = "output"): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io }) as JsonSchema & { $schema?: string };
  return rest;
}

function parametersOf(endpoint: Endpoint): Parameter[] {
  const pathParameters = [...endpoint.path.matchAll(/\{(\w+)\}/g)].map(([, name]): Parameter => ({
    name: name!,
    in: "path",
    required: true,
    description: pathParameterDescriptions[name!],
    schema: { type: "string", format: "uuid" },
  }));
  // Query strings carry text: the input side of each schema says what may be sent.
  const query = jsonSchemaOf(endpoint.query, "input");
  const queryParameters = Object.entries(query.properties ?? {}).map(([name, { description, ...schema }]): Parameter => ({
    name,
    in: "query",
    required: query.required?.includes(name) ?? false,
    description,
    schema,
  }));
  return [...pathParameters, ...queryParameters];
}

const problem = (description: string, headers?: Problem["headers"]): Problem => ({
  description,
  ...(headers ? { headers } : {}),
  content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
});

const responses = {
  NotModified: { description: "Not modified: the If-None-Match header named the current ETag, so the body you have is still current." },
  BadRequest: problem("The query has problems: `errors` names each parameter and what is wrong with it."),
  Unauthorized: problem("No token, or a token that is unknown, expired or revoked, or whose owner is disabled or may no longer use the API.", {
    "WWW-Authenticate": { description: 'Bearer realm="api"', schema: { type: "string" } },
  }),
  NotFound: problem("Nothing at this address that your token can read: a missing id and one outside your scope look the same."),
  TooManyRequests: problem(`More than ${API_REQUESTS_PER_MINUTE} requests in this minute with this token.`, {
    "Retry-After": { description: "Seconds to wait before the next request.", schema: { type: "integer", minimum: 1 } },
  }),
};

function ok(response: Endpoint["response"]): Operation["responses"] {
  if (typeof response === "string") {
    return {
      "200": {
        description: "OK",
        headers: { ETag: { description: "A strong tag of the body: send it back in If-None-Match.", schema: { type: "string" } } },
        content: { "application/json": { schema: { $ref: `#/components/schemas/${response}` } } },
      },
      "304": { $ref: "#/components/responses/NotModified" },
    };
  }
  const columns = response.csv.map((c) => ({ header: c.header, description: c.description }));
  return {
    "200": {
      description: "OK: a CSV file (RFC 4180, UTF-8 with a byte-order mark, a header row), as an attachment.",
      headers: { "Content-Disposition": { description: "attachment, with a file name.", schema: { type: "string" } } },
      content: {
        "text/csv": {
          schema: { type: "string", description: `Columns: ${columns.map((c) => c.header).join(", ")}.` },
          "x-columns": columns,
        },
      },
    },
  };
}

function operation(endpoint: Endpoint): { get: Operation } {
  return {
    get: {
      operationId: endpoint.operationId,
      summary: endpoint.summary,
      description: endpoint.description,
      parameters: parametersOf(endpoint),
      responses: {
        ...ok(endpoint.response),
        "400": { $ref: "#/components/responses/BadRequest" },
        "401": { $ref: "#/components/responses/Unauthorized" },
        "404": { $ref: "#/components/responses/NotFound" },
        "429": { $ref: "#/components/responses/TooManyRequests" },
      },
    },
  };
}

/** The whole document, the same on every call. */
export function openApiDocument(): OpenApiDocument {
  return {
    openapi: "3.1.1",
    info: {
      title: "CX Maturity Assessment read API",
      version: "1",
      description: [
        "Read-only access, for your own tools, to what your account can see in the app: the same programs, the same rules.",
        "Send a personal API token (from your account's API tokens page) as `Authorization: Bearer cxm_…`.",
        `Lists with a cursor come a page at a time: pass the page's nextCursor as cursor until it is null. Dates are ISO 8601, ids UUIDs. Every answer carries an ETag; send it in If-None-Match to get 304 when nothing changed. Up to ${API_REQUESTS_PER_MINUTE} requests a minute per token.`,
      ].join("\n\n"),
    },
    security: [{ bearer: [] }],
    paths: {
      ...Object.fromEntries(endpoints.map((e) => [`${API_PREFIX}${e.path}`, operation(e)])),
      [OPENAPI_PATH]: {
        get: {
          operationId: "getOpenApiDocument",
          summary: "This document",
          description: "The API's OpenAPI 3.1 description. Public: no token needed.",
          security: [],
          responses: { "200": { description: "OK", content: { "application/json": { schema: { type: "object" } } } } },
        },
      },
      [EXCHANGE_SCHEMA_PATH]: {
        get: {
          operationId: "getAssessmentExchangeSchema",
          summary: "The exchange format's JSON Schema",
          description: "The JSON Schema (draft 2020-12) of the assessment exchange format, for tools that write or check exchange documents. Public: no token needed.",
          security: [],
          responses: { "200": { description: "OK", content: { "application/json": { schema: { type: "object" } } } } },
        },
      },
    },
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer", description: "A personal API token, cxm_ followed by 43 characters." } },
      schemas: Object.fromEntries(Object.entries(bodies).map(([name, schema]) => [name, jsonSchemaOf(schema)])),
      responses,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Reading the document back, for the reference page

/** The schema a `$ref` into components.schemas names, or the schema itself. */
export function resolve(doc: OpenApiDocument, schema: JsonSchema): JsonSchema {
  return schema.$ref ? (doc.components.schemas[schema.$ref.replace("#/components/schemas/", "")] ?? {}) : schema;
}

/** A nullable schema's other half: zod writes `anyOf: [X, { type: "null" }]`, or a type list with "null". */
function withoutNull(schema: JsonSchema): { schema: JsonSchema; nullable: boolean } {
  const other = schema.anyOf?.filter((s) => s.type !== "null");
  if (other?.length === 1 && schema.anyOf!.length === 2) return { schema: { ...other[0], description: schema.description ?? other[0]!.description }, nullable: true };
  if (Array.isArray(schema.type) && schema.type.includes("null")) {
    const types = schema.type.filter((t) => t !== "null");
    return { schema: { ...schema, type: types.length === 1 ? types[0] : types }, nullable: true };
  }
  return { schema, nullable: false };
}

const formats: Record<string, string> = { uuid: "UUID", "date-time": "date and time", date: "date" };

/** A schema's type in words, as the reference tables show it. */
export function typeText(schema: JsonSchema): string {
  const { schema: s, nullable } = withoutNull(schema);
  const orNull = nullable ? " or null" : "";
  if (s.enum) return `one of ${s.enum.map((v) => JSON.stringify(v)).join(", ")}${orNull}`;
  if (s.type === "array") return `list of ${typeText(s.items ?? {})}${orNull}`;
  if (s.type === "integer" || s.type === "number") {
    // zod bounds every integer by the largest safe one: no limit worth stating.
    const maximum = s.maximum !== undefined && s.maximum < Number.MAX_SAFE_INTEGER ? s.maximum : undefined;
    const range = s.minimum !== undefined && maximum !== undefined ? ` ${s.minimum}–${maximum}` : s.minimum !== undefined ? ` from ${s.minimum}` : "";
    return `${s.type}${range}${orNull}`;
  }
  if (s.type === "string") {
    const length = s.maxLength !== undefined ? `, at most ${s.maxLength} characters` : "";
    return `${s.format ? (formats[s.format] ?? s.format) : "string"}${length}${orNull}`;
  }
  return `${Array.isArray(s.type) ? s.type.join(" or ") : (s.type ?? "any")}${orNull}`;
}

/** The columns of an operation's 200 answer, if it is a CSV file. */
export function csvColumnsOf(operation: Operation): CsvColumn[] {
  const ok = operation.responses["200"];
  return (ok && "content" in ok ? ok.content?.["text/csv"]?.["x-columns"] : undefined) ?? [];
}

/** The schema of an operation's 200 answer, if it has a JSON body. */
export function responseSchemaOf(operation: Operation): JsonSchema | undefined {
  const ok = operation.responses["200"];
  return ok && "content" in ok ? ok.content?.["application/json"]?.schema : undefined;
}

export type Field = { name: string; type: string; description: string };

/** Every field of a response body, nested ones by their path (`data[].program.id`), in the schema's order. */
export function fieldsOf(doc: OpenApiDocument, schema: JsonSchema, prefix = ""): Field[] {
  const body = resolve(doc, schema);
  return Object.entries(body.properties ?? {}).flatMap(([key, property]) => {
    const name = `${prefix}${key}`;
    const { schema: inner } = withoutNull(property);
    const nested = inner.type === "object" ? fieldsOf(doc, inner, `${name}.`) : inner.type === "array" && inner.items?.type === "object" ? fieldsOf(doc, inner.items, `${name}[].`) : [];
    const absent = body.required?.includes(key) ? "" : " (may be absent)";
    return [{ name, type: `${typeText(property)}${absent}`, description: property.description ?? "" }, ...nested];
  });
}
