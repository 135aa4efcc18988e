// @ts-check
// What writing and restoring a backup share: its first line and the tables it holds, in the
// order that satisfies their foreign keys (backup.mjs writes them, restore-backup.mjs reads them).
import pg from "pg";

/** The first line of every plain backup (inside the encryption). */
export const MAGIC = "BACKSTORY-BACKUP 1";

/** @param {string} name */
export const quote = (name) => `"${name.replaceAll('"', '""')}"`;

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
