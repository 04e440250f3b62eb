// Server action ids from the production build, as the browser's JavaScript knows them.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { projectRoot } from "../../scripts/lib/schema-engine";

const manifestFile = path.join(projectRoot, ".next/server/server-reference-manifest.json");

type ReferenceManifest = { node: Record<string, { filename?: string; exportedName?: string; workers?: Record<string, unknown> }> };

/** The id of the action exported as `exportedName` from `filename` (relative to the project). */
export async function actionId(filename: string, exportedName: string): Promise<string> {
  const manifest = JSON.parse(await readFile(manifestFile, "utf8")) as ReferenceManifest;
  const ids = Object.entries(manifest.node)
    .filter(([, entry]) => entry.exportedName === exportedName && entry.filename === filename)
    .map(([id]) => id);
  if (ids.length !== 1) throw new Error(`Expected one server action ${exportedName} from ${filename} in ${path.relative(projectRoot, manifestFile)}, found ${ids.length}`);
  return ids[0]!;
}
