import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/action-form";
import { AdminHeading } from "@/components/admin/admin-heading";
import { Pager } from "@/components/pager";
import { SearchForm } from "@/components/search-form";
import { UserScopeFields } from "@/components/admin/user-scope-fields";
import { Row, Table } from "@/components/uswds/table";
import { TextField } from "@/components/uswds/text-field";
import { createUserAction } from "@/lib/actions/admin";
import { roleLabels } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/session";
import { listUsers, scopeOptions } from "@/lib/data-access/admin-users";
import { listQuerySchema } from "@/lib/validation/admin";
import { PASSWORD_HINT } from "@/lib/validation/password";

export const metadata: Metadata = { title: "Users" };

const firstPasswordHint = `Leave it blank to e-mail them an invitation to choose their own password (a link that works once, for 72 hours). Or set one: ${PASSWORD_HINT} Give it to the person through a separate channel.`;

export default async function UsersPage({ searchParams }: PageProps<"/admin/users">) {
  const actor = await requireActor();
  const query = listQuerySchema.parse(await searchParams);
  const [{ users, total, pageSize }, agencies] = await Promise.all([listUsers(actor, query), scopeOptions(actor)]);
  return (
    <>
      <AdminHeading title="Users" current="/admin/users" />
      <SearchForm label="Search users by name or email" value={query.q} />
      <Table caption="Accounts, by email" columns={["Email", "Name", "Role", "Scope", "State"]}>
        {users.map((u) => (
          <Row
            key={u.id}
            header={<Link href={`/admin/users/${u.id}`}>{u.email}</Link>}
            cells={[
              u.name,
              roleLabels[u.role],
              u.role === "CCO" ? u.agency?.name : u.role === "LEAD" || u.role === "RESPONDENT" ? u.memberships.map((m) => m.program.name).join("; ") : "All programs",
              u.disabledAt ? "Disabled" : "Active",
            ]}
          />
        ))}
      </Table>
      <Pager page={query.page} pageSize={pageSize} total={total} params={{ q: query.q }} />
      <h2>New account</h2>
      <ActionForm action={createUserAction} submitLabel="Create account">
        <TextField id="user-email" name="email" type="email" label="Email address" autoComplete="off" />
        <TextField id="user-name" name="name" label="Name" autoComplete="off" />
        <TextField id="user-password" name="password" type="password" label="First password (optional)" hint={firstPasswordHint} autoComplete="new-password" />
        <UserScopeFields agencies={agencies} />
      </ActionForm>
    </>
  );
}
