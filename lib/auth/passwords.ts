import "server-only";
import argon2 from "argon2";

// argon2id with the library's defaults (64 MiB, t=3): memory-hard, so a leaked hash is slow to crack.
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

// A fixed hash verified when the email is unknown, so both answers take as long.
let dummyHash: Promise<string> | undefined;
export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hashPassword("astrobookings-timing-equaliser");
  await verifyPassword(await dummyHash, password);
}
