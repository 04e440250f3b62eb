import { z } from "zod";
import { EXCHANGE_FILE_TOO_LARGE, MAX_EXCHANGE_FILE_BYTES } from "./limits";

/** The upload on Administration › Import an assessment; the file's content is checked by the format's schema. */
export const importAssessmentFormSchema = z.object({
  file: z
    .instanceof(File, { error: "Choose an assessment file (.json)" })
    .refine((f) => f.size > 0, "Choose an assessment file (.json)")
    .refine((f) => f.size <= MAX_EXCHANGE_FILE_BYTES, EXCHANGE_FILE_TOO_LARGE),
});
