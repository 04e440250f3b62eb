import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/action-form";
import { Alert } from "@/components/uswds/alert";
import { HiddenFields } from "@/components/uswds/hidden-fields";
import { TextField } from "@/components/uswds/text-field";
import { setPasswordWithLinkAction } from "@/lib/actions/password-links";
import { checkPasswordLink } from "@/lib/data-access/password-links";
import { PASSWORD_HINT } from "@/lib/validation/password";

export const metadata: Metadata = { title: "Choose your password" };

// Opened from an invitation or reset e-mail, without a session: the link's token is the credential.
export default async function SetPasswordPage({ params }: PageProps<"/set-password/[token]">) {
  const { token } = await params;
  const link = await checkPasswordLink(token);
  return (
    <div className="grid-row">
      <div className="tablet:grid-col-8 desktop:grid-col-6">
        <h1>{link?.purpose === "RESET" ? "Choose a new password" : "Choose your password"}</h1>
        {link ? (
          <>
            <p className="usa-intro">
              For {link.name}, {link.email}. The link works once: after this, sign in with the new password.
            </p>
            <ActionForm action={setPasswordWithLinkAction} submitLabel="Set password">
              <HiddenFields values={{ token }} />
              <TextField id="new-password" name="password" type="password" label="Password" hint={PASSWORD_HINT} autoComplete="new-password" />
              <TextField id="new-password-again" name="confirmation" type="password" label="The same password again" autoComplete="new-password" />
            </ActionForm>
          </>
        ) : (
          <Alert type="error" heading="This link no longer works">
            It has been used already or has expired. <Link href="/forgot-password">Ask for a new one</Link>, or ask an administrator.
          </Alert>
        )}
      </div>
    </div>
  );
}
