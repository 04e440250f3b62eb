import { formatTimestamp } from "@/lib/format";

type Entry = { id: string; decision: "ACCEPTED" | "RETURNED"; comment: string; createdAt: Date; reviewer: { name: string } };

export function ReviewHistory({ history }: { history: Entry[] }) {
  if (history.length === 0) return <p>No decision yet.</p>;
  return (
    <ol className="usa-list">
      {history.map((h) => (
        <li key={h.id}>
          <strong>{h.decision === "ACCEPTED" ? "Accepted" : "Returned for revision"}</strong> by {h.reviewer.name} {formatTimestamp(h.createdAt)}
          {h.comment && <>: “{h.comment}”</>}
        </li>
      ))}
    </ol>
  );
}
