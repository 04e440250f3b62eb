import "server-only";
import { db } from "@/lib/db/client";
import type { ResourceLink } from "../types";

/** How many resources a gap lists: enough to act on, few enough to read. */
const RESOURCES_PER_GAP = 6;

type Gap = { disciplineKey: string; practiceKeys: readonly string[] };

/**
 * Resources for each gap: those for its practices (in the order given, by rank), then its
 * discipline's, at most RESOURCES_PER_GAP without repeats. Two queries for any number of gaps.
 */
export async function resourcesForGaps(gaps: readonly Gap[]): Promise<ResourceLink[][]> {
  if (gaps.length === 0) return [];
  const select = { id: true, title: true, url: true, publisher: true, format: true, size: true } as const;
  const [forPractices, forDisciplines] = await Promise.all([
    db().resourcePractice.findMany({
      where: { practiceKey: { in: [...new Set(gaps.flatMap((g) => g.practiceKeys))] }, resource: { retiredAt: null } },
      orderBy: [{ rank: "asc" }, { resource: { position: "asc" } }],
      select: { practiceKey: true, resource: { select } },
    }),
    db().resourceDiscipline.findMany({
      where: { disciplineKey: { in: [...new Set(gaps.map((g) => g.disciplineKey))] }, resource: { retiredAt: null } },
      orderBy: { resource: { position: "asc" } },
      select: { disciplineKey: true, resource: { select } },
    }),
  ]);
  return gaps.map((gap) => {
    const ordered = [
      ...gap.practiceKeys.flatMap((k) => forPractices.filter((r) => r.practiceKey === k).map((r) => r.resource)),
      ...forDisciplines.filter((r) => r.disciplineKey === gap.disciplineKey).map((r) => r.resource),
    ];
    const seen = new Set<string>();
    return ordered.filter((r) => !seen.has(r.url) && seen.add(r.url)).slice(0, RESOURCES_PER_GAP);
  });
}

/** Resources for one gap. */
export async function resourcesFor(disciplineKey: string, practiceKeys: string[]): Promise<ResourceLink[]> {
  return (await resourcesForGaps([{ disciplineKey, practiceKeys }]))[0]!;
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
