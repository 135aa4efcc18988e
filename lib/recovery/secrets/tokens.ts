import { createHash, randomBytes } from "node:crypto";

/** How long a password-reset link works. */
export const RESET_LINK_MINUTES = 30;

/** A reset token: 256 random bits, base64url. Only its SHA-256 is stored. */
export function createResetToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashResetToken(token: string): string {
  return createHash("sha256").update(`reset:${token}`).digest("hex");
}

/** The page a reset link opens. */
export function resetLinkFor({ base, token }: { base: string; token: string }): string {
  const url = new URL("/reset-password", base);
  url.searchParams.set("token", token);
  return url.toString();
}
