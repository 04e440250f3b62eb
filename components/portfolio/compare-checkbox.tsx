// Apart from ./compare-form.tsx, which reads the comparison's limit from its zod schema: the heatmap's
// table is a client component, and this file keeps zod out of the browser's bundle.

/** The comparison form's id: its checkboxes sit in the heatmap's rows, since a table cannot sit inside the form. */
export const COMPARE_FORM_ID = "compare-programs";

/** A heatmap row's checkbox for the comparison, named by its program. */
export function CompareCheckbox({ programId, program }: { programId: string; program: string }) {
  return <input type="checkbox" className="compare-checkbox print-hidden" form={COMPARE_FORM_ID} name="program" value={programId} aria-label={`Compare ${program}`} />;
}
