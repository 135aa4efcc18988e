import path from "node:path";
import { pathToFileURL } from "node:url";
import { log } from "@/lib/log";
import { recordPeerAddresses } from "@/lib/peer-address";

// The launcher is loaded at run time so the bundler neither traces it nor bundles PostgreSQL.
// Under scripts/server.mjs the runtime is already running; under `next dev` it starts here.
export async function prepareNodeRuntime() {
  recordPeerAddresses();
  const launcher = pathToFileURL(path.join(process.cwd(), "scripts/runtime/prepare.mjs")).href;
  const { prepareRuntimeForNext } = await import(
    /* webpackIgnore: true */ /* turbopackIgnore: true */ launcher
  );
  await prepareRuntimeForNext();
  // Reminders are sent from inside the server: no cron to set up (lib/reminders/sending/mutations.ts).
  const { startReminderScheduler } = await import("./lib/reminders/sending/mutations");
  startReminderScheduler();
  // Loads (or, on first start, generates) the encryption key and encrypts any health text that
  // an older version stored as plain text (README "Security").
  const { encryptPlaintextRowsAtStart } = await import("./lib/crypto/mutations");
  const { mergedTags, ...changed } = await encryptPlaintextRowsAtStart({
    log: (message) => log.warn(message),
  });
  const rows = Object.values(changed).reduce((sum, count) => sum + count, 0);
  if (rows > 0) log.info({ rows }, "encrypted rows stored as plain text");
  if (mergedTags) log.info({ tags: mergedTags }, "merged tags that differed only in case");
}
