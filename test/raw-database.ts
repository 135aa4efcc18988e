import { getPrisma } from "@/lib/db";

/**
 * Every row of every table in the app's schema, as PostgreSQL prints it: what a raw `SELECT`
 * (or a `pg_dump` of the data) shows someone who has the database but not the key.
 */
export async function rawDatabaseText(): Promise<string> {
  const prisma = getPrisma();
  const tables = await prisma.$queryRaw<{ name: string }[]>`
    SELECT quote_ident(table_name) AS name FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`;
  const parts: string[] = [];
  for (const { name } of tables) {
    const rows = await prisma.$queryRawUnsafe<{ row: string }[]>(
      `SELECT t::text AS row FROM ${name} t`,
    );
    parts.push(...rows.map((r) => `${name} ${r.row}`));
  }
  return parts.join("\n");
}
