import { createHash, randomBytes } from "node:crypto";

/** A share token: 256 random bits, URL-safe. Only its hash is stored. */
export function createShareToken(): string {
  return randomBytes(32).toString("base64url");
}

/** SHA-256 (hex) of a token: what the database keeps and looks links up by. */
export function hashShareToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Tokens we could have issued: 43 base64url characters. Anything else is not looked up. */
export function isWellFormedShareToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}
