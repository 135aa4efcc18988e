import { expect, test } from "vitest";
import { hashPassword, isCommonPassword, verifyPassword } from "./passwords";

test("common passwords are refused, also with case changes, trailing digits or repetition", () => {
  expect(isCommonPassword("qwerty123456")).toBe(true);
  expect(isCommonPassword("QWERTY123456")).toBe(true);
  expect(isCommonPassword("password1234!")).toBe(true);
  expect(isCommonPassword("dragondragon")).toBe(true);
  expect(isCommonPassword("aaaaaaaaaaaa")).toBe(true);
  expect(isCommonPassword("abcabcabcabc")).toBe(true);
});

test("uncommon passphrases pass", () => {
  expect(isCommonPassword("quiet harbour lantern 42")).toBe(false);
  expect(isCommonPassword("Rückenschmerz-Tagebuch")).toBe(false);
});

test("argon2id hashes verify the right password only, and an unknown account never verifies", async () => {
  const passwordHash = await hashPassword("quiet harbour lantern");
  expect(passwordHash.startsWith("$argon2id$")).toBe(true);
  expect(await verifyPassword({ passwordHash, password: "quiet harbour lantern" })).toBe(true);
  expect(await verifyPassword({ passwordHash, password: "quiet harbour lanterns" })).toBe(false);
  expect(await verifyPassword({ passwordHash: null, password: "quiet harbour lantern" })).toBe(
    false,
  );
});
