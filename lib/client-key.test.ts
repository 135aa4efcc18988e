import { expect, test } from "vitest";
import { clientKeyFrom } from "./client-key";

const headers = (values: Record<string, string>) => ({
  get: (name: string) => values[name] ?? null,
});

test("the client is the first X-Forwarded-For address, then X-Real-IP, then unknown", () => {
  expect(clientKeyFrom(headers({ "x-forwarded-for": "203.0.113.7, 10.0.0.1" }))).toBe(
    "203.0.113.7",
  );
  expect(clientKeyFrom(headers({ "x-real-ip": "198.51.100.2" }))).toBe("198.51.100.2");
  expect(clientKeyFrom(headers({}))).toBe("unknown");
});
