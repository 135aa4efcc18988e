import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, test, vi } from "vitest";
import { createUser } from "@/lib/accounts/mutations";
import { listRecentActivity } from "@/lib/audit/data";
import { PEER_HEADER } from "@/lib/client-key";
import { getPrisma } from "@/lib/db";
import { hashPassword, verifyPassword } from "@/lib/passwords";
import { LIMITS } from "@/lib/rate-limit";
import { createSession } from "@/lib/sessions/mutations";
import type { CurrentUser } from "@/lib/sessions/types";
import { isResetTokenUsable } from "./data";
import {
  createPasswordReset,
  replaceRecoveryCodes,
  resetPasswordWithRecoveryCode,
  resetPasswordWithToken,
} from "./mutations";
import { generateRecoveryCodes } from "./secrets/codes";

const request = vi.hoisted(() => ({
  user: null as CurrentUser | null,
  headers: new Map<string, string>(),
}));
vi.mock("@/lib/sessions/loaders", () => ({ getCurrentUser: async () => request.user }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next/headers", () => ({
  headers: async () => ({ get: (name: string) => request.headers.get(name) ?? null }),
  cookies: async () => ({ get: () => undefined }),
}));
const { recoverWithCodeAction, regenerateRecoveryCodesAction, resetWithLinkAction } = await import(
  "./actions"
);
const { createAccountAction } = await import("@/lib/accounts/actions");

const PASSWORD = "correct horse battery staple";
const NEW_PASSWORD = "a brand new long passphrase";
const lifetimes = { idleSeconds: 86_400, absoluteSeconds: 86_400 };

async function person() {
  const email = `recovery-${randomUUID()}@example.test`;
  const user = await createUser({
    email,
    passwordHash: await hashPassword(PASSWORD),
    timeZone: "UTC",
  });
  const codes = generateRecoveryCodes();
  await replaceRecoveryCodes({ userId: user.id, codes });
  await createSession({
    userId: user.id,
    device: "Firefox on Android",
    now: new Date(),
    lifetimes,
  });
  return { ...user, codes };
}

const form = (values: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) data.set(name, value);
  return data;
};
const passwordIs = async (userId: string, password: string) => {
  const { passwordHash } = await getPrisma().user.findUniqueOrThrow({ where: { id: userId } });
  return verifyPassword({ passwordHash, password });
};
const sessionCount = (userId: string) => getPrisma().session.count({ where: { userId } });

beforeEach(() => {
  request.user = null;
  request.headers = new Map([[PEER_HEADER, `198.51.100.${Math.floor(Math.random() * 250) + 1}`]]);
});

describe("recovery codes", () => {
  test("sign-up gives ten codes once and stores only their hashes", async () => {
    const email = `signup-${randomUUID()}@example.test`;
    const result = await createAccountAction(
      { ok: false },
      form({ email, password: PASSWORD, timeZone: "UTC" }),
    );
    expect(result.ok).toBe(true);
    const codes = (result as { codes?: string[] }).codes ?? [];
    expect(codes).toHaveLength(10);
    const stored = await getPrisma().recoveryCode.findMany({ where: { user: { email } } });
    expect(stored).toHaveLength(10);
    const storedText = JSON.stringify(stored);
    for (const code of codes) expect(storedText).not.toContain(code);
  });

  test("a code resets the password once, ends every session, and is audited", async () => {
    const someone = await person();
    const [code = ""] = someone.codes;
    const recover = () =>
      recoverWithCodeAction(
        { ok: false },
        form({ email: someone.email, code: code.toUpperCase(), newPassword: NEW_PASSWORD }),
      );
    expect(await recover()).toMatchObject({ ok: true });
    expect(await passwordIs(someone.id, NEW_PASSWORD)).toBe(true);
    expect(await sessionCount(someone.id)).toBe(0);
    const events = (await listRecentActivity({ userId: someone.id })).map((entry) => entry.event);
    expect(events).toEqual(["PASSWORD_RESET", "RECOVERY_CODE_USED"]);
    // The same code again: refused, nothing changes.
    expect(await recover()).toMatchObject({
      ok: false,
      fieldErrors: { code: [expect.any(String)] },
    });
    // Another of the codes still works.
    expect(
      await resetPasswordWithRecoveryCode({
        email: someone.email,
        code: someone.codes[1] ?? "",
        passwordHash: await hashPassword(PASSWORD),
      }),
    ).toBe(someone.id);
  });

  test("a code only works with its own account's email", async () => {
    const alice = await person();
    const bob = await person();
    const answer = await recoverWithCodeAction(
      { ok: false },
      form({ email: bob.email, code: alice.codes[0] ?? "", newPassword: NEW_PASSWORD }),
    );
    const unknown = await recoverWithCodeAction(
      { ok: false },
      form({
        email: `nobody-${randomUUID()}@example.test`,
        code: alice.codes[0] ?? "",
        newPassword: NEW_PASSWORD,
      }),
    );
    // Unknown email and wrong code: the same answer.
    expect(answer).toEqual({ ...unknown, values: answer.values });
    expect(await passwordIs(bob.id, PASSWORD)).toBe(true);
    expect(await passwordIs(alice.id, PASSWORD)).toBe(true);
  });

  test("wrong codes count toward the sign-in limits", async () => {
    const someone = await person();
    for (let i = 0; i <= LIMITS.freeConsecutiveFailures; i++) {
      await recoverWithCodeAction(
        { ok: false },
        form({ email: someone.email, code: `wrong-${i}`, newPassword: NEW_PASSWORD }),
      );
    }
    expect(
      await recoverWithCodeAction(
        { ok: false },
        form({ email: someone.email, code: someone.codes[0] ?? "", newPassword: NEW_PASSWORD }),
      ),
    ).toMatchObject({ ok: false, message: expect.stringMatching(/Too many attempts/) });
    expect(await passwordIs(someone.id, PASSWORD)).toBe(true);
  });

  test("new codes in Settings need the password and replace the old ones", async () => {
    const someone = await person();
    request.user = { ...someone, sessionId: randomUUID() };
    expect(
      await regenerateRecoveryCodesAction({ ok: false }, form({ password: "not my password" })),
    ).toMatchObject({ ok: false, fieldErrors: { password: [expect.any(String)] } });
    const result = await regenerateRecoveryCodesAction({ ok: false }, form({ password: PASSWORD }));
    expect(result.codes).toHaveLength(10);
    const passwordHash = await hashPassword(NEW_PASSWORD);
    expect(
      await resetPasswordWithRecoveryCode({
        email: someone.email,
        code: someone.codes[0] ?? "",
        passwordHash,
      }),
    ).toBeNull();
    expect(
      await resetPasswordWithRecoveryCode({
        email: someone.email,
        code: result.codes?.[0] ?? "",
        passwordHash,
      }),
    ).toBe(someone.id);
  });
});

describe("reset links", () => {
  test("a link works once, ends every session, and is audited", async () => {
    const someone = await person();
    const reset = await createPasswordReset({ email: someone.email });
    const token = reset?.token ?? "";
    expect(token.length).toBeGreaterThanOrEqual(43);
    const stored = await getPrisma().passwordReset.findMany({ where: { userId: someone.id } });
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(await isResetTokenUsable({ token })).toBe(true);
    const use = () =>
      resetWithLinkAction({ ok: false }, form({ token, newPassword: NEW_PASSWORD }));
    expect(await use()).toMatchObject({ ok: true });
    expect(await passwordIs(someone.id, NEW_PASSWORD)).toBe(true);
    expect(await sessionCount(someone.id)).toBe(0);
    expect((await listRecentActivity({ userId: someone.id }))[0]).toMatchObject({
      event: "PASSWORD_RESET",
      detail: "reset link",
    });
    expect(await isResetTokenUsable({ token })).toBe(false);
    expect(await use()).toMatchObject({
      ok: false,
      message: expect.stringMatching(/expired or was already used/),
    });
  });

  test("a link stops working after 30 minutes", async () => {
    const someone = await person();
    const issued = new Date("2026-03-29T00:40:00.000Z");
    const reset = await createPasswordReset({ email: someone.email, now: issued });
    const token = reset?.token ?? "";
    const at = (minutes: number) => new Date(issued.getTime() + minutes * 60_000);
    expect(await isResetTokenUsable({ token, now: at(29) })).toBe(true);
    expect(await isResetTokenUsable({ token, now: at(30) })).toBe(false);
    const passwordHash = await hashPassword(NEW_PASSWORD);
    expect(await resetPasswordWithToken({ token, passwordHash, now: at(31) })).toBeNull();
    expect(await resetPasswordWithToken({ token, passwordHash, now: at(29) })).toBe(someone.id);
  });

  test("no link for an unknown email; a made-up token opens nothing", async () => {
    expect(await createPasswordReset({ email: `nobody-${randomUUID()}@example.test` })).toBeNull();
    expect(await resetPasswordWithToken({ token: "x".repeat(43), passwordHash: "h" })).toBeNull();
  });
});
