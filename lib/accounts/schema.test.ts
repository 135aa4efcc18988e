import { expect, test } from "vitest";
import { createAccountSchema, isValidTimeZone } from "./schema";

const valid = { email: "Person@Example.COM ", password: "twelve chars", timeZone: "Europe/Berlin" };

test("emails are trimmed and lower-cased before the format check", () => {
  const parsed = createAccountSchema.parse(valid);
  expect(parsed.email).toBe("person@example.com");
  expect(createAccountSchema.safeParse({ ...valid, email: "not-an-email" }).success).toBe(false);
});

test("passwords need 12 characters counted as characters, and are never truncated", () => {
  expect(createAccountSchema.safeParse({ ...valid, password: "elevenchars" }).success).toBe(false);
  // 12 emoji are 24 UTF-16 units but 12 characters: accepted, and 11 are not.
  expect(createAccountSchema.safeParse({ ...valid, password: "🙂".repeat(12) }).success).toBe(true);
  expect(createAccountSchema.safeParse({ ...valid, password: "🙂".repeat(11) }).success).toBe(
    false,
  );
  const long = "ü".repeat(200);
  expect(createAccountSchema.parse({ ...valid, password: long }).password).toBe(long);
  expect(createAccountSchema.safeParse({ ...valid, password: "x".repeat(257) }).success).toBe(
    false,
  );
});

test("no composition rules: lower-case letters and spaces alone are fine", () => {
  expect(createAccountSchema.safeParse({ ...valid, password: "just some words" }).success).toBe(
    true,
  );
});

test("time zones must be IANA names; an unusable one falls back to UTC at sign-up", () => {
  expect(isValidTimeZone("America/Argentina/Buenos_Aires")).toBe(true);
  expect(isValidTimeZone("UTC")).toBe(true);
  expect(isValidTimeZone("Mars/Olympus_Mons")).toBe(false);
  expect(isValidTimeZone("")).toBe(false);
  expect(createAccountSchema.parse({ ...valid, timeZone: "Nowhere/Else" }).timeZone).toBe("UTC");
});
