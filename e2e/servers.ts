import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import type { Page } from "@playwright/test";
import { serverProcess } from "../scripts/server-process";
import type { Account } from "./fixtures";

/**
 * Extra production servers for the operations tests, on ports after E2E_PORT (the suite's own
 * server), each with a data directory of its own under .data/. Taken so far (specs run side by
 * side, so each offset belongs to one spec): +1, +2 two-servers; +3 to +6, +8, +9 operations;
 * +7 reset-email; +10 to +13 reverse-proxy.
 */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);

export const SECRET = "e2e-operations-secret-0123456789abcdef";

export async function freshDataDir(name: string) {
  const dir = path.resolve(".data", name);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  return dir;
}

/** A production server (scripts/server.mjs) on `port`, its output in `dataDir`/server.log. */
export function extraServer({
  port,
  dataDir,
  env,
}: {
  port: number;
  dataDir: string;
  env: Record<string, string>;
}) {
  return serverProcess({
    port,
    logFile: path.join(dataDir, "server.log"),
    env: {
      NEXTAUTH_SECRET: SECRET,
      BACKSTORY_DATA_DIR: dataDir,
      DATABASE_URL: "",
      // As behind a reverse proxy: each test client sends its own X-Forwarded-For.
      TRUST_PROXY: "loopback",
      ...env,
    },
  });
}

/** Signs in over HTTP at `base` (next-auth's CSRF and credentials endpoints). */
export async function signInAt(page: Page, base: string, account: Account) {
  const csrf = await page.request.get(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await page.request.post(`${base}/api/auth/callback/credentials`, {
    form: { csrfToken, email: account.email, password: account.password, json: "true" },
  });
  if (!response.ok()) throw new Error(`sign-in at ${base} failed: ${response.status()}`);
}

/** Creates an account through the real form at `base`; the page ends up signed in. */
export async function createAccountAt(page: Page, base: string, account: Account) {
  await page.goto(`${base}/create-account`);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.getByRole("button", { name: "I have saved my codes — continue" }).click();
  await page.waitForURL(/\/tonight/);
}
