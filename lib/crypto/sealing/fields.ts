import "server-only";
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";
import { type FieldKey, getKeyring, type Keyring } from "./keyring";

/*
 * Health text is stored as `enc:v1:<key id>:<base64url(iv | ciphertext | tag)>`: AES-256-GCM
 * with a random 96-bit IV. The associated data binds a value to its field and its person, so a
 * value copied into another column or another person's row does not decrypt. (Row ids are left
 * out on purpose: several rows get their id inside the database, in save_check_in.)
 */

/** Every encrypted column, named as `Table.column`. */
export type EncryptedField =
  | "CheckIn.note"
  | "Tag.name"
  | "LifeEvent.title"
  | "LifeEvent.note"
  | "Reflection.promptText"
  | "Reflection.evidence"
  | "Reflection.answer"
  | "ShareLink.label"
  | "ShareLink.snapshot"
  | "User.totpSecret"
  | "Experiment.rule"
  | "Medication.name"
  | "ReliefItem.name";

/** Columns searched by exact, case-insensitive match through a keyed hash of their value. */
export type IndexedField = "Tag.name" | "LifeEvent.title" | "Medication.name" | "ReliefItem.name";

const IV_BYTES = 12;
const TAG_BYTES = 16;
const PREFIX = "enc:v1:";
export const SEALED_PATTERN = /^enc:v1:([0-9a-f]{8}):([A-Za-z0-9_-]+)$/;

export class UnreadableValueError extends Error {
  constructor(field: EncryptedField, reason: string) {
    // Never the value itself: it may be health text.
    super(`An encrypted ${field} could not be read: ${reason}`);
    this.name = "UnreadableValueError";
  }
}

const associatedData = (field: string, userId: string) =>
  Buffer.from(`backstory|${field}|${userId}`, "utf8");

export function isSealed(value: string): boolean {
  return SEALED_PATTERN.test(value);
}

/** The id of the key a stored value is under, or null for plain text. */
export function keyIdOf(value: string): string | null {
  return SEALED_PATTERN.exec(value)?.[1] ?? null;
}

export function sealWith(
  key: FieldKey,
  { field, userId, text }: { field: EncryptedField; userId: string; text: string },
): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key.encryptionKey, iv);
  cipher.setAAD(associatedData(field, userId));
  const body = Buffer.concat([
    iv,
    cipher.update(text, "utf8"),
    cipher.final(),
    cipher.getAuthTag(),
  ]);
  return `${PREFIX}${key.id}:${body.toString("base64url")}`;
}

function keyById(keyring: Keyring, id: string): FieldKey | undefined {
  if (keyring.current.id === id) return keyring.current;
  return keyring.previous.find((key) => key.id === id);
}

export function openWith(
  keyring: Keyring,
  { field, userId, value }: { field: EncryptedField; userId: string; value: string },
): string {
  const match = SEALED_PATTERN.exec(value);
  if (!match) throw new UnreadableValueError(field, "it is not an encrypted value");
  const key = keyById(keyring, match[1] as string);
  if (!key) {
    throw new UnreadableValueError(
      field,
      `its key (id ${match[1]}) is not in the keyring (${keyring.source})`,
    );
  }
  const body = Buffer.from(match[2] as string, "base64url");
  if (body.length < IV_BYTES + TAG_BYTES) throw new UnreadableValueError(field, "it is truncated");
  const decipher = createDecipheriv("aes-256-gcm", key.encryptionKey, body.subarray(0, IV_BYTES));
  decipher.setAAD(associatedData(field, userId));
  decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
  try {
    return Buffer.concat([
      decipher.update(body.subarray(IV_BYTES, body.length - TAG_BYTES)),
      decipher.final(),
    ]).toString("utf8");
  } catch {
    throw new UnreadableValueError(field, "it was altered, or belongs to another field or person");
  }
}

/** Encrypts a text for storage in `field` of the person's row, under the current key. */
export function sealText(options: { field: EncryptedField; userId: string; text: string }) {
  return sealWith(getKeyring().current, options);
}

export function sealOptional(options: {
  field: EncryptedField;
  userId: string;
  text: string | null;
}): string | null {
  const { text } = options;
  return text === null ? null : sealText({ ...options, text });
}

/** Decrypts a stored value of `field`; throws UnreadableValueError when it cannot. */
export function openText(options: { field: EncryptedField; userId: string; value: string }) {
  return openWith(getKeyring(), options);
}

export function openOptional(options: {
  field: EncryptedField;
  userId: string;
  value: string | null;
}): string | null {
  const { value } = options;
  return value === null ? null : openText({ ...options, value });
}

/** JSON (a share snapshot, a reflection's evidence) is stored as encrypted JSON text. */
export function sealJson(options: { field: EncryptedField; userId: string; json: unknown }) {
  return sealText({ ...options, text: JSON.stringify(options.json) });
}

export function openJson(options: {
  field: EncryptedField;
  userId: string;
  value: string | null;
}): unknown {
  const text = openOptional(options);
  return text === null ? null : (JSON.parse(text) as unknown);
}

/**
 * The form a value is matched in: tag and medication names in any case ("Sam" and "sam" are one
 * person, as in the journal's tagKey); life-event titles exactly, as their uniqueness always was.
 */
export const matchForm = (field: IndexedField, text: string) =>
  field === "LifeEvent.title" ? text : text.toLowerCase();

export function blindIndexWith(
  key: FieldKey,
  { field, userId, text }: { field: IndexedField; userId: string; text: string },
): string {
  const mac = createHmac("sha256", key.indexKey)
    .update(`${field}|${userId}|${matchForm(field, text)}`, "utf8")
    .digest("base64url");
  return `${key.id}:${mac}`;
}

/** The keyed hash stored beside an encrypted name, under the current key. */
export function blindIndex(options: { field: IndexedField; userId: string; text: string }) {
  return blindIndexWith(getKeyring().current, options);
}

/**
 * The hashes a name may be stored under: one per key in the keyring, so that matching keeps
 * working while `npm run rotate-key` moves rows from the previous key to the current one.
 */
export function blindIndexes(options: { field: IndexedField; userId: string; text: string }) {
  const { current, previous } = getKeyring();
  return [current, ...previous].map((key) => blindIndexWith(key, options));
}
