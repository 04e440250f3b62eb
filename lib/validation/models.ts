import { z } from "zod";
import { MAX_MODEL_FILE_BYTES, MODEL_FILE_TOO_LARGE } from "./limits";


export const importModelFormSchema = z.object({
  file: z
    .instanceof(File, { error: "Choose a model file (.json)" })
    .refine((f) => f.size > 0, "Choose a model file (.json)")
    .refine((f) => f.size <= MAX_MODEL_FILE_BYTES, MODEL_FILE_TOO_LARGE),
  makeCurrent: z.preprocess((v) => v === "on" || v === "true", z.boolean()),
});
