// What people read during a database outage, in the proxy's 503 page, the sign-in form and the error
// page alike. No cause or detail: only what to do.
export const UNAVAILABLE_HEADING = "Service unavailable";
export const UNAVAILABLE_MESSAGE = "The service is unavailable right now. Please try again in a few minutes.";
export const UNAVAILABLE_SAVING = "If you were saving a change, check it once the service is back: it may not have been saved.";
