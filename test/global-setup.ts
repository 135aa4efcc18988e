import { randomBytes } from "node:crypto";
import { rm } from "node:fs/promises";
import path from "node:path";
import { openDatabase } from "../scripts/runtime/database.mjs";

// One throw-away PostgreSQL for the integration run: a fixed directory wiped at start, since
// deleting a temporary one on exit is not reliable (STACK.md). DATABASE_URL, when set, wins.
export default async function setup() {
  const dataDir = path.resolve(import.meta.dirname, "../.data/test-integration");
  if (!process.env.DATABASE_URL) await rm(dataDir, { recursive: true, force: true });
  const database = await openDatabase({ dataDir });
  process.env.DATABASE_URL = database.url;
  // For the tests that create databases of their own (the app's role may not).
  process.env.TEST_ADMIN_DATABASE_URL = database.adminUrl;
  process.env.NEXTAUTH_SECRET ??= "integration-tests-secret-0123456789abcdef";
  // A fresh field-encryption key per run, so no test reads the developer's key file.
  process.env.BACKSTORY_ENCRYPTION_KEY ??= randomBytes(32).toString("base64");
  return () => database.stop();
}
