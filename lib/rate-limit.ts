import "server-only";
import { RateLimiterPostgres, type RateLimiterRes } from "rate-limiter-flexible";
import { getDatabase } from "./db";
import { AppError } from "./errors";

/**
 * Limits, documented in README "Security":
 * - failed sign-ins per account (email): 100 an hour;
 * - failed sign-ins per client: 300 an hour;
 * - consecutive failures for one account from one client: after 5, each further failure
 *   blocks that pair for 2^(n-5) seconds, up to 15 minutes; a success resets it;
 * - create-account per client: 10 an hour;
 * - share links that do not open (unknown, expired, revoked) per client: 30 in 10 minutes.
 */
export const LIMITS = {
  failuresPerAccountPerHour: 100,
  failuresPerClientPerHour: 300,
  freeConsecutiveFailures: 5,
  maxBackoffSeconds: 15 * 60,
  signUpsPerClientPerHour: 10,
  shareMissesPerClientPer10Minutes: 30,
} as const;

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
    clientFailures: make("signin-client", LIMITS.failuresPerClientPerHour, HOUR),
    // Counts only; the back-off itself is a block on `backoff`.
    consecutiveFailures: make("signin-consecutive", Number.MAX_SAFE_INTEGER, 24 * HOUR),
    backoff: make("signin-backoff", 1, 1),
    signUps: make("signup-client", LIMITS.signUpsPerClientPerHour, HOUR),
    shareMisses: make("share-miss-client", LIMITS.shareMissesPerClientPer10Minutes, 10 * 60),
  };
}

function getLimiters(): Limiters {
  limiters ??= createLimiters();
  return limiters;
}

const accountKey = (email: string) => email.trim().toLowerCase();
const pairKey = (email: string, clientKey: string) => `${accountKey(email)}|${clientKey}`;

function rateLimited(res: RateLimiterRes | null): never {
  throw new AppError("RATE_LIMITED", Math.max(1, Math.ceil((res?.msBeforeNext ?? 1000) / 1000)));
}

/** Throws AppError("RATE_LIMITED") when this account or client may not try a password now. */
export async function assertSignInAllowed({
  email,
  clientKey,
}: {
  email: string;
  clientKey: string;
}) {
  const { accountFailures, clientFailures, backoff } = getLimiters();
  const [account, client, blocked] = await Promise.all([
    accountFailures.get(accountKey(email)),
    clientFailures.get(clientKey),
    backoff.get(pairKey(email, clientKey)),
  ]);
  if (account && account.consumedPoints >= LIMITS.failuresPerAccountPerHour) rateLimited(account);
  if (client && client.consumedPoints >= LIMITS.failuresPerClientPerHour) rateLimited(client);
  if (blocked && blocked.consumedPoints > 0 && blocked.msBeforeNext > 0) rateLimited(blocked);
}

/** Counts a failed sign-in, and starts the back-off once failures repeat. */
export async function recordSignInFailure({
  email,
  clientKey,
}: {
  email: string;
  clientKey: string;
}) {
  const { accountFailures, clientFailures, consecutiveFailures, backoff } = getLimiters();
  const key = pairKey(email, clientKey);
  const [, , consecutive] = await Promise.all([
    accountFailures.penalty(accountKey(email)),
    clientFailures.penalty(clientKey),
    consecutiveFailures.penalty(key),
  ]);
  const excess = consecutive.consumedPoints - LIMITS.freeConsecutiveFailures;
  if (excess > 0) {
    await backoff.block(key, Math.min(2 ** (excess - 1), LIMITS.maxBackoffSeconds));
  }
}

/** A correct password ends the back-off for this account and client. */
export async function recordSignInSuccess({
  email,
  clientKey,
}: {
  email: string;
  clientKey: string;
}) {
  const { consecutiveFailures, backoff } = getLimiters();
  const key = pairKey(email, clientKey);
  await Promise.all([consecutiveFailures.delete(key), backoff.delete(key)]);
}

/** Counts an account creation attempt; throws AppError("RATE_LIMITED") past the hourly limit. */
export async function consumeSignUpAttempt({ clientKey }: { clientKey: string }) {
  try {
    await getLimiters().signUps.consume(clientKey);
  } catch (error) {
    if (error instanceof Error) throw error;
    rateLimited(error as RateLimiterRes);
  }
}

/** False once a client has tried too many share tokens that did not open. */
export async function isShareLookupAllowed({ clientKey }: { clientKey: string }) {
  const misses = await getLimiters().shareMisses.get(clientKey);
  return !misses || misses.consumedPoints < LIMITS.shareMissesPerClientPer10Minutes;
}

/** Counts a share token that did not open. */
export async function recordShareLookupMiss({ clientKey }: { clientKey: string }) {
  await getLimiters().shareMisses.penalty(clientKey);
}
