"use client";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="usa-prose">
      <h1>Something went wrong</h1>
      <p>Your last change may not have been saved. Try again; if it keeps happening, contact your administrator.</p>
      <button type="button" className="usa-button" onClick={reset}>
        Try again
      </button>
    </div>
  );
}
