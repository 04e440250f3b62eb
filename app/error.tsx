"use client";
import { Button } from "@/components/uswds/button";
import { UNAVAILABLE_HEADING, UNAVAILABLE_MESSAGE, UNAVAILABLE_SAVING } from "@/lib/availability/wording";

export default function ErrorPage({ error, reset }: { error: Error; reset: () => void }) {
  // A form sent during a database outage: proxy.ts answered its action with this message (503).
  if (error.message === UNAVAILABLE_MESSAGE) {
    return (
      <div className="usa-prose">
        <h1>{UNAVAILABLE_HEADING}</h1>
        <p>{UNAVAILABLE_MESSAGE}</p>
        <p>{UNAVAILABLE_SAVING}</p>
        <Button type="button" onClick={reset}>
          Try again
        </Button>
      </div>
    );
  }
  return (
    <div className="usa-prose">
      <h1>Something went wrong</h1>
      <p>Your last change may not have been saved. Try again; if it keeps happening, contact your administrator.</p>
      <Button type="button" onClick={reset}>
        Try again
      </Button>
    </div>
  );
}
