import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Your password is set" };

// Where an e-mailed password link leads once it has been used.
export default function PasswordSetPage() {
  return (
    <div className="usa-prose">
      <h1>Your password is set</h1>
      <p className="usa-intro">The link you used no longer works. Sign in with your e-mail address and the new password.</p>
      <p>
        <Link className="usa-button" href="/sign-in">
          Sign in
        </Link>
      </p>
    </div>
  );
}
