// Codes an authenticator app would show, for the tests, the benchmark and `npm run demo:code`.
import { generateSync } from "otplib";

const PERIOD_SECONDS = 30;

/**
 * The code for the first time step the server will still take after the last one it accepted: this
 * step's, or the next one's. Never the previous step's: computed at the end of a step, it would reach
 * the server in the next one, where the step before is out of the window.
 */
export function nextTotpCode(secret: string, lastStep: number | null = null, now = new Date()): { code: string; step: number } | null {
  const current = Math.floor(now.getTime() / 1000 / PERIOD_SECONDS);
  const step = Math.max(current, (lastStep ?? -Infinity) + 1);
  if (step > current + 1) return null;
  return { code: generateSync({ secret, epoch: step * PERIOD_SECONDS }), step };
}

/** Milliseconds until the next time step begins. */
export function untilNextStep(now = new Date()): number {
  return PERIOD_SECONDS * 1000 - (now.getTime() % (PERIOD_SECONDS * 1000));
}
