// The authenticator-app key of the demo accounts whose role signs in with a second factor (README,
// "Demo accounts"): published on purpose, like the demo password. `npm run demo:code` prints the
// current code; or add the key to any authenticator app.
export const DEMO_TOTP_SECRET = "CXMATURITYDEMOKEYFORTESTSONLY234";
