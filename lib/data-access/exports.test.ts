// Every function the data-access layer exports takes the signed-in actor first, so it can check role
// and scope itself; helpers that take none live in internal/, which only the layer may import
// (eslint.layers.mjs). The modules that run before anyone is signed in are the named exceptions.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/** Sign-in and its second step, sessions and API tokens (they make the actor), the readiness probe, e-mailed password links and unsubscribe links (no one is signed in). */
const BEFORE_SIGN_IN = new Set(["accounts.ts", "api-auth.ts", "health.ts", "password-links.ts", "sign-in-second-step.ts", "unsubscribe.ts"]);

/** The job worker: no one is signed in; it acts on what the layer itself wrote (the outbox, notifications). */
const RUN_BY_THE_WORKER = new Set(["worker.ts", "worker-notifications.ts"]);

/** Runs outside Next.js too, so it cannot be server-only; it takes a transaction only the layer or the seed opens. */
const ALSO_RUN_BY_THE_SEED = new Set(["internal/write-model.ts"]);

const dir = import.meta.dirname;
const modules = readdirSync(dir).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && f !== "types.ts");

/** Exported functions (declarations and arrow consts) with the type of their first parameter. */
function exportedFunctions(file: string): { name: string; firstParam: string | null }[] {
  const source = ts.createSourceFile(file, readFileSync(path.join(dir, file), "utf8"), ts.ScriptTarget.Latest, true);
  const exported = (node: ts.Node) => ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  const first = (params: ts.NodeArray<ts.ParameterDeclaration>) => params[0]?.type?.getText(source) ?? null;
  const found: { name: string; firstParam: string | null }[] = [];
  for (const node of source.statements) {
    if (!exported(node)) continue;
    if (ts.isFunctionDeclaration(node) && node.name) found.push({ name: node.name.text, firstParam: first(node.parameters) });
    if (ts.isVariableStatement(node)) {
      for (const d of node.declarationList.declarations) {
        if (d.initializer && (ts.isArrowFunction(d.initializer) || ts.isFunctionExpression(d.initializer))) {
          found.push({ name: d.name.getText(source), firstParam: first(d.initializer.parameters) });
        }
      }
    }
  }
  return found;
}

describe("the data-access layer", () => {
  it.each(modules.filter((f) => !BEFORE_SIGN_IN.has(f) && !RUN_BY_THE_WORKER.has(f)))("%s: every exported function takes the actor first", (file) => {
    const unchecked = exportedFunctions(file).filter((f) => f.firstParam !== "Actor");
    expect(unchecked.map((f) => f.name)).toEqual([]);
  });

  const internal = readdirSync(path.join(dir, "internal")).map((f) => `internal/${f}`);
  it.each([...modules, ...internal].filter((f) => !ALSO_RUN_BY_THE_SEED.has(f)))("%s is server-only", (file) => {
    expect(readFileSync(path.join(dir, file), "utf8")).toMatch(/^import "server-only";$/m);
  });

  it("finds the exported functions it checks", () => {
    expect(exportedFunctions("programs.ts").map((f) => f.name)).toEqual(["listPrograms", "getProgram"]);
    expect(exportedFunctions("accounts.ts").find((f) => f.name === "verifyCredentials")?.firstParam).toBe("string");
  });
});
