import "server-only";
import { hash, verify } from "@node-rs/argon2";
import { dictionary } from "@zxcvbn-ts/language-common";

// argon2id with @node-rs/argon2's defaults: m = 19 MiB, t = 2, p = 1 (the OWASP minimum).
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

let dummyHash: Promise<string> | undefined;

/**
 * Verifies a password; with no stored hash (unknown email) it verifies against a dummy hash so
 * that a known and an unknown email take the same time.
 */
export async function verifyPassword({
  passwordHash,
  password,
}: {
  passwordHash: string | null;
  password: string;
}): Promise<boolean> {
  if (passwordHash) return verify(passwordHash, password);
  dummyHash ??= hash("backstory-dummy-password-for-timing");
  await verify(await dummyHash, password);
  return false;
}

let commonPasswords: Set<string> | undefined;

/**
 * True for passwords on the offline list of common passwords (zxcvbn-ts's ~49,000), also when
 * only case, trailing digits or punctuation were added, or when a short or common piece is repeated.
 */
export function isCommonPassword(password: string): boolean {
  commonPasswords ??= new Set(dictionary["passwords-common"]);
  const lower = password.toLowerCase();
  if (commonPasswords.has(lower)) return true;
  const base = lower.replace(/[\d\p{P}\p{S}\s]+$/u, "");
  if (base.length >= 4 && base !== lower && commonPasswords.has(base)) return true;
  const repeated = /^(.+?)\1+$/su.exec(lower)?.[1];
  return repeated !== undefined && ([...repeated].length <= 4 || commonPasswords.has(repeated));
}
