// @ts-check
// Watches the embedded PostgreSQL as a process supervisor would: when it ends on its own (a
// crash, `kill -9`, an immediate stop), it is started again on the same port and data directory,
// with a log line for each step, retrying with a growing pause until it is back.
import { startEmbeddedPostgres } from "./embedded-postgres.mjs";

/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * @param {{
 *   dataDir: string,
 *   log: (message: string) => void,
 *   onDown?: () => void,
 *   onUp?: () => void,
 * }} options
 */
export async function superviseEmbeddedPostgres({
  dataDir,
  log,
  onDown = () => {},
  onUp = () => {},
}) {
  let cluster = await startEmbeddedPostgres({ dataDir, log });
  let isStopping = false;
  let restarts = 0;

  /** @param {string} reason */
  async function restart(reason) {
    onDown();
    log(`embedded PostgreSQL ended unexpectedly (${reason}); restarting it`);
    const startedAt = Date.now();
    for (let attempt = 1; !isStopping; attempt++) {
      try {
        // Backends of a killed postmaster linger for a moment and hold its shared memory.
        await sleep(attempt === 1 ? 100 : Math.min(5_000, 250 * 2 ** (attempt - 2)));
        if (isStopping) return;
        cluster = await startEmbeddedPostgres({ dataDir, port: cluster.port, log });
        restarts++;
        const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
        log(`embedded PostgreSQL restarted after ${seconds} s (attempt ${attempt})`);
        cluster.onExit(restart);
        onUp();
        return;
      } catch (error) {
        const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
        log(`embedded PostgreSQL did not start (attempt ${attempt}): ${message}`);
      }
    }
  }

  cluster.onExit(restart);
  return {
    url: cluster.url,
    adminUrl: cluster.adminUrl,
    /** How often it was restarted since this process started it. */
    restarts: () => restarts,
    /** The postmaster's process id now (for the crash test). */
    pid: () => cluster.pid,
    stop: async () => {
      isStopping = true;
      await cluster.stop();
    },
  };
}
