import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import { deleteAccount, updatePassword } from "@/lib/accounts/mutations";
import { getPrisma } from "@/lib/db";
import { createTestUser } from "@/test/factories";
import { listSessions } from "./data";
import { createSession, deleteAllSessions, deleteSession, resumeSession } from "./mutations";

const DAY = 24 * 60 * 60 * 1000;
const lifetimes = { idleSeconds: 7 * 86_400, absoluteSeconds: 30 * 86_400 };
const start = new Date("2026-03-28T22:30:00.000Z");
const at = (ms: number) => new Date(start.getTime() + ms);

async function signedIn(device = "Firefox on Android") {
  const user = await createTestUser();
  const session = await createSession({ userId: user.id, device, now: start, lifetimes });
  const resume = (now: Date) =>
    resumeSession({ sessionId: session.id, userId: user.id, now, lifetimes });
  return { user, session, resume };
}

const lastSeen = async (id: string) =>
  (await getPrisma().session.findUniqueOrThrow({ where: { id } })).lastSeenAt.toISOString();

describe("resumeSession", () => {
  test("a fresh session gives the person; a visit is recorded at most once a minute", async () => {
    const { user, session, resume } = await signedIn();
    expect(await resume(at(1000))).toEqual(user);
    expect(await lastSeen(session.id)).toBe(start.toISOString());
    expect(await resume(at(61_000))).toEqual(user);
    expect(await lastSeen(session.id)).toBe(at(61_000).toISOString());
  });

  test("idle for longer than the idle timeout ends it; activity keeps it alive", async () => {
    const { user, resume } = await signedIn();
    expect(await resume(at(7 * DAY - 1000))).toEqual(user);
    // Seen 1 s before the idle limit, so the clock restarts from there.
    expect(await resume(at(14 * DAY - 2000))).toEqual(user);
    expect(await resume(at(21 * DAY))).toBeNull();
    // Once ended it stays ended, even if asked with an earlier clock.
    const other = await signedIn();
    expect(await other.resume(at(7 * DAY + 1))).toBeNull();
  });

  test("the absolute lifetime ends it however active it is", async () => {
    const { user, resume } = await signedIn();
    for (let day = 6; day < 30; day += 6) {
      expect(await resume(at(day * DAY))).toEqual(user);
    }
    expect(await resume(at(30 * DAY - 1000))).toEqual(user);
    expect(await resume(at(30 * DAY + 1000))).toBeNull();
  });

  test("the instants are stored in UTC whatever the machine's zone", async () => {
    const { session } = await signedIn();
    const [row] = await getPrisma().$queryRaw<{ created: string }[]>`
      SELECT to_char("createdAt", 'YYYY-MM-DD"T"HH24:MI:SS') AS created
      FROM "Session" WHERE "id" = ${session.id}::uuid`;
    expect(row?.created).toBe("2026-03-28T22:30:00");
  });

  test("a session of another person, an unknown id or a malformed id gives nobody", async () => {
    const alice = await signedIn();
    const bob = await createTestUser();
    const now = at(1000);
    expect(
      await resumeSession({ sessionId: alice.session.id, userId: bob.id, now, lifetimes }),
    ).toBeNull();
    expect(
      await resumeSession({ sessionId: randomUUID(), userId: alice.user.id, now, lifetimes }),
    ).toBeNull();
    expect(
      await resumeSession({ sessionId: "' OR 1=1 --", userId: alice.user.id, now, lifetimes }),
    ).toBeNull();
  });
});

describe("ending sessions", () => {
  test("deleting one session ends only that one, and only for its owner", async () => {
    const alice = await signedIn("Chrome on Linux");
    const second = await createSession({
      userId: alice.user.id,
      device: "Safari on iOS",
      now: at(5000),
      lifetimes,
    });
    const mallory = await signedIn();
    expect(
      await deleteSession({ userId: mallory.user.id, sessionId: alice.session.id }),
    ).toBeNull();
    expect(await alice.resume(at(10_000))).not.toBeNull();
    expect(await deleteSession({ userId: alice.user.id, sessionId: alice.session.id })).toBe(
      "Chrome on Linux",
    );
    expect(await alice.resume(at(10_000))).toBeNull();
    expect(
      await resumeSession({
        sessionId: second.id,
        userId: alice.user.id,
        now: at(10_000),
        lifetimes,
      }),
    ).not.toBeNull();
    expect(await deleteSession({ userId: alice.user.id, sessionId: "not-a-uuid" })).toBeNull();
  });

  test("sign out everywhere, a password change and deleting the account end every session", async () => {
    for (const end of [
      (userId: string) => deleteAllSessions({ userId }),
      (userId: string) => updatePassword({ userId, passwordHash: "new" }),
      (userId: string) => deleteAccount({ userId }),
    ]) {
      const { user, resume } = await signedIn();
      await createSession({ userId: user.id, device: "Safari on iOS", now: start, lifetimes });
      const bystander = await signedIn();
      await end(user.id);
      expect(await resume(at(1000))).toBeNull();
      expect(await getPrisma().session.count({ where: { userId: user.id } })).toBe(0);
      expect(await bystander.resume(at(1000))).not.toBeNull();
    }
  });

  test("signing in clears the person's sessions that have already ended", async () => {
    const { user, session } = await signedIn();
    const later = await createSession({
      userId: user.id,
      device: "Chrome on Linux",
      now: at(8 * DAY),
      lifetimes,
    });
    const ids = (await getPrisma().session.findMany({ where: { userId: user.id } })).map(
      (row) => row.id,
    );
    expect(ids).toEqual([later.id]);
    expect(ids).not.toContain(session.id);
  });
});

describe("listSessions", () => {
  test("lists the person's live sessions, most recently active first", async () => {
    const { user, session } = await signedIn("Firefox on Android");
    const second = await createSession({
      userId: user.id,
      device: "Chrome on Linux",
      now: at(60_000),
      lifetimes,
    });
    const other = await signedIn();
    const sessions = await listSessions({ userId: user.id, now: at(120_000), lifetimes });
    expect(sessions).toEqual([
      {
        id: second.id,
        device: "Chrome on Linux",
        createdAt: at(60_000).toISOString(),
        lastSeenAt: at(60_000).toISOString(),
      },
      {
        id: session.id,
        device: "Firefox on Android",
        createdAt: start.toISOString(),
        lastSeenAt: start.toISOString(),
      },
    ]);
    expect(sessions.map((row) => row.id)).not.toContain(other.session.id);
    expect(await listSessions({ userId: user.id, now: at(8 * DAY), lifetimes })).toEqual([]);
  });
});
