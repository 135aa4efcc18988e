// @ts-check
// Knows whether the database can be used right now, so the server can answer 503 with a retry
// hint while it is down (rather than a 500 from every request) and /api/ready can tell a load
// balancer. A probe connection asks `SELECT 1` every second; the embedded database's supervisor
// reports a crash at once. Logs each change of state, never a query or its data.
import pg from "pg";

/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The error's code (ECONNREFUSED, 57P01 …), never its message, which may quote data. */
function codeOf(/** @type {unknown} */ error) {
  const code = /** @type {{ code?: unknown }} */ (error)?.code;
  return typeof code === "string" ? code : "no answer";
}

/**
 * @param {{
 *   url: string,
 *   migrationNames: string[],
 *   log: (message: string) => void,
 *   intervalMs?: number,
 * }} options
 */
export function monitorDatabase({ url, migrationNames, log, intervalMs = 1000 }) {
  let isUp = true;
  let downSince = 0;
  let missingMigrations = 0;
  let isStopped = false;
  /** @type {pg.Client | null} */
  let client = null;

  function markDown(/** @type {string} */ reason) {
    if (!isUp) return;
    isUp = false;
    downSince = Date.now();
    log(`database unreachable (${reason}); answering 503 until it is back`);
  }

  async function markUp(/** @type {pg.Client} */ connection) {
    const { rows } = await connection.query(
      `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const applied = new Set(rows.map((row) => row.migration_name));
    missingMigrations = migrationNames.filter((name) => !applied.has(name)).length;
    if (isUp) return;
    isUp = true;
    log(`database reachable again after ${((Date.now() - downSince) / 1000).toFixed(1)} s`);
  }

  async function probe() {
    try {
      if (!client) {
        const connection = new pg.Client({
          connectionString: url,
          // Generous: on a busy machine a slow answer is not an outage.
          connectionTimeoutMillis: 5000,
          query_timeout: 5000,
        });
        // A connection the server drops emits "error"; without a listener it would end the process.
        connection.on("error", (error) => {
          if (client === connection) client = null;
          markDown(codeOf(error));
        });
        await connection.connect();
        client = connection;
        await markUp(connection);
        return;
      }
      await client.query("SELECT 1");
    } catch (error) {
      client?.end().catch(() => {});
      client = null;
      markDown(codeOf(error));
    }
  }

  const loop = (async () => {
    while (!isStopped) {
      await probe();
      await sleep(isUp ? intervalMs : intervalMs / 4);
    }
  })();

  return {
    /** False while the database cannot be reached. */
    isAvailable: () => isUp,
    /** Ready for traffic: the database answers and every migration of this version is applied. */
    readiness: () => ({ database: isUp, migrationsMissing: missingMigrations }),
    /** The embedded database's supervisor saw it end: no need to wait for the next probe. */
    markDown,
    stop: async () => {
      isStopped = true;
      await loop;
      await client?.end().catch(() => {});
    },
  };
}
