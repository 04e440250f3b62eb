import { formatDate } from "@/lib/format";
import { Section } from "../section";

type Completed = { id: string; title: string; ownerName: string; disciplineKey: string; completedAt: Date | null };

/** The action items done between the previous accepted assessment and this one. */
export function CompletedActions({ actions, disciplineNames }: { actions: Completed[]; disciplineNames: Record<string, string> }) {
  return (
    <Section id="completed-actions" title="Actions completed since the previous accepted assessment">
      {actions.length === 0 ? (
        <p>No action item was completed in this period.</p>
      ) : (
        <ul className="usa-list">
          {actions.map((a) => (
            <li key={a.id}>
              {a.title} ({disciplineNames[a.disciplineKey] ?? a.disciplineKey}; {a.ownerName}), done {a.completedAt ? formatDate(a.completedAt) : ""}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
