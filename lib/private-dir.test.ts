import { mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseEnv } from "./env";
import { ensurePrivateDir } from "./private-dir";

const root = mkdtempSync(path.join(tmpdir(), "astro-private-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const modeOf = (dir: string) => statSync(dir).mode & 0o777;

describe("DATA_DIR", () => {
  it("is created readable by this user only", () => {
    const dir = path.join(root, "fresh", "data");
    ensurePrivateDir(dir);
    expect(modeOf(dir)).toBe(0o700);
  });

  it("is narrowed to 0700 when it already exists wider", () => {
    const dir = path.join(root, "wide");
    mkdirSync(dir, { mode: 0o755 });
    ensurePrivateDir(dir);
    expect(modeOf(dir)).toBe(0o700);
  });

  it("is created 0700 when the embedded mode generates its secrets there", () => {
    const dir = path.join(root, "embedded");
    parseEnv({ NODE_ENV: "development", DATA_DIR: dir });
    expect(modeOf(dir)).toBe(0o700);
    expect(modeOf(path.join(dir, "secrets.json"))).toBe(0o600);
  });
});
