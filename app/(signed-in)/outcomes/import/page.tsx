import type { Metadata } from "next";
import { ImportOutcomesForm } from "@/components/outcomes/import-outcomes-form";
import { requireActor } from "@/lib/auth/session";
import { outcomeImportAgencies } from "@/lib/data-access/outcomes";
import { OUTCOME_COLUMNS } from "@/lib/validation/outcome-import";

export const metadata: Metadata = { title: "Import customer-survey results" };

export default async function ImportOutcomesPage() {
  const actor = await requireActor();
  const agencies = await outcomeImportAgencies(actor);
  return (
    <>
      <h1>Import customer-survey results</h1>
      <p className="usa-intro">
        Each quarter&rsquo;s OMB A-11 customer-survey results per service, in the layout of GSA Touchpoints&rsquo; CX data collections. You see every row before anything is
        written; one bad value means nothing is imported; a quarter imported again replaces the one before.
      </p>
      <h2>The file</h2>
      <p>One row per service and quarter. The first line names the columns:</p>
      <ul className="usa-list">
        <li>
          <code>service_provider</code>: the program, by its name; <code>service</code>: the service (new ones are added to the program)
        </li>
        <li>
          <code>fiscal_year</code> (like 2026) and <code>quarter</code> (1 to 4)
        </li>
        <li>
          <code>volume_of_customers</code>, <code>volume_of_customers_provided_survey_opportunity</code>, <code>volume_of_respondents</code>
        </li>
        <li>
          <code>q1_1</code> to <code>q7_5</code>: for questions 1 (satisfaction), 2 (trust), 3 (effectiveness), 4 (ease), 5 (efficiency), 6 (transparency) and 7 (employee
          helpfulness), the number of answers at each point from 1 (strongly disagree) to 5 (strongly agree)
        </li>
      </ul>
      <p className="text-base-dark">{OUTCOME_COLUMNS.length} columns in all.</p>
      <ImportOutcomesForm agencies={agencies} />
    </>
  );
}
