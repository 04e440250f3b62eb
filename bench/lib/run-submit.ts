// "Submit for council review" as a browser without JavaScript posts it: the check page's form,
// multipart/form-data with React's hidden `$ACTION_…` inputs (read once from the rendered page),
// the assessment and a fresh submit key. Next.js runs the action and answers 303 to the results.
import { randomUUID } from "node:crypto";
import type { HttpSession } from "../../testing/http-session";
import { actionForm, actionFormData, type FormField } from "../../testing/next-actions";
import { expectStatus, type RequestFn } from "./run-load";

/** React's `$ACTION_…` inputs of the check page's submit form. */
export async function submitFormFields(session: HttpSession, assessmentId: string): Promise<FormField[]> {
  const html = await expectStatus(await session.fetch(`/assessments/${assessmentId}/check`), [200], `GET the check page of ${assessmentId}`);
  const form = actionForm(html, "assessmentId");
  if (form.method !== "POST" || form.enctype !== "multipart/form-data") throw new Error(`The submit form is ${form.method} ${form.enctype}, not a server action POST`);
  if (!form.fields.some((f) => f.name === "submitKey")) throw new Error("The submit form has no submitKey field");
  return form.actionFields;
}

const post = (session: HttpSession, actionFields: readonly FormField[], assessmentId: string, submitKey: string) =>
  session.fetch(`/assessments/${assessmentId}/check`, { method: "POST", headers: { Origin: session.baseUrl }, body: actionFormData(actionFields, { assessmentId, submitKey }) });

/**
 * Warm-up without submitting anything: the same POST with a submit key that is not a UUID, which the
 * action refuses; the check page comes back (200) with the error, and the draft stays a draft.
 */
export function submitWarmupRequest(session: HttpSession, actionFields: readonly FormField[], assessmentId: string): RequestFn {
  return async () => {
    const html = await expectStatus(await post(session, actionFields, assessmentId, "not-a-key"), [200], "submit warm-up");
    if (!html.includes("Reload the page and submit again")) throw new Error("submit warm-up: the page does not show the refused submit key");
  };
}

/** Request i submits assessment i; the answer must be the redirect to its results. */
export function submitRequest(session: HttpSession, actionFields: readonly FormField[], assessmentIds: readonly string[]): RequestFn {
  return async ({ index }) => {
    const id = assessmentIds[index];
    if (!id) throw new Error(`No submit assessment for request ${index}`);
    const response = await post(session, actionFields, id, randomUUID());
    await expectStatus(response, [303], `submit of ${id}`);
    const location = response.headers.get("location") ?? "";
    if (!location.includes(`/assessments/${id}/results`)) throw new Error(`submit of ${id}: redirected to ${location}, not to its results`);
  };
}
