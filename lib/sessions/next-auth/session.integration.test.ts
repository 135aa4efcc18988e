import { randomUUID } from "node:crypto";
import { NextRequest } from "next/server";
import { decode, encode } from "next-auth/jwt";
import { beforeEach, describe, expect, test, vi } from "vitest";
import { createUser } from "@/lib/accounts/mutations";
import { getPrisma } from "@/lib/db";
import { log } from "@/lib/log";
import { hashPassword } from "@/lib/passwords";
import { deleteAllSessions } from "@/lib/sessions/mutations";
import { authClient } from "@/test/auth-handler";
import { buildAuthOptions } from "./options";

// lib/sessions/loaders.ts reads the cookie through next/headers; here it reads this test's jar.
const request = vi.hoisted(() => ({ cookies: new Map<string, string>() }));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => {
      const value = request.cookies.get(name);
      return value === undefined ? undefined : { name, value };
    },
  }),
}));
const { getCurrentUser } = await import("@/lib/sessions/loaders");

const PASSWORD = "correct horse battery staple";
const DAY = 24 * 60 * 60 * 1000;
const COOKIE = "next-auth.session-token";

async function account() {
  const email = `session-${randomUUID()}@example.test`;
  const user = await createUser({
    email,
    passwordHash: await hashPassword(PASSWORD),
    timeZone: "UTC",
  });
  return { ...user, password: PASSWORD };
}

/** A movable clock for the server side of next-auth (the callbacks and the token's lifetime). */
function clock() {
  let offset = 0;
  return {
    now: () => new Date(Date.now() + offset),
    advance: (ms: number) => {
      offset += ms;
    },
  };
}

/** What a page or action sees for a request carrying this cookie. */
async function pageSeesWith(cookie: string | undefined) {
  request.cookies = new Map(cookie ? [[COOKIE, cookie]] : []);
  // getCurrentUser is cached per request by React; outside React every call runs afresh.
  return getCurrentUser();
}

beforeEach(() => {
  request.cookies = new Map();
});

describe("sessions are rows", () => {
  test("signing in creates a row with the device; the cookie names it", async () => {
    const person = await account();
    const browser = authClient(buildAuthOptions({ isHttps: false }));
    const response = await browser.signIn(person.email, person.password);
    expect(response.status ?? 200).toBeLessThan(400);
    const cookie = browser.jar.get(COOKIE);
    expect(cookie).toBeDefined();
    const rows = await getPrisma().session.findMany({ where: { userId: person.id } });
    expect(rows.map((row) => row.device)).toEqual(["Chrome on Linux"]);
    expect(await browser.session()).toMatchObject({ user: { id: person.id } });
    expect(await pageSeesWith(cookie)).toMatchObject({
      id: person.id,
      email: person.email,
      sessionId: rows[0]?.id,
    });
  });

  test("a plain sign-out ends the session on the server: a copied cookie is refused", async () => {
    const person = await account();
    const browser = authClient(buildAuthOptions({ isHttps: false }));
    await browser.signIn(person.email, person.password);
    const copied = browser.jar.get(COOKIE) ?? "";
    await browser.signOut();
    expect(browser.jar.has(COOKIE)).toBe(false);
    expect(await getPrisma().session.count({ where: { userId: person.id } })).toBe(0);

    expect(await pageSeesWith(copied)).toBeNull();
    const thief = authClient(buildAuthOptions({ isHttps: false }));
    thief.jar.set(COOKIE, copied);
    expect(await thief.session()).toEqual({});
    // The refused cookie is cleared, not re-issued.
    expect(thief.jar.has(COOKIE)).toBe(false);
  });

  test("signing out one device leaves the person's other devices signed in", async () => {
    const person = await account();
    const phone = authClient(buildAuthOptions({ isHttps: false }));
    const laptop = authClient(buildAuthOptions({ isHttps: false }));
    await phone.signIn(person.email, person.password);
    await laptop.signIn(person.email, person.password);
    await phone.signOut();
    expect(await laptop.session()).toMatchObject({ user: { id: person.id } });
    expect(await pageSeesWith(laptop.jar.get(COOKIE))).not.toBeNull();
  });

  test("after sign out everywhere /api/auth/session returns no user on any device", async () => {
    const person = await account();
    const phone = authClient(buildAuthOptions({ isHttps: false }));
    const laptop = authClient(buildAuthOptions({ isHttps: false }));
    await phone.signIn(person.email, person.password);
    await laptop.signIn(person.email, person.password);
    const laptopCookie = laptop.jar.get(COOKIE);
    await deleteAllSessions({ userId: person.id });
    expect(await phone.session()).toEqual({});
    expect(await laptop.session()).toEqual({});
    expect(await pageSeesWith(laptopCookie)).toBeNull();
  });

  test("a cookie sealed with another secret, or tampered with, gives no session", async () => {
    const person = await account();
    const browser = authClient(buildAuthOptions({ isHttps: false }));
    await browser.signIn(person.email, person.password);
    const cookie = browser.jar.get(COOKIE) ?? "";
    // One character of the authentication tag changed (always to a different one).
    const at = cookie.length - 3;
    const flipped = `${cookie.slice(0, at)}${cookie[at] === "A" ? "B" : "A"}${cookie.slice(at + 1)}`;
    expect(await pageSeesWith(flipped)).toBeNull();
    // A token for the same live session, sealed with the right secret and with another one.
    const row = await getPrisma().session.findFirstOrThrow({ where: { userId: person.id } });
    const claims = { sub: person.id, sid: row.id, authTime: Math.floor(Date.now() / 1000) };
    const secret = process.env.NEXTAUTH_SECRET ?? "";
    expect(await pageSeesWith(await encode({ token: claims, secret }))).not.toBeNull();
    const foreign = await encode({ token: claims, secret: `${secret}-but-another-one` });
    expect(await pageSeesWith(foreign)).toBeNull();
  });
});

describe("lifetimes, with a controllable clock", () => {
  test("idle for more than 7 days: refused and the cookie is not re-issued", async () => {
    const person = await account();
    const time = clock();
    const browser = authClient(buildAuthOptions({ isHttps: false, now: time.now }));
    await browser.signIn(person.email, person.password);
    time.advance(6 * DAY);
    expect(await browser.session()).toMatchObject({ user: { id: person.id } });
    time.advance(6 * DAY);
    expect(await browser.session()).toMatchObject({ user: { id: person.id } });
    const before = browser.setCookies.length;
    time.advance(7 * DAY + 60_000);
    expect(await browser.session()).toEqual({});
    const issued = browser.setCookies.slice(before).filter((set) => set.name === COOKIE);
    expect(issued.map((set) => set.value)).toEqual([""]);
  });

  test("active every few days, it still ends 30 days after sign-in", async () => {
    const person = await account();
    const time = clock();
    const browser = authClient(buildAuthOptions({ isHttps: false, now: time.now }));
    await browser.signIn(person.email, person.password);
    for (let day = 5; day < 30; day += 5) {
      time.advance(5 * DAY);
      expect(await browser.session()).toMatchObject({ user: { id: person.id } });
    }
    time.advance(4 * DAY);
    // Day 29: still alive, but the re-issued token expires when the session does.
    expect(await browser.session()).toMatchObject({ user: { id: person.id } });
    const token = await decode({
      token: browser.jar.get(COOKIE) ?? "",
      secret: process.env.NEXTAUTH_SECRET ?? "",
    });
    const lifetime = Number(token?.exp) - Number(token?.iat);
    expect(lifetime).toBeLessThanOrEqual(DAY / 1000 + 1);
    expect(lifetime).toBeGreaterThan(DAY / 1000 - 120);
    time.advance(DAY + 60_000);
    expect(await browser.session()).toEqual({});
    expect(browser.jar.has(COOKIE)).toBe(false);
  });

  test("idle and absolute lifetimes come from SESSION_IDLE_DAYS and SESSION_MAX_DAYS", async () => {
    vi.resetModules();
    vi.stubEnv("SESSION_IDLE_DAYS", "0.5");
    vi.stubEnv("SESSION_MAX_DAYS", "2");
    try {
      const { getSessionLifetimes } = await import("@/lib/env");
      expect(getSessionLifetimes()).toEqual({ idleSeconds: 43_200, absoluteSeconds: 172_800 });
    } finally {
      vi.unstubAllEnvs();
      vi.resetModules();
    }
  });
});

describe("cookies", () => {
  test("over http: HttpOnly, SameSite=Lax, Path=/, not prefixed", async () => {
    const person = await account();
    const browser = authClient(buildAuthOptions({ isHttps: false }));
    await browser.signIn(person.email, person.password);
    const set = browser.setCookies.find((cookie) => cookie.name === COOKIE);
    expect(set?.options).toMatchObject({
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      secure: false,
    });
  });

  test("over https: __Host- prefixed, Secure, HttpOnly, SameSite=Lax, no Domain", async () => {
    const person = await account();
    const browser = authClient(buildAuthOptions({ isHttps: true }));
    await browser.signIn(person.email, person.password);
    const set = browser.setCookies.find((cookie) => cookie.name.endsWith("session-token"));
    expect(set?.name).toBe("__Host-next-auth.session-token");
    expect(set?.options).toMatchObject({
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      secure: true,
    });
    expect(set?.options.domain).toBeUndefined();
    expect(await browser.session()).toMatchObject({ user: { id: person.id } });
  });
});

describe("redirects", () => {
  test("next-auth's own redirects never leave the site", async () => {
    const redirect = buildAuthOptions({ isHttps: false }).callbacks?.redirect;
    const baseUrl = "http://localhost:3000";
    const go = (url: string) => redirect?.({ url, baseUrl });
    expect(await go(`${baseUrl}/\\evil.test/x`)).toBe(`${baseUrl}/`);
    expect(await go("/\t/evil.test")).toBe(`${baseUrl}/`);
    expect(await go("https://evil.test/")).toBe(`${baseUrl}/`);
    expect(await go(`${baseUrl}.evil.test/x`)).toBe(`${baseUrl}/`);
    expect(await go(`${baseUrl}/journal?tag=Sam`)).toBe(`${baseUrl}/journal?tag=Sam`);
  });
});

describe("the unauthenticated /api/auth/_log endpoint", () => {
  // pino writes to stdout itself (not through console): spy on the app's logger and console both.
  function captureLogs() {
    const written: string[] = [];
    const keep = (...args: unknown[]) => {
      written.push(JSON.stringify(args));
    };
    const spies = [
      ...(["fatal", "error", "warn", "info", "debug"] as const).map((level) =>
        vi.spyOn(log, level).mockImplementation(keep as never),
      ),
      ...(["error", "warn", "log", "info"] as const).map((method) =>
        vi.spyOn(console, method).mockImplementation(keep),
      ),
    ];
    return {
      written,
      restore: () => {
        for (const spy of spies) spy.mockRestore();
      },
    };
  }

  test("writes nothing the client chose: the route answers it before next-auth", async () => {
    const route = await import("@/app/api/auth/[...nextauth]/route");
    const bodies = [
      // Capitals and underscores only: the shape of next-auth's own codes.
      new URLSearchParams({ level: "error", code: "FORGED_ADMIN_SIGNED_IN" }),
      new URLSearchParams({ level: "error", code: "JWT_SESSION_ERROR", message: "CANARY" }),
      new URLSearchParams({ level: "warn", code: "FORGED_WARNING" }),
      new URLSearchParams({ level: "debug", code: "FORGED_DEBUG", secret: "CANARY" }),
    ];
    const { written, restore } = captureLogs();
    const statuses: number[] = [];
    try {
      for (const body of bodies) {
        for (const handler of [route.POST, route.GET]) {
          const response = await handler(
            new NextRequest("http://localhost:3000/api/auth/_log", {
              method: handler === route.POST ? "POST" : "GET",
              headers: { "content-type": "application/x-www-form-urlencoded" },
              body: handler === route.POST ? body : undefined,
            }),
            { params: Promise.resolve({ nextauth: ["_log"] }) },
          );
          statuses.push(response.status);
        }
      }
    } finally {
      restore();
    }
    expect(new Set(statuses)).toEqual(new Set([204]));
    expect(written).toEqual([]);
  });

  test("next-auth's logger itself keeps only a code of next-auth's shape", async () => {
    const { written, restore } = captureLogs();
    try {
      const visitor = authClient(buildAuthOptions({ isHttps: false }));
      await visitor.log({
        level: "error",
        code: 'FORGED\n{"level":"info","msg":"admin signed in"}',
      });
      await visitor.log({ level: "error", code: "CANARY-LOG-INJECTION" });
      await visitor.log({ level: "warn", code: "CANARY-WARN" });
    } finally {
      restore();
    }
    expect(written.join("\n")).not.toMatch(/FORGED|CANARY|admin/);
    expect(written.join("\n")).toContain("UNKNOWN_CODE");
  });
});
