import "server-only";
import { getPrisma } from "@/lib/db";
import {
  blindIndexWith,
  type EncryptedField,
  type IndexedField,
  isSealed,
  matchForm,
  openWith,
  sealWith,
  UnreadableValueError,
} from "./sealing/fields";
import { getKeyring, type Keyring } from "./sealing/keyring";

/*
 * Moves stored health text to the current key: plain text left from before encryption (at every
 * start, see instrumentation-node.ts) and values under a previous key (`npm run rotate-key`).
 * Batches commit one by one and finished rows no longer match the query, so an interrupted run
 * simply continues where it stopped when run again. A row changed by the app in the meantime is
 * left alone (each update checks the old values), and the app writes under the current key.
 */

type Column = { column: string; field: EncryptedField; index?: string };
/** `owner`: the column holding the person's id (the associated data), "userId" unless given. */
type Table = { table: string; owner?: string; columns: Column[] };

export const ENCRYPTED_TABLES: readonly Table[] = [
  { table: "CheckIn", columns: [{ column: "note", field: "CheckIn.note" }] },
  { table: "Tag", columns: [{ column: "name", field: "Tag.name", index: "nameIndex" }] },
  {
    table: "LifeEvent",
    columns: [
      { column: "title", field: "LifeEvent.title", index: "titleIndex" },
      { column: "note", field: "LifeEvent.note" },
    ],
  },
  {
    table: "Reflection",
    columns: [
      { column: "promptText", field: "Reflection.promptText" },
      { column: "evidence", field: "Reflection.evidence" },
      { column: "answer", field: "Reflection.answer" },
    ],
  },
  {
    table: "ShareLink",
    columns: [
      { column: "label", field: "ShareLink.label" },
      { column: "snapshot", field: "ShareLink.snapshot" },
    ],
  },
  { table: "User", owner: "id", columns: [{ column: "totpSecret", field: "User.totpSecret" }] },
  { table: "Experiment", columns: [{ column: "rule", field: "Experiment.rule" }] },
  {
    table: "Medication",
    columns: [{ column: "name", field: "Medication.name", index: "nameIndex" }],
  },
  {
    table: "ReliefItem",
    columns: [{ column: "name", field: "ReliefItem.name", index: "nameIndex" }],
  },
];

export type Mode = "plaintext" | "rotate";

type Row = { id: string; userId: string } & Record<string, string | null>;

const quote = (name: string) => `"${name}"`;
const SEALED_SQL = "'^enc:v1:[0-9a-f]{8}:'";

/** SQL that is true for a row with something left to do (names come from ENCRYPTED_TABLES). */
function pendingCondition(columns: Column[], mode: Mode, keyId: string): string {
  return columns
    .flatMap(({ column, index }) => {
      const value = quote(column);
      const conditions =
        mode === "plaintext"
          ? [`(${value} IS NOT NULL AND ${value} !~ ${SEALED_SQL})`]
          : [`(${value} IS NOT NULL AND ${value} NOT LIKE 'enc:v1:${keyId}:%')`];
      if (index) {
        const hash = quote(index);
        conditions.push(
          mode === "plaintext"
            ? `(${value} IS NOT NULL AND ${hash} IS NULL)`
            : `(${hash} IS NOT NULL AND ${hash} NOT LIKE '${keyId}:%')`,
        );
      }
      return conditions;
    })
    .join(" OR ");
}

function plainTextOf(keyring: Keyring, field: EncryptedField, row: Row, value: string) {
  return isSealed(value) ? openWith(keyring, { field, userId: row.userId, value }) : value;
}

async function reencryptTable({
  table,
  owner = "userId",
  columns,
  mode,
  keyring,
  batchSize,
  onBatch,
}: Table & {
  mode: Mode;
  keyring: Keyring;
  batchSize: number;
  onBatch?: () => void;
}): Promise<number> {
  const prisma = getPrisma();
  const { current } = keyring;
  if (!/^[0-9a-f]{8}$/.test(current.id)) throw new Error("unexpected key id");
  const selected = columns.flatMap(({ column, index }) => (index ? [column, index] : [column]));
  const select = [quote("id"), `${quote(owner)} AS "userId"`, ...selected.map(quote)].join(", ");
  const where = pendingCondition(columns, mode, current.id);
  let after = "00000000-0000-0000-0000-000000000000";
  let changed = 0;
  for (;;) {
    const rows = await prisma.$queryRawUnsafe<Row[]>(
      `SELECT ${select} FROM ${quote(table)} WHERE (${where}) AND "id" > $1::uuid ORDER BY "id" LIMIT ${batchSize}`,
      after,
    );
    if (rows.length === 0) return changed;
    const updates = rows.map((row) => {
      const values: (string | null)[] = [];
      for (const { column, field, index } of columns) {
        const value = row[column] ?? null;
        const text = value === null ? null : plainTextOf(keyring, field, row, value);
        values.push(text === null ? null : sealWith(current, { field, userId: row.userId, text }));
        if (index) {
          values.push(
            text === null
              ? null
              : blindIndexWith(current, {
                  field: field as IndexedField,
                  userId: row.userId,
                  text,
                }),
          );
        }
      }
      const set = selected.map((name, i) => `${quote(name)} = $${i + 1}`).join(", ");
      const unchanged = selected
        .map((name, i) => `${quote(name)} IS NOT DISTINCT FROM $${selected.length + i + 2}`)
        .join(" AND ");
      return prisma.$executeRawUnsafe(
        `UPDATE ${quote(table)} SET ${set} WHERE "id" = $${selected.length + 1}::uuid AND ${unchanged}`,
        ...values,
        row.id,
        ...selected.map((name) => row[name] ?? null),
      );
    });
    const counts = await prisma.$transaction(updates);
    changed += counts.reduce((sum, count) => sum + count, 0);
    after = (rows.at(-1) as Row).id;
    onBatch?.();
  }
}

/**
 * Before tag names were hashed, "Sam" and "sam" could be two tags of one person (the journal
 * already treated them as one, the first spelling winning). Their hashes are equal and unique, so
 * the later ones are merged into the first: their uses move over (one use per day and part).
 */
async function mergeCaseDuplicateTags(keyring: Keyring): Promise<number> {
  const prisma = getPrisma();
  const rows = await prisma.$queryRaw<Row[]>`
    SELECT "id", "userId", "kind"::text AS "kind", "name" FROM "Tag"
    WHERE "nameIndex" IS NULL ORDER BY "createdAt", "id"`;
  const first = new Map<string, string>();
  const merges: { duplicate: string; survivor: string }[] = [];
  for (const row of rows) {
    const name = plainTextOf(keyring, "Tag.name", row, row.name ?? "");
    const key = `${row.userId}|${row.kind}|${matchForm("Tag.name", name)}`;
    const survivor = first.get(key);
    if (survivor) merges.push({ duplicate: row.id, survivor });
    else first.set(key, row.id);
  }
  for (const { duplicate, survivor } of merges) {
    await prisma.$transaction([
      prisma.$executeRaw`UPDATE "TagUse" SET "tagId" = ${survivor}::uuid WHERE "tagId" = ${duplicate}::uuid`,
      prisma.$executeRaw`
        DELETE FROM "TagUse" later USING "TagUse" earlier
        WHERE later."tagId" = ${survivor}::uuid AND earlier."tagId" = ${survivor}::uuid
          AND later."id" > earlier."id"
          AND later."checkInId" IS NOT DISTINCT FROM earlier."checkInId"
          AND later."painEntryId" IS NOT DISTINCT FROM earlier."painEntryId"
          AND later."partOfDay" IS NOT DISTINCT FROM earlier."partOfDay"`,
      prisma.$executeRaw`DELETE FROM "Tag" WHERE "id" = ${duplicate}::uuid`,
    ]);
  }
  return merges.length;
}

/**
 * Re-encrypts every encrypted column under the keyring's current key: in "plaintext" mode only
 * values not encrypted yet, in "rotate" mode also those under a previous key. Returns how many
 * rows changed, per table. Throws (having committed the batches before) when a value is under a
 * key the keyring does not hold.
 */
export async function reencryptAll({
  mode,
  keyring = getKeyring(),
  batchSize = 500,
  onBatch,
}: {
  mode: Mode;
  keyring?: Keyring;
  batchSize?: number;
  /** Called after each committed batch (progress; tests interrupt a run here). */
  onBatch?: () => void;
}): Promise<Record<string, number>> {
  const changed: Record<string, number> = {};
  if (mode === "plaintext") changed.mergedTags = await mergeCaseDuplicateTags(keyring);
  for (const table of ENCRYPTED_TABLES) {
    changed[table.table] = await reencryptTable({ ...table, mode, keyring, batchSize, onBatch });
  }
  return changed;
}

/** At start-up: encrypts what an older version stored as plain text. */
export function encryptPlaintextRows() {
  return reencryptAll({ mode: "plaintext" });
}

/**
 * The start-up pass, tried again (every `delayMs`, up to `attempts` times) while the database
 * cannot answer: a supervised embedded PostgreSQL may be restarting, and Next never retries an
 * instrumentation hook that failed (every request would fail until the process restarts). A
 * value that cannot be decrypted is not retried: another try would not change it.
 */
export async function encryptPlaintextRowsAtStart({
  attempts = 60,
  delayMs = 1000,
  log,
}: {
  attempts?: number;
  delayMs?: number;
  log: (message: string) => void;
}) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await encryptPlaintextRows();
    } catch (error) {
      if (error instanceof UnreadableValueError || attempt >= attempts) throw error;
      // The error's name only: a driver message may quote the statement.
      const name = error instanceof Error ? error.name : typeof error;
      log(`encrypting plain text at start failed (${name}); trying again in ${delayMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, delayMs));
    }
  }
}
