// `npm run db:seed`: creates (or refills) a demo account with 12 weeks of sample journal, the same
// journal for the same seed (docs/demo-data.md). Uses DATABASE_URL when set; otherwise the
// embedded database under BACKSTORY_DATA_DIR (default .data/), the one `npm start` serves.
//
// Options (environment): DEMO_EMAIL, DEMO_PASSWORD, DEMO_TIME_ZONE (default: this machine's zone),
// DEMO_SEED, DEMO_END_DATE (YYYY-MM-DD; default: yesterday in DEMO_TIME_ZONE).

import { openDatabaseForTool } from "./runtime/database.mjs";

const EMAIL = process.env.DEMO_EMAIL ?? "demo@backstory.local";
const PASSWORD = process.env.DEMO_PASSWORD ?? "demo journal lantern 12";

// A function, not top-level await: tsx runs this file as CommonJS.
async function main() {
  // DATABASE_URL, else the embedded database `npm start` is serving now, else one started here.
  const database = await openDatabaseForTool();
  process.env.DATABASE_URL = database.url;
  // lib/env checks the whole configuration; this script signs no sessions.
  process.env.NEXTAUTH_SECRET ??= "demo-script-signs-no-sessions-0123456789";

  // Imported after DATABASE_URL is set: lib/db reads it on first use.
  const { getDatabase } = await import("@/lib/db");
  const { getUserCredentials } = await import("@/lib/accounts/data");
  const { createUser, updatePassword, updateTimeZone } = await import("@/lib/accounts/mutations");
  const { hashPassword } = await import("@/lib/passwords");
  const { generateDemoJournal, DEMO_SEED } = await import(
    "@/lib/journal/demo/generator/demo-journal"
  );
  const { insertDemoJournal } = await import("@/lib/journal/demo/mutations");
  const { addDays, isIsoDate } = await import("@/lib/time");
  const { journalDateFor } = await import("@/lib/time-zone");

  try {
    const timeZone = process.env.DEMO_TIME_ZONE ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
    const seed = Number(process.env.DEMO_SEED ?? DEMO_SEED);
    const requestedEnd = process.env.DEMO_END_DATE;
    const endDate = isIsoDate(requestedEnd)
      ? requestedEnd
      : addDays(journalDateFor(new Date(), timeZone), -1);

    const passwordHash = await hashPassword(PASSWORD);
    const existing = await getUserCredentials({ email: EMAIL });
    const userId = existing
      ? existing.id
      : (await createUser({ email: EMAIL, passwordHash, timeZone })).id;
    if (existing) {
      await updatePassword({ userId, passwordHash });
      await updateTimeZone({ userId, timeZone });
    }

    const journal = generateDemoJournal({ endDate, timeZone, seed });
    const result = await insertDemoJournal({ userId, journal, replaceExisting: true });
    console.log(
      [
        `${existing ? "Refilled" : "Created"} the demo account (seed ${seed}, ${timeZone}):`,
        `  ${result.checkIns} check-ins and ${result.quickLogs} quick logs, ${journal.checkIns[0]?.date} to ${endDate}`,
        `  email:    ${EMAIL}`,
        `  password: ${PASSWORD}`,
        "Planted patterns: see docs/demo-data.md.",
      ].join("\n"),
    );
  } finally {
    await getDatabase().prisma.$disconnect();
    await getDatabase()
      .pool.end()
      .catch(() => {});
    await database.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
