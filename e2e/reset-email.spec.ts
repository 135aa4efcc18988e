import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { expect, expectNoAxeViolations, newAccount, newClientPage, test } from "./fixtures";
import { createAccountAt, E2E_PORT, extraServer, freshDataDir } from "./servers";

/*
 * "Forgot your password?" → "Email me a link", on a server that has mail set up (a local SMTP
 * server stands in for the real one) and knows its public address.
 */

const mails: string[] = [];
let smtp: SMTPServer;
let server: ReturnType<typeof extraServer>;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        mails.push(Buffer.concat(chunks).toString("utf8"));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  const port = E2E_PORT + 7;
  server = extraServer({
    port,
    dataDir: await freshDataDir("e2e-reset-email"),
    env: {
      SMTP_URL: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`,
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    },
  });
  await server.start();
});

test.afterAll(async () => {
  await server?.stop();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

test("a forgotten password is reset through a link sent by email, once", async ({ browser }) => {
  const account = newAccount();
  const owner = await newClientPage(browser);
  await createAccountAt(owner.page, server.base, account);

  const visitor = await newClientPage(browser);
  await visitor.page.goto(`${server.base}/forgot-password`);
  await visitor.page.setViewportSize({ width: 360, height: 740 });
  await expectNoAxeViolations(visitor.page);
  await visitor.page.getByLabel("Your email").fill(account.email);
  await visitor.page.getByRole("button", { name: "Email me a reset link" }).click();
  await expect(
    visitor.page.getByText(/a link to choose a new password is on its way/),
  ).toBeVisible();

  await expect.poll(() => mails.length, { timeout: 20_000 }).toBe(1);
  const body = (mails[0] ?? "").replace(/=\r?\n/g, "").replaceAll("=3D", "=");
  const link = body.match(/http:\/\/127\.0\.0\.1:\d+\/reset-password\?token=[\w-]+/)?.[0];
  expect(link).toBeTruthy();

  await visitor.page.goto(link ?? "");
  await visitor.page.getByLabel("New password").fill("a brand new long passphrase");
  await visitor.page.getByRole("button", { name: /new password/i }).click();
  await visitor.page.waitForURL(/\/sign-in/);

  // The owner's session ended with the reset.
  await owner.page.goto(`${server.base}/settings`);
  await expect(owner.page).toHaveURL(/\/sign-in/);

  // The link works once.
  await visitor.page.goto(link ?? "");
  await expect(visitor.page.getByText(/expired or was already used/)).toBeVisible();
  await expect(visitor.page.getByLabel("New password")).toHaveCount(0);
  await owner.context.close();
  await visitor.context.close();
});
