import { z } from "zod";

export const endSessionSchema = z.object({ sessionId: z.uuid({ error: "This session does not exist" }) });
