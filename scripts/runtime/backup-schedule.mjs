// @ts-check
// Scheduled backups inside the server (BACKUP_SCHEDULE), keeping the newest BACKUP_KEEP files.
// With several servers on one database, an advisory lock and the newest file's time make one
// backup per slot. Every success and failure is logged and written to backup-status.json in
// BACKUP_DIR, which `npm run backup -- status` and /api/health report: never silent.
import { mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { BACKUP_SUFFIX, writeBackup } from "./backup.mjs";

const BACKUP_LOCK_ID = 72707370;
const STATUS_FILE = "backup-status.json";
const MINUTE = 60_000;

/**
 * "daily 03:30" (UTC), "hourly", "every 6h", "every 30m". Returns the interval and the first
 * run after `now`, or throws with the accepted forms.
 * @param {string} text
 * @param {Date} [now]
 */
export function parseSchedule(text, now = new Date()) {
  const value = text.trim().toLowerCase();
  const daily = /^daily (\d{1,2}):(\d{2})$/.exec(value);
  if (daily) {
    const [hours, minutes] = [Number(daily[1]), Number(daily[2])];
    if (hours > 23 || minutes > 59) throw new Error(`BACKUP_SCHEDULE: no such time "${text}"`);
    const next = new Date(now);
    next.setUTCHours(hours, minutes, 0, 0);
    if (next <= now) next.setUTCDate(next.getUTCDate() + 1);
    return { intervalMs: 24 * 60 * MINUTE, next };
  }
  const every = value === "hourly" ? ["", "1", "h"] : /^every (\d+)\s*(m|h)$/.exec(value);
  if (every) {
    const intervalMs = Number(every[1]) * (every[2] === "h" ? 60 : 1) * MINUTE;
    if (intervalMs < 5 * MINUTE) throw new Error("BACKUP_SCHEDULE: at most every 5 minutes");
    // Slots are aligned to the epoch, so every server agrees on them.
    return {
      intervalMs,
      next: new Date((Math.floor(now.getTime() / intervalMs) + 1) * intervalMs),
    };
  }
  throw new Error(
    `BACKUP_SCHEDULE "${text}" is not one of: "daily 03:30" (UTC), "hourly", "every 6h", "every 30m"`,
  );
}

/**
 * The backups in `dir`, newest first.
 * @param {string} dir
 */
export async function listBackups(dir) {
  const names = (await readdir(dir).catch(() => [])).filter((name) => name.endsWith(BACKUP_SUFFIX));
  return names
    .sort()
    .reverse()
    .map((name) => path.join(dir, name));
}

/**
 * Deletes all but the newest `keep` backups; returns the deleted paths.
 * @param {string} dir
 * @param {number} keep
 */
export async function pruneBackups(dir, keep) {
  const old = (await listBackups(dir)).slice(keep);
  await Promise.all(old.map((file) => rm(file, { force: true })));
  return old;
}

/** @param {string} dir */
export async function readBackupStatus(dir) {
  try {
    return JSON.parse(await readFile(path.join(dir, STATUS_FILE), "utf8"));
  } catch {
    return null;
  }
}

/**
 * @param {string} dir
 * @param {Record<string, unknown>} change
 */
async function recordStatus(dir, change) {
  const status = { ...(await readBackupStatus(dir)), ...change };
  await mkdir(dir, { recursive: true, mode: 0o700 }).catch(() => {});
  await writeFile(path.join(dir, STATUS_FILE), `${JSON.stringify(status, null, 2)}\n`, {
    mode: 0o600,
  }).catch(() => {});
  return status;
}

/**
 * Takes one backup now, prunes, and records the outcome. Throws on failure (after recording it).
 * @param {{ url: string, dir: string, recipient: string, keep: number, log: (m: string) => void }} options
 */
export async function backupAndRecord({ url, dir, recipient, keep, log }) {
  const startedAt = Date.now();
  try {
    const file = await writeBackup({ url, dir, recipient });
    const { size } = await stat(file);
    const pruned = await pruneBackups(dir, keep);
    await recordStatus(dir, {
      lastSuccessAt: new Date().toISOString(),
      lastFile: path.basename(file),
      lastBytes: size,
      consecutiveFailures: 0,
    });
    const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
    log(
      `backup written: ${path.basename(file)} (${size} bytes, ${seconds} s; ${pruned.length} old removed)`,
    );
    return file;
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    const previous = await readBackupStatus(dir);
    await recordStatus(dir, {
      lastFailureAt: new Date().toISOString(),
      lastError: message,
      consecutiveFailures: (previous?.consecutiveFailures ?? 0) + 1,
    });
    log(`BACKUP FAILED: ${message}`);
    throw error;
  }
}

/**
 * Why scheduled backups cannot run with these settings, or null when they can.
 * @param {{ recipient: string | undefined, schedule: string }} settings
 */
function configurationProblem({ recipient, schedule }) {
  try {
    parseSchedule(schedule);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  if (!recipient) return "BACKUP_SCHEDULE is set but BACKUP_RECIPIENT is not";
  if (!recipient.startsWith("age1")) return "BACKUP_RECIPIENT is not an age public key (age1…)";
  return null;
}

/**
 * Runs backups on `schedule` until stopped. One server per slot takes it (advisory lock, and
 * no second backup when the newest file is already from this slot). Settings that cannot work
 * are reported at once as a failure (logged, recorded, "failing"), without stopping the server.
 * @param {{
 *   url: string, dir: string, recipient: string | undefined, schedule: string, keep: number,
 *   log: (message: string) => void,
 * }} options
 */
export function scheduleBackups({ url, dir, recipient, schedule, keep, log }) {
  const problem = configurationProblem({ recipient, schedule });
  if (problem || !recipient) {
    // Not at the first slot, which may be a day away: the operator should see it now.
    const message = problem ?? "BACKUP_RECIPIENT is not set";
    log(`BACKUP FAILED: ${message}; no scheduled backups will run`);
    void recordStatus(dir, { lastFailureAt: new Date().toISOString(), lastError: message });
    return { state: () => /** @type {const} */ ("failing"), intervalMs: () => 0, stop: () => {} };
  }
  // A constant, so that the slots' closures know it is set.
  const checkedRecipient = recipient;
  let timer = /** @type {NodeJS.Timeout | undefined} */ (undefined);
  let isStopped = false;
  /** @type {"waiting" | "ok" | "failing"} */
  let state = "waiting";
  let { intervalMs, next } = parseSchedule(schedule);

  async function runSlot(/** @type {Date} */ slot) {
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      const { rows } = await client.query("SELECT pg_try_advisory_lock($1) AS locked", [
        BACKUP_LOCK_ID,
      ]);
      if (!rows[0].locked) return;
      const [newest] = await listBackups(dir);
      const newestTime = newest ? (await stat(newest)).mtimeMs : 0;
      if (newestTime >= slot.getTime()) return;
      await backupAndRecord({ url, dir, recipient: checkedRecipient, keep, log }).then(
        () => {
          state = "ok";
        },
        () => {
          state = "failing";
        },
      );
    } catch (error) {
      const code = /** @type {{ code?: string }} */ (error)?.code ?? "error";
      state = "failing";
      await recordStatus(dir, { lastFailureAt: new Date().toISOString(), lastError: code });
      log(`BACKUP FAILED: could not reach the database (${code})`);
    } finally {
      await client.end().catch(() => {});
    }
  }

  function arm() {
    if (isStopped) return;
    const slot = next;
    timer = setTimeout(
      async () => {
        await runSlot(slot);
        ({ intervalMs, next } = parseSchedule(schedule, new Date(slot.getTime() + 1000)));
        arm();
      },
      Math.max(0, slot.getTime() - Date.now()),
    );
    timer.unref();
  }

  log(`scheduled backups: ${schedule} (next ${next.toISOString()}), keeping ${keep}, in ${dir}`);
  arm();
  return {
    /** "failing" after a failed slot until a backup succeeds again (shown by /api/health). */
    state: () => state,
    intervalMs: () => intervalMs,
    stop: () => {
      isStopped = true;
      clearTimeout(timer);
    },
  };
}
