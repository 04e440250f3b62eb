import "server-only";
import { db } from "@/lib/db/client";
import type { ResourceLink } from "../types";

/** How many resources a gap lists: enough to act on, few enough to read. */
const RESOURCES_PER_GAP = 6;

/** A practice below its target, at the level the program has reached on it (null: not known). */
type GapPractice = { key: string; level: number | null };
type Gap = { disciplineKey: string; practices: readonly GapPractice[] };

const inBand = (band: { fromLevel: number; toLevel: number }, level: number | null) => level === null || (band.fromLevel <= level && level <= band.toLevel);

/**
 * Resources for each gap: those for its practices at the level each has reached (in the order
 * given, by rank), then its discipline's, at most RESOURCES_PER_GAP without repeats. A resource
 * mapped to one of the gap's practices for other levels only is left out entirely, so a Reactive
 * program is not sent help meant for later steps. Two queries for any number of gaps.
 */
export async function resourcesForGaps(gaps: readonly Gap[]): Promise<ResourceLink[][]> {
  if (gaps.length === 0) return [];
  const select = { id: true, title: true, url: true, publisher: true, format: true, size: true } as const;
  const [forPractices, forDisciplines] = await Promise.all([
    db().resourcePractice.findMany({
      where: { practiceKey: { in: [...new Set(gaps.flatMap((g) => g.practices.map((p) => p.key)))] }, resource: { retiredAt: null } },
      orderBy: [{ rank: "asc" }, { resource: { position: "asc" } }],
      select: { practiceKey: true, fromLevel: true, toLevel: true, resource: { select } },
    }),
    db().resourceDiscipline.findMany({
      where: { disciplineKey: { in: [...new Set(gaps.map((g) => g.disciplineKey))] }, resource: { retiredAt: null } },
      orderBy: { resource: { position: "asc" } },
      select: { disciplineKey: true, resource: { select } },
    }),
  ]);
  return gaps.map((gap) => {
    const mapped = gap.practices.map((p) => ({ p, links: forPractices.filter((r) => r.practiceKey === p.key) }));
    const fits = mapped.flatMap(({ p, links }) => links.filter((r) => inBand(r, p.level)).map((r) => r.resource));
    const fitting = new Set(fits.map((r) => r.id));
    const notYet = new Set(mapped.flatMap(({ links }) => links.map((r) => r.resource.id)).filter((id) => !fitting.has(id)));
    const ordered = [...fits, ...forDisciplines.filter((r) => r.disciplineKey === gap.disciplineKey && !notYet.has(r.resource.id)).map((r) => r.resource)];
    const seen = new Set<string>();
    return ordered.filter((r) => !seen.has(r.url) && seen.add(r.url)).slice(0, RESOURCES_PER_GAP);
  });
}

/** Resources for one gap. */
export async function resourcesFor(disciplineKey: string, practices: GapPractice[]): Promise<ResourceLink[]> {
  return (await resourcesForGaps([{ disciplineKey, practices }]))[0]!;
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
