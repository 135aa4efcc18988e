// @ts-check
// `npm run db:reset`: empties the app's schema and applies every migration again. The app's
// role owns its schema (README "Running against an existing PostgreSQL") but may not create one,
// so the schema itself stays, with its owner and grants, and what is in it is dropped.
import pg from "pg";

/**
 * Why a reset must not go ahead without `--confirm`, or null when it may: a production
 * environment or a database this project does not manage (DATABASE_URL) could hold real journals.
 * @param {{ env: Record<string, string | undefined>, isConfirmed: boolean }} options
 */
export function resetRefusal({ env, isConfirmed }) {
  if (isConfirmed) return null;
  if (env.NODE_ENV === "production") {
    return "NODE_ENV is production: this would erase every journal. Add --confirm to go ahead.";
  }
  if (env.DATABASE_URL) {
    return "DATABASE_URL points at a database this project does not manage. Add --confirm to erase it.";
  }
  return null;
}

/** Where a URL points, without its password (for the message before erasing). */
export function describeDatabase(/** @type {string} */ url) {
  const parsed = new URL(url);
  return `${decodeURIComponent(parsed.username)}@${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
}

// Tables first (CASCADE takes their indexes, triggers, owned sequences and dependent views), then
// what is left: views, routines, sequences, then enum and domain types.
const EMPTY_PUBLIC_SCHEMA = `
DO $$
DECLARE item record;
BEGIN
  FOR item IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
  LOOP
    EXECUTE format('DROP TABLE IF EXISTS public.%I CASCADE', item.relname);
  END LOOP;
  FOR item IN SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind IN ('v', 'm', 'S')
  LOOP
    EXECUTE format('DROP %s IF EXISTS public.%I CASCADE',
      CASE item.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'SEQUENCE' END,
      item.relname);
  END LOOP;
  FOR item IN SELECT p.oid::regprocedure AS routine FROM pg_proc p
    JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public'
  LOOP
    EXECUTE format('DROP ROUTINE IF EXISTS %s CASCADE', item.routine);
  END LOOP;
  FOR item IN SELECT t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
    WHERE n.nspname = 'public' AND t.typtype IN ('e', 'd')
  LOOP
    EXECUTE format('DROP TYPE IF EXISTS public.%I CASCADE', item.typname);
  END LOOP;
END
$$`;

/**
 * Drops every table, view, sequence, routine and type in the public schema of the database at
 * `url`, in one transaction (nothing is dropped when one of them cannot be).
 * @param {{ url: string }} options
 */
export async function emptySchema({ url }) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("BEGIN");
    await client.query(EMPTY_PUBLIC_SCHEMA);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
