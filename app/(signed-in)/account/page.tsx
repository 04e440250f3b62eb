import type { Metadata } from "next";
import { roleLabels } from "@/lib/auth/actor";
import Link from "next/link";
import { requireActor } from "@/lib/auth/session";
import { canUseApi } from "@/lib/data-access/api-tokens";

export const metadata: Metadata = { title: "Your account" };

const scopeOf = {
  LEAD: (programs: number) => `The ${programs === 1 ? "program" : `${programs} programs`} you lead.`,
  RESPONDENT: () => "The assessments a program lead invited you to rate, under My work.",
  CCO: () => "Every program of your agency.",
  COUNCIL: () => "Every program, for review and comparison.",
  ADMIN: () => "Every program, and the administration of agencies, users, cycles and the model.",
};

// Shows only what the session already holds: it is also the benchmark's no-database baseline page.
export default async function AccountPage() {
  const actor = await requireActor();
  return (
    <div className="usa-prose">
      <h1>Your account</h1>
      <dl>
        <dt className="text-bold">Name</dt>
        <dd className="margin-left-0 margin-bottom-2">{actor.name}</dd>
        <dt className="text-bold">E-mail</dt>
        <dd className="margin-left-0 margin-bottom-2">{actor.email}</dd>
        <dt className="text-bold">Role</dt>
        <dd className="margin-left-0 margin-bottom-2">{roleLabels[actor.role]}</dd>
        <dt className="text-bold">What you can see</dt>
        <dd className="margin-left-0 margin-bottom-2">{scopeOf[actor.role](actor.programIds.length)}</dd>
      </dl>
      <p>To change your name, e-mail or password, ask an administrator.</p>
      <p>
        <Link href="/account/sessions">Where you are signed in</Link>: see each browser and sign out the ones you do not use.
      </p>
      <p>
        <Link href="/account/notifications">Notification settings</Link>: which notifications are e-mailed to you, right away or in a daily summary.
      </p>
      <p>
        <Link href="/account/second-factor">Second factor</Link>: your passkeys, authenticator apps and recovery codes.
      </p>
      {canUseApi(actor) && (
        <p>
          <Link href="/account/api-tokens">API tokens</Link>: let your own tools read what you can see, through the <Link href="/developers">read API</Link>.
        </p>
      )}
    </div>
  );
}
