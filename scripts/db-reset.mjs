// @ts-check
// `npm run db:reset`: erases the app's database (every table, function and type in its schema)
// and applies every migration again: an empty Backstory, for development and tests. Refuses
// without `--confirm` when NODE_ENV is production or DATABASE_URL is set, and always while the
// app is serving the embedded database (stop it first). README "Resetting the database".

import { dataDirectory, migrationsDir, openDatabase } from "./runtime/database.mjs";
import { runningEmbeddedUrl } from "./runtime/embedded-postgres.mjs";
import { migrate } from "./runtime/migrate.mjs";
import { describeDatabase, emptySchema, resetRefusal } from "./runtime/reset.mjs";

const refusal = resetRefusal({ env: process.env, isConfirmed: process.argv.includes("--confirm") });
if (refusal) {
  console.error(refusal);
  process.exit(1);
}
if (!process.env.DATABASE_URL && (await runningEmbeddedUrl(dataDirectory()))) {
  console.error(`Backstory is running on ${dataDirectory()}: stop it first, then reset.`);
  process.exit(1);
}
const database = await openDatabase({ applyMigrations: false });
try {
  console.log(`erasing ${describeDatabase(database.url)}`);
  await emptySchema({ url: database.url });
  const applied = await migrate({
    url: database.url,
    migrationsDir,
    log: (message) => console.log(message),
  });
  console.log(`applied ${applied.length} migration(s): the database is empty and up to date`);
} finally {
  await database.stop();
}
