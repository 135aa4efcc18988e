import { randomUUID } from "node:crypto";
import { expect, test } from "vitest";
import { createUser } from "@/lib/accounts/mutations";
import { listRecentActivity } from "@/lib/audit/data";
import { getPrisma } from "@/lib/db";
import { hashPassword } from "@/lib/passwords";
import { replaceRecoveryCodes } from "@/lib/recovery/mutations";
import { generateRecoveryCodes } from "@/lib/recovery/secrets/codes";
import { buildAuthOptions } from "@/lib/sessions/next-auth/options";
import { authClient } from "@/test/auth-handler";
import { createTotpSecret, currentTotp, verifyTotp } from "./codes/totp";
import { enableTotp, startTotpSetup } from "./mutations";

const PASSWORD = "correct horse battery staple";
const COOKIE = "next-auth.session-token";

async function personWithTwoStep() {
  const email = `totp-${randomUUID()}@example.test`;
  const user = await createUser({
    email,
    passwordHash: await hashPassword(PASSWORD),
    timeZone: "UTC",
  });
  const secret = createTotpSecret();
  await startTotpSetup({ userId: user.id, secret });
  const now = new Date(Date.now() - 60_000);
  const step = await verifyTotp({
    secret,
    code: await currentTotp({ secret, now }),
    afterStep: null,
    now,
  });
  expect(await enableTotp({ userId: user.id, step: step ?? 0 })).toBe(true);
  const codes = generateRecoveryCodes();
  await replaceRecoveryCodes({ userId: user.id, codes });
  return { ...user, secret, codes };
}

/** Signs in with an optional second-step code; the error next-auth reports, or "OK". */
async function signIn(email: string, password: string, code?: string) {
  const browser = authClient(buildAuthOptions({ isHttps: false }));
  const response = await browser.signIn(email, password, code);
  if (browser.jar.has(COOKIE)) return "OK";
  return new URL(response.redirect ?? "http://x/").searchParams.get("error") ?? "NO_SESSION";
}

test("with two-step sign-in on, the password alone is not enough; the app's code is", async () => {
  const person = await personWithTwoStep();
  expect(await signIn(person.email, PASSWORD)).toBe("CODE_REQUIRED");
  expect(await signIn(person.email, "wrong password here")).toBe("CredentialsSignin");
  expect(await signIn(person.email, PASSWORD, "000000")).toBe("CODE_WRONG");
  const code = await currentTotp({ secret: person.secret });
  expect(await signIn(person.email, PASSWORD, code)).toBe("OK");
  // The same code a second time (a replay) is refused.
  expect(await signIn(person.email, PASSWORD, code)).toBe("CODE_WRONG");
  // The wrong code and the replayed code are failed sign-ins of the second step.
  const failures = (await listRecentActivity({ userId: person.id }))
    .filter((entry) => entry.event === "SIGN_IN_FAILED")
    .map((entry) => entry.detail);
  expect(failures.filter((detail) => detail === "second step")).toHaveLength(2);
});

test("a recovery code stands in for the app, once", async () => {
  const person = await personWithTwoStep();
  const [code = ""] = person.codes;
  expect(await signIn(person.email, PASSWORD, code)).toBe("OK");
  expect(await signIn(person.email, PASSWORD, code)).toBe("CODE_WRONG");
  const used = await getPrisma().recoveryCode.count({
    where: { userId: person.id, usedAt: { not: null } },
  });
  expect(used).toBe(1);
});

test("without two-step sign-in, a code is not asked for", async () => {
  const email = `plain-${randomUUID()}@example.test`;
  await createUser({ email, passwordHash: await hashPassword(PASSWORD), timeZone: "UTC" });
  expect(await signIn(email, PASSWORD)).toBe("OK");
});
