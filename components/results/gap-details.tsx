import type { DisciplineResult } from "@/lib/data-access/types";
import { ResourceList } from "../resource-list";

/** One gap, expandable: the practices furthest below target and the toolkit resources for them. */
export function GapDetails({ gap, levelNames, open, planHref }: { gap: DisciplineResult; levelNames: string[]; open: boolean; planHref?: string }) {
  return (
    <details className="margin-bottom-2 border-1px border-base-lighter padding-2 radius-md" open={open} aria-labelledby={`gap-${gap.key}`}>
      <summary className="text-bold" id={`gap-${gap.key}`}>
        {gap.name}: {gap.gap} level{gap.gap === 1 ? "" : "s"} below target
      </summary>
      {gap.practicesBelowTarget.length > 0 && (
        <>
          <h4>Practices furthest below the target of level {gap.target}</h4>
          <ul className="usa-list">
            {gap.practicesBelowTarget.map((p) => (
              <li key={p.key}>
                {p.title} — now level {p.level} ({levelNames[p.level - 1]}), {p.gap} below target
              </li>
            ))}
          </ul>
        </>
      )}
      <h4>From the federal CX Toolkit</h4>
      <ResourceList resources={gap.resources} empty="No toolkit resource is mapped to this discipline yet." />
      {planHref && (
        <p className="print-hidden">
          <a href={planHref}>Plan an action for this gap<span className="usa-sr-only"> in {gap.name}</span></a>
        </p>
      )}
    </details>
  );
}
