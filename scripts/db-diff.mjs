// @ts-check
// `npm run db:diff`: prints the SQL that schema.prisma needs beyond prisma/migrations — the body
// of the next migration (save it as prisma/migrations/<timestamp>_<name>/migration.sql).
import path from "node:path";
import { openDatabase, projectRoot } from "./runtime/database.mjs";
import { diffMigrationsAgainstSchema } from "./runtime/schema-diff.mjs";

const database = await openDatabase({
  dataDir: path.join(projectRoot, ".data/schema-diff"),
  applyMigrations: false,
});
try {
  // The shadow database it diffs through is created by the superuser.
  const sql = await diffMigrationsAgainstSchema(database.adminUrl);
  process.stdout.write(sql ? `${sql}\n` : "-- schema.prisma and prisma/migrations agree\n");
} finally {
  await database.stop();
}
