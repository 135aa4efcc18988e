import { expect, test } from "vitest";
import {
  generateRecoveryCode,
  generateRecoveryCodes,
  hashRecoveryCode,
  normaliseRecoveryCode,
} from "./codes";

test("codes are five groups of five from an unambiguous alphabet, all different", () => {
  const codes = generateRecoveryCodes(500);
  for (const code of codes)
    expect(code).toMatch(/^[0-9a-hjkmnp-tv-z]{5}(-[0-9a-hjkmnp-tv-z]{5}){4}$/);
  expect(new Set(codes).size).toBe(500);
});

test("a code typed with other case, spaces or look-alike letters matches", () => {
  const code = generateRecoveryCode();
  const typed = ` ${code.toUpperCase().replaceAll("-", " ").replaceAll("1", "l").replaceAll("0", "O")} `;
  expect(hashRecoveryCode(typed)).toBe(hashRecoveryCode(code));
  expect(normaliseRecoveryCode("AB-cd ef")).toBe("abcdef");
  expect(hashRecoveryCode(generateRecoveryCode())).not.toBe(hashRecoveryCode(code));
});
