// npm run demo:code: the code an authenticator app holding the demo key shows now, for signing in as
// the demo administrator or council member (README, "Demo accounts").
import { DEMO_TOTP_SECRET } from "../prisma/seed/demo-second-factor";
import { nextTotpCode, untilNextStep } from "../testing/totp";

const now = new Date();
const { code } = nextTotpCode(DEMO_TOTP_SECRET, Math.floor(now.getTime() / 30_000) - 1, now)!;
console.log(`${code}  (changes in ${Math.ceil(untilNextStep(now) / 1000)} s)`);
