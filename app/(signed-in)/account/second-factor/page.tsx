import type { Metadata } from "next";
import { ActionButton } from "@/components/action-form";
import { AddFactor } from "@/components/account/add-factor";
import { RecoveryCodesForm } from "@/components/account/recovery-codes-form";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { Alert } from "@/components/uswds/alert";
import { Row, Table } from "@/components/uswds/table";
import { removeSecondFactorAction } from "@/lib/actions/second-factor";
import { requireActor } from "@/lib/auth/session";
import { listMySecondFactors } from "@/lib/data-access/second-factors";
import { formatTimestamp } from "@/lib/format";

export const metadata: Metadata = { title: "Second factor" };

const kindLabels = { TOTP: "Authenticator app", PASSKEY: "Passkey or security key" } as const;

export default async function SecondFactorPage({ searchParams }: { searchParams: Promise<{ removed?: string | string[] }> }) {
  const actor = await requireActor();
  const { removed } = await searchParams;
  const { required, factors, recoveryCodesLeft } = await listMySecondFactors(actor);
  return (
    <>
      <Breadcrumbs trail={[{ href: "/account", label: "Your account" }]} current="Second factor" />
      <h1>Second factor</h1>
      {typeof removed === "string" && (
        <Alert type="success" slim role="status">
          Removed “{removed}”.
        </Alert>
      )}
      <p className="usa-intro maxw-tablet-lg">
        {required
          ? "Your role signs in with your password and a second factor, so that a stolen password is not enough."
          : "Your role signs in with a password alone; factors added before stay listed here until you remove them."}
      </p>
      {factors.length === 0 ? (
        <p>You have no second factor. {required && "You will add one at your next sign-in."}</p>
      ) : (
        <Table caption="Your second factors" captionHidden columns={["Name", "Kind", "Added", "Last used", "Remove"]}>
          {factors.map((f) => (
            <Row
              key={f.id}
              header={f.label}
              cells={[
                kindLabels[f.kind],
                formatTimestamp(f.createdAt),
                f.lastUsedAt ? formatTimestamp(f.lastUsedAt) : "Not yet",
                <ActionButton key="remove" action={removeSecondFactorAction} values={{ factorId: f.id }} variant="secondary">
                  Remove<span className="usa-sr-only"> {f.label}</span>
                </ActionButton>,
              ]}
            />
          ))}
        </Table>
      )}
      <h2>Add a factor</h2>
      <p>A second passkey or app lets you sign in when one of them is not at hand.</p>
      <AddFactor email={actor.email} />
      <h2>Recovery codes</h2>
      <p>
        {recoveryCodesLeft === 1 ? "One recovery code is" : `${recoveryCodesLeft} recovery codes are`} left. Each signs you in once when your second factor
        is not at hand. New codes replace the ones left.
      </p>
      {factors.length > 0 && <RecoveryCodesForm email={actor.email} />}
      <p className="margin-top-4">Lost every factor and every code? Ask an administrator to reset your second factors; you then add a new one at your next sign-in.</p>
    </>
  );
}
