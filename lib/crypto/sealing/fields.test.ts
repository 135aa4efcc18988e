import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import {
  blindIndexes,
  blindIndexWith,
  keyIdOf,
  openText,
  openWith,
  sealText,
  sealWith,
  UnreadableValueError,
} from "./fields";
import { fieldKeyFrom, type Keyring, loadKeyring, setKeyring } from "./keyring";

const ALICE = "8f0c2a52-2d43-4a8e-9d3c-2b1c0c7e0a01";
const BOB = "1d6b3f1e-7c1a-4b55-8d7a-6a0b7f3c9e02";

function keyringOf(...masters: Buffer[]): Keyring {
  const [current, ...previous] = masters.map(fieldKeyFrom);
  if (!current) throw new Error("a keyring needs a key");
  return { current, previous, source: "test" };
}

afterEach(() => setKeyring(undefined));

describe("sealing and opening", () => {
  test("a note comes back exactly, emoji and line breaks included, and is not readable as stored", () => {
    setKeyring(keyringOf(randomBytes(32)));
    const text = 'Slept badly 😣\nSam said "again?" — café';
    const stored = sealText({ field: "CheckIn.note", userId: ALICE, text });
    expect(stored).toMatch(/^enc:v1:[0-9a-f]{8}:[A-Za-z0-9_-]+$/);
    expect(stored).not.toContain("Sam");
    expect(openText({ field: "CheckIn.note", userId: ALICE, value: stored })).toBe(text);
  });

  test("the same text sealed twice gives different values (fresh IVs)", () => {
    setKeyring(keyringOf(randomBytes(32)));
    const values = new Set(
      Array.from({ length: 10_000 }, () =>
        sealText({ field: "CheckIn.note", userId: ALICE, text: "same" }),
      ),
    );
    expect(values.size).toBe(10_000);
  });

  test("a flipped byte, another person's row or another column does not decrypt", () => {
    setKeyring(keyringOf(randomBytes(32)));
    const stored = sealText({ field: "CheckIn.note", userId: ALICE, text: "private" });
    const body = Buffer.from(stored.split(":")[3] as string, "base64url");
    body[14] = (body[14] as number) ^ 1;
    const flipped = `${stored.split(":").slice(0, 3).join(":")}:${body.toString("base64url")}`;
    expect(() => openText({ field: "CheckIn.note", userId: ALICE, value: flipped })).toThrow(
      UnreadableValueError,
    );
    expect(() => openText({ field: "CheckIn.note", userId: BOB, value: stored })).toThrow(
      UnreadableValueError,
    );
    expect(() => openText({ field: "LifeEvent.note", userId: ALICE, value: stored })).toThrow(
      UnreadableValueError,
    );
  });

  test("the error names the field and never the text", () => {
    setKeyring(keyringOf(randomBytes(32)));
    const stored = sealText({ field: "CheckIn.note", userId: ALICE, text: "canary-5150" });
    try {
      openText({ field: "CheckIn.note", userId: BOB, value: stored });
      expect.unreachable();
    } catch (error) {
      expect(String(error)).toContain("CheckIn.note");
      expect(String(error)).not.toContain("canary-5150");
    }
  });

  test("a value under a previous key opens while that key is in the keyring, and only then", () => {
    const oldMaster = randomBytes(32);
    const newMaster = randomBytes(32);
    const stored = sealWith(fieldKeyFrom(oldMaster), {
      field: "CheckIn.note",
      userId: ALICE,
      text: "old",
    });
    expect(keyIdOf(stored)).toBe(fieldKeyFrom(oldMaster).id);
    const duringRotation = keyringOf(newMaster, oldMaster);
    expect(openWith(duringRotation, { field: "CheckIn.note", userId: ALICE, value: stored })).toBe(
      "old",
    );
    expect(() =>
      openWith(keyringOf(newMaster), { field: "CheckIn.note", userId: ALICE, value: stored }),
    ).toThrow(/not in the keyring/);
  });

  test("plain text is refused rather than shown as if it were stored encrypted", () => {
    setKeyring(keyringOf(randomBytes(32)));
    expect(() => openText({ field: "CheckIn.note", userId: ALICE, value: "plain" })).toThrow(
      UnreadableValueError,
    );
  });
});

describe("blind index", () => {
  test("tag names match in any case; another person or key gives another hash", () => {
    const key = fieldKeyFrom(randomBytes(32));
    const of = (userId: string, text: string) =>
      blindIndexWith(key, { field: "Tag.name", userId, text });
    expect(of(ALICE, "Sam")).toBe(of(ALICE, "sAM"));
    expect(of(ALICE, "Émile")).toBe(of(ALICE, "émile"));
    expect(of(ALICE, "Sam")).not.toBe(of(ALICE, "Sammy"));
    expect(of(ALICE, "Sam")).not.toBe(of(BOB, "Sam"));
    expect(of(ALICE, "Sam")).not.toContain("Sam");
    const other = fieldKeyFrom(randomBytes(32));
    expect(blindIndexWith(other, { field: "Tag.name", userId: ALICE, text: "Sam" })).not.toBe(
      of(ALICE, "Sam"),
    );
  });

  test("life-event titles stay exact, as their uniqueness was before", () => {
    const key = fieldKeyFrom(randomBytes(32));
    const of = (text: string) =>
      blindIndexWith(key, { field: "LifeEvent.title", userId: ALICE, text });
    expect(of("Moved")).not.toBe(of("moved"));
    expect(of("Moved")).toBe(of("Moved"));
  });

  test("during a rotation a name has one hash per key, the current one first", () => {
    const oldMaster = randomBytes(32);
    const newMaster = randomBytes(32);
    setKeyring(keyringOf(newMaster, oldMaster));
    const hashes = blindIndexes({ field: "Tag.name", userId: ALICE, text: "Sam" });
    expect(hashes).toEqual([
      blindIndexWith(fieldKeyFrom(newMaster), { field: "Tag.name", userId: ALICE, text: "sam" }),
      blindIndexWith(fieldKeyFrom(oldMaster), { field: "Tag.name", userId: ALICE, text: "sam" }),
    ]);
  });
});

describe("keyring", () => {
  test("the first start generates a 32-byte key with mode 600 and later starts reuse it", async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), "keyring-"));
    const first = loadKeyring({ env: {}, dataDir });
    const file = path.join(dataDir, "encryption-key");
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(Buffer.from((await readFile(file, "utf8")).trim(), "base64")).toHaveLength(32);
    expect(loadKeyring({ env: {}, dataDir }).current.id).toBe(first.current.id);
    expect(first.previous).toEqual([]);
  });

  test("BACKSTORY_ENCRYPTION_KEY wins over the file; previous keys decrypt only", async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), "keyring-"));
    const current = randomBytes(32);
    const old = randomBytes(32);
    const keyring = loadKeyring({
      env: {
        BACKSTORY_ENCRYPTION_KEY: current.toString("base64"),
        BACKSTORY_ENCRYPTION_PREVIOUS_KEYS: old.toString("hex"),
      },
      dataDir,
    });
    expect(keyring.current.id).toBe(fieldKeyFrom(current).id);
    expect(keyring.previous.map((key) => key.id)).toEqual([fieldKeyFrom(old).id]);
  });

  test("a key of the wrong length is refused with a clear message", () => {
    expect(() =>
      loadKeyring({ env: { BACKSTORY_ENCRYPTION_KEY: randomBytes(16).toString("base64") } }),
    ).toThrow(/BACKSTORY_ENCRYPTION_KEY is not a 32-byte key/);
  });
});
