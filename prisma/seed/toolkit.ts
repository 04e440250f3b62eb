// Seeds the CX Toolkit resource catalogue from the toolkit file itself (prisma/seed/content/cx-toolkit.md,
// digital.gov's page verbatim) on first start, in every mode.
import { readFile } from "node:fs/promises";
import type { PrismaClient } from "../../lib/db/generated/client";
import { parseToolkit } from "./toolkit-parser";
import { toolkitMap } from "./toolkit-map";

export const toolkitFile = new URL("./content/cx-toolkit.md", import.meta.url);

export async function seedToolkit(prisma: PrismaClient): Promise<number | "present"> {
  if ((await prisma.resource.count()) > 0) return "present";
  const resources = parseToolkit(await readFile(toolkitFile, "utf8"));
  await prisma.$transaction(async (tx) => {
    for (const [position, r] of resources.entries()) {
      const mapping = toolkitMap.find((m) => m.topic === r.topic && m.subheading === r.subheading);
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
          disciplines: { create: (mapping?.disciplines ?? []).map((disciplineKey) => ({ disciplineKey })) },
          practices: { create: (mapping?.practices ?? []).map((practiceKey, i) => ({ practiceKey, rank: i + 1 })) },
        },
      });
    }
    await tx.auditEvent.create({
      data: { actorEmail: "system", action: "toolkit.seed", entityType: "Resource", entityId: "*", after: { resources: resources.length } },
    });
  });
  return resources.length;
}
