/** What a write returns to its form: the value, or messages a user can act on. */
export type Result<T> =
  | { ok: true; value: T }
  | { ok: false; message: string; fieldErrors?: Record<string, string[]> };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (message: string, fieldErrors?: Record<string, string[]>): Result<never> => ({ ok: false, message, fieldErrors });
