import { ActionButton } from "../action-form";
import { Tag } from "../uswds/tag";
import { Row, Table } from "../uswds/table";
import { RenameForm } from "./rename-form";
import { renameAgencyAction, renameProgramAction, toggleAgencyArchiveAction, toggleProgramArchiveAction } from "@/lib/actions/admin";

type Named = { id: string; name: string; version: number; archivedAt: Date | null };

const srName = (name: string) => <span className="usa-sr-only"> {name}</span>;

/** An agency with its programs: rename or archive the agency, and each of its programs. */
export function AgencySection({ agency: a }: { agency: Named & { abbreviation: string; programs: Named[] } }) {
  return (
    <section aria-labelledby={`agency-${a.id}`} className="margin-bottom-3">
      <h2 id={`agency-${a.id}`} className="font-heading-md">
        {a.name} ({a.abbreviation}){a.archivedAt && <Tag className="margin-left-1">Archived</Tag>}
      </h2>
      <div className="display-flex flex-wrap flex-align-end margin-bottom-1" key={`agency-forms:${a.version}`}>
        <RenameForm action={renameAgencyAction} values={{ agencyId: a.id, expectedVersion: a.version }} inputId={`rename-agency-${a.id}`} name={a.name} className="margin-right-2" />
        <ActionButton action={toggleAgencyArchiveAction} values={{ agencyId: a.id, expectedVersion: a.version }}>
          {a.archivedAt ? "Restore" : "Archive with its programs"}
          {srName(a.name)}
        </ActionButton>
      </div>
      {a.programs.length === 0 ? (
        <p>No programs yet.</p>
      ) : (
        <Table caption={`Programs of ${a.name}`} captionHidden columns={["Program", "Rename", "Archive"]} compact>
          {a.programs.map((p) => (
            <Row
              key={`${p.id}:${p.version}`}
              header={
                <>
                  {p.name}
                  {p.archivedAt && <Tag className="margin-left-1">Archived</Tag>}
                </>
              }
              cells={[
                <RenameForm key="rename" action={renameProgramAction} values={{ programId: p.id, expectedVersion: p.version }} inputId={`rename-${p.id}`} name={p.name} />,
                <ActionButton key="archive" action={toggleProgramArchiveAction} values={{ programId: p.id, expectedVersion: p.version }}>
                  {p.archivedAt ? "Restore" : "Archive"}
                  {srName(p.name)}
                </ActionButton>,
              ]}
            />
          ))}
        </Table>
      )}
    </section>
  );
}
