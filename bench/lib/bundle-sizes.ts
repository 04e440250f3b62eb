// First-load JS per route, gzip: the chunks Next.js lists for each route in
// .next/diagnostics/route-bundle-stats.json, each gzipped at level 9 (once per chunk) and summed.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { gzipSync, constants } from "node:zlib";
import { z } from "zod";
import { projectRoot } from "../../scripts/lib/schema-engine";
import { chartRoutes } from "./bundle-charts";

export const routeBundleStatsPath = path.join(projectRoot, ".next/diagnostics/route-bundle-stats.json");

const statsSchema = z.array(z.object({ route: z.string(), firstLoadUncompressedJsBytes: z.number(), firstLoadChunkPaths: z.array(z.string()) }));

export type RouteJs = { route: string; chunks: number; uncompressedBytes: number; gzipBytes: number; charts: boolean };

export async function firstLoadJs(): Promise<RouteJs[]> {
  const stats = statsSchema.parse(JSON.parse(await readFile(routeBundleStatsPath, "utf8")));
  const charts = await chartRoutes();
  const gzipped = new Map<string, Promise<number>>();
  const gzipSize = (chunk: string) => {
    let size = gzipped.get(chunk);
    if (!size) {
      size = readFile(path.join(projectRoot, chunk)).then((bytes) => gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }).byteLength);
      gzipped.set(chunk, size);
    }
    return size;
  };
  const routes = await Promise.all(
    stats.map(async (r) => {
      const sizes = await Promise.all(r.firstLoadChunkPaths.map(gzipSize));
      return {
        route: r.route,
        chunks: r.firstLoadChunkPaths.length,
        uncompressedBytes: r.firstLoadUncompressedJsBytes,
        gzipBytes: sizes.reduce((sum, v) => sum + v, 0),
        charts: charts.get(r.route) ?? false,
      };
    }),
  );
  return routes.sort((a, b) => a.route.localeCompare(b.route));
}
