import { generate, generateSecret, generateURI, verify } from "otplib";

/** Six digits from an authenticator app, 30-second steps, as RFC 6238 and every app expect. */
export const TOTP_CODE = /^\d{6}$/;

/** A new shared secret (160 random bits, base32) for the person's authenticator app. */
export function createTotpSecret(): string {
  return generateSecret();
}

/** The otpauth:// address authenticator apps read (as a link or typed in). */
export function totpUri({ secret, email }: { secret: string; email: string }): string {
  return generateURI({ issuer: "Backstory", label: email, secret });
}

/** The secret in groups of four, easier to type into an app by hand. */
export function groupSecret(secret: string): string {
  return secret.replace(/(.{4})/g, "$1 ").trim();
}

/**
 * The time step a code belongs to when it is right for this secret (the current step or one
 * either side, for clocks a little off) and newer than `afterStep` (a code is never accepted
 * twice); otherwise null.
 */
export async function verifyTotp({
  secret,
  code,
  afterStep,
  now = new Date(),
}: {
  secret: string;
  code: string;
  afterStep: number | null;
  now?: Date;
}): Promise<number | null> {
  const token = code.replace(/\s/g, "");
  if (!TOTP_CODE.test(token)) return null;
  const epoch = Math.floor(now.getTime() / 1000);
  const currentStep = Math.floor(epoch / 30);
  // otplib refuses an afterTimeStep beyond the window; such a step has nothing left to accept.
  if (afterStep !== null && afterStep >= currentStep + 1) return null;
  const result = await verify({
    secret,
    token,
    epoch,
    epochTolerance: 30,
    ...(afterStep === null ? {} : { afterTimeStep: afterStep }),
  });
  return result.valid && "timeStep" in result ? result.timeStep : null;
}

/** The code an app would show now (for tests). */
export function currentTotp({ secret, now = new Date() }: { secret: string; now?: Date }) {
  return generate({ secret, epoch: Math.floor(now.getTime() / 1000) });
}
