import path from "node:path";
import { pathToFileURL } from "node:url";
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
  // Reminders are sent from inside the server: no cron to set up (lib/reminders/scheduler.ts).
  const { startReminderScheduler } = await import("./lib/reminders/scheduler");
  startReminderScheduler();
}
