import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, expect, test, vi } from "vitest";
import { createUser } from "@/lib/accounts/mutations";
import { PEER_HEADER } from "@/lib/client-key";
import { getPrisma } from "@/lib/db";
import { hashPassword, verifyPassword } from "@/lib/passwords";
import { LIMITS } from "@/lib/rate-limit";
import { createSession } from "@/lib/sessions/mutations";

const request = vi.hoisted(() => ({ headers: new Map<string, string>() }));
vi.mock("next/headers", () => ({
  headers: async () => ({ get: (name: string) => request.headers.get(name) ?? null }),
  cookies: async () => ({ get: () => undefined }),
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
const { emailResetLinkAction, resetWithLinkAction } = await import("./actions");

const SITE = "https://backstory.example.test";
const mails: { to: string[]; raw: string }[] = [];
let smtp: SMTPServer;

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        mails.push({
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  // Read by lib/env on first use, which comes after this.
  process.env.SMTP_URL = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
  process.env.NEXTAUTH_URL = SITE;
});
afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

const form = (values: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) data.set(name, value);
  return data;
};

/** Each call comes from its own client unless told otherwise. */
function fromClient(address = `198.51.100.${Math.floor(Math.random() * 250) + 1}`) {
  request.headers.set(PEER_HEADER, address);
}

async function mailsTo(email: string, count: number) {
  for (let wait = 0; wait < 100; wait++) {
    const found = mails.filter((mail) => mail.to.includes(email));
    if (found.length >= count) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return mails.filter((mail) => mail.to.includes(email));
}

/** The token of the reset link in a mail (quoted-printable may wrap long lines with "=\n"). */
function tokenIn(raw: string): string {
  const body = raw.replace(/=\r?\n/g, "");
  const link = body.match(
    /https:\/\/backstory\.example\.test\/reset-password\?token=3D([\w-]+)|https:\/\/backstory\.example\.test\/reset-password\?token=([\w-]+)/,
  );
  return link?.[1] ?? link?.[2] ?? "";
}

async function person() {
  const email = `reset-mail-${randomUUID()}@example.test`;
  const user = await createUser({
    email,
    passwordHash: await hashPassword("the old long passphrase"),
    timeZone: "UTC",
  });
  await createSession({
    userId: user.id,
    device: "Firefox on Android",
    now: new Date(),
    lifetimes: { idleSeconds: 86_400, absoluteSeconds: 86_400 },
  });
  return { ...user, email };
}

test("a reset link by email: sent to the account, works once, ends every session", async () => {
  const someone = await person();
  fromClient();
  const answer = await emailResetLinkAction({ ok: false }, form({ email: someone.email }));
  expect(answer).toMatchObject({ ok: true, message: expect.stringContaining("on its way") });
  const [mail] = await mailsTo(someone.email, 1);
  expect(mail?.raw).toContain("Subject: Choose a new Backstory password");
  const token = tokenIn(mail?.raw ?? "");
  expect(token).toMatch(/^[\w-]{43}$/);
  // Only the token's hash is stored.
  const stored = await getPrisma().passwordReset.findMany({ where: { userId: someone.id } });
  expect(JSON.stringify(stored)).not.toContain(token);

  const reset = await resetWithLinkAction(
    { ok: false },
    form({ token, newPassword: "a brand new long passphrase" }),
  );
  expect(reset).toMatchObject({ ok: true });
  const user = await getPrisma().user.findUniqueOrThrow({ where: { id: someone.id } });
  expect(
    await verifyPassword({
      passwordHash: user.passwordHash,
      password: "a brand new long passphrase",
    }),
  ).toBe(true);
  expect(await getPrisma().session.count({ where: { userId: someone.id } })).toBe(0);
  const again = await resetWithLinkAction(
    { ok: false },
    form({ token, newPassword: "yet another long passphrase" }),
  );
  expect(again).toMatchObject({
    ok: false,
    message: expect.stringMatching(/expired or was already used/),
  });
});

test("an unknown email gets the same answer and no mail", async () => {
  const email = `nobody-${randomUUID()}@example.test`;
  fromClient();
  const answer = await emailResetLinkAction({ ok: false }, form({ email }));
  expect(answer).toMatchObject({ ok: true, message: expect.stringContaining("on its way") });
  // Give a mail the time it would have taken to arrive.
  const known = await person();
  await emailResetLinkAction({ ok: false }, form({ email: known.email }));
  await mailsTo(known.email, 1);
  expect(mails.filter((mail) => mail.to.includes(email))).toEqual([]);
});

test("nobody can flood an inbox: at most three reset emails an hour per account", async () => {
  const someone = await person();
  for (let i = 0; i < LIMITS.resetEmailsPerAccountPerHour + 2; i++) {
    fromClient();
    const answer = await emailResetLinkAction({ ok: false }, form({ email: someone.email }));
    expect(answer).toMatchObject({ ok: true });
  }
  await mailsTo(someone.email, LIMITS.resetEmailsPerAccountPerHour + 2);
  expect(await mailsTo(someone.email, 0)).toHaveLength(LIMITS.resetEmailsPerAccountPerHour);
});

test("one client asking again and again is told to wait; a bad email is named at the field", async () => {
  fromClient("203.0.113.9");
  for (let i = 0; i < LIMITS.resetEmailsPerClientPerHour; i++) {
    await emailResetLinkAction(
      { ok: false },
      form({ email: `x-${i}-${randomUUID()}@example.test` }),
    );
  }
  const refused = await emailResetLinkAction(
    { ok: false },
    form({ email: `y-${randomUUID()}@example.test` }),
  );
  expect(refused).toMatchObject({ ok: false, message: expect.stringMatching(/Too many attempts/) });
  fromClient();
  const bad = await emailResetLinkAction({ ok: false }, form({ email: "not an email" }));
  expect(bad).toMatchObject({ ok: false, fieldErrors: { email: [expect.any(String)] } });
  expect(bad).toMatchObject({ values: { email: "not an email" } });
});
