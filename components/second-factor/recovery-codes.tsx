"use client";
import { useMemo } from "react";

/** Recovery codes, shown once: as a list a screen reader reads code by code, and as a text file to keep. */
export function RecoveryCodes({ codes, email }: { codes: string[]; email: string }) {
  const file = useMemo(() => {
    const text = [`CX Maturity Assessment recovery codes for ${email}`, "Each code works once.", "", ...codes, ""].join("\n");
    return `data:text/plain;charset=utf-8,${encodeURIComponent(text)}`;
  }, [codes, email]);
  return (
    <div className="margin-y-3">
      <p>
        Keep these {codes.length} recovery codes somewhere safe, apart from your device: each lets you sign in once if your second factor is lost. They
        are not shown again.
      </p>
      <ol className="recovery-codes" aria-label="Recovery codes">
        {codes.map((code) => (
          <li key={code}>
            <code className="font-mono-md">{code}</code>
          </li>
        ))}
      </ol>
      <a className="usa-button usa-button--outline" href={file} download="cx-maturity-recovery-codes.txt">
        Download the codes (text file)
      </a>
    </div>
  );
}
