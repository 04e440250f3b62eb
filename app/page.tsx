import { redirect } from "next/navigation";
import { roleHome } from "@/lib/auth/actor";
import { getActor } from "@/lib/auth/session";

export default async function Home() {
  const actor = await getActor();
  redirect(actor ? roleHome[actor.role] : "/sign-in");
}
