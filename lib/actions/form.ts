// What every form's server action does first and last: the signed-in check, the parse with the form's
// own schema (bad input writes nothing and says why), and the write's result back to the form.
import "server-only";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/session";
import { fromZodError, type FormState } from "@/lib/validation/form-state";
import type { Result } from "@/lib/validation/result";

/** The named fields of a form; a missing one is undefined, so the schema's message names it. */
export function formFields(formData: FormData, ...names: string[]): Record<string, FormDataEntryValue | undefined> {
  return Object.fromEntries(names.map((n) => [n, formData.get(n) ?? undefined]));
}

/**
 * The signed-in actor and the parsed input, or the form's field errors. Input that costs work to
 * read (an upload) is passed as a function, read only once the caller is known to be signed in.
 */
export async function parseForm<S extends z.ZodType>(
  schema: S,
  input: unknown,
): Promise<{ ok: true; actor: Actor; data: z.infer<S> } | { ok: false; state: FormState }> {
  const actor = await requireActor();
  const parsed = schema.safeParse(typeof input === "function" ? await input() : input);
  return parsed.success ? { ok: true, actor, data: parsed.data } : { ok: false, state: fromZodError(parsed.error) };
}

/** Parse, write, refresh every page, and say what was done: the shape of the administrators' forms. */
export async function submitForm<S extends z.ZodType>(
  schema: S,
  input: unknown,
  write: (actor: Actor, data: z.infer<S>) => Promise<Result<unknown>>,
  done: string,
): Promise<FormState> {
  const form = await parseForm(schema, input);
  if (!form.ok) return form.state;
  const result = await write(form.actor, form.data);
  revalidatePath("/", "layout");
  return result.ok ? { done } : { message: result.message, fieldErrors: result.fieldErrors };
}
