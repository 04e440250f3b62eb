"use server";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/session";
import { createResource, setResourceMapping, setResourceRetired, updateResource } from "@/lib/data-access/admin-resources";
import { fromZodError, type FormState } from "@/lib/validation/form-state";
import { resourceMappingSchema, resourceSchema, resourceStateSchema, updateResourceSchema } from "@/lib/validation/resources";
import type { Result } from "@/lib/validation/result";

/** Parse with the form's schema, run the write, report back (as in ./admin.ts). */
async function run<S extends z.ZodType>(schema: S, input: unknown, write: (actor: Actor, data: z.infer<S>) => Promise<Result<unknown>>, done: string): Promise<FormState> {
  const actor = await requireActor();
  const parsed = schema.safeParse(input);
  if (!parsed.success) return fromZodError(parsed.error);
  const result = await write(actor, parsed.data);
  revalidatePath("/", "layout");
  return result.ok ? { done } : { message: result.message, fieldErrors: result.fieldErrors };
}

const fields = (formData: FormData, ...names: string[]) => Object.fromEntries(names.map((n) => [n, formData.get(n) ?? undefined]));
const details = ["title", "url", "publisher", "format", "size", "topic", "subheading"];

export async function createResourceAction(_: FormState, formData: FormData) {
  return run(resourceSchema, fields(formData, ...details), createResource, `Resource ${formData.get("title")} created. Open it from the list to choose the gaps it helps with.`);
}

export async function updateResourceAction(_: FormState, formData: FormData) {
  return run(updateResourceSchema, fields(formData, "resourceId", ...details), updateResource, "Resource saved.");
}

export async function setResourceRetiredAction(_: FormState, formData: FormData) {
  const retired = formData.get("retired") === "true";
  return run(resourceStateSchema, fields(formData, "resourceId", "retired"), setResourceRetired, retired ? "Resource retired. No gap recommends it now." : "Resource restored.");
}

export async function setResourceMappingAction(_: FormState, formData: FormData) {
  const input = {
    resourceId: formData.get("resourceId") ?? undefined,
    disciplineKeys: formData.getAll("disciplineKeys"),
    practiceKeys: formData.getAll("practiceKeys"),
    currentOrder: formData.getAll("currentOrder"),
  };
  return run(resourceMappingSchema, input, setResourceMapping, "Mapping saved.");
}
