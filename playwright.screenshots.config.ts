import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

// `npm run screenshots`: every page of every role at 1280 and 390 px into screenshots/ (gitignored),
// with the layout and accessibility checks of shots/pages.shot.ts and Lighthouse on the public pages.
export default defineConfig({
  ...base,
  testDir: "shots",
  testMatch: /.*\.shot\.ts$/,
  timeout: 15 * 60_000,
  expect: { timeout: 15_000 },
  reporter: [["list"]],
});
