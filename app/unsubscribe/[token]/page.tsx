import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/action-form";
import { HiddenFields } from "@/components/uswds/hidden-fields";
import { Alert } from "@/components/uswds/alert";
import { unsubscribeAction } from "@/lib/actions/notifications";
import { describeUnsubscribe } from "@/lib/data-access/unsubscribe";

export const metadata: Metadata = { title: "Unsubscribe" };

// Opened from an e-mail, signed in or not. It asks before it changes anything: mail scanners open links.
export default async function UnsubscribePage({ params }: PageProps<"/unsubscribe/[token]">) {
  const { token } = await params;
  const found = await describeUnsubscribe(token);
  return (
    <div className="usa-prose">
      <h1>Unsubscribe</h1>
      {found ? (
        <>
          <p className="usa-intro">
            Stop {found.what} to {found.email}? You will still find them under Notifications when you sign in.
          </p>
          <ActionForm action={unsubscribeAction} submitLabel="Unsubscribe" className="">
            <HiddenFields values={{ token }} />
          </ActionForm>
        </>
      ) : (
        <Alert type="error" heading="This unsubscribe link is not valid">
          It may have been copied incompletely. <Link href="/account/notifications">Sign in and choose your e-mail settings</Link> instead.
        </Alert>
      )}
    </div>
  );
}
