"use client";
import { useFormAction } from "../use-form-action";
import { setTargetsAction, type TargetsState } from "@/lib/actions/targets";
import { FormAlert } from "../form-alert";
import { Alert } from "../uswds/alert";
import { Button } from "../uswds/button";
import { HiddenFields } from "../uswds/hidden-fields";
import { levelLabel } from "../uswds/level-tag";
import { defaultTarget } from "@/lib/scoring/gaps";
import { isLevel } from "@/lib/scoring/rules";
import { SelectField } from "../uswds/select-field";
import { RowHeader, Table } from "../uswds/table";
import { TextField } from "../uswds/text-field";

export type TargetRow = { key: string; name: string; level: number | null; target: number; targetIsDefault: boolean; dueOn: string; version: number };

/** A target level and due date per discipline, saved together. */
export function TargetsForm({ programId, rows, levels }: { programId: string; rows: TargetRow[]; levels: { rank: number; name: string }[] }) {
  const { state, action, onSubmit, pending } = useFormAction<TargetsState>(setTargetsAction, {});
  const levelNames = levels.map((l) => l.name);
  return (
    <form action={action} onSubmit={onSubmit}>
      <FormAlert state={state} />
      {state.saved !== undefined && (
        <Alert type="success" slim role="status">
          Targets saved.
        </Alert>
      )}
      <HiddenFields values={{ programId }} />
      <Table
        caption="Target level and due date per discipline. “Next level up” is not stored: it follows the discipline's level as it changes."
        columns={["Discipline", "Current level", "Target level", "Due date (optional)"]}
      >
        {rows.map((r) => {
          const errors = state.fieldErrors?.[r.key];
          return (
            <tr key={`${r.key}:${r.version}`}>
              <RowHeader>
                {r.name}
                <HiddenFields values={{ disciplineKey: r.key, [`version-${r.key}`]: r.version }} />
                {errors && (
                  <span className="usa-error-message display-block" id={`target-error-${r.key}`}>
                    {errors.join(" ")}
                  </span>
                )}
              </RowHeader>
              <td>{levelLabel(r.level, levelNames)}</td>
              <td>
                <SelectField
                  inline
                  id={`target-${r.key}`}
                  name={`target-${r.key}`}
                  label={`Target level for ${r.name}`}
                  defaultValue={r.targetIsDefault ? "" : r.target}
                  aria-describedby={errors ? `target-error-${r.key}` : undefined}
                  placeholder={`Next level up (now ${levelLabel(defaultTarget(isLevel(r.level) ? r.level : null), levelNames)})`}
                  options={levels.map((l) => ({ value: l.rank, label: levelLabel(l.rank, levelNames) }))}
                />
              </td>
              <td>
                <TextField inline id={`due-${r.key}`} name={`due-${r.key}`} type="date" label={`Due date for ${r.name}`} defaultValue={r.dueOn} />
              </td>
            </tr>
          );
        })}
      </Table>
      <Button disabled={pending}>Save targets</Button>
    </form>
  );
}
