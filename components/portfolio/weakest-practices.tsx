import type { WeakPractice } from "@/lib/scoring/weakest-practices";
import type { ResourceLink } from "@/lib/data-access/types";
import { ResourceList } from "../resource-list";
import { levelLabel } from "../uswds/level-tag";

type Practice = WeakPractice & { discipline: string; resources: ResourceLink[] };

/** "2.5": a median between two levels is written as such, a whole one with its name. */
function medianLabel(median: number, levelNames: string[]) {
  return Number.isInteger(median) ? levelLabel(median, levelNames) : `${median} (between ${levelNames[Math.floor(median) - 1]} and ${levelNames[Math.ceil(median) - 1]})`;
}

/**
 * The practices where the most programs need help, each with what the council can point them to: a
 * numbered list of sections (one per practice) rather than a table, because each carries its resources.
 */
export function WeakestPractices({ practices, levelNames }: { practices: Practice[]; levelNames: string[] }) {
  return (
    <ol className="usa-list usa-list--unstyled">
      {practices.map((p, i) => (
        <li key={p.practiceKey} className="margin-bottom-3 border-top-1px border-base-lighter padding-top-2">
          <h2 className="margin-top-0 font-heading-md" id={`practice-${p.practiceKey}`}>
            {i + 1}. {p.title} <span className="text-normal text-base-dark font-body-sm">({p.discipline})</span>
          </h2>
          <p>
            Median level <b>{medianLabel(p.median, levelNames)}</b> across {p.programs} program{p.programs === 1 ? "" : "s"};{" "}
            <b>{p.belowTarget}</b> of them {p.belowTarget === 1 ? "is" : "are"} below target.
          </p>
          <p className="font-body-2xs text-base-dark">
            Programs at each level: {p.counts.map((n, level) => `${levelLabel(level + 1, levelNames)}: ${n}`).join("; ")}.
          </p>
          <h3 className="font-heading-sm">From the federal CX Toolkit</h3>
          <ResourceList resources={p.resources} empty="No toolkit resource is mapped to this practice or its discipline yet." />
        </li>
      ))}
    </ol>
  );
}
