// @ts-check
// `npm run db:deploy`: applies pending migrations to the database at DATABASE_URL.

import { migrationsDir } from "./runtime/database.mjs";
import { migrate } from "./runtime/migrate.mjs";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("Set DATABASE_URL to the database to migrate.");
  process.exit(1);
}
const applied = await migrate({ url, migrationsDir, log: (message) => console.log(message) });
console.log(applied.length ? `applied ${applied.length} migration(s)` : "database is up to date");
