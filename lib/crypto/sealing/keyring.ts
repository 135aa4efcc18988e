import "server-only";
import { createHmac, hkdfSync, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/*
 * The keys that protect health text at rest (README "Security"). A master key is 32 random bytes;
 * from it HKDF derives two independent keys, one for AES-256-GCM and one for the blind index
 * (HMAC), and a short key id that every stored value carries. The keyring holds the current key
 * (new values) and, while a rotation is under way, the previous ones (reading only).
 */

export const KEY_BYTES = 32;

export type FieldKey = {
  /** 8 hex digits, derived from the key: the same key always has the same id. */
  id: string;
  encryptionKey: Buffer;
  indexKey: Buffer;
};

export type Keyring = {
  current: FieldKey;
  /** Keys that may still have values under them: they decrypt, they never encrypt. */
  previous: FieldKey[];
  /** Where the keys came from, for messages: "environment" or a file path. */
  source: string;
};

export const KEY_FILE = "encryption-key";
/** A new key that `npm run rotate-key` is moving values to; it is current while it exists. */
export const NEXT_KEY_FILE = "encryption-key.next";

function derive(master: Buffer, info: string): Buffer {
  return Buffer.from(hkdfSync("sha256", master, Buffer.alloc(0), info, KEY_BYTES));
}

export function fieldKeyFrom(master: Buffer): FieldKey {
  if (master.length !== KEY_BYTES) throw new Error(`An encryption key is ${KEY_BYTES} bytes.`);
  return {
    id: createHmac("sha256", master).update("backstory key id").digest("hex").slice(0, 8),
    encryptionKey: derive(master, "backstory field encryption v1"),
    indexKey: derive(master, "backstory blind index v1"),
  };
}

/** Reads a key written as base64 (standard or URL-safe) or 64 hex digits. */
export function parseMasterKey(text: string, origin: string): Buffer {
  const trimmed = text.trim();
  const bytes = /^[0-9a-fA-F]{64}$/.test(trimmed)
    ? Buffer.from(trimmed, "hex")
    : Buffer.from(trimmed, "base64");
  if (bytes.length !== KEY_BYTES) {
    throw new Error(
      `${origin} is not a ${KEY_BYTES}-byte key (base64 or 64 hex digits); generate one with: openssl rand -base64 32`,
    );
  }
  return bytes;
}

export function generateMasterKey(): Buffer {
  return randomBytes(KEY_BYTES);
}

/** Writes a new key file, readable by its owner only; refuses to replace one. */
export function writeKeyFile(file: string, master: Buffer) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${master.toString("base64")}\n`, { mode: 0o600, flag: "wx" });
}

function readKeyFile(file: string): Buffer {
  return parseMasterKey(readFileSync(file, "utf8"), file);
}

export function dataDirectory(env: Record<string, string | undefined> = process.env): string {
  return path.resolve(process.cwd(), env.BACKSTORY_DATA_DIR ?? ".data");
}

/**
 * The keyring from the environment (BACKSTORY_ENCRYPTION_KEY, and
 * BACKSTORY_ENCRYPTION_PREVIOUS_KEYS during a rotation), or else from the data directory, where
 * the first start generates the key.
 */
export function loadKeyring({
  env = process.env,
  dataDir = dataDirectory(env),
}: {
  env?: Record<string, string | undefined>;
  dataDir?: string;
} = {}): Keyring {
  const fromEnv = env.BACKSTORY_ENCRYPTION_KEY;
  if (fromEnv) {
    const previous = (env.BACKSTORY_ENCRYPTION_PREVIOUS_KEYS ?? "")
      .split(",")
      .filter((text) => text.trim() !== "")
      .map((text) => fieldKeyFrom(parseMasterKey(text, "BACKSTORY_ENCRYPTION_PREVIOUS_KEYS")));
    return {
      current: fieldKeyFrom(parseMasterKey(fromEnv, "BACKSTORY_ENCRYPTION_KEY")),
      previous,
      source: "environment",
    };
  }
  const keyFile = path.join(dataDir, KEY_FILE);
  const nextFile = path.join(dataDir, NEXT_KEY_FILE);
  if (existsSync(nextFile)) {
    const previous = existsSync(keyFile) ? [fieldKeyFrom(readKeyFile(keyFile))] : [];
    return { current: fieldKeyFrom(readKeyFile(nextFile)), previous, source: nextFile };
  }
  if (!existsSync(keyFile)) {
    try {
      writeKeyFile(keyFile, generateMasterKey());
    } catch (error) {
      // Another process of this start-up wrote it first: use theirs.
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  return { current: fieldKeyFrom(readKeyFile(keyFile)), previous: [], source: keyFile };
}

let cached: Keyring | undefined;

/** The process's keyring, loaded once. */
export function getKeyring(): Keyring {
  cached ??= loadKeyring();
  return cached;
}

/** For tests and `npm run rotate-key`: use this keyring from now on. */
export function setKeyring(keyring: Keyring | undefined) {
  cached = keyring;
}
