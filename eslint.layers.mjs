// The architecture, as lint rules: which layer may import which. README's "Architecture" section
// describes the same layers; lib/architecture.test.ts shows each rule firing on a file that breaks it.
// Each message starts with the rule's name, so a failure says which rule and why.
//
// ESLint applies the last matching block's options for a rule, so each block below lists every
// restriction of its zone, and narrower zones come after wider ones.

/** An import of `path` (a folder under the repo root) written with the `@/` alias or relatively. */
const to = (path) => `^(@/|(\\.\\./)+)${path.replace(/^lib\//, "(lib/)?")}(/|$)`;

const rule = (name, regex, why) => ({ regex, message: `[layers/${name}] ${why}` });

const prismaOutsideTheLayer = [
  rule("prisma-only-in-data-access", `${to("lib/db")}(?!generated/enums$)`, "Only lib/data-access/ (and the seed and migration scripts) use the database: add a checked function there."),
  rule("prisma-only-in-data-access", "^(@prisma/|pg$)", "Only lib/data-access/ (and the seed and migration scripts) use the database: add a checked function there."),
];
const internalHelpers = rule(
  "data-access-internal",
  to("lib/data-access/internal"),
  "lib/data-access/internal/ holds helpers that check no caller; only the data-access layer itself imports them. Call an exported function that takes the actor.",
);
const framework = rule(
  "pure-domain",
  "^(next|next-auth|react|react-dom|server-only|node:.*|fs|path|child_process|http|https|net|os)(/|$)",
  "lib/scoring/ and lib/model/ are pure domain rules: no I/O, no framework. Pass the data in.",
);

export const layers = [
  {
    files: ["lib/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: [...prismaOutsideTheLayer, internalHelpers] }] },
  },
  {
    files: ["lib/scoring/**/*.ts", "lib/model/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [...prismaOutsideTheLayer, framework, rule("pure-domain", to("lib/(data-access|actions|auth|exports|pdf|availability)"), "lib/scoring/ and lib/model/ are pure domain rules: they import no other layer.")] },
      ],
    },
  },
  { files: ["lib/data-access/**/*.ts", "lib/db/**/*.ts", "lib/testing/**/*.ts"], rules: { "no-restricted-imports": "off" } },
  {
    files: ["lib/data-access/types.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        ...["FunctionDeclaration", "VariableDeclaration", "ClassDeclaration", "TSEnumDeclaration", "ImportDeclaration[importKind!='type']", "ExportNamedDeclaration[exportKind!='type'][declaration=null]"].map((selector) => ({
          selector,
          message: "[layers/types-only] lib/data-access/types.ts holds types only, so components can import it without the layer or Prisma.",
        })),
      ],
    },
  },
  {
    files: ["app/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [rule("app-through-data-access", `${to("lib/db")}|^(@prisma/|pg$)`, "Routes read and write through lib/data-access/, never the database."), internalHelpers] },
      ],
    },
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            rule("components-take-props", `${to("lib/db")}|^(@prisma/|pg$)`, "Components render what they are given: take the data as props, with types from @/lib/data-access/types."),
            rule("components-take-props", `${to("lib/data-access")}(?!types$)`, "Components render what they are given: take the data as props, with types from @/lib/data-access/types."),
          ],
        },
      ],
    },
  },
];
