import { createHash, randomUUID } from "node:crypto";
import { beforeAll, describe, expect, test } from "vitest";
import { getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createSharingJournal, linkInput, period, privateOff } from "@/test/sharing-journal";
import { findOpenShareLink, getShareAccessLog, listShareLinks } from "./data";
import { createShareLink, recordShareAccess, revokeShareLink } from "./mutations";
import { buildSummary } from "./summary/data";

type Person = { id: string };
let alice: Person;
let bob: Person;

beforeAll(async () => {
  ({ alice, bob } = await createSharingJournal());
});

describe("share links", () => {
  test("only the SHA-256 of the token is stored, and the token opens the link", async () => {
    const { id, token } = await createShareLink({
      userId: alice.id,
      input: linkInput(),
      snapshot: null,
    });
    const row = await getPrisma().shareLink.findUniqueOrThrow({ where: { id } });
    expect(row.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(row)).not.toContain(token);
    const open = await findOpenShareLink({ tokenHash: row.tokenHash, now: new Date() });
    expect(open).toMatchObject({ id, userId: alice.id, mode: "LIVE", ...period });
  });

  test("expired and revoked links no longer open; revoking takes effect at once", async () => {
    const now = new Date("2026-06-01T12:00:00Z");
    const { id, token } = await createShareLink({
      userId: alice.id,
      input: linkInput({ expiresInDays: 1 }),
      snapshot: null,
      now,
    });
    const tokenHash = createHash("sha256").update(token).digest("hex");
    expect(
      await findOpenShareLink({ tokenHash, now: new Date("2026-06-02T11:59:00Z") }),
    ).not.toBeNull();
    expect(
      await findOpenShareLink({ tokenHash, now: new Date("2026-06-02T12:00:01Z") }),
    ).toBeNull();

    const live = await createShareLink({ userId: alice.id, input: linkInput(), snapshot: null });
    const liveHash = createHash("sha256").update(live.token).digest("hex");
    expect(await revokeShareLink({ userId: alice.id, id: live.id })).toBe(true);
    expect(await findOpenShareLink({ tokenHash: liveHash, now: new Date() })).toBeNull();
    expect(await revokeShareLink({ userId: alice.id, id: live.id })).toBe(false);
    expect(id).toBeTruthy();
  });

  test("one request id makes one link: a retry gets a new token for it, the old one stops", async () => {
    const requestId = randomUUID();
    const hash = (token: string) => createHash("sha256").update(token).digest("hex");
    const request = { userId: alice.id, input: linkInput(), snapshot: null, requestId };
    const first = await createShareLink(request);
    const [retry, again] = await Promise.all([createShareLink(request), createShareLink(request)]);
    expect(new Set([first.id, retry.id, again.id]).size).toBe(1);
    expect([first.isReplay, retry.isReplay, again.isReplay]).toEqual([false, true, true]);
    expect(await getPrisma().shareLink.count({ where: { userId: alice.id, requestId } })).toBe(1);
    const opens = async (token: string) =>
      (await findOpenShareLink({ tokenHash: hash(token), now: new Date() })) !== null;
    const stored = await getPrisma().shareLink.findUniqueOrThrow({ where: { id: first.id } });
    // Exactly one of the tokens handed out works: the one stored last.
    const working = [first.token, retry.token, again.token].filter(
      (token) => hash(token) === stored.tokenHash,
    );
    expect(working).toHaveLength(1);
    expect(await opens(working[0] as string)).toBe(true);
    expect(await opens(first.token)).toBe(false);
    // Once revoked, a retry does not bring it back.
    await revokeShareLink({ userId: alice.id, id: first.id });
    await expect(createShareLink(request)).rejects.toEqual(new AppError("CONFLICT"));
  });

  test("a frozen link keeps the summary it was created with", async () => {
    const snapshot = await buildSummary({ userId: alice.id, options: privateOff });
    const { token } = await createShareLink({
      userId: alice.id,
      input: linkInput({ mode: "SNAPSHOT" }),
      snapshot,
    });
    const open = await findOpenShareLink({
      tokenHash: createHash("sha256").update(token).digest("hex"),
      now: new Date(),
    });
    expect(open?.snapshot).toEqual(snapshot);
  });

  test("openings are logged per link and shown only to its owner", async () => {
    const { id } = await createShareLink({ userId: alice.id, input: linkInput(), snapshot: null });
    await recordShareAccess({ shareLinkId: id, kind: "page" });
    await recordShareAccess({ shareLinkId: id, kind: "pdf" });
    const log = await getShareAccessLog({ userId: alice.id, id });
    expect(log?.accesses.map((access) => access.kind).sort()).toEqual(["page", "pdf"]);
    expect(log?.link.openings).toBe(2);
    expect(
      (await listShareLinks({ userId: alice.id })).find((link) => link.id === id)?.openings,
    ).toBe(2);
    // Bob can neither see, log nor revoke Alice's link.
    expect(await getShareAccessLog({ userId: bob.id, id })).toBeNull();
    expect((await listShareLinks({ userId: bob.id })).map((link) => link.id)).not.toContain(id);
    expect(await revokeShareLink({ userId: bob.id, id })).toBe(false);
    expect((await getPrisma().shareLink.findUniqueOrThrow({ where: { id } })).revokedAt).toBeNull();
  });
});
