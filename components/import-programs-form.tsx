"use client";
import { importProgramsAction, type ImportState } from "@/lib/actions/admin";
import { FormAlert } from "./form-alert";
import { useFormAction } from "./use-form-action";

export function ImportProgramsForm() {
  const { state, action, onSubmit, pending } = useFormAction<ImportState>(importProgramsAction, {});
  const outcome = state.outcome;
  const ready = outcome && outcome.problems.length === 0 && outcome.rows.length > 0 && !state.done;
  return (
    <>
      <form action={action} onSubmit={onSubmit} className="usa-form usa-form--large">
        <FormAlert state={{ message: state.message, fieldErrors: state.fieldErrors }} />
        {state.done && (
          <div className="usa-alert usa-alert--success usa-alert--slim" role="status">
            <div className="usa-alert__body">
              <p className="usa-alert__text">{state.done}</p>
            </div>
          </div>
        )}
        <label className="usa-label" htmlFor="import-file">
          CSV file
        </label>
        <input className="usa-file-input" id="import-file" name="file" type="file" accept=".csv,text/csv" />
        <label className="usa-label" htmlFor="import-csv">
          Or paste the CSV
        </label>
        <span className="usa-hint" id="import-csv-hint">
          First line: agency,program,lead emails. Lead emails are separated by semicolons.
        </span>
        <textarea className="usa-textarea height-15" id="import-csv" name="csv" defaultValue={state.csv ?? ""} aria-describedby="import-csv-hint" />
        <button type="submit" className="usa-button" disabled={pending}>
          Check the file
        </button>
      </form>
      {outcome && outcome.problems.length > 0 && (
        <table className="usa-table usa-table--borderless width-full">
          <caption>Problems to fix before anything is imported</caption>
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">Field</th>
              <th scope="col">Problem</th>
            </tr>
          </thead>
          <tbody>
            {outcome.problems.map((p, i) => (
              <tr key={i}>
                <th scope="row">{p.row}</th>
                <td>{p.field}</td>
                <td>{p.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {ready && (
        <form action={action} onSubmit={onSubmit}>
          <table className="usa-table usa-table--borderless width-full">
            <caption>Programs to import</caption>
            <thead>
              <tr>
                <th scope="col">Row</th>
                <th scope="col">Agency</th>
                <th scope="col">Program</th>
                <th scope="col">Leads</th>
              </tr>
            </thead>
            <tbody>
              {outcome.rows.map((r) => (
                <tr key={r.row}>
                  <th scope="row">{r.row}</th>
                  <td>{r.agencyName}</td>
                  <td>{r.program}</td>
                  <td>{r.leadEmails.join("; ") || "–"}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <input type="hidden" name="csv" value={state.csv ?? ""} />
          <input type="hidden" name="confirm" value="yes" />
          <button type="submit" className="usa-button" disabled={pending}>
            Import {outcome.rows.length} program{outcome.rows.length === 1 ? "" : "s"}
          </button>
        </form>
      )}
    </>
  );
}
