import { expect, test } from "vitest";
import { createTotpSecret, currentTotp, groupSecret, totpUri, verifyTotp } from "./totp";

test("the app's current code is accepted once per time step, a step either side too", async () => {
  const secret = createTotpSecret();
  const now = new Date("2026-03-29T01:00:10.000Z");
  const code = await currentTotp({ secret, now });
  const step = await verifyTotp({ secret, code, afterStep: null, now });
  expect(step).toBe(Math.floor(now.getTime() / 30_000));
  expect(await verifyTotp({ secret, code, afterStep: step, now })).toBeNull();
  const late = new Date(now.getTime() + 30_000);
  expect(await verifyTotp({ secret, code, afterStep: null, now: late })).toBe(step);
  const tooLate = new Date(now.getTime() + 90_000);
  expect(await verifyTotp({ secret, code, afterStep: null, now: tooLate })).toBeNull();
});

test("malformed codes are refused, never an error", async () => {
  const secret = createTotpSecret();
  for (const code of ["", "12345", "1234567", "abcdef", "12 34 5x"]) {
    expect(await verifyTotp({ secret, code, afterStep: null })).toBeNull();
  }
});

test("the key is grouped for typing and the address names Backstory and the account", () => {
  const secret = createTotpSecret();
  expect(groupSecret("ABCDEFGHIJ")).toBe("ABCD EFGH IJ");
  const uri = totpUri({ secret, email: "sam@example.test" });
  expect(uri).toMatch(/^otpauth:\/\/totp\//);
  expect(uri).toContain("issuer=Backstory");
  expect(uri).toContain(`secret=${secret}`);
});
