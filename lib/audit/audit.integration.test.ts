import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, test, vi } from "vitest";
import { createUser } from "@/lib/accounts/mutations";
import { PEER_HEADER } from "@/lib/client-key";
import { getPrisma } from "@/lib/db";
import { hashPassword } from "@/lib/passwords";
import { createSession } from "@/lib/sessions/mutations";
import { buildAuthOptions } from "@/lib/sessions/next-auth/options";
import type { CurrentUser } from "@/lib/sessions/types";
import { authClient } from "@/test/auth-handler";
import type { AuditEvent } from "./types";

// The actions and route handlers read the session and headers of "the request".
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
const { changePasswordAction, signOutEverywhereAction } = await import("@/lib/accounts/actions");
const { signOutDeviceAction } = await import("@/lib/sessions/actions");
const { createShareLinkAction, revokeShareLinkAction } = await import("@/lib/sharing/actions");
const { openSharedSummary } = await import("@/lib/sharing/loaders");
const { regenerateRecoveryCodesAction } = await import("@/lib/recovery/actions");
const { startTwoFactorSetupAction, confirmTwoFactorAction, disableTwoFactorAction } = await import(
  "@/lib/two-factor/actions"
);
const { getTotpState } = await import("@/lib/two-factor/data");
const { currentTotp } = await import("@/lib/two-factor/codes/totp");
const { listRecentActivity } = await import("./data");
const exportRoute = await import("@/app/api/export/route");
const importRoute = await import("@/app/api/import/route");

const PASSWORD = "correct horse battery staple";
const CHROME = "Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0 Safari/537.36";

async function signedInPerson() {
  const email = `audit-${randomUUID()}@example.test`;
  const user = await createUser({
    email,
    passwordHash: await hashPassword(PASSWORD),
    timeZone: "UTC",
  });
  const session = await createSession({
    userId: user.id,
    device: "Chrome on Linux",
    now: new Date(),
    lifetimes: { idleSeconds: 86_400, absoluteSeconds: 86_400 },
  });
  request.user = { ...user, sessionId: session.id };
  return request.user;
}

const events = async (userId: string) =>
  (await listRecentActivity({ userId })).map((entry) => entry.event);

/** Waits for an entry written in the background (failed sign-ins). */
async function eventually(userId: string, event: AuditEvent) {
  for (let attempt = 0; attempt < 50; attempt++) {
    if ((await events(userId)).includes(event)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no ${event} entry`);
}

const form = (values: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) data.set(name, value);
  return data;
};

beforeEach(() => {
  request.user = null;
  request.headers = new Map([
    [PEER_HEADER, "203.0.113.45"],
    ["user-agent", CHROME],
  ]);
});

describe("every security event leaves an entry in the person's activity log", () => {
  test("sign-in, failed sign-in and sign-out, with device and network", async () => {
    const person = await signedInPerson();
    const browser = authClient(buildAuthOptions({ isHttps: false }));
    await browser.signIn(person.email, "not the password at all");
    await eventually(person.id, "SIGN_IN_FAILED");
    await browser.signIn(person.email, PASSWORD);
    await browser.signOut();
    expect(await events(person.id)).toEqual(["SIGNED_OUT", "SIGNED_IN", "SIGN_IN_FAILED"]);
    const [, signedIn] = await listRecentActivity({ userId: person.id });
    // test/auth-handler.ts signs in as Chrome on Linux from 198.51.100.23 (X-Forwarded-For,
    // which is not trusted here, so the address is unknown and no network is kept).
    expect(signedIn).toMatchObject({ device: "Chrome on Linux", network: null });
  });

  test("password changes and wrong passwords when confirming it", async () => {
    const person = await signedInPerson();
    const change = (current: string) =>
      changePasswordAction(
        { ok: false },
        form({ currentPassword: current, newPassword: "a brand new long passphrase" }),
      );
    await change("wrong password here");
    await change(PASSWORD);
    expect(await events(person.id)).toEqual(["PASSWORD_CHANGED", "PASSWORD_CHECK_FAILED"]);
    const [changed] = await listRecentActivity({ userId: person.id });
    expect(changed).toMatchObject({ device: "Chrome on Linux", network: "203.0.113.0/24" });
  });

  test("signing out another device and signing out everywhere", async () => {
    const person = await signedInPerson();
    const other = await createSession({
      userId: person.id,
      device: "Safari on iOS",
      now: new Date(),
      lifetimes: { idleSeconds: 86_400, absoluteSeconds: 86_400 },
    });
    await signOutDeviceAction({ ok: false }, form({ sessionId: other.id }));
    await signOutEverywhereAction();
    expect(await events(person.id)).toEqual(["SIGNED_OUT_EVERYWHERE", "DEVICE_SIGNED_OUT"]);
    expect((await listRecentActivity({ userId: person.id }))[1]?.detail).toBe("Safari on iOS");
  });

  test("export and import", async () => {
    const person = await signedInPerson();
    const exported = await exportRoute.POST(
      new Request("http://localhost/api/export", {
        method: "POST",
        headers: Object.fromEntries(request.headers),
        body: form({ format: "json", password: PASSWORD }),
      }),
    );
    expect(exported.status).toBe(200);
    const file = await exported.text();
    const upload = form({ password: PASSWORD });
    upload.set("file", new File([file], "backstory.json", { type: "application/json" }));
    const imported = await importRoute.POST(
      new Request("http://localhost/api/import", {
        method: "POST",
        headers: Object.fromEntries(request.headers),
        body: upload,
      }),
    );
    expect(imported.status).toBe(200);
    expect(await events(person.id)).toEqual(["IMPORTED", "EXPORTED"]);
    expect((await listRecentActivity({ userId: person.id }))[1]?.detail).toBe("json");
  });

  test("share links: created, opened, revoked", async () => {
    const person = await signedInPerson();
    const today = new Date().toISOString().slice(0, 10);
    const created = await createShareLinkAction(
      { ok: false },
      form({ from: today, to: today, mode: "LIVE", expiresInDays: "14" }),
    );
    expect(created).toMatchObject({ ok: true });
    expect(await openSharedSummary({ token: created.token ?? "", kind: "pdf" })).not.toBeNull();
    const link = await getPrisma().shareLink.findFirstOrThrow({ where: { userId: person.id } });
    await revokeShareLinkAction({ ok: false }, form({ id: link.id }));
    expect(await events(person.id)).toEqual([
      "SHARE_LINK_REVOKED",
      "SHARE_LINK_OPENED",
      "SHARE_LINK_CREATED",
    ]);
    expect((await listRecentActivity({ userId: person.id }))[1]?.detail).toBe("pdf");
  });

  test("new recovery codes, and two-step sign-in turned on and off", async () => {
    const person = await signedInPerson();
    expect(
      await regenerateRecoveryCodesAction({ ok: false }, form({ password: PASSWORD })),
    ).toMatchObject({ ok: true });
    expect(
      await startTwoFactorSetupAction({ ok: false }, form({ password: PASSWORD })),
    ).toMatchObject({ ok: true });
    const { secret } = await getTotpState({ userId: person.id });
    const code = await currentTotp({ secret: secret ?? "" });
    expect(await confirmTwoFactorAction({ ok: false }, form({ code }))).toMatchObject({
      ok: true,
    });
    expect(await disableTwoFactorAction({ ok: false }, form({ password: PASSWORD }))).toMatchObject(
      { ok: true },
    );
    expect(await events(person.id)).toEqual([
      "TWO_FACTOR_DISABLED",
      "TWO_FACTOR_ENABLED",
      "RECOVERY_CODES_CREATED",
    ]);
    const [disabled] = await listRecentActivity({ userId: person.id });
    expect(disabled).toMatchObject({ device: "Chrome on Linux", network: "203.0.113.0/24" });
  });

  test("one person's activity is never listed for another", async () => {
    const alice = await signedInPerson();
    await signOutEverywhereAction();
    const bob = await signedInPerson();
    expect(await events(alice.id)).toEqual(["SIGNED_OUT_EVERYWHERE"]);
    expect(await events(bob.id)).toEqual([]);
  });
});
