import { expect, test } from "vitest";
import { diffMigrationsAgainstSchema } from "../scripts/runtime/schema-diff.mjs";

test("schema.prisma and prisma/migrations describe the same database", async () => {
  const url = process.env.TEST_ADMIN_DATABASE_URL;
  if (!url) throw new Error("TEST_ADMIN_DATABASE_URL is set by test/global-setup.ts");
  expect(await diffMigrationsAgainstSchema(url)).toBe("");
}, 120_000);
