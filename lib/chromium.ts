import { existsSync } from "node:fs";

// Playwright cannot download its browser on offline machines: Debian's Chromium when present,
// CHROMIUM_PATH when set, else Playwright's own (undefined lets Playwright choose).
const systemChromium = "/usr/bin/chromium";

export function chromiumExecutable(): string | undefined {
  return process.env.CHROMIUM_PATH ?? (existsSync(systemChromium) ? systemChromium : undefined);
}

/**
 * Playwright's own --disable-features (playwright-core's chromiumSwitches), repeated because Chromium
 * keeps only the last --disable-features it is given; chromium.int.test.ts fails when Playwright's
 * list holds one that this one lacks.
 */
const PLAYWRIGHT_DISABLED_FEATURES = [
  "AvoidUnnecessaryBeforeUnloadCheckSync",
  "DestroyProfileOnBrowserClose",
  "HttpsUpgrades",
  "HttpsFirstBalancedModeAutoEnable",
  "LensOverlay",
  "MediaRouter",
  "PaintHolding",
  "ThirdPartyStoragePartitioning",
  "AvoidCorsURLLoaderRestartOnRedirect",
  "TcpPortRandomizationWin",
  "OptimizationHints",
  "NetworkTimeServiceQuerying",
  "AimEnabled",
  "PreconnectToSearch",
  "msForceBrowserSignIn",
  "msEdgeUpdateLaunchServicesPreferredVersion",
];

/**
 * Chromium 156 gives every window (every context of Playwright's) an address bar's suggestion popup
 * drawn by a WebUI renderer of its own, some 70 MB that a headless page never shows.
 */
export const HIDDEN_UI_FEATURES = ["WebUIOmniboxPopup", "WebUIOmniboxAimPopup", "WebUIOmniboxFullPopup"];

/** As root Chromium needs --no-sandbox; the rest keep it off a closed network and its memory to the page. */
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...HIDDEN_UI_FEATURES].join(",")}`,
];
