// No "server-only" marker: lib/env.ts (read by proxy.ts too) and the scripts use it.
import { chmodSync, mkdirSync } from "node:fs";

/**
 * Creates `dir` (and missing parents) for this user only (0700): DATA_DIR holds the
 * embedded database and the secrets generated for it. An existing directory is narrowed
 * to 0700 too, when it is ours to change.
 */
export function ensurePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  try {
    chmodSync(dir, 0o700);
  } catch {
    // Owned by someone else (a mounted volume): its owner decides its mode.
  }
}
