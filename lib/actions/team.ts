"use server";
import { revalidatePath } from "next/cache";
import { acceptSuggestions, setConsensusAnswer } from "@/lib/data-access/consensus";
import { finishRating, saveRating } from "@/lib/data-access/ratings";
import { inviteRespondent, removeRespondent, startConsensus } from "@/lib/data-access/team";
import { assessmentStepSchema, consensusSchema, inviteRespondentSchema, ratingSchema, removeRespondentSchema } from "@/lib/validation/ratings";
import type { FormState } from "@/lib/validation/form-state";
import { formFields, parseForm } from "./form";

const refresh = (assessmentId: string) => {
  revalidatePath(`/assessments/${assessmentId}`, "layout");
  revalidatePath("/my-work");
};

export async function inviteRespondentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const form = await parseForm(inviteRespondentSchema, formFields(formData, "assessmentId", "userId"));
  if (!form.ok) return form.state;
  const result = await inviteRespondent(form.actor, form.data);
  if (!result.ok) return { message: result.message, fieldErrors: result.fieldErrors };
  refresh(form.data.assessmentId);
  return { done: `${result.value.name} is asked to rate. They were told, and see the practices under My work.` };
}

export async function removeRespondentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const form = await parseForm(removeRespondentSchema, formFields(formData, "assessmentId", "respondentId"));
  if (!form.ok) return form.state;
  const result = await removeRespondent(form.actor, form.data);
  if (!result.ok) return { message: result.message, fieldErrors: result.fieldErrors };
  refresh(form.data.assessmentId);
  return { done: `${result.value.name} is no longer asked to rate.` };
}

export async function startConsensusAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const form = await parseForm(assessmentStepSchema, formFields(formData, "assessmentId"));
  if (!form.ok) return form.state;
  const result = await startConsensus(form.actor, form.data);
  if (!result.ok) return { message: result.message };
  refresh(form.data.assessmentId);
  return { done: `The consensus has started with the ratings of ${result.value.counted === 1 ? "one respondent" : `${result.value.counted} respondents`}.` };
}

/** What a rating's form holds between saves: the version it last saw, and when it was saved. */
export type RatingFormState = FormState & { version: number; savedAt?: string };

export async function saveRatingAction(previous: RatingFormState, formData: FormData): Promise<RatingFormState> {
  const form = await parseForm(ratingSchema, formFields(formData, "assessmentId", "practiceId", "choice", "confidence", "note", "expectedVersion"));
  if (!form.ok) return { ...form.state, version: previous.version };
  const result = await saveRating(form.actor, form.data);
  if (!result.ok) return { message: result.message, fieldErrors: result.fieldErrors, version: previous.version };
  revalidatePath("/my-work");
  return { version: result.value.version, savedAt: result.value.updatedAt };
}

export async function finishRatingAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const form = await parseForm(assessmentStepSchema, formFields(formData, "assessmentId"));
  if (!form.ok) return form.state;
  const result = await finishRating(form.actor, form.data);
  if (!result.ok) return { message: result.message };
  refresh(form.data.assessmentId);
  return { done: "You have finished rating. The team's ratings are shown below." };
}

export type ConsensusFormState = FormState & { version: number };

export async function setConsensusAction(previous: ConsensusFormState, formData: FormData): Promise<ConsensusFormState> {
  const form = await parseForm(consensusSchema, formFields(formData, "assessmentId", "practiceId", "choice", "rationale", "expectedVersion"));
  if (!form.ok) return { ...form.state, version: previous.version };
  const result = await setConsensusAnswer(form.actor, form.data);
  if (!result.ok) return { message: result.message, fieldErrors: result.fieldErrors, version: previous.version };
  refresh(form.data.assessmentId);
  return { done: "The team's answer is saved.", version: result.value.version };
}

export async function acceptSuggestionsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const form = await parseForm(assessmentStepSchema, formFields(formData, "assessmentId"));
  if (!form.ok) return form.state;
  const result = await acceptSuggestions(form.actor, form.data);
  if (!result.ok) return { message: result.message };
  refresh(form.data.assessmentId);
  const n = result.value.set;
  return { done: n === 0 ? "Every practice without disagreement already has the team's answer." : `The suggested answer is now the team's for ${n === 1 ? "one practice" : `${n} practices`}.` };
}
