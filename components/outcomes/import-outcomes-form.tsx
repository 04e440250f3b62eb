"use client";
import { importOutcomesAction, type OutcomeImportState } from "@/lib/actions/outcomes";
import { CSV_TOO_LARGE, MAX_CSV_LENGTH } from "@/lib/validation/limits";
import { DoneAlert, FormAlert } from "../form-alert";
import { ImportProblems } from "../import-problems";
import { Button } from "../uswds/button";
import { HiddenFields } from "../uswds/hidden-fields";
import { SelectField } from "../uswds/select-field";
import { Row, Table } from "../uswds/table";
import { FileField } from "../uswds/text-field";
import { TextareaField } from "../uswds/textarea-field";
import { useFormAction } from "../use-form-action";

/** Upload, check (every problem with its row and column), then import what was checked. */
export function ImportOutcomesForm({ agencies }: { agencies: { id: string; name: string }[] }) {
  const { state, action, onSubmit, pending } = useFormAction<OutcomeImportState>(importOutcomesAction, {});
  const outcome = state.outcome;
  const ready = outcome && outcome.problems.length === 0 && outcome.rows.length > 0 && !state.done;
  return (
    <>
      <form action={action} onSubmit={onSubmit} className="usa-form usa-form--large">
        <FormAlert state={{ message: state.message, fieldErrors: state.fieldErrors }} />
        <DoneAlert done={state.done} />
        {agencies.length === 1 ? (
          <HiddenFields values={{ agencyId: agencies[0]!.id }} />
        ) : (
          <SelectField id="outcome-agency" name="agencyId" label="Agency" defaultValue={state.agencyId ?? ""} placeholder="Choose the agency" options={agencies.map((a) => ({ value: a.id, label: a.name }))} />
        )}
        <FileField id="outcome-file" name="file" label="CSV file" accept=".csv,text/csv" limit={{ bytes: MAX_CSV_LENGTH, message: CSV_TOO_LARGE }} />
        <TextareaField id="outcome-csv" name="csv" label="Or paste the CSV" hint="The first line names the columns (see the layout above)." textareaClassName="height-15" defaultValue={state.csv ?? ""} />
        <Button disabled={pending}>Check the file</Button>
      </form>
      {outcome && <ImportProblems problems={outcome.problems.map((p) => ({ row: p.row, place: p.column, message: p.message }))} placeLabel="Column" />}
      {ready && (
        <form action={action} onSubmit={onSubmit}>
          <Table caption="Quarters to import" columns={["Row", "Program", "Service", "Quarter", "Respondents", "Replaces an import"]}>
            {outcome.rows.map((r) => (
              <Row key={r.row} header={r.row} cells={[r.serviceProvider, r.service, `FY${r.fiscalYear} Q${r.quarter}`, r.responses, r.replaces ? "Yes" : "No"]} />
            ))}
          </Table>
          <HiddenFields values={{ agencyId: state.agencyId ?? "", csv: state.csv ?? "", confirm: "yes" }} />
          <Button disabled={pending}>
            Import {outcome.rows.length} quarter{outcome.rows.length === 1 ? "" : "s"}
          </Button>
        </form>
      )}
    </>
  );
}
