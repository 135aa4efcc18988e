import { randomUUID } from "node:crypto";
import { expect, test } from "vitest";
import { getPrisma } from "./db";
import { AppError } from "./errors";
import {
  assertSignInAllowed,
  consumeSignUpAttempt,
  LIMITS,
  recordSignInFailure,
  recordSignInSuccess,
} from "./rate-limit";

const fresh = () => ({ email: `rl-${randomUUID()}@example.test`, clientKey: randomUUID() });

async function expectLimited(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe("RATE_LIMITED");
  return (error as AppError).retryAfterSeconds ?? 0;
}

test("repeated failures from one client back off, and a success clears the back-off", async () => {
  const who = fresh();
  for (let i = 0; i < LIMITS.freeConsecutiveFailures; i++) {
    await assertSignInAllowed(who);
    await recordSignInFailure(who);
  }
  await assertSignInAllowed(who);
  await recordSignInFailure(who);
  expect(await expectLimited(assertSignInAllowed(who))).toBeGreaterThanOrEqual(1);
  // The same account from another client is not blocked by this client's back-off.
  await assertSignInAllowed({ ...who, clientKey: randomUUID() });
  await recordSignInSuccess(who);
  await assertSignInAllowed(who);
});

test("the back-off doubles with each further failure, up to 15 minutes", async () => {
  const who = fresh();
  for (let i = 0; i < LIMITS.freeConsecutiveFailures + 4; i++) await recordSignInFailure(who);
  const wait = await expectLimited(assertSignInAllowed(who));
  expect(wait).toBeGreaterThan(4);
  expect(wait).toBeLessThanOrEqual(8);
  for (let i = 0; i < 20; i++) await recordSignInFailure(who);
  expect(await expectLimited(assertSignInAllowed(who))).toBeLessThanOrEqual(
    LIMITS.maxBackoffSeconds,
  );
});

test("an account takes at most 100 failures an hour, from any number of clients", async () => {
  const { email } = fresh();
  for (let i = 0; i < LIMITS.failuresPerAccountPerHour; i++) {
    await recordSignInFailure({ email, clientKey: randomUUID() });
  }
  const retry = await expectLimited(assertSignInAllowed({ email, clientKey: randomUUID() }));
  expect(retry).toBeGreaterThan(3000);
  // Case and spaces do not make a new account key.
  await expectLimited(
    assertSignInAllowed({ email: ` ${email.toUpperCase()}`, clientKey: randomUUID() }),
  );
  // Another account is unaffected.
  await assertSignInAllowed(fresh());
});

test("the counters live in PostgreSQL", async () => {
  const who = fresh();
  await recordSignInFailure(who);
  const rows = await getPrisma().rateLimit.findMany({
    where: { key: { contains: who.clientKey } },
  });
  expect(rows.length).toBeGreaterThan(0);
});

test("create-account is limited per client", async () => {
  const clientKey = randomUUID();
  for (let i = 0; i < LIMITS.signUpsPerClientPerHour; i++)
    await consumeSignUpAttempt({ clientKey });
  await expectLimited(consumeSignUpAttempt({ clientKey }));
  await consumeSignUpAttempt({ clientKey: randomUUID() });
});
