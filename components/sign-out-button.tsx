"use client";
import { signOut } from "next-auth/react";

export function SignOutButton() {
  return (
    <button type="button" className="usa-button usa-button--outline margin-right-0" onClick={() => signOut({ callbackUrl: "/sign-in?signedOut=1" })}>
      Sign out
    </button>
  );
}
