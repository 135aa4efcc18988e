import { randomUUID } from "node:crypto";
import { expect, test } from "vitest";
import { createUser } from "@/lib/accounts/mutations";
import { hashPassword } from "@/lib/passwords";
import { LIMITS } from "@/lib/rate-limit";
import { authorizeCredentials, SIGN_IN_ERROR } from "./credentials";

async function accountWithPassword(password: string) {
  const email = `auth-${randomUUID()}@example.test`;
  const user = await createUser({
    email,
    passwordHash: await hashPassword(password),
    timeZone: "UTC",
  });
  return { ...user, password };
}

const from = (client: string) => ({ "x-forwarded-for": client });

test("the right password signs in (with the device); anything else is null", async () => {
  const account = await accountWithPassword("correct horse battery");
  const client = from(randomUUID());
  expect(
    await authorizeCredentials(
      { email: account.email.toUpperCase(), password: account.password },
      client,
    ),
  ).toEqual({
    id: account.id,
    email: account.email,
    device: "Unknown browser",
    // No peer address in these headers: every such request counts as one client, "unknown".
    clientKey: "unknown",
  });
  expect(
    await authorizeCredentials({ email: account.email, password: "wrong one" }, client),
  ).toBeNull();
  expect(
    await authorizeCredentials(
      { email: `nobody-${randomUUID()}@example.test`, password: "x" },
      client,
    ),
  ).toBeNull();
  expect(await authorizeCredentials({ email: "not an email", password: "x" }, client)).toBeNull();
  expect(await authorizeCredentials(undefined, client)).toBeNull();
});

test("repeated wrong passwords are refused even when the right one finally comes", async () => {
  const account = await accountWithPassword("correct horse battery");
  const client = from(randomUUID());
  for (let i = 0; i <= LIMITS.freeConsecutiveFailures; i++) {
    await authorizeCredentials({ email: account.email, password: `guess ${i}` }, client);
  }
  await expect(
    authorizeCredentials({ email: account.email, password: account.password }, client),
  ).rejects.toThrow(SIGN_IN_ERROR.rateLimited);
});
