import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import { getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createTestUser } from "@/test/factories";
import { getPasswordHash, getSessionUser, getUserCredentials } from "./data";
import { createUser, revokeAllSessions, updatePassword, updateTimeZone } from "./mutations";

const email = () => `acct-${randomUUID()}@example.test`;

describe("createUser and getUserCredentials", () => {
  test("creates an account that can be looked up by email", async () => {
    const address = email();
    const user = await createUser({ email: address, passwordHash: "h1", timeZone: "Asia/Tokyo" });
    expect(user).toEqual({ id: expect.any(String), email: address, timeZone: "Asia/Tokyo" });
    expect(await getUserCredentials({ email: address })).toEqual({
      id: user.id,
      email: address,
      passwordHash: "h1",
      sessionVersion: 0,
    });
    expect(await getUserCredentials({ email: email() })).toBeNull();
  });

  test("a second account with the same email is refused with EMAIL_TAKEN", async () => {
    const address = email();
    await createUser({ email: address, passwordHash: "h1", timeZone: "UTC" });
    await expect(
      createUser({ email: address, passwordHash: "h2", timeZone: "UTC" }),
    ).rejects.toEqual(new AppError("EMAIL_TAKEN"));
    expect(await getPrisma().user.count({ where: { email: address } })).toBe(1);
  });
});

describe("sessions", () => {
  test("a session is valid only with the current session version", async () => {
    const user = await createTestUser();
    expect(await getSessionUser({ userId: user.id, sessionVersion: 0 })).toEqual(user);
    await revokeAllSessions({ userId: user.id });
    expect(await getSessionUser({ userId: user.id, sessionVersion: 0 })).toBeNull();
    expect(await getSessionUser({ userId: user.id, sessionVersion: 1 })).toEqual(user);
  });

  test("changing the password replaces the hash and ends older sessions", async () => {
    const user = await createTestUser();
    await updatePassword({ userId: user.id, passwordHash: "new-hash" });
    expect(await getPasswordHash({ userId: user.id })).toBe("new-hash");
    expect(await getSessionUser({ userId: user.id, sessionVersion: 0 })).toBeNull();
  });

  test("an unknown user id has no session and no hash", async () => {
    expect(await getSessionUser({ userId: randomUUID(), sessionVersion: 0 })).toBeNull();
    expect(await getPasswordHash({ userId: randomUUID() })).toBeNull();
  });
});

describe("isolation", () => {
  test("changes to one person's account never touch another's", async () => {
    const alice = await createTestUser({ timeZone: "Europe/Berlin" });
    const bob = await createTestUser({ timeZone: "America/Chicago" });
    await updateTimeZone({ userId: alice.id, timeZone: "Asia/Kolkata" });
    await revokeAllSessions({ userId: alice.id });
    await updatePassword({ userId: alice.id, passwordHash: "alice-new" });
    expect(await getSessionUser({ userId: bob.id, sessionVersion: 0 })).toEqual(bob);
    expect(await getPasswordHash({ userId: bob.id })).toBe("not-a-hash");
    expect(await getSessionUser({ userId: alice.id, sessionVersion: 2 })).toMatchObject({
      timeZone: "Asia/Kolkata",
    });
  });
});
