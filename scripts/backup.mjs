// @ts-check
// `npm run backup`            one encrypted backup now, into BACKUP_DIR (then keeps the newest BACKUP_KEEP)
// `npm run backup -- keygen`  a new backup key pair: the recipient for the server, the identity to keep apart
// `npm run backup -- status`  the last scheduled or manual backup; exits 1 when the last one failed
// Works against DATABASE_URL, or the embedded database (the running one, or started for the run).
import path from "node:path";
import { generateX25519Identity, identityToRecipient } from "age-encryption";
import { backupAndRecord, readBackupStatus } from "./runtime/backup-schedule.mjs";
import { backupSettings, openDatabaseForTool } from "./runtime/database.mjs";

const [command = "now"] = process.argv.slice(2);
/** @param {string} message */
const log = (message) => console.log(`[backstory] ${message}`);

if (command === "keygen") {
  const identity = await generateX25519Identity();
  console.log(`# Backstory backup identity, created ${new Date().toISOString()}.`);
  console.log("# Keep this secret file OFF the server (password manager, offline copy): it alone");
  console.log("# decrypts the backups. Give the server only the recipient below.");
  console.log(`# BACKUP_RECIPIENT=${await identityToRecipient(identity)}`);
  console.log(identity);
} else if (command === "status") {
  const { dir } = backupSettings();
  const status = await readBackupStatus(dir);
  console.log(
    status ? JSON.stringify({ dir, ...status }, null, 2) : `no backup recorded in ${dir}`,
  );
  const isFailing =
    !status ||
    (status.lastFailureAt &&
      (!status.lastSuccessAt || status.lastFailureAt > status.lastSuccessAt));
  process.exit(isFailing ? 1 : 0);
} else if (command === "now") {
  const { dir, recipient, keep } = backupSettings();
  if (!recipient) {
    console.error("Set BACKUP_RECIPIENT (an age1… key from `npm run backup -- keygen`).");
    process.exit(2);
  }
  const database = await openDatabaseForTool({ log });
  try {
    const file = await backupAndRecord({ url: database.url, dir, recipient, keep, log });
    console.log(path.resolve(file));
  } catch {
    process.exitCode = 1;
  } finally {
    await database.stop();
  }
} else {
  console.error(`unknown command "${command}": use keygen, status, or nothing`);
  process.exit(2);
}
