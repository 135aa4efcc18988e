import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import { getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createTestUser } from "@/test/factories";
import { getUserCredentials } from "./data";
import { createUser, updatePassword, updateTimeZone } from "./mutations";

const passwordHashOf = async (id: string) =>
  (await getPrisma().user.findUniqueOrThrow({ where: { id } })).passwordHash;

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

describe("passwords", () => {
  test("changing the password replaces the hash", async () => {
    const user = await createTestUser();
    await updatePassword({ userId: user.id, passwordHash: "new-hash" });
    expect(await passwordHashOf(user.id)).toBe("new-hash");
  });
});

describe("isolation", () => {
  test("changes to one person's account never touch another's", async () => {
    const alice = await createTestUser({ timeZone: "Europe/Berlin" });
    const bob = await createTestUser({ timeZone: "America/Chicago" });
    await updateTimeZone({ userId: alice.id, timeZone: "Asia/Kolkata" });
    await updatePassword({ userId: alice.id, passwordHash: "alice-new" });
    expect(await passwordHashOf(bob.id)).toBe("not-a-hash");
    const timeZones = await getPrisma().user.findMany({
      where: { id: { in: [alice.id, bob.id] } },
      select: { id: true, timeZone: true },
    });
    expect(Object.fromEntries(timeZones.map((row) => [row.id, row.timeZone]))).toEqual({
      [alice.id]: "Asia/Kolkata",
      [bob.id]: "America/Chicago",
    });
  });
});
