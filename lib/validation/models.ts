import { z } from "zod";

export const MAX_MODEL_FILE_BYTES = 2_000_000;
export const MODEL_FILE_TOO_LARGE = "The model file must be 2 MB or smaller";

export const importModelFormSchema = z.object({
  file: z
    .instanceof(File, { error: "Choose a model file (.json)" })
    .refine((f) => f.size > 0, "Choose a model file (.json)")
    .refine((f) => f.size <= MAX_MODEL_FILE_BYTES, MODEL_FILE_TOO_LARGE),
  makeCurrent: z.preprocess((v) => v === "on" || v === "true", z.boolean()),
});
