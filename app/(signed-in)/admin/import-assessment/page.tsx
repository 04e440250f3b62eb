import type { Metadata } from "next";
import { AdminHeading } from "@/components/admin/admin-heading";
import { ImportAssessmentForm } from "@/components/admin/import-assessment-form";
import { requireActor } from "@/lib/auth/session";
import { importTargets } from "@/lib/data-access/exchange";
import { EXCHANGE_SCHEMA_PATH } from "@/lib/exchange/format";

export const metadata: Metadata = { title: "Import an assessment" };

export default async function ImportAssessmentPage() {
  const { cycles, modelVersions } = await importTargets(await requireActor());
  return (
    <>
      <AdminHeading
        title="Import an assessment"
        current="/admin/import-assessment"
        intro="Bring in an assessment taken in another installation of this app, with its answers, evidence, scores and the council's decisions."
      />
      <div className="usa-prose margin-bottom-3">
        <p>The file must match this installation, or nothing is imported and each problem names the field in the file:</p>
        <ul>
          <li>the program: its agency’s abbreviation and its name (create them first under Agencies and programs);</li>
          <li>the cycle, by name (create it under Cycles); this installation has {cycles.length > 0 ? cycles.join(", ") : "none yet"};</li>
          <li>
            the model version and each of its practices, by key (import the version under Maturity model); this installation has{" "}
            {modelVersions.length > 0 ? `version${modelVersions.length > 1 ? "s" : ""} ${modelVersions.join(", ")}` : "none yet"};
          </li>
          <li>the scores: this installation’s model version must give the same levels from the same answers.</li>
        </ul>
        <p>
          People are matched by e-mail address. A program has one assessment per cycle, so a file for a cycle the program has already assessed is
          refused; importing the same file again changes nothing. The format’s <a href={EXCHANGE_SCHEMA_PATH}>JSON Schema</a> is published.
        </p>
      </div>
      <ImportAssessmentForm />
    </>
  );
}
