import type { Metadata } from "next";
import Link from "next/link";
import { CreateTokenForm } from "@/components/account/create-token-form";
import { ActionButton } from "@/components/action-form";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { Alert } from "@/components/uswds/alert";
import { Row, Table } from "@/components/uswds/table";
import { revokeApiTokenAction } from "@/lib/actions/api-tokens";
import { requireActor } from "@/lib/auth/session";
import { API_REQUESTS_PER_MINUTE } from "@/lib/api/tokens";
import { API_ROLES, listApiTokens, type ApiTokenView } from "@/lib/data-access/api-tokens";
import { formatDate, formatTimestamp } from "@/lib/format";

export const metadata: Metadata = { title: "API tokens" };

function standing(t: ApiTokenView, now: Date): string {
  if (t.revokedAt) return `Revoked ${formatTimestamp(t.revokedAt)}`;
  if (t.expiresAt <= now) return `Expired ${formatTimestamp(t.expiresAt)}`;
  return `Active until ${formatDate(t.expiresAt)}`;
}

export default async function ApiTokensPage({ searchParams }: PageProps<"/account/api-tokens">) {
  const actor = await requireActor(...API_ROLES);
  const { revoked } = await searchParams;
  const tokens = await listApiTokens(actor);
  const now = new Date();
  return (
    <>
      <Breadcrumbs trail={[{ href: "/account", label: "Your account" }]} current="API tokens" />
      <h1 id="api-tokens">API tokens</h1>
      {revoked && (
        <Alert type="success" slim role="status">
          Token revoked. Requests with it are refused from now on.
        </Alert>
      )}
      <p className="usa-intro maxw-tablet-lg">
        A token lets your own tools (a spreadsheet, a dashboard) read through the <Link href="/developers">read API</Link> what you can see here, and
        nothing more. It cannot change anything. Up to {API_REQUESTS_PER_MINUTE} requests a minute per token; every request is recorded in the audit
        log.
      </p>
      <h2>Your tokens</h2>
      {tokens.length === 0 ? (
        <p>You have no tokens.</p>
      ) : (
        <Table caption="Your API tokens, newest first" captionHidden columns={["Name", "Token", "Created", "Last used", "Status", "Revoke"]}>
          {tokens.map((t) => (
            <Row
              key={t.id}
              header={t.name}
              cells={[
                <code key="p">{t.prefix}</code>,
                formatDate(t.createdAt),
                t.lastUsedAt ? formatTimestamp(t.lastUsedAt) : "Never",
                standing(t, now),
                t.revokedAt || t.expiresAt <= now ? (
                  "–"
                ) : (
                  <ActionButton key="r" action={revokeApiTokenAction} values={{ tokenId: t.id }} variant="secondary">
                    Revoke<span className="usa-sr-only"> {t.name}</span>
                  </ActionButton>
                ),
              ]}
            />
          ))}
        </Table>
      )}
      <h2>Create a token</h2>
      <CreateTokenForm />
    </>
  );
}
