// Which routes render charts, for their larger first-load JS budget: a page is a chart page when
// its page file reaches components/charts/ (or recharts itself) through its static and dynamic
// imports of project files. Read from the sources, so a page that gains or loses a chart is
// budgeted accordingly without a list to keep up to date.
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { projectRoot } from "../../scripts/lib/schema-engine";
import { routePattern } from "../../testing/next-actions";

const EXTENSIONS = ["", ".ts", ".tsx", "/index.ts", "/index.tsx"];

/** Module specifiers of static imports, re-exports and dynamic import() calls. */
export function importSpecifiers(source: string): string[] {
  const found = new Set<string>();
  for (const m of source.matchAll(/\b(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\sfrom\s+)?["']([^"']+)["']/g)) found.add(m[1]!);
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

async function reachesCharts(entry: string, cache: Map<string, boolean>): Promise<boolean> {
  const chartsDir = path.join(projectRoot, "components/charts") + path.sep;
  const seen = new Set<string>([entry]);
  const queue = [entry];
  while (queue.length) {
    const file = queue.shift()!;
    if (file.startsWith(chartsDir)) return true;
    if (cache.get(file) === true) return true;
    const source = await readFile(file, "utf8");
    for (const specifier of importSpecifiers(source)) {
      if (specifier === "recharts" || specifier.startsWith("recharts/")) return true;
      const resolved = await resolveProjectFile(specifier, file);
      if (resolved && !seen.has(resolved)) {
        seen.add(resolved);
        queue.push(resolved);
      }
    }
  }
  cache.set(entry, false);
  return false;
}

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
  const cache = new Map<string, boolean>();
  const result = new Map<string, boolean>();
  for (const file of await pageFiles(appDir)) {
    result.set(routePattern(path.relative(appDir, file)), await reachesCharts(file, cache));
  }
  return result;
}
