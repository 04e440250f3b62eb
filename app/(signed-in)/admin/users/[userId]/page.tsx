import type { Metadata } from "next";
import { ActionButton, ActionForm } from "@/components/action-form";
import { AdminHeading } from "@/components/admin/admin-heading";
import { UserScopeFields } from "@/components/admin/user-scope-fields";
import { HiddenFields } from "@/components/uswds/hidden-fields";
import { TextField } from "@/components/uswds/text-field";
import { resetPasswordAction, setUserDisabledAction, updateUserAction } from "@/lib/actions/admin";
import { resetSecondFactorsAction } from "@/lib/actions/second-factor";
import { requireActor } from "@/lib/auth/session";
import { getUserForAdmin, scopeOptions } from "@/lib/data-access/admin-users";
import { secondFactorSummary } from "@/lib/data-access/second-factors";
import { PASSWORD_HINT } from "@/lib/validation/password";

export const metadata: Metadata = { title: "User" };

export default async function UserPage({ params }: PageProps<"/admin/users/[userId]">) {
  const actor = await requireActor();
  const user = await getUserForAdmin(actor, (await params).userId);
  const [agencies, factors] = await Promise.all([scopeOptions(actor), secondFactorSummary(actor, user.id)]);
  return (
    <>
      <AdminHeading
        title={user.name}
        current="/admin/users"
        trail={{ href: "/admin/users", label: "Users", current: user.email }}
        intro={`${user.email} · ${user.disabledAt ? "Disabled" : "Active"}`}
      />
      <h2>Role and scope</h2>
      <ActionForm action={updateUserAction} submitLabel="Save role and scope" key={`scope:${user.version}`}>
        <HiddenFields values={{ userId: user.id, expectedVersion: user.version }} />
        <UserScopeFields agencies={agencies} role={user.role} agencyId={user.agencyId ?? ""} programIds={user.programIds} />
      </ActionForm>
      <h2>Access</h2>
      <ActionButton action={setUserDisabledAction} values={{ userId: user.id, disabled: user.disabledAt ? "false" : "true" }} variant="secondary">
        {user.disabledAt ? "Enable this account" : "Disable this account"}
      </ActionButton>
      <h2>Reset password</h2>
      <ActionForm action={resetPasswordAction} submitLabel="Reset password">
        <HiddenFields values={{ userId: user.id }} />
        <TextField id="new-password" name="password" type="password" label="New password" hint={`${PASSWORD_HINT} The user’s sessions end.`} autoComplete="new-password" />
      </ActionForm>
      <h2>Second factor</h2>
      <p>
        {factors.factors.length === 0
          ? "No second factor."
          : `${factors.factors.map((f) => `${f.label} (${f.kind === "TOTP" ? "authenticator app" : "passkey"})`).join(", ")}; ${factors.recoveryCodesLeft} recovery codes left.`}
      </p>
      {user.id !== actor.userId && (
        <>
          <p>When the user has lost their factors and recovery codes: their factors and codes are removed, their sessions end, and they add a new factor at their next sign-in.</p>
          <ActionButton action={resetSecondFactorsAction} values={{ userId: user.id }} variant="secondary">
            Reset second factors
          </ActionButton>
        </>
      )}
    </>
  );
}
