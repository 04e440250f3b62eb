// The limits forms show in the browser before a file is sent, and the schemas enforce on the server:
// one definition for both. Plain constants, with no imports, so that a client form importing them does
// not bring zod into the page's JavaScript.

export const MAX_MODEL_FILE_BYTES = 2_000_000;
export const MODEL_FILE_TOO_LARGE = "The model file must be 2 MB or smaller";

export const MAX_CSV_LENGTH = 1_000_000;
export const CSV_TOO_LARGE = "The CSV must be 1 MB or smaller";

/** Big enough for 200 practices with full evidence; anything larger is not an assessment. */
export const MAX_EXCHANGE_FILE_BYTES = 5_000_000;
export const EXCHANGE_FILE_TOO_LARGE = "The assessment file must be 5 MB or smaller";

/** How long an API token may live, as its form offers it. */
export const TOKEN_LIFETIMES = { "30": "30 days", "90": "90 days", "180": "180 days", "365": "1 year" } as const;
