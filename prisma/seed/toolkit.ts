// Seeds the resource catalogue on first start, in every mode: the CX Toolkit from the toolkit file
// itself (prisma/seed/content/cx-toolkit.md, digital.gov's page verbatim), then the official pages it
// lacks (content/supplementary-resources.ts), each mapped to disciplines and, by level band, practices.
import { readFile } from "node:fs/promises";
import type { PrismaClient } from "../../lib/db/generated/client";
import { supplementaryResources } from "./content/supplementary-resources";
import { parseToolkit } from "./toolkit-parser";
import { levelBandOf, practiceKeyOf, toolkitMap, type PracticeLink } from "./toolkit-map";

export const toolkitFile = new URL("./content/cx-toolkit.md", import.meta.url);

const practiceRows = (links: readonly PracticeLink[]) =>
  links.map((link, i) => {
    const band = levelBandOf(link);
    return { practiceKey: practiceKeyOf(link), rank: i + 1, fromLevel: band.from, toLevel: band.to };
  });

export async function seedToolkit(prisma: PrismaClient): Promise<number | "present"> {
  if ((await prisma.resource.count()) > 0) return "present";
  const toolkit = parseToolkit(await readFile(toolkitFile, "utf8")).map((r) => {
    const mapping = toolkitMap.find((m) => m.topic === r.topic && m.subheading === r.subheading);
    return { ...r, disciplines: mapping?.disciplines ?? [], practices: mapping?.practices ?? [] };
  });
  const resources = [...toolkit, ...supplementaryResources.map((r) => ({ ...r, format: "", size: "" }))];
  await prisma.$transaction(async (tx) => {
    for (const [position, r] of resources.entries()) {
      await tx.resource.create({
        data: {
          title: r.title,
          url: r.url,
          publisher: r.publisher,
          format: r.format,
          size: r.size,
          topic: r.topic,
          subheading: r.subheading,
          context: r.context,
          position,
          disciplines: { create: r.disciplines.map((disciplineKey) => ({ disciplineKey })) },
          practices: { create: practiceRows(r.practices) },
        },
      });
    }
    await tx.auditEvent.create({
      data: { actorEmail: "system", action: "toolkit.seed", entityType: "Resource", entityId: "*", after: { resources: resources.length } },
    });
  });
  return resources.length;
}
