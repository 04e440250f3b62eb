import type { Metadata } from "next";
import { ActionForm } from "@/components/action-form";
import { TextField } from "@/components/uswds/text-field";
import { requestPasswordResetAction } from "@/lib/actions/password-links";
import { LINK_HOURS_TEXT } from "@/lib/validation/password-links";

export const metadata: Metadata = { title: "Forgot your password?" };

export default function ForgotPasswordPage() {
  return (
    <div className="grid-row">
      <div className="tablet:grid-col-8 desktop:grid-col-6">
        <h1>Forgot your password?</h1>
        <p className="usa-intro">Enter your account’s e-mail address: we send it a link to choose a new password, which works once, for {LINK_HOURS_TEXT.RESET}.</p>
        <ActionForm action={requestPasswordResetAction} submitLabel="E-mail me a link">
          <TextField id="reset-email" name="email" type="email" label="Email address" autoComplete="email" />
        </ActionForm>
      </div>
    </div>
  );
}
