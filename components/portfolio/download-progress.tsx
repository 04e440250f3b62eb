"use client";

import { useEffect, useId, useRef, useState, useSyncExternalStore } from "react";
import { Button } from "@/components/uswds/button";
import { fileNameOf } from "@/lib/exports/content-disposition";
import { CsvRecordCounter } from "@/lib/exports/csv-records";
import { EXPORT_ROWS_HEADER, sizeText, percentOf, progressText, type DownloadProgress } from "@/lib/exports/progress";

export type DownloadFile = { href: string; label: string; fallbackName: string; csv: boolean };

type State =
  | { kind: "idle" }
  | { kind: "running"; file: DownloadFile; progress: DownloadProgress }
  | { kind: "done"; file: DownloadFile; name: string; progress: DownloadProgress }
  | { kind: "stopped"; file: DownloadFile; message: string };

/** How often the bar redraws, and how often the progress is spoken: often enough to follow, rarely enough not to chatter. */
const REDRAW_MS = 250;
const SPEAK_MS = 10_000;

/**
 * The choice to follow a large download on the page: it fetches the file itself, shows its rows
 * arriving against the total the server announced (a streamed file has no length, so the browser's
 * own download shows no share), then saves it. Without scripts it is not offered; the links remain.
 */
export function DownloadWithProgress({ files }: { files: DownloadFile[] }) {
  // False while rendered on the server and without scripts: then only the links are offered.
  const scripted = useSyncExternalStore(noSubscription, () => true, () => false);
  const [state, setState] = useState<State>({ kind: "idle" });
  const [spoken, setSpoken] = useState("");
  const abort = useRef<AbortController | null>(null);
  const labelId = useId();
  useEffect(() => () => abort.current?.abort(), []);
  if (!scripted) return null;

  async function start(file: DownloadFile) {
    const controller = new AbortController();
    abort.current = controller;
    setState({ kind: "running", file, progress: { rows: file.csv ? 0 : null, bytes: 0, total: null } });
    setSpoken(`Downloading ${file.label}.`);
    try {
      const { name, progress } = await download(file, controller.signal, {
        redraw: (progress) => setState({ kind: "running", file, progress }),
        speak: (progress) => setSpoken(progressText(progress)),
      });
      setState({ kind: "done", file, name, progress });
      setSpoken(`Saved ${name}: ${doneText(progress)}.`);
    } catch (error) {
      const message = controller.signal.aborted
        ? "You cancelled the download."
        : error instanceof Refused
          ? `The download was refused: ${error.message}`
          : `The download stopped: ${error instanceof Error ? error.message : String(error)}. Try again, or use the link above.`;
      setState({ kind: "stopped", file, message });
      setSpoken(message);
    } finally {
      if (abort.current === controller) abort.current = null;
    }
  }

  const running = state.kind === "running";
  const percent = running ? percentOf(state.progress) : null;
  return (
    <details className="print-hidden margin-bottom-2">
      <summary>Follow a large download’s progress</summary>
      <p>
        The links above hand each file to your browser as it is written, and your browser shows how much has arrived. Here this page downloads the file
        itself, shows its rows arriving against the total, then saves it.
      </p>
      <ul className="usa-button-group">
        {files.map((file) => (
          <li key={file.href} className="usa-button-group__item">
            <Button type="button" variant="outline" disabled={running} onClick={() => void start(file)}>
              {file.label}
            </Button>
          </li>
        ))}
      </ul>
      {state.kind === "running" && (
        <div className="margin-top-2">
          <p id={labelId} className="margin-bottom-1">
            Downloading {state.file.label}: {progressText(state.progress)}
          </p>
          {/* Without a share (a compressed file's rows cannot be counted as they arrive) the bar only shows that it is running. */}
          <progress aria-labelledby={labelId} max={100} {...(percent === null ? {} : { value: percent })} className="width-full maxw-mobile-lg" />
          <p>
            <Button type="button" variant="outline" onClick={() => abort.current?.abort()}>
              Cancel the download
            </Button>
          </p>
        </div>
      )}
      {state.kind === "done" && (
        <p className="margin-top-2">
          Saved {state.name}: {doneText(state.progress)}.
        </p>
      )}
      {state.kind === "stopped" && <p className="margin-top-2 text-secondary-darker text-bold">{state.message}</p>}
      <p className="usa-sr-only" aria-live="polite">
        {spoken}
      </p>
    </details>
  );
}

const noSubscription = () => () => {};

/** The server answered with a refusal it explains ("There is no cycle named …"): trying again will not help. */
class Refused extends Error {}

/** Fetches the file, reporting its progress now and then, and saves it; throws when it cannot be had whole. */
async function download(file: DownloadFile, signal: AbortSignal, report: { redraw: (p: DownloadProgress) => void; speak: (p: DownloadProgress) => void }) {
  const response = await fetch(file.href, { signal });
  if (!response.ok || !response.body) throw new Refused((await response.text()).slice(0, 300) || `the server answered ${response.status}.`);
  const total = response.headers.get(EXPORT_ROWS_HEADER);
  const progress: DownloadProgress = { rows: file.csv ? 0 : null, bytes: 0, total: total !== null && /^\d+$/.test(total) ? Number(total) : null };
  const counter = file.csv ? new CsvRecordCounter() : null;
  const decoder = new TextDecoder();
  const chunks: Uint8Array[] = [];
  const reader = response.body.getReader();
  let drawn = 0;
  let said = performance.now();
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    chunks.push(read.value);
    progress.bytes += read.value.byteLength;
    if (counter) {
      counter.push(decoder.decode(read.value, { stream: true }));
      progress.rows = counter.dataRows;
    }
    const now = performance.now();
    if (now - drawn > REDRAW_MS) {
      drawn = now;
      report.redraw({ ...progress });
    }
    if (now - said > SPEAK_MS) {
      said = now;
      report.speak({ ...progress });
    }
  }
  if (counter) {
    counter.push(decoder.decode());
    progress.rows = counter.dataRows;
    if (counter.unterminatedQuote) throw new Error("the file ended in the middle of a row");
  }
  const name = fileNameOf(response.headers.get("Content-Disposition"), file.fallbackName);
  save(new Blob(chunks as BlobPart[], { type: response.headers.get("Content-Type") ?? "application/octet-stream" }), name);
  return { name, progress };
}

function doneText(p: DownloadProgress): string {
  return p.rows === null ? sizeText(p.bytes) : `${p.rows.toLocaleString("en-US")} rows, ${sizeText(p.bytes)}`;
}

/** Hands a downloaded file to the browser as if a link to it had been followed. */
function save(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the file after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
