import { expect, test } from "vitest";
import { describeDatabase, resetRefusal } from "./reset.mjs";

test("a development reset of the embedded database needs no confirmation", () => {
  expect(resetRefusal({ env: {}, isConfirmed: false })).toBeNull();
  expect(resetRefusal({ env: { NODE_ENV: "development" }, isConfirmed: false })).toBeNull();
});

test("production or an external database is refused unless confirmed", () => {
  expect(resetRefusal({ env: { NODE_ENV: "production" }, isConfirmed: false })).toMatch(
    /production.*--confirm/,
  );
  const external = { DATABASE_URL: "postgresql://app:secret@db.example.org/backstory" };
  expect(resetRefusal({ env: external, isConfirmed: false })).toMatch(/DATABASE_URL.*--confirm/);
  expect(resetRefusal({ env: { ...external, NODE_ENV: "production" }, isConfirmed: true })).toBe(
    null,
  );
});

test("the database is named without its password", () => {
  const described = describeDatabase("postgresql://app:s3cret@db.example.org:6543/backstory");
  expect(described).toBe("app@db.example.org:6543/backstory");
  expect(described).not.toContain("s3cret");
});
