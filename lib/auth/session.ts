import "server-only";
import { cache } from "react";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { getServerSession } from "next-auth";
import { rethrowUnlessDatabaseDown } from "@/lib/availability/retry";
import { loadActor } from "@/lib/data-access/accounts";
import type { Actor, Role } from "./actor";
import { authOptions } from "./options";

/** The id of the session this request's cookie names (checked against the database by getActor, not here). */
export const getSessionId = cache(async (): Promise<string | null> => {
  // Per request, never at build time: the session lives in this request's cookies.
  await connection();
  return (await getServerSession(authOptions()))?.sessionId || null;
});

/** The signed-in Actor for this request, re-checked against the database (disabled, signed out). */
export const getActor = cache(async (): Promise<Actor | null> => {
  const sessionId = await getSessionId();
  if (!sessionId) return null;
  // The first query of every signed-in page, action and download: where an outage shows up first.
  return loadActor(sessionId).catch(rethrowUnlessDatabaseDown);
});

/**
 * The signed-in Actor, else the sign-in page. Given roles, an actor in any other role is told the
 * page does not exist, as the data-access layer answers a refusal.
 */
export async function requireActor(...roles: Role[]): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/sign-in");
  if (roles.length > 0 && !roles.includes(actor.role)) notFound();
  return actor;
}
