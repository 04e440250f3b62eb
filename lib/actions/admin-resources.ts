"use server";
import { createResource, setResourceMapping, setResourceRetired, updateResource } from "@/lib/data-access/admin-resources";
import type { FormState } from "@/lib/validation/form-state";
import { formFields, submitForm } from "./form";
import { resourceMappingSchema, resourceSchema, resourceStateSchema, updateResourceSchema } from "@/lib/validation/resources";

const details = ["title", "url", "publisher", "format", "size", "topic", "subheading"];

export async function createResourceAction(_: FormState, formData: FormData) {
  return submitForm(resourceSchema, formFields(formData, ...details), createResource, `Resource ${formData.get("title")} created. Open it from the list to choose the gaps it helps with.`);
}

export async function updateResourceAction(_: FormState, formData: FormData) {
  return submitForm(updateResourceSchema, formFields(formData, "resourceId", ...details), updateResource, "Resource saved.");
}

export async function setResourceRetiredAction(_: FormState, formData: FormData) {
  const retired = formData.get("retired") === "true";
  return submitForm(resourceStateSchema, formFields(formData, "resourceId", "retired"), setResourceRetired, retired ? "Resource retired. No gap recommends it now." : "Resource restored.");
}

export async function setResourceMappingAction(_: FormState, formData: FormData) {
  const input = {
    resourceId: formData.get("resourceId") ?? undefined,
    disciplineKeys: formData.getAll("disciplineKeys"),
    practiceKeys: formData.getAll("practiceKeys"),
    currentOrder: formData.getAll("currentOrder"),
  };
  return submitForm(resourceMappingSchema, input, setResourceMapping, "Mapping saved.");
}
