import { expect, test, vi } from "vitest";
import { migrationsDir } from "./database.mjs";
import { monitorDatabase } from "./database-monitor.mjs";
import { listMigrations } from "./migrate.mjs";

/*
 * The monitor behind /api/ready and the 503 answers, against the real test database and one
 * that is not there.
 */

const url = () => process.env.DATABASE_URL ?? "";
const applied = async () => (await listMigrations(migrationsDir)).map((m) => m.name);

test("counts the migrations this version needs that the database lacks", async () => {
  const names = [...(await applied()), "29991231000000_from_a_newer_version"];
  const monitor = monitorDatabase({ url: url(), migrationNames: names, log: vi.fn() });
  try {
    // It starts out assuming ready (the server migrated before listening); the probe corrects it.
    await vi.waitFor(() =>
      expect(monitor.readiness()).toEqual({ database: true, migrationsMissing: 1 }),
    );
  } finally {
    await monitor.stop();
  }
});

test("an unreachable database is reported once, by error code, without the URL's password", async () => {
  const log = vi.fn();
  const secret = "monitor-test-password-9f8e7d";
  // Nothing listens on port 1.
  const monitor = monitorDatabase({
    url: `postgresql://backstory:${secret}@127.0.0.1:1/backstory`,
    migrationNames: [],
    log,
    intervalMs: 40,
  });
  try {
    await vi.waitFor(() => expect(monitor.isAvailable()).toBe(false));
    expect(monitor.readiness().database).toBe(false);
    // Several failed probes later, still one line: a log that repeats every second hides news.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(log.mock.calls).toEqual([
      ["database unreachable (ECONNREFUSED); answering 503 until it is back"],
    ]);
    expect(JSON.stringify(log.mock.calls)).not.toContain(secret);
  } finally {
    await monitor.stop();
  }
});
