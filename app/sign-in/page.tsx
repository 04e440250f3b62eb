import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/sign-in-form";
import { roleHome } from "@/lib/auth/actor";
import { REFUSED_EMAIL_PURPOSE } from "@/lib/auth/options";
import { unseal } from "@/lib/auth/sealed";
import { getActor } from "@/lib/auth/session";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Sign in" };

type Params = { signedOut?: string; error?: string | string[]; who?: string | string[] };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Params> }) {
  const actor = await getActor();
  if (actor) redirect(roleHome[actor.role]);
  const { signedOut, error, who } = await searchParams;
  const { oidc, NEXTAUTH_SECRET } = env();
  // The error code only picks one of our messages; the e-mail is shown only as the server sealed it.
  const code = typeof error === "string" ? error : undefined;
  const email = code === "OidcNotSetUp" && typeof who === "string" ? unseal(who, { secret: NEXTAUTH_SECRET, purpose: REFUSED_EMAIL_PURPOSE }) : null;
  const problem = signInErrorMessage(code, { provider: oidc?.name, email });
  return (
    <div className="grid-row">
      <div className="tablet:grid-col-8 desktop:grid-col-6">
        <h1>Sign in</h1>
        <p className="usa-intro">Assess your program’s customer-experience maturity, review submissions and track progress.</p>
        <SignInForm notice={signedOut ? "You have signed out." : undefined} problem={problem} oidcName={oidc?.name} />
        <p className="margin-top-3">
          <Link href="/forgot-password">Forgot your password?</Link>
        </p>
      </div>
    </div>
  );
}
