import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { Pool } from "pg";
import { PrismaClient } from "@/generated/prisma/client";
import { getEnv } from "./env";

type Database = { prisma: PrismaClient; pool: Pool };

const globalForDb = globalThis as unknown as { backstoryDb?: Database };

function createDatabase(): Database {
  const pool = new Pool({ connectionString: getEnv().DATABASE_URL, max: 10 });
  // An idle connection dropped by the server (a restart, a shutdown) must not crash the process;
  // the pool replaces it on next use.
  pool.on("error", (error) => console.error(`[db] idle connection lost: ${error.message}`));
  return { prisma: new PrismaClient({ adapter: new PrismaPg(pool) }), pool };
}

/** The one Prisma client (and its pg pool), created on first use so that building needs no URL. */
export function getDatabase(): Database {
  // One instance per process, also across dev-server reloads.
  globalForDb.backstoryDb ??= createDatabase();
  return globalForDb.backstoryDb;
}

export function getPrisma(): PrismaClient {
  return getDatabase().prisma;
}
