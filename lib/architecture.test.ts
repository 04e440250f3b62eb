// Each layer rule of eslint.layers.mjs fires on a file that breaks it, and stays quiet on the
// import the layer is meant to use. The files are linted as if they stood at the given path.
import path from "node:path";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: path.resolve(import.meta.dirname, "..") });
});

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\n`, { filePath });
  return result!.messages.flatMap((m) => /\[(layers\/[a-z-]+)\]/.exec(m.message)?.[1] ?? []);
}

const breaks: [rule: string, file: string, code: string][] = [
  ["layers/components-take-props", "components/x.tsx", 'import { listPrograms } from "@/lib/data-access/programs";\nexport const x = listPrograms;'],
  ["layers/components-take-props", "components/results/x.tsx", 'import type { Role } from "@/lib/db/generated/enums";\nexport type X = Role;'],
  ["layers/components-take-props", "components/x.tsx", 'import { db } from "../lib/db/client";\nexport const x = db;'],
  ["layers/app-through-data-access", "app/(signed-in)/x/page.tsx", 'import { db } from "@/lib/db/client";\nexport const x = db;'],
  ["layers/app-through-data-access", "app/x/route.ts", 'import { Prisma } from "@prisma/client";\nexport const x = Prisma;'],
  ["layers/data-access-internal", "app/x/page.tsx", 'import { recordAudit } from "@/lib/data-access/internal/audit";\nexport const x = recordAudit;'],
  ["layers/data-access-internal", "lib/actions/x.ts", 'import { scoreAssessments } from "@/lib/data-access/internal/scores";\nexport const x = scoreAssessments;'],
  ["layers/prisma-only-in-data-access", "lib/actions/x.ts", 'import { db } from "@/lib/db/client";\nexport const x = db;'],
  ["layers/prisma-only-in-data-access", "lib/exports/x.ts", 'import type { Prisma } from "../db/generated/client";\nexport type X = Prisma.AnswerWhereInput;'],
  ["layers/prisma-only-in-data-access", "lib/auth/x.ts", 'import pg from "pg";\nexport const x = pg;'],
  ["layers/pure-domain", "lib/scoring/x.ts", 'import { readFileSync } from "node:fs";\nexport const x = readFileSync;'],
  ["layers/pure-domain", "lib/model/x.ts", 'import { notFound } from "next/navigation";\nexport const x = notFound;'],
  ["layers/pure-domain", "lib/scoring/x.ts", 'import { getResults } from "@/lib/data-access/results";\nexport const x = getResults;'],
  ["layers/prisma-only-in-data-access", "lib/model/x.ts", 'import { db } from "@/lib/db/client";\nexport const x = db;'],
  ["layers/types-only", "lib/data-access/types.ts", 'import { db } from "@/lib/db/client";\nexport const x = db;'],
  ["layers/types-only", "lib/data-access/types.ts", "export function helper() {\n  return 1;\n}"],
];

const allowed: [file: string, code: string][] = [
  ["components/x.tsx", 'import type { AnswerView } from "@/lib/data-access/types";\nexport type X = AnswerView;'],
  ["app/x/page.tsx", 'import { listPrograms } from "@/lib/data-access/programs";\nexport const x = listPrograms;'],
  ["lib/data-access/x.ts", 'import { db } from "@/lib/db/client";\nimport { recordAudit } from "./internal/audit";\nexport const x = [db, recordAudit];'],
  ["lib/model/x.ts", 'import { A11Area } from "@/lib/db/generated/enums";\nexport const x = A11Area;'],
  ["lib/scoring/x.test.ts", 'import { readFileSync } from "node:fs";\nexport const x = readFileSync;'],
  ["lib/data-access/types.ts", 'import type { Role } from "@/lib/db/generated/enums";\nexport type { Role };\nexport type X = { role: Role };'],
  ["prisma/seed/x.ts", 'import { writeModelVersion } from "../../lib/data-access/internal/write-model";\nexport const x = writeModelVersion;'],
];

describe("layer rules", () => {
  it.each(breaks)("%s fires in %s", async (rule, file, code) => {
    expect(await layerErrors(file, code)).toContain(rule);
  });

  it.each(allowed)("%s may import what its layer uses", async (file, code) => {
    expect(await layerErrors(file, code)).toEqual([]);
  });
});
