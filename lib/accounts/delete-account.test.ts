import { expect, test } from "vitest";
import { currentPasswordSchema, DELETE_CONFIRMATION, deleteAccountSchema } from "./schema";

test("deleting needs the exact words (any case, spaces around them are fine) and a password", () => {
  expect(
    deleteAccountSchema.safeParse({ confirmation: DELETE_CONFIRMATION, password: "x" }).success,
  ).toBe(true);
  expect(
    deleteAccountSchema.safeParse({ confirmation: "  Delete My Account ", password: "x" }).success,
  ).toBe(true);
  const wrong = deleteAccountSchema.safeParse({ confirmation: "delete", password: "" });
  expect(wrong.success).toBe(false);
  expect(wrong.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
    ["confirmation", "Type “delete my account” to confirm."],
    ["password", "Enter your password."],
  ]);
});

test("the password asked again is never trimmed", () => {
  expect(currentPasswordSchema.parse("  spaces count  ")).toBe("  spaces count  ");
  expect(currentPasswordSchema.safeParse(undefined).error?.issues[0]?.message).toBe(
    "Enter your password.",
  );
});
