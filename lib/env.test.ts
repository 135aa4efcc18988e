import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, expect, test, vi } from "vitest";
import { getLimits } from "./env";

const VARIABLES = {
  SIGNIN_FAILURES_PER_ACCOUNT_PER_HOUR: "failuresPerAccountPerHour",
  SIGNIN_FAILURES_PER_DEVICE_PER_HOUR: "failuresPerDevicePerHour",
  SIGNIN_FAILURES_PER_CLIENT_PER_HOUR: "failuresPerClientPerHour",
  SIGNIN_FREE_CONSECUTIVE_FAILURES: "freeConsecutiveFailures",
  SIGNIN_MAX_BACKOFF_SECONDS: "maxBackoffSeconds",
  SIGNUPS_PER_CLIENT_PER_HOUR: "signUpsPerClientPerHour",
  SHARE_MISSES_PER_CLIENT_PER_10_MINUTES: "shareMissesPerClientPer10Minutes",
  RESET_EMAILS_PER_ACCOUNT_PER_HOUR: "resetEmailsPerAccountPerHour",
  RESET_EMAILS_PER_CLIENT_PER_HOUR: "resetEmailsPerClientPerHour",
} as const;

afterEach(() => {
  vi.unstubAllEnvs();
});

test("every limit has a default and is set through its own environment variable", () => {
  for (const name of Object.keys(VARIABLES)) vi.stubEnv(name, "");
  const defaults = getLimits();
  expect(Object.keys(defaults).sort()).toEqual(Object.values(VARIABLES).sort());
  Object.entries(VARIABLES).forEach(([name, key], index) => {
    vi.stubEnv(name, String(1000 + index));
    expect(getLimits()[key]).toBe(1000 + index);
  });
  // A clinic behind one address raises the per-client ones; the rest keep their defaults.
  for (const name of Object.keys(VARIABLES)) vi.stubEnv(name, "");
  vi.stubEnv("SIGNUPS_PER_CLIENT_PER_HOUR", "200");
  expect(getLimits()).toEqual({ ...defaults, signUpsPerClientPerHour: 200 });
});

test("a value that is not a positive whole number fails loudly at start", () => {
  for (const value of ["0", "-5", "ten", "2.5"]) {
    vi.stubEnv("SIGNIN_FAILURES_PER_ACCOUNT_PER_HOUR", value);
    expect(() => getLimits()).toThrow();
  }
});

test("README names every limit's variable", () => {
  const readme = readFileSync(path.join(import.meta.dirname, "../README.md"), "utf8");
  for (const name of Object.keys(VARIABLES))
    expect({ name, found: readme.includes(name) }).toEqual({ name, found: true });
});
