// `npm run reset-password -- EMAIL`: prints a one-time link that lets the person with that
// account choose a new password (valid 30 minutes, once; using it signs them out everywhere).
// Uses DATABASE_URL when set; otherwise the embedded database under BACKSTORY_DATA_DIR, the one
// `npm start` serves (also while it runs). The link starts with NEXTAUTH_URL, or
// http://localhost:PORT (3000) when that is unset.

import { openDatabaseForTool } from "./runtime/database.mjs";

async function main() {
  const email = process.argv[2]?.trim().toLowerCase();
  if (!email) {
    console.error("Usage: npm run reset-password -- person@example.org");
    process.exit(2);
  }
  // DATABASE_URL, else the embedded database `npm start` is serving now, else one started here.
  const database = await openDatabaseForTool();
  process.env.DATABASE_URL = database.url;
  // lib/env checks the whole configuration; this script signs no sessions.
  process.env.NEXTAUTH_SECRET ??= "reset-script-signs-no-sessions-0123456789";
  try {
    const { createPasswordReset } = await import("@/lib/recovery/mutations");
    const { resetLinkFor } = await import("@/lib/recovery/secrets/tokens");
    const reset = await createPasswordReset({ email });
    if (!reset) {
      console.error(`No account has the email ${email}.`);
      process.exitCode = 1;
      return;
    }
    const base = process.env.NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? "3000"}`;
    console.log(
      `A one-time link for ${email}, valid for 30 minutes:\n\n${resetLinkFor({ base, token: reset.token })}\n`,
    );
    console.log("Give it to the person privately. Using it signs them out everywhere.");
  } finally {
    const { getDatabase } = await import("@/lib/db");
    await getDatabase().prisma.$disconnect();
    await getDatabase()
      .pool.end()
      .catch(() => {});
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
