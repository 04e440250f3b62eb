// The embedded servers each entry point uses when DATABASE_URL is not set. Separate clusters and
// ports keep the demo data, the end-to-end run and the integration tests out of each other's way.
const log = (line: string) => {
  if (process.env.DEBUG_EMBEDDED_POSTGRES) console.error(line);
};
export const appDatabase = { name: "app", port: 54329, log };
export const e2eDatabase = { name: "e2e", port: 54339, log };
export const integrationDatabase = { name: "integration", port: 54349, log };
export const emptyInstallDatabase = { name: "e2e-empty", port: 54359, log };
export const benchDatabase = { name: "bench", port: 54369, log };
export const outageDatabase = { name: "outage", port: 54379, log };
export const oidcDatabase = { name: "oidc", port: 54399, log };
// e2e/scale-out.spec.ts: two app instances over one cluster.
export const scaleOutDatabase = { name: "scale-out", port: 54389, log };
// e2e/crash.spec.ts: an app killed in the middle of a write.
export const crashDatabase = { name: "crash", port: 54409, log };
// e2e/exchange.spec.ts: a second installation, to import an assessment exported from the first.
export const exchangeDatabase = { name: "exchange", port: 54419, log };
