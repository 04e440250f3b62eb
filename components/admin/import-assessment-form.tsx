"use client";
import Link from "next/link";
import { useActionState } from "react";
import { importAssessmentAction, type ImportAssessmentState } from "@/lib/actions/exchange";
import { EXCHANGE_FILE_TOO_LARGE, MAX_EXCHANGE_FILE_BYTES } from "@/lib/validation/limits";
import { FormAlert } from "../form-alert";
import { Alert } from "../uswds/alert";
import { Button } from "../uswds/button";
import { FileField } from "../uswds/text-field";

export function ImportAssessmentForm() {
  const [state, action, pending] = useActionState<ImportAssessmentState, FormData>(importAssessmentAction, {});
  const imported = state.imported;
  return (
    <form action={action} className="usa-form usa-form--large">
      <FormAlert state={state} />
      {imported && (
        <Alert type="success" role="status" heading={imported.alreadyImported ? "Already here" : "Imported"}>
          <p>
            {imported.alreadyImported
              ? `This installation already has this ${imported.cycle} assessment of ${imported.program}; nothing was written.`
              : `The ${imported.cycle} assessment of ${imported.program}, with ${imported.answers} answers.`}{" "}
            <Link href={`/assessments/${imported.assessmentId}`}>Open the assessment</Link>
          </p>
          {imported.unknownPeople.length > 0 && (
            <p>
              No account here has the address of {imported.unknownPeople.join(", ")}: what they answered or decided is recorded as yours, and the
              audit log keeps their addresses.
            </p>
          )}
        </Alert>
      )}
      <FileField
        id="assessment-file"
        name="file"
        label="Assessment file (JSON)"
        hint="A file downloaded from an assessment's results page, or from the API, in any installation."
        error={state.fieldErrors?.file}
        accept="application/json,.json"
        limit={{ bytes: MAX_EXCHANGE_FILE_BYTES, message: EXCHANGE_FILE_TOO_LARGE }}
      />
      <Button disabled={pending}>Import assessment</Button>
    </form>
  );
}
