// @ts-check
// The embedded cluster's role for the app (embedded-postgres.mjs): not a superuser, owner of the
// schema it works in and of nothing else, so a flaw in the app cannot reach beyond its own tables.

/** What the app connects (and migrates) as: no superuser, owns only the schema it works in. */
export const APP_USER = "backstory_app";

/**
 * Creates the app's login role, or resets it to exactly these attributes: not a superuser, and
 * unable to create roles or databases, replicate or bypass row security.
 * @param {import("pg").Client} client
 * @param {string} password 64 hex digits (readOrCreateSecret)
 */
export async function ensureAppRole(client, password) {
  if (!/^[0-9a-f]{64}$/.test(password)) throw new Error("app-password is not 64 hex digits");
  const found = await client.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [APP_USER]);
  const verb = found.rowCount === 0 ? "CREATE" : "ALTER";
  await client.query(
    `${verb} ROLE ${APP_USER} WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD '${password}'`,
  );
}

// The app owns the schema it works in (so its migrations can create and change tables) and
// everything in it. A cluster made before the app had its own role has all of it owned by the
// superuser: ownership moves over at the next start.
const GIVE_SCHEMA_TO_APP = `
DO $$
DECLARE item record;
BEGIN
  EXECUTE format('ALTER SCHEMA public OWNER TO %I', '${APP_USER}');
  -- Tables first: a sequence a column owns moves with its table (and cannot move alone).
  FOR item IN
    SELECT c.relname, CASE c.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'
      ELSE 'TABLE' END AS kind
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm')
      AND pg_get_userbyid(c.relowner) <> '${APP_USER}'
  LOOP
    EXECUTE format('ALTER %s public.%I OWNER TO %I', item.kind, item.relname, '${APP_USER}');
  END LOOP;
  FOR item IN
    SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind = 'S' AND pg_get_userbyid(c.relowner) <> '${APP_USER}'
  LOOP
    EXECUTE format('ALTER SEQUENCE public.%I OWNER TO %I', item.relname, '${APP_USER}');
  END LOOP;
  FOR item IN
    SELECT p.oid::regprocedure AS routine FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
    WHERE n.nspname = 'public' AND pg_get_userbyid(p.proowner) <> '${APP_USER}'
  LOOP
    EXECUTE format('ALTER ROUTINE %s OWNER TO %I', item.routine, '${APP_USER}');
  END LOOP;
  FOR item IN
    SELECT t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
    WHERE n.nspname = 'public' AND t.typtype IN ('e', 'd')
      AND pg_get_userbyid(t.typowner) <> '${APP_USER}'
  LOOP
    EXECUTE format('ALTER TYPE public.%I OWNER TO %I', item.typname, '${APP_USER}');
  END LOOP;
END
$$`;

/**
 * Hands the public schema, and everything in it, to the app's role.
 * @param {import("pg").Client} client connected to the app's database as a superuser
 */
export async function giveSchemaToApp(client) {
  await client.query(GIVE_SCHEMA_TO_APP);
}
