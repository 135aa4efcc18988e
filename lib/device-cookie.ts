import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { isHttpsDeployment } from "./auth-cookie";

/**
 * Device cookies (OWASP "Slow brute force with device cookies"): after a successful sign-in the
 * browser keeps a signed token bound to that account. A sign-in that presents one is exempt
 * from the account-wide failure limit, so someone guessing passwords from elsewhere cannot lock
 * the person out of a device they have already used; such a device has its own, smaller limit.
 */
export const DEVICE_COOKIE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

export function deviceCookieName(isHttps = isHttpsDeployment()) {
  return isHttps ? "__Host-backstory-device" : "backstory-device";
}

const accountOf = (email: string) => email.trim().toLowerCase();

function mac({ secret, email, id }: { secret: string; email: string; id: string }) {
  return createHmac("sha256", secret)
    .update(`backstory-device|${accountOf(email)}|${id}`)
    .digest("base64url");
}

/** A new device token for this account: a random id and its signature. */
export function issueDeviceToken({ email, secret }: { email: string; secret: string }) {
  const id = randomBytes(16).toString("base64url");
  return `${id}.${mac({ secret, email, id })}`;
}

/** The device id when the token was issued for this account with this secret, else null. */
export function verifiedDeviceId({
  token,
  email,
  secret,
}: {
  token: string | null | undefined;
  email: string;
  secret: string;
}): string | null {
  const [id, signature, ...rest] = (token ?? "").split(".");
  if (!id || !signature || rest.length > 0 || id.length > 64) return null;
  const expected = Buffer.from(mac({ secret, email, id }));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected) ? id : null;
}

/** The device cookie's value in a Cookie header, if any. */
export function deviceTokenFromCookieHeader(header: string | null | undefined): string | null {
  const name = deviceCookieName();
  for (const part of (header ?? "").split(";")) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return value.join("=");
  }
  return null;
}
