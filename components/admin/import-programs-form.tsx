"use client";
import { importProgramsAction, type ImportState } from "@/lib/actions/admin";
import { DoneAlert, FormAlert } from "../form-alert";
import { ImportProblems } from "../import-problems";
import { Button } from "../uswds/button";
import { HiddenFields } from "../uswds/hidden-fields";
import { Row, Table } from "../uswds/table";
import { FileField } from "../uswds/text-field";
import { TextareaField } from "../uswds/textarea-field";
import { useFormAction } from "../use-form-action";
import { CSV_TOO_LARGE, MAX_CSV_LENGTH } from "@/lib/validation/limits";

export function ImportProgramsForm() {
  const { state, action, onSubmit, pending } = useFormAction<ImportState>(importProgramsAction, {});
  const outcome = state.outcome;
  const ready = outcome && outcome.problems.length === 0 && outcome.rows.length > 0 && !state.done;
  return (
    <>
      <form action={action} onSubmit={onSubmit} className="usa-form usa-form--large">
        <FormAlert state={{ message: state.message, fieldErrors: state.fieldErrors }} />
        <DoneAlert done={state.done} />
        <FileField id="import-file" name="file" label="CSV file" accept=".csv,text/csv" limit={{ bytes: MAX_CSV_LENGTH, message: CSV_TOO_LARGE }} />
        <TextareaField
          id="import-csv"
          name="csv"
          label="Or paste the CSV"
          hint="First line: agency,program,lead emails. Lead emails are separated by semicolons."
          textareaClassName="height-15"
          defaultValue={state.csv ?? ""}
        />
        <Button disabled={pending}>Check the file</Button>
      </form>
      {outcome && <ImportProblems problems={outcome.problems.map((p) => ({ row: p.row, place: p.field, message: p.message }))} placeLabel="Field" />}
      {ready && (
        <form action={action} onSubmit={onSubmit}>
          <Table caption="Programs to import" columns={["Row", "Agency", "Program", "Leads"]}>
            {outcome.rows.map((r) => (
              <Row key={r.row} header={r.row} cells={[r.agencyName, r.program, r.leadEmails.join("; ") || "–"]} />
            ))}
          </Table>
          <HiddenFields values={{ csv: state.csv ?? "", confirm: "yes" }} />
          <Button disabled={pending}>
            Import {outcome.rows.length} program{outcome.rows.length === 1 ? "" : "s"}
          </Button>
        </form>
      )}
    </>
  );
}
