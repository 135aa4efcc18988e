import { createHash } from "node:crypto";
import { expect, test } from "vitest";
import { createShareToken, hashShareToken, isWellFormedShareToken } from "./tokens";

test("tokens carry 256 random bits in 43 URL-safe characters and never repeat", () => {
  const tokens = new Set(Array.from({ length: 1000 }, createShareToken));
  expect(tokens.size).toBe(1000);
  for (const token of tokens) {
    expect(isWellFormedShareToken(token)).toBe(true);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
  }
});

test("the stored hash is the SHA-256 of the token, not the token", () => {
  const token = createShareToken();
  expect(hashShareToken(token)).toBe(createHash("sha256").update(token).digest("hex"));
  expect(hashShareToken(token)).not.toContain(token);
});

test("malformed tokens are recognised without a lookup", () => {
  expect(isWellFormedShareToken("short")).toBe(false);
  expect(isWellFormedShareToken(`${"a".repeat(42)}=`)).toBe(false);
  expect(isWellFormedShareToken("../".repeat(15))).toBe(false);
});
