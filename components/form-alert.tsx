import type { FormState } from "@/lib/validation/form-state";

/** The error summary a form shows above its fields after the server refused it. */
export function FormAlert({ state }: { state: FormState }) {
  if (!state.message) return null;
  const details = Object.values(state.fieldErrors ?? {}).flat();
  return (
    <div className="usa-alert usa-alert--error" role="alert">
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading">{state.message}</h2>
        {details.length > 0 && (
          <ul className="usa-alert__text">
            {details.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
