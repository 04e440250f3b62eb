import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/sign-in-form";
import { roleHome } from "@/lib/auth/actor";
import { getActor } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ signedOut?: string }> }) {
  const actor = await getActor();
  if (actor) redirect(roleHome[actor.role]);
  const { signedOut } = await searchParams;
  return (
    <div className="grid-row">
      <div className="tablet:grid-col-8 desktop:grid-col-6">
        <h1>Sign in</h1>
        <p className="usa-intro">Assess your program’s customer-experience maturity, review submissions and track progress.</p>
        <SignInForm notice={signedOut ? "You have signed out." : undefined} />
      </div>
    </div>
  );
}
