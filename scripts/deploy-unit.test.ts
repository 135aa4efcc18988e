import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { copyFile, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "vitest";

/*
 * The systemd unit of docs/deploy.md cannot run here (this machine's PID 1 is not systemd), so
 * what can be checked is: systemd's own verifier accepts it without a warning, and it agrees
 * with the server it starts, whose stop and restart behaviour e2e/operations.spec.ts tests.
 */

const UNIT = path.resolve("docs/deploy/backstory.service");

/** The unit's `Key=value` lines of one section. */
async function section(name: string): Promise<Map<string, string>> {
  const text = await readFile(UNIT, "utf8");
  const lines = text.split("\n");
  const start = lines.indexOf(`[${name}]`);
  expect(start).toBeGreaterThanOrEqual(0);
  const entries = new Map<string, string>();
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith("[")) break;
    const match = /^(\w+)=(.*)$/.exec(line);
    if (match?.[1] && match[2] !== undefined) entries.set(match[1], match[2]);
  }
  return entries;
}

test("it starts the server itself, which SIGTERM reaches, and waits long enough for it to finish", async () => {
  const service = await section("Service");
  // The server itself: SIGTERM reaches it directly (npm start would add two processes).
  expect(service.get("ExecStart")).toBe("/usr/bin/node scripts/server.mjs");
  expect(existsSync(path.resolve("scripts/server.mjs"))).toBe(true);
  expect(service.get("KillSignal")).toBe("SIGTERM");
  // The server serves SHUTDOWN_DELAY_SECONDS longer (docs: 6 behind Caddy), then gives requests
  // in flight up to its grace period: systemd must not kill it before that.
  const server = await readFile(path.resolve("scripts/server.mjs"), "utf8");
  const graceMs = Number(/SHUTDOWN_GRACE_MS = ([\d_]+);/.exec(server)?.[1]?.replaceAll("_", ""));
  expect(graceMs).toBeGreaterThan(0);
  expect(Number(service.get("TimeoutStopSec")) * 1000).toBeGreaterThan(graceMs + 6_000);
  // A crash (non-zero exit, kill) is restarted; the clean exit after SIGTERM (code 0) is not.
  expect(service.get("Restart")).toBe("on-failure");
  // It may write only where the server writes: its data directory and the backups.
  expect(service.get("ProtectSystem")).toBe("strict");
  expect(service.get("ReadWritePaths")?.split(" ")).toEqual([
    `${service.get("WorkingDirectory")}/.data`,
    "/var/backups/backstory",
  ]);
});

test.skipIf(spawnSync("systemd-analyze", ["--version"]).status !== 0)(
  "systemd-analyze verify accepts it without a warning",
  async () => {
    // Verified under a temporary name: systemd reads the unit's name from its file name.
    const dir = await mkdtemp(path.join(tmpdir(), "backstory-unit-"));
    const copy = path.join(dir, "backstory.service");
    try {
      await copyFile(UNIT, copy);
      const result = spawnSync("systemd-analyze", ["verify", copy], { encoding: "utf8" });
      // Unknown keys and bad values are only warnings (exit code 0): none may be printed.
      expect({ status: result.status, output: `${result.stdout}${result.stderr}` }).toEqual({
        status: 0,
        output: "",
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
);
