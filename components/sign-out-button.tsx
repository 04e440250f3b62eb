"use client";
import { useRouter } from "next/navigation";
import { signOutHere } from "@/lib/auth/sign-in-client";
import { Button } from "./uswds/button";

export function SignOutButton() {
  const router = useRouter();
  async function signOut() {
    await signOutHere();
    // Refresh too, so nothing rendered for the session stays in the client's router cache.
    router.replace("/sign-in?signedOut=1");
    router.refresh();
  }
  return (
    <Button type="button" variant="outline" className="margin-right-0" onClick={() => void signOut()}>
      Sign out
    </Button>
  );
}
