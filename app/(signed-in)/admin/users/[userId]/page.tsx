import type { Metadata } from "next";
import { ActionForm } from "@/components/action-form";
import { AdminNav } from "@/components/admin-nav";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { UserScopeFields } from "@/components/user-scope-fields";
import { resetPasswordAction, setUserDisabledAction, updateUserAction } from "@/lib/actions/admin";
import { requireActor } from "@/lib/auth/session";
import { getUserForAdmin, scopeOptions } from "@/lib/data-access/admin-users";
import { PASSWORD_HINT } from "@/lib/validation/password";

export const metadata: Metadata = { title: "User" };

export default async function UserPage({ params }: { params: Promise<{ userId: string }> }) {
  const actor = await requireActor();
  const user = await getUserForAdmin(actor, (await params).userId);
  const agencies = await scopeOptions(actor);
  return (
    <>
      <Breadcrumbs trail={[{ href: "/admin/users", label: "Users" }]} current={user.email} />
      <h1>{user.name}</h1>
      <AdminNav current="/admin/users" />
      <p className="usa-intro">
        {user.email} · {user.disabledAt ? "Disabled" : "Active"}
      </p>
      <h2>Role and scope</h2>
      <ActionForm action={updateUserAction} submitLabel="Save role and scope" key={`scope:${user.version}`}>
        <input type="hidden" name="userId" value={user.id} />
        <input type="hidden" name="expectedVersion" value={user.version} />
        <UserScopeFields agencies={agencies} role={user.role} agencyId={user.agencyId ?? ""} programIds={user.programIds} />
      </ActionForm>
      <h2>Access</h2>
      <ActionForm action={setUserDisabledAction} submitLabel={user.disabledAt ? "Enable this account" : "Disable this account"} className="" buttonClassName="usa-button usa-button--secondary">
        <input type="hidden" name="userId" value={user.id} />
        <input type="hidden" name="disabled" value={user.disabledAt ? "false" : "true"} />
      </ActionForm>
      <h2>Reset password</h2>
      <ActionForm action={resetPasswordAction} submitLabel="Reset password">
        <input type="hidden" name="userId" value={user.id} />
        <label className="usa-label" htmlFor="new-password">
          New password
        </label>
        <span className="usa-hint" id="new-password-hint">
          {PASSWORD_HINT} The user’s sessions end.
        </span>
        <input className="usa-input" id="new-password" name="password" type="password" autoComplete="new-password" aria-describedby="new-password-hint" />
      </ActionForm>
    </>
  );
}
