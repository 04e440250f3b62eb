"use client";
import { useFormAction } from "./use-form-action";
import { setTargetsAction, type TargetsState } from "@/lib/actions/targets";
import { FormAlert } from "./form-alert";

export type TargetRow = { key: string; name: string; level: number | null; target: number; targetIsDefault: boolean; dueOn: string; version: number };

export function TargetsForm({ programId, rows, levels }: { programId: string; rows: TargetRow[]; levels: { rank: number; name: string }[] }) {
  const { state, action, onSubmit, pending } = useFormAction<TargetsState>(setTargetsAction, {});
  return (
    <form action={action} onSubmit={onSubmit}>
      <FormAlert state={state} />
      {state.saved !== undefined && (
        <div className="usa-alert usa-alert--success usa-alert--slim" role="status">
          <div className="usa-alert__body">
            <p className="usa-alert__text">Targets saved.</p>
          </div>
        </div>
      )}
      <input type="hidden" name="programId" value={programId} />
      <table className="usa-table usa-table--borderless width-full">
        <caption>Target level and due date per discipline. Without a target, the target is the next level up.</caption>
        <thead>
          <tr>
            <th scope="col">Discipline</th>
            <th scope="col">Current level</th>
            <th scope="col">Target level</th>
            <th scope="col">Due date (optional)</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const errors = state.fieldErrors?.[r.key];
            return (
              <tr key={`${r.key}:${r.version}`}>
                <th scope="row">
                  {r.name}
                  <input type="hidden" name="disciplineKey" value={r.key} />
                  <input type="hidden" name={`version-${r.key}`} value={r.version} />
                  {errors && (
                    <span className="usa-error-message display-block" id={`target-error-${r.key}`}>
                      {errors.join(" ")}
                    </span>
                  )}
                </th>
                <td>{r.level ? `${r.level} · ${levels[r.level - 1]?.name}` : "Not scored"}</td>
                <td>
                  <label className="usa-sr-only" htmlFor={`target-${r.key}`}>
                    Target level for {r.name}
                  </label>
                  <select className="usa-select margin-top-0" id={`target-${r.key}`} name={`target-${r.key}`} defaultValue={r.target} aria-describedby={errors ? `target-error-${r.key}` : undefined}>
                    {levels.map((l) => (
                      <option key={l.rank} value={l.rank}>
                        {l.rank} · {l.name}
                        {r.targetIsDefault && l.rank === r.target ? " (default)" : ""}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <label className="usa-sr-only" htmlFor={`due-${r.key}`}>
                    Due date for {r.name}
                  </label>
                  <input className="usa-input margin-top-0" type="date" id={`due-${r.key}`} name={`due-${r.key}`} defaultValue={r.dueOn} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button type="submit" className="usa-button" disabled={pending}>
        Save targets
      </button>
    </form>
  );
}
