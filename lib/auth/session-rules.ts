// When a signed-in session stops standing. Pure, so the rules are tested without a database.

export type SessionLimits = { idleSeconds: number; maxAgeSeconds: number };

export type SessionFacts = {
  createdAt: Date;
  lastSeenAt: Date;
  endedAt: Date | null;
  sessionVersion: number;
  user: { disabledAt: Date | null; sessionVersion: number };
};

export type SessionStanding = "active" | "signed-out" | "revoked" | "disabled" | "idle" | "expired";

export function sessionStanding(s: SessionFacts, now: Date, limits: SessionLimits): SessionStanding {
  if (s.endedAt) return "signed-out";
  if (s.user.disabledAt) return "disabled";
  if (s.user.sessionVersion !== s.sessionVersion) return "revoked";
  if (now.getTime() - s.createdAt.getTime() >= limits.maxAgeSeconds * 1000) return "expired";
  if (now.getTime() - s.lastSeenAt.getTime() >= limits.idleSeconds * 1000) return "idle";
  return "active";
}

/** Activity is written at most this often, so a busy session costs a write a minute, not one per request. */
export const LAST_SEEN_PRECISION_MS = 60_000;
