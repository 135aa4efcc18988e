import { createHash, randomBytes } from "node:crypto";

/** A calendar link token: 256 random bits, URL-safe. Only its SHA-256 is stored. */
export function createCalendarToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashCalendarToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Tokens we could have issued (43 base64url characters); nothing else is looked up. */
export function isWellFormedCalendarToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}
