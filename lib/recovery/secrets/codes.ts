import { createHash, randomBytes } from "node:crypto";

/** Crockford's base32: no I, L, O or U, so a code read aloud or from paper is hard to mistype. */
const ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
const GROUPS = 5;
const GROUP_LENGTH = 5;

export const RECOVERY_CODE_COUNT = 10;

/**
 * One recovery code: 25 characters (125 random bits) in groups of five, e.g.
 * "7k2qd-…". Long enough that only its SHA-256 needs storing (ASVS 6.5.2 asks 112 bits).
 */
export function generateRecoveryCode(): string {
  const bytes = randomBytes(GROUPS * GROUP_LENGTH);
  const characters = [...bytes].map((byte) => ALPHABET[byte & 31]);
  const groups: string[] = [];
  for (let group = 0; group < GROUPS; group++) {
    groups.push(characters.slice(group * GROUP_LENGTH, (group + 1) * GROUP_LENGTH).join(""));
  }
  return groups.join("-");
}

export function generateRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, generateRecoveryCode);
}

/** How a typed code is compared: case, spaces and dashes ignored, look-alikes read as digits. */
export function normaliseRecoveryCode(typed: string): string {
  return typed.toLowerCase().replace(/[\s-]/g, "").replace(/[il]/g, "1").replace(/o/g, "0");
}

/** What is stored for a code, and what a typed code is looked up by. */
export function hashRecoveryCode(code: string): string {
  return createHash("sha256")
    .update(`recovery:${normaliseRecoveryCode(code)}`)
    .digest("hex");
}
