import { mkdtemp, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, vi } from "vitest";
import {
  parseSchedule,
  pruneBackups,
  readBackupStatus,
  scheduleBackups,
} from "./backup-schedule.mjs";

const NOW = new Date("2026-11-29T15:47:12Z");
const RECIPIENT = "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p";

test("a daily schedule runs next at that UTC time, today or tomorrow", () => {
  expect(parseSchedule("daily 16:00", NOW).next.toISOString()).toBe("2026-11-29T16:00:00.000Z");
  expect(parseSchedule("daily 03:30", NOW).next.toISOString()).toBe("2026-11-30T03:30:00.000Z");
  expect(parseSchedule("daily 03:30", NOW).intervalMs).toBe(24 * 3600_000);
});

test("interval schedules are aligned to the clock, so every server picks the same slots", () => {
  expect(parseSchedule("hourly", NOW).next.toISOString()).toBe("2026-11-29T16:00:00.000Z");
  expect(parseSchedule("every 6h", NOW).next.toISOString()).toBe("2026-11-29T18:00:00.000Z");
  expect(parseSchedule("Every 30m", NOW).next.toISOString()).toBe("2026-11-29T16:00:00.000Z");
});

test("a schedule that cannot work is refused with the accepted forms", () => {
  expect(() => parseSchedule("daily 25:00", NOW)).toThrow(/no such time/);
  expect(() => parseSchedule("every 1m", NOW)).toThrow(/at most every 5 minutes/);
  expect(() => parseSchedule("weekly", NOW)).toThrow(/"daily 03:30"/);
});

test("pruning keeps the newest backups and touches no other file", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "backups-"));
  const names = ["20261127T033000Z", "20261128T033000Z", "20261129T033000Z"].map(
    (stamp) => `backstory-${stamp}.backup.age`,
  );
  for (const name of [...names, "backup-status.json", "notes.txt"]) {
    await writeFile(path.join(dir, name), "x");
  }
  const removed = await pruneBackups(dir, 2);
  expect(removed.map((file) => path.basename(file))).toEqual([names[0]]);
  expect((await readdir(dir)).sort()).toEqual(
    ["backup-status.json", "notes.txt", names[1], names[2]].sort(),
  );
});

test.each([
  ["no recipient", undefined, "daily 03:30", /BACKUP_RECIPIENT is not/],
  [
    "a recipient that is not an age key",
    "ssh-ed25519 AAAA",
    "daily 03:30",
    /not an age public key/,
  ],
  ["a schedule that cannot be read", RECIPIENT, "weekly", /is not one of/],
])(
  "%s: the failure shows at start, not at the first slot",
  async (_, recipient, schedule, error) => {
    const dir = path.join(await mkdtemp(path.join(tmpdir(), "backups-")), "not-yet-created");
    const log = vi.fn();
    const backups = scheduleBackups({
      url: "postgresql://nobody@127.0.0.1:1/none",
      dir,
      recipient,
      schedule,
      keep: 3,
      log,
    });
    expect(backups.state()).toBe("failing");
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/^BACKUP FAILED: /));
    expect(log.mock.calls[0]?.[0]).toMatch(error);
    await vi.waitFor(async () => {
      expect(await readBackupStatus(dir)).toMatchObject({
        lastError: expect.stringMatching(error),
      });
    });
    backups.stop();
  },
);

test("valid settings wait for the first slot", () => {
  const log = vi.fn();
  const backups = scheduleBackups({
    url: "postgresql://nobody@127.0.0.1:1/none",
    dir: tmpdir(),
    recipient: RECIPIENT,
    schedule: "daily 03:30",
    keep: 3,
    log,
  });
  expect(backups.state()).toBe("waiting");
  expect(log).toHaveBeenCalledWith(expect.stringMatching(/^scheduled backups: daily 03:30/));
  backups.stop();
});
