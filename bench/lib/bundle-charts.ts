// Which routes render charts, for their larger first-load JS budget: a page is a chart page when
// its page file reaches components/charts/ (or recharts itself) through its static and dynamic
// imports of project files. Read from the sources, so a page that gains or loses a chart is
// budgeted accordingly without a list to keep up to date. The same walk finds what a client
// component pulls into the browser (client-imports.test.ts).
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { projectRoot } from "../../scripts/lib/schema-engine";
import { routePattern } from "../../testing/next-actions";

const EXTENSIONS = ["", ".ts", ".tsx", "/index.ts", "/index.tsx"];

/** Module specifiers of static imports, re-exports and dynamic import() calls; with `values`, not the type-only ones (erased from the build). */
export function importSpecifiers(source: string, { values = false } = {}): string[] {
  const found = new Set<string>();
  for (const m of source.matchAll(/\b(?:import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?["']([^"']+)["']/g)) if (!(values && m[1])) found.add(m[2]!);
  for (const m of source.matchAll(/\bimport\s*\(\s*["']([^"']+)["']\s*\)/g)) found.add(m[1]!);
  return [...found];
}

async function resolveProjectFile(specifier: string, fromFile: string): Promise<string | null> {
  const base = specifier.startsWith("@/") ? path.join(projectRoot, specifier.slice(2)) : specifier.startsWith(".") ? path.resolve(path.dirname(fromFile), specifier) : null;
  if (!base) return null;
  for (const extension of EXTENSIONS) {
    const candidate = base + extension;
    const ok = await readFile(candidate, "utf8").then(
      () => true,
      () => false,
    );
    if (ok) return candidate;
  }
  return null;
}

/**
 * The chain of project files from `entry` to the first import that `wanted` picks (by its specifier,
 * or by the project file it resolves to), following static and dynamic imports of project files; null
 * when none does. With `browser`, only what a client bundle holds: type-only imports are erased, and a
 * "use server" module is a reference to the server, whose own imports stay there.
 */
export async function importChain(entry: string, wanted: (specifier: string, file: string | null) => boolean, { browser = false } = {}): Promise<string[] | null> {
  const cameFrom = new Map<string, string | null>([[entry, null]]);
  const chainTo = (file: string) => {
    const chain: string[] = [];
    for (let at: string | null = file; at; at = cameFrom.get(at) ?? null) chain.unshift(path.relative(projectRoot, at));
    return chain;
  };
  const queue = [entry];
  while (queue.length) {
    const file = queue.shift()!;
    const source = await readFile(file, "utf8");
    if (browser && file !== entry && /^\s*["']use server["']/.test(source)) continue;
    for (const specifier of importSpecifiers(source, { values: browser })) {
      const resolved = await resolveProjectFile(specifier, file);
      if (wanted(specifier, resolved)) return [...chainTo(file), resolved ? path.relative(projectRoot, resolved) : specifier];
      if (resolved && !cameFrom.has(resolved)) {
        cameFrom.set(resolved, file);
        queue.push(resolved);
      }
    }
  }
  return null;
}

const reachesCharts = async (entry: string) => {
  const chartsDir = path.join(projectRoot, "components/charts") + path.sep;
  const isChart = (specifier: string, file: string | null) => specifier === "recharts" || specifier.startsWith("recharts/") || Boolean(file?.startsWith(chartsDir));
  return entry.startsWith(chartsDir) || (await importChain(entry, isChart)) !== null;
};

async function pageFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) => {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) return pageFiles(full);
      return Promise.resolve(/^page\.(tsx|ts|jsx|js)$/.test(e.name) ? [full] : []);
    }),
  );
  return nested.flat();
}

/** Route → whether its page renders charts, for every page under app/. */
export async function chartRoutes(): Promise<Map<string, boolean>> {
  const appDir = path.join(projectRoot, "app");
  const result = new Map<string, boolean>();
  for (const file of await pageFiles(appDir)) {
    result.set(routePattern(path.relative(appDir, file)), await reachesCharts(file));
  }
  return result;
}
