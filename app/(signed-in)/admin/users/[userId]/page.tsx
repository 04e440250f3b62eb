import type { Metadata } from "next";
import { ActionButton, ActionForm } from "@/components/action-form";
import { AdminHeading } from "@/components/admin/admin-heading";
import { UserScopeFields } from "@/components/admin/user-scope-fields";
import { HiddenFields } from "@/components/uswds/hidden-fields";
import { TextField } from "@/components/uswds/text-field";
import { resetPasswordAction, setUserDisabledAction, updateUserAction } from "@/lib/actions/admin";
import { requireActor } from "@/lib/auth/session";
import { getUserForAdmin, scopeOptions } from "@/lib/data-access/admin-users";
import { PASSWORD_HINT } from "@/lib/validation/password";

export const metadata: Metadata = { title: "User" };

export default async function UserPage({ params }: PageProps<"/admin/users/[userId]">) {
  const actor = await requireActor();
  const user = await getUserForAdmin(actor, (await params).userId);
  const agencies = await scopeOptions(actor);
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
    </>
  );
}
