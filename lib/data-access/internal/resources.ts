import "server-only";
import { db } from "@/lib/db/client";
import type { ResourceLink } from "../types";

/** How many resources a gap lists: enough to act on, few enough to read. */
const RESOURCES_PER_GAP = 6;

/** Resources for a gap: those for its practices (in the order given, by rank), then the discipline's. */
export async function resourcesFor(disciplineKey: string, practiceKeys: string[]): Promise<ResourceLink[]> {
  const select = { id: true, title: true, url: true, publisher: true, format: true, size: true } as const;
  const [forPractices, forDiscipline] = await Promise.all([
    db().resourcePractice.findMany({
      where: { practiceKey: { in: practiceKeys }, resource: { retiredAt: null } },
      orderBy: [{ rank: "asc" }, { resource: { position: "asc" } }],
      select: { practiceKey: true, resource: { select } },
    }),
    db().resource.findMany({
      where: { retiredAt: null, disciplines: { some: { disciplineKey } } },
      orderBy: { position: "asc" },
      select,
      take: RESOURCES_PER_GAP,
    }),
  ]);
  const ordered = [
    ...practiceKeys.flatMap((k) => forPractices.filter((r) => r.practiceKey === k).map((r) => r.resource)),
    ...forDiscipline,
  ];
  const seen = new Set<string>();
  return ordered.filter((r) => !seen.has(r.url) && seen.add(r.url)).slice(0, RESOURCES_PER_GAP);
}


/** How many of these resources are mapped to the gap (its discipline or its practices) and in use. */
export async function countRecommended(resourceIds: string[], disciplineKey: string, practiceKeys: string[]): Promise<number> {
  if (resourceIds.length === 0) return 0;
  return db().resource.count({
    where: {
      id: { in: resourceIds },
      retiredAt: null,
      OR: [{ disciplines: { some: { disciplineKey } } }, { practices: { some: { practiceKey: { in: practiceKeys } } } }],
    },
  });
}
