import pg from "pg";
import { hashPassword } from "@/lib/passwords";
import type { Kind, Outcome } from "./writers";

/** The writers' accounts, created straight in the database (account creation is rate-limited). */
export async function createWriters({
  url,
  count,
  password,
}: {
  url: string;
  count: number;
  password: string;
}) {
  const passwordHash = await hashPassword(password);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const people: { id: string; email: string }[] = [];
    for (let i = 0; i < count; i++) {
      const { rows } = await client.query(
        `INSERT INTO "User" ("id", "email", "passwordHash", "timeZone", "updatedAt")
         VALUES (gen_random_uuid(), $1, $2, 'Europe/Berlin', now()) RETURNING "id", "email"`,
        [`writer-${i}-${Date.now()}@crash.test`, passwordHash],
      );
      people.push(rows[0]);
    }
    return people;
  } finally {
    await client.end();
  }
}

const TABLE: Record<Kind, string> = {
  checkIn: `"CheckIn"`,
  quickLog: `"PainEntry"`,
  reflection: `"Reflection"`,
};

/**
 * Compares the writers' operations with the rows stored: `lost` counts acknowledged ones with
 * no row, `duplicated` the extra rows of any request id plus rows of these kinds with none.
 */
export async function countStored({ url, outcomes }: { url: string; outcomes: Outcome[] }) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    let rows = 0;
    let lost = 0;
    let duplicated = 0;
    for (const kind of Object.keys(TABLE) as Kind[]) {
      const mine = outcomes.filter((outcome) => outcome.kind === kind);
      const { rows: counted } = await client.query(
        `SELECT "requestId"::text AS id, count(*)::int AS n FROM ${TABLE[kind]}
         WHERE "requestId" = ANY($1::uuid[]) GROUP BY 1`,
        [mine.map((outcome) => outcome.requestId)],
      );
      const stored = new Map(counted.map((row) => [row.id, row.n as number]));
      rows += counted.reduce((sum, row) => sum + row.n, 0);
      lost += mine.filter((op) => op.isAcknowledged && !stored.has(op.requestId)).length;
      duplicated += counted.reduce((sum, row) => sum + Math.max(0, row.n - 1), 0);
    }
    // Every write of these kinds carries a request id: a row without one would be a copy.
    const { rows: orphans } = await client.query(
      `SELECT (SELECT count(*) FROM "CheckIn" WHERE "requestId" IS NULL)
        + (SELECT count(*) FROM "PainEntry" WHERE "checkInId" IS NULL AND "requestId" IS NULL)
        + (SELECT count(*) FROM "Reflection" WHERE "requestId" IS NULL) AS n`,
    );
    duplicated += Number(orphans[0].n);
    return { rows, lost, duplicated };
  } finally {
    await client.end();
  }
}
