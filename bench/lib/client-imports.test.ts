// What the browser's bundles may not hold, read from the sources like the chart pages are: a client
// component pulls into the browser every project file it imports, and what those import.
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../scripts/lib/schema-engine";
import { importChain } from "./bundle-charts";

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : Promise.resolve(/\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : []))));
  return nested.flat();
}

async function clientComponents(): Promise<string[]> {
  const files = (await Promise.all(["app", "components"].map((d) => sourceFiles(path.join(projectRoot, d))))).flat();
  const marked = await Promise.all(files.map(async (f) => (/^\s*["']use client["']/.test(await readFile(f, "utf8")) ? f : null)));
  return marked.filter((f): f is string => f !== null);
}

const isZod = (specifier: string) => specifier === "zod" || specifier.startsWith("zod/");

describe("the browser's bundles", () => {
  it("find a file's way to zod through the project's imports, type-only imports aside", async () => {
    // A server component that reads a limit from a zod schema: the walk must see it.
    expect(await importChain(path.join(projectRoot, "components/portfolio/compare-form.tsx"), isZod, { browser: true })).toEqual([
      "components/portfolio/compare-form.tsx",
      "lib/validation/portfolio.ts",
      "zod",
    ]);
    // Its checkbox, which the client heatmap renders, imports nothing that does; a client form reaches
    // its server action, whose schema stays on the server.
    expect(await importChain(path.join(projectRoot, "components/portfolio/compare-checkbox.tsx"), isZod, { browser: true })).toBeNull();
    expect(await importChain(path.join(projectRoot, "components/account/create-token-form.tsx"), isZod, { browser: true })).toBeNull();
    expect(await importChain(path.join(projectRoot, "components/account/create-token-form.tsx"), isZod)).not.toBeNull();
  });

  it("hold no zod: no client component reaches it (schemas are checked on the server)", async () => {
    const clients = await clientComponents();
    expect(clients.length).toBeGreaterThan(10);
    const reaching = (await Promise.all(clients.map((f) => importChain(f, isZod, { browser: true })))).filter((chain) => chain !== null);
    expect(reaching).toEqual([]);
  });
});
