import { MAX_COMPARED } from "@/lib/validation/portfolio";
import { Button } from "../uswds/button";
import { COMPARE_FORM_ID } from "./compare-checkbox";

/**
 * Compare from the heatmap: a GET form to the comparison, whose checkboxes sit in the heatmap's rows
 * (tied to the form by its id, since a table cannot sit inside a form's button row).
 */
export function CompareForm() {
  return (
    <form id={COMPARE_FORM_ID} method="get" action="/portfolio/compare" className="print-hidden margin-y-2 display-flex flex-wrap flex-align-center">
      <Button variant="outline" className="margin-right-2" aria-describedby="compare-hint">
        Compare chosen programs
      </Button>
      <span className="usa-hint" id="compare-hint">
        Tick two to {MAX_COMPARED} programs in the heatmap to set them side by side, or one to see its cycles.
      </span>
    </form>
  );
}
