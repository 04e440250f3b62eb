// The token in an e-mail's unsubscribe link: who and which kind of e-mail, signed with the app's
// secret so that it works without signing in and cannot be made up for someone else. It does not
// expire: an old e-mail's link must still work (RFC 8058).
import { createHmac, timingSafeEqual } from "node:crypto";
import { NotificationKind } from "@/lib/db/generated/enums";

/** A notification kind, or the daily digest as a whole. */
export type UnsubscribeTopic = NotificationKind | "DIGEST";

const topics = new Set<string>([...Object.values(NotificationKind), "DIGEST"]);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const signature = (secret: string, userId: string, topic: string) => createHmac("sha256", secret).update(`unsubscribe:${userId}:${topic}`).digest("base64url");

export function unsubscribeToken(secret: string, userId: string, topic: UnsubscribeTopic): string {
  return `${userId}.${topic}.${signature(secret, userId, topic)}`;
}

/** Who and what the token unsubscribes, or null when it is not one this app signed. */
export function readUnsubscribeToken(secret: string, token: string): { userId: string; topic: UnsubscribeTopic } | null {
  const [userId = "", topic = "", given = "", ...rest] = token.split(".");
  if (rest.length > 0 || !UUID.test(userId) || !topics.has(topic)) return null;
  const expected = Buffer.from(signature(secret, userId, topic));
  const actual = Buffer.from(given);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return null;
  return { userId, topic: topic as UnsubscribeTopic };
}
