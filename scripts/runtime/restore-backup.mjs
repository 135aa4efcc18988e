// @ts-check
// Restores an encrypted backup written by backup.mjs (format described there).
import { once } from "node:events";
import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
import { createGunzip } from "node:zlib";
import { Decrypter } from "age-encryption";
import pg from "pg";
import copyStreams from "pg-copy-streams";
import { listTables, MAGIC, quote } from "./backup-tables.mjs";

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
