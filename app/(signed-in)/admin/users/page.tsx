import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/action-form";
import { AdminNav } from "@/components/admin-nav";
import { Pager } from "@/components/pager";
import { SearchForm } from "@/components/search-form";
import { UserScopeFields } from "@/components/user-scope-fields";
import { createUserAction } from "@/lib/actions/admin";
import { roleLabels } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/session";
import { listUsers, scopeOptions } from "@/lib/data-access/admin-users";
import { listQuerySchema } from "@/lib/validation/admin";
import { PASSWORD_HINT } from "@/lib/validation/password";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireActor();
  const query = listQuerySchema.parse(await searchParams);
  const [{ users, total, pageSize }, agencies] = await Promise.all([listUsers(actor, query), scopeOptions(actor)]);
  return (
    <>
      <h1>Users</h1>
      <AdminNav current="/admin/users" />
      <SearchForm label="Search users by name or email" value={query.q} />
      <table className="usa-table usa-table--borderless width-full">
        <caption>Accounts, by email</caption>
        <thead>
          <tr>
            <th scope="col">Email</th>
            <th scope="col">Name</th>
            <th scope="col">Role</th>
            <th scope="col">Scope</th>
            <th scope="col">State</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id}>
              <th scope="row">
                <Link href={`/admin/users/${u.id}`}>{u.email}</Link>
              </th>
              <td>{u.name}</td>
              <td>{roleLabels[u.role]}</td>
              <td>{u.role === "CCO" ? u.agency?.name : u.role === "LEAD" ? u.memberships.map((m) => m.program.name).join("; ") : "All programs"}</td>
              <td>{u.disabledAt ? "Disabled" : "Active"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pager page={query.page} pageSize={pageSize} total={total} params={{ q: query.q }} />
      <h2>New account</h2>
      <ActionForm action={createUserAction} submitLabel="Create account">
        <label className="usa-label" htmlFor="user-email">
          Email address
        </label>
        <input className="usa-input" id="user-email" name="email" type="email" autoComplete="off" />
        <label className="usa-label" htmlFor="user-name">
          Name
        </label>
        <input className="usa-input" id="user-name" name="name" autoComplete="off" />
        <label className="usa-label" htmlFor="user-password">
          First password
        </label>
        <span className="usa-hint" id="user-password-hint">
          {PASSWORD_HINT} Give it to the person through a separate channel.
        </span>
        <input className="usa-input" id="user-password" name="password" type="password" autoComplete="new-password" aria-describedby="user-password-hint" />
        <UserScopeFields agencies={agencies} />
      </ActionForm>
    </>
  );
}
