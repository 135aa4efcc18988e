import "server-only";
import { RateLimiterPostgres, type RateLimiterRes } from "rate-limiter-flexible";
import { limitBucketOf } from "./client-key";
import { getDatabase } from "./db";
import { getLimits } from "./env";
import { AppError } from "./errors";

/**
 * Limits, documented in README "Security"; each can be changed through the environment (e.g. a
 * clinic whose people share one address behind NAT raises the per-client ones):
 * - failed sign-ins per account (email): 100 an hour (SIGNIN_FAILURES_PER_ACCOUNT_PER_HOUR),
 *   except from a device that has signed in to that account before (lib/device-cookie.ts);
 * - failed sign-ins from such a device: 20 an hour (SIGNIN_FAILURES_PER_DEVICE_PER_HOUR);
 * - failed sign-ins per client: 300 an hour (SIGNIN_FAILURES_PER_CLIENT_PER_HOUR);
 * - consecutive failures for one account from one client: after 5
 *   (SIGNIN_FREE_CONSECUTIVE_FAILURES), each further failure blocks that pair for 2^(n-5)
 *   seconds, up to 15 minutes (SIGNIN_MAX_BACKOFF_SECONDS); a success resets it;
 * - create-account per client: 10 an hour (SIGNUPS_PER_CLIENT_PER_HOUR);
 * - share links that do not open (unknown, expired, revoked) per client: 30 in 10 minutes
 *   (SHARE_MISSES_PER_CLIENT_PER_10_MINUTES);
 * - password-reset emails: 3 an hour per account (RESET_EMAILS_PER_ACCOUNT_PER_HOUR; past it
 *   nothing is sent, so nobody can flood an inbox) and 10 requests an hour per client
 *   (RESET_EMAILS_PER_CLIENT_PER_HOUR).
 * Wrong passwords typed to confirm an export, import or deletion, or as the current password
 * when changing it, count as failed sign-ins (lib/accounts/mutations.ts confirmPassword).
 */
export const LIMITS = getLimits();

const HOUR = 60 * 60;

type Limiters = ReturnType<typeof createLimiters>;
let limiters: Limiters | undefined;

function createLimiters() {
  const storeClient = getDatabase().pool;
  const make = (keyPrefix: string, points: number, duration: number) =>
    new RateLimiterPostgres({
      storeClient,
      storeType: "pool",
      tableName: "RateLimit",
      tableCreated: true,
      clearExpiredByTimeout: false,
      keyPrefix,
      points,
      duration,
    });
  return {
    accountFailures: make("signin-account", LIMITS.failuresPerAccountPerHour, HOUR),
    deviceFailures: make("signin-device", LIMITS.failuresPerDevicePerHour, HOUR),
    clientFailures: make("signin-client", LIMITS.failuresPerClientPerHour, HOUR),
    // Counts only; the back-off itself is a block on `backoff`.
    consecutiveFailures: make("signin-consecutive", Number.MAX_SAFE_INTEGER, 24 * HOUR),
    backoff: make("signin-backoff", 1, 1),
    signUps: make("signup-client", LIMITS.signUpsPerClientPerHour, HOUR),
    shareMisses: make("share-miss-client", LIMITS.shareMissesPerClientPer10Minutes, 10 * 60),
    resetEmailAccounts: make("reset-email-account", LIMITS.resetEmailsPerAccountPerHour, HOUR),
    resetEmailClients: make("reset-email-client", LIMITS.resetEmailsPerClientPerHour, HOUR),
  };
}

function getLimiters(): Limiters {
  limiters ??= createLimiters();
  return limiters;
}

const accountKey = (email: string) => email.trim().toLowerCase();
const pairKey = (email: string, clientKey: string) =>
  `${accountKey(email)}|${limitBucketOf(clientKey)}`;

function rateLimited(res: RateLimiterRes | null): never {
  throw new AppError("RATE_LIMITED", Math.max(1, Math.ceil((res?.msBeforeNext ?? 1000) / 1000)));
}

type Attempt = {
  email: string;
  clientKey: string;
  /** The id of a device cookie verified for this email (lib/device-cookie.ts), if one came. */
  deviceId?: string | null;
};

/** The back-off pair: the account with the device when there is one, else with the client. */
const backoffKey = ({ email, clientKey, deviceId }: Attempt) =>
  deviceId ? pairKey(email, `device:${deviceId}`) : pairKey(email, clientKey);

/**
 * Throws AppError("RATE_LIMITED") when this account or client may not try a password now. A
 * known device is checked against its own limit instead of the account-wide one.
 */
export async function assertSignInAllowed(attempt: Attempt) {
  const { email, clientKey, deviceId } = attempt;
  const { accountFailures, deviceFailures, clientFailures, backoff } = getLimiters();
  const [account, client, blocked] = await Promise.all([
    deviceId ? deviceFailures.get(deviceId) : accountFailures.get(accountKey(email)),
    clientFailures.get(limitBucketOf(clientKey)),
    backoff.get(backoffKey(attempt)),
  ]);
  const accountLimit = deviceId
    ? LIMITS.failuresPerDevicePerHour
    : LIMITS.failuresPerAccountPerHour;
  if (account && account.consumedPoints >= accountLimit) rateLimited(account);
  if (client && client.consumedPoints >= LIMITS.failuresPerClientPerHour) rateLimited(client);
  if (blocked && blocked.consumedPoints > 0 && blocked.msBeforeNext > 0) rateLimited(blocked);
}

/** Counts a failed sign-in, and starts the back-off once failures repeat. */
export async function recordSignInFailure(attempt: Attempt) {
  const { email, clientKey, deviceId } = attempt;
  const { accountFailures, deviceFailures, clientFailures, consecutiveFailures, backoff } =
    getLimiters();
  const key = backoffKey(attempt);
  const [, , consecutive] = await Promise.all([
    accountFailures.penalty(accountKey(email)),
    clientFailures.penalty(limitBucketOf(clientKey)),
    consecutiveFailures.penalty(key),
    deviceId ? deviceFailures.penalty(deviceId) : null,
  ]);
  const excess = consecutive.consumedPoints - LIMITS.freeConsecutiveFailures;
  if (excess > 0) {
    await backoff.block(key, Math.min(2 ** (excess - 1), LIMITS.maxBackoffSeconds));
  }
}

/** A correct password ends the back-off for this account and client (or device). */
export async function recordSignInSuccess(attempt: Attempt) {
  const { consecutiveFailures, backoff } = getLimiters();
  const key = backoffKey(attempt);
  await Promise.all([consecutiveFailures.delete(key), backoff.delete(key)]);
}

/** Counts an account creation attempt; throws AppError("RATE_LIMITED") past the hourly limit. */
export async function consumeSignUpAttempt({ clientKey }: { clientKey: string }) {
  try {
    await getLimiters().signUps.consume(limitBucketOf(clientKey));
  } catch (error) {
    if (error instanceof Error) throw error;
    rateLimited(error as RateLimiterRes);
  }
}

/** False once a client has tried too many share tokens that did not open. */
export async function isShareLookupAllowed({ clientKey }: { clientKey: string }) {
  const misses = await getLimiters().shareMisses.get(limitBucketOf(clientKey));
  return !misses || misses.consumedPoints < LIMITS.shareMissesPerClientPer10Minutes;
}

/** Counts a share token that did not open. */
export async function recordShareLookupMiss({ clientKey }: { clientKey: string }) {
  await getLimiters().shareMisses.penalty(limitBucketOf(clientKey));
}

/** Counts a request for a reset email from this client; throws AppError("RATE_LIMITED") past it. */
export async function consumeResetEmailRequest({ clientKey }: { clientKey: string }) {
  try {
    await getLimiters().resetEmailClients.consume(limitBucketOf(clientKey));
  } catch (error) {
    if (error instanceof Error) throw error;
    rateLimited(error as RateLimiterRes);
  }
}

/** Whether one more reset email may go to this account this hour (and counts it if so). */
export async function mayEmailResetTo(email: string): Promise<boolean> {
  try {
    await getLimiters().resetEmailAccounts.consume(accountKey(email));
    return true;
  } catch (error) {
    if (error instanceof Error) throw error;
    return false;
  }
}
