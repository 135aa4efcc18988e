import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, test, vi } from "vitest";
import { createUser } from "@/lib/accounts/mutations";
import { authorizeCredentials, SIGN_IN_ERROR } from "@/lib/sessions/next-auth/credentials";
import type { CurrentUser } from "@/lib/sessions/types";
import { PEER_HEADER } from "./client-key";
import { deviceCookieName, issueDeviceToken } from "./device-cookie";
import { hashPassword, verifyPassword } from "./passwords";
import { LIMITS, recordSignInFailure } from "./rate-limit";
import { createShareToken } from "./sharing/privacy/tokens";

// The actions read the session, headers and cookies of "the request": these stand in for it.
const request = vi.hoisted(() => ({
  user: null as CurrentUser | null,
  headers: new Map<string, string>(),
  cookies: new Map<string, string>(),
}));
vi.mock("@/lib/sessions/loaders", () => ({ getCurrentUser: async () => request.user }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next/headers", () => ({
  headers: async () => ({ get: (name: string) => request.headers.get(name) ?? null }),
  cookies: async () => ({
    get: (name: string) => {
      const value = request.cookies.get(name);
      return value === undefined ? undefined : { name, value };
    },
  }),
}));
const { changePasswordAction, createAccountAction } = await import("./accounts/actions");
const { createShareLinkAction } = await import("./sharing/actions");
const { openSharedSummary } = await import("./sharing/loaders");
const { getPrisma } = await import("./db");

const PASSWORD = "correct horse battery staple";
const SECRET = () => process.env.NEXTAUTH_SECRET ?? "";

async function account() {
  const email = `limits-${randomUUID()}@example.test`;
  const user = await createUser({
    email,
    passwordHash: await hashPassword(PASSWORD),
    timeZone: "UTC",
  });
  return { ...user, password: PASSWORD };
}

const peer = () => `203.0.113.${Math.floor(Math.random() * 250) + 1}`;
const randomAddress = () =>
  `${[1, 2, 3, 4].map(() => Math.floor(Math.random() * 250) + 1).join(".")}`;

beforeEach(() => {
  request.user = null;
  request.headers = new Map();
  request.cookies = new Map();
});

describe("the client is the socket unless a proxy is trusted (TRUST_PROXY unset here)", () => {
  test("rotating X-Forwarded-For does not escape the back-off", async () => {
    const person = await account();
    const socket = peer();
    const from = () => ({ [PEER_HEADER]: socket, "x-forwarded-for": randomAddress() });
    for (let i = 0; i <= LIMITS.freeConsecutiveFailures; i++) {
      expect(
        await authorizeCredentials({ email: person.email, password: `guess ${i}` }, from()),
      ).toBeNull();
    }
    await expect(
      authorizeCredentials({ email: person.email, password: person.password }, from()),
    ).rejects.toThrow(SIGN_IN_ERROR.rateLimited);
    // The person, from their own address, is not held up by this.
    expect(
      await authorizeCredentials(
        { email: person.email, password: person.password },
        { [PEER_HEADER]: peer() },
      ),
    ).toMatchObject({ id: person.id });
  });
});

/** The headers of one request: this socket address, and whatever the client wrote besides. */
function requestFrom(socket: string) {
  request.headers = new Map([
    [PEER_HEADER, socket],
    ["x-forwarded-for", randomAddress()],
    ["x-real-ip", randomAddress()],
    ["forwarded", `for=${randomAddress()}`],
  ]);
}

const signUpForm = () => {
  const data = new FormData();
  data.set("email", `signup-${randomUUID()}@example.test`);
  data.set("password", "a long enough passphrase for this");
  data.set("timeZone", "Europe/London");
  return data;
};

/** A /64 nobody else in this run uses, as `2001:db8:<random>:<random>`. */
const ipv6Network = () =>
  `2001:db8:${[1, 2].map(() => Math.floor(Math.random() * 0xffff).toString(16)).join(":")}`;
const hostIn = (network: string) =>
  `${network}:${[1, 2, 3, 4].map(() => Math.floor(Math.random() * 0xffff).toString(16)).join(":")}`;

describe("per-client limits cannot be escaped by rotating headers or IPv6 addresses", () => {
  test("sign-up: the socket counts, whatever X-Forwarded-For, X-Real-IP or Forwarded say", async () => {
    const socket = peer();
    const answers: boolean[] = [];
    for (let i = 0; i < LIMITS.signUpsPerClientPerHour + 2; i++) {
      requestFrom(socket);
      answers.push((await createAccountAction({ ok: false }, signUpForm())).ok);
    }
    expect(answers).toEqual([...Array(LIMITS.signUpsPerClientPerHour).fill(true), false, false]);
    // Someone else, at another address, can still create an account.
    requestFrom(peer());
    expect((await createAccountAction({ ok: false }, signUpForm())).ok).toBe(true);
  });

  test("sign-up: every address of one IPv6 /64 is one client", async () => {
    const network = ipv6Network();
    const answers: boolean[] = [];
    for (let i = 0; i < LIMITS.signUpsPerClientPerHour + 1; i++) {
      requestFrom(hostIn(network));
      answers.push((await createAccountAction({ ok: false }, signUpForm())).ok);
    }
    expect(answers.filter(Boolean)).toHaveLength(LIMITS.signUpsPerClientPerHour);
    expect(answers.at(-1)).toBe(false);
    requestFrom(hostIn(ipv6Network()));
    expect((await createAccountAction({ ok: false }, signUpForm())).ok).toBe(true);
  });

  test("share-link guesses: past the limit even a real link stays shut for that client", async () => {
    const owner = await account();
    request.user = { ...owner, sessionId: randomUUID() };
    const today = new Date().toISOString().slice(0, 10);
    const link = new FormData();
    for (const [name, value] of Object.entries({ from: today, to: today, mode: "LIVE" })) {
      link.set(name, value);
    }
    link.set("expiresInDays", "14");
    const created = await createShareLinkAction({ ok: false }, link);
    expect(created).toMatchObject({ ok: true });
    const token = (created as { token?: string }).token ?? "";
    request.user = null;

    const network = ipv6Network();
    for (let i = 0; i < LIMITS.shareMissesPerClientPer10Minutes; i++) {
      requestFrom(hostIn(network));
      expect(await openSharedSummary({ token: createShareToken(), kind: "page" })).toBeNull();
    }
    // The same /64 from yet another address, with yet another forwarded header: still shut.
    requestFrom(hostIn(network));
    expect(await openSharedSummary({ token, kind: "page" })).toBeNull();
    // Anyone else opens it.
    requestFrom(hostIn(ipv6Network()));
    expect(await openSharedSummary({ token, kind: "page" })).not.toBeNull();
  });

  test("sign-in back-off: one IPv6 /64 is one client", async () => {
    const person = await account();
    const network = ipv6Network();
    for (let i = 0; i <= LIMITS.freeConsecutiveFailures; i++) {
      expect(
        await authorizeCredentials(
          { email: person.email, password: `guess ${i}` },
          { [PEER_HEADER]: hostIn(network) },
        ),
      ).toBeNull();
    }
    await expect(
      authorizeCredentials(
        { email: person.email, password: person.password },
        { [PEER_HEADER]: hostIn(network) },
      ),
    ).rejects.toThrow(SIGN_IN_ERROR.rateLimited);
  });
});

describe("the account-wide limit does not lock the person out of a device they have used", () => {
  async function lockedAccount() {
    const person = await account();
    for (let i = 0; i < LIMITS.failuresPerAccountPerHour; i++) {
      await recordSignInFailure({ email: person.email, clientKey: randomAddress() });
    }
    return person;
  }
  const withDevice = (token: string) => ({
    [PEER_HEADER]: peer(),
    cookie: `theme=dark; ${deviceCookieName()}=${token}`,
  });

  test("a new device is refused; the person's known device signs in", async () => {
    const person = await lockedAccount();
    const credentials = { email: person.email, password: person.password };
    await expect(authorizeCredentials(credentials, { [PEER_HEADER]: peer() })).rejects.toThrow(
      SIGN_IN_ERROR.rateLimited,
    );
    const token = issueDeviceToken({ email: person.email, secret: SECRET() });
    expect(await authorizeCredentials(credentials, withDevice(token))).toMatchObject({
      id: person.id,
    });
  });

  test("a device cookie of another account, or a forged one, does not help", async () => {
    const person = await lockedAccount();
    const credentials = { email: person.email, password: person.password };
    const other = issueDeviceToken({ email: `x${person.email}`, secret: SECRET() });
    const own = issueDeviceToken({ email: person.email, secret: SECRET() });
    const forged = `${own.split(".")[0]}.${"A".repeat(43)}`;
    const foreign = issueDeviceToken({ email: person.email, secret: `${SECRET()}-other` });
    for (const token of [other, forged, foreign, "", "a.b.c"]) {
      await expect(authorizeCredentials(credentials, withDevice(token))).rejects.toThrow(
        SIGN_IN_ERROR.rateLimited,
      );
    }
  });

  test("a known device has its own limit", async () => {
    const person = await account();
    const token = issueDeviceToken({ email: person.email, secret: SECRET() });
    const deviceId = token.split(".")[0];
    for (let i = 0; i < LIMITS.failuresPerDevicePerHour; i++) {
      await recordSignInFailure({ email: person.email, clientKey: randomAddress(), deviceId });
    }
    await expect(
      authorizeCredentials({ email: person.email, password: person.password }, withDevice(token)),
    ).rejects.toThrow(SIGN_IN_ERROR.rateLimited);
  });
});

describe("change password", () => {
  test("wrong current passwords count toward the limits", async () => {
    const person = await account();
    request.user = { ...person, sessionId: randomUUID() };
    request.headers.set(PEER_HEADER, peer());
    const form = (current: string) => {
      const data = new FormData();
      data.set("currentPassword", current);
      data.set("newPassword", "a brand new long passphrase");
      return data;
    };
    for (let i = 0; i <= LIMITS.freeConsecutiveFailures; i++) {
      expect(await changePasswordAction({ ok: false }, form(`wrong ${i}`))).toMatchObject({
        ok: false,
        fieldErrors: { currentPassword: ["That is not your current password."] },
      });
    }
    expect(await changePasswordAction({ ok: false }, form(person.password))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/Too many attempts/),
    });
    const { passwordHash } = await getPrisma().user.findUniqueOrThrow({ where: { id: person.id } });
    expect(await verifyPassword({ passwordHash, password: person.password })).toBe(true);
  });
});
