import type { Metadata } from "next";
import { ActionButton } from "@/components/action-form";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { Alert } from "@/components/uswds/alert";
import { Row, Table } from "@/components/uswds/table";
import { endOtherSessionsAction, endSessionAction } from "@/lib/actions/sessions";
import { getSessionId, requireActor } from "@/lib/auth/session";
import { listMySessions } from "@/lib/data-access/accounts";
import { formatTimestamp } from "@/lib/format";
import { browserSummary } from "@/lib/user-agent";

export const metadata: Metadata = { title: "Where you are signed in" };

export default async function SessionsPage({ searchParams }: PageProps<"/account/sessions">) {
  const actor = await requireActor();
  const ended = Number((await searchParams).ended ?? 0);
  const sessions = await listMySessions(actor, (await getSessionId()) ?? "");
  const others = sessions.filter((s) => !s.current).length;
  return (
    <>
      <Breadcrumbs trail={[{ href: "/account", label: "Your account" }]} current="Where you are signed in" />
      <h1>Where you are signed in</h1>
      {Number.isSafeInteger(ended) && ended > 0 && (
        <Alert type="success" slim role="status">
          Signed out {ended === 1 ? "one session" : `${ended} sessions`}. {ended === 1 ? "That browser" : "Those browsers"} must sign in again.
        </Alert>
      )}
      <p className="usa-intro maxw-tablet-lg">
        Each browser you signed in with, and when it was last used. If you do not recognise one, sign it out and tell an administrator.
      </p>
      <Table caption="Your sessions, this one first" captionHidden columns={["Browser", "Signed in", "Last used", "Address", "Sign out"]}>
        {sessions.map((s) => (
          <Row
            key={s.id}
            header={
              <>
                {browserSummary(s.userAgent)}
                {s.current && <span className="display-block font-body-2xs text-base-dark">This browser</span>}
              </>
            }
            cells={[
              formatTimestamp(s.createdAt),
              formatTimestamp(s.lastSeenAt),
              s.address || "Unknown",
              s.current ? (
                "Use “Sign out” at the top"
              ) : (
                <ActionButton key="end" action={endSessionAction} values={{ sessionId: s.id }} variant="secondary">
                  Sign out<span className="usa-sr-only"> {browserSummary(s.userAgent)}, last used {formatTimestamp(s.lastSeenAt)}</span>
                </ActionButton>
              ),
            ]}
          />
        ))}
      </Table>
      {others > 0 && (
        <ActionButton action={endOtherSessionsAction} values={{}} variant="outline">
          Sign out everywhere else ({others} {others === 1 ? "session" : "sessions"})
        </ActionButton>
      )}
    </>
  );
}
