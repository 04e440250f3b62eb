"use server";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/session";
import { setTargets } from "@/lib/data-access/targets";
import { fromZodError, type FormState } from "@/lib/validation/form-state";
import { setTargetsSchema } from "@/lib/validation/targets";

export type TargetsState = FormState & { saved?: number };

export async function setTargetsAction(_previous: TargetsState, formData: FormData): Promise<TargetsState> {
  const actor = await requireActor();
  const keys = formData.getAll("disciplineKey").map(String);
  const parsed = setTargetsSchema.safeParse({
    programId: formData.get("programId"),
    targets: keys.map((key) => ({
      disciplineKey: key,
      targetLevel: formData.get(`target-${key}`),
      dueOn: formData.get(`due-${key}`) ?? "",
      expectedVersion: formData.get(`version-${key}`) ?? "0",
    })),
  });
  if (!parsed.success) {
    // Name the discipline in each message: the form has one row per discipline.
    // A Map, not an object: a key is whatever the form sent, "toString" included.
    const fieldErrors = new Map<string, string[]>();
    for (const issue of parsed.error.issues) {
      const key = issue.path[0] === "targets" && typeof issue.path[1] === "number" ? (keys[issue.path[1]] ?? "form") : String(issue.path[0]);
      fieldErrors.set(key, [...(fieldErrors.get(key) ?? []), issue.message]);
    }
    return { ...fromZodError(parsed.error), fieldErrors: Object.fromEntries(fieldErrors) };
  }
  const result = await setTargets(actor, parsed.data);
  revalidatePath("/assessments", "layout");
  if (!result.ok) return { message: result.message, fieldErrors: result.fieldErrors };
  return { saved: result.value.changed };
}
