import { type ChildProcess, spawn } from "node:child_process";
import { createWriteStream, type WriteStream } from "node:fs";
import path from "node:path";

// Run from the project root (npm scripts, Playwright), so relative paths start there.
const root = process.cwd();

/**
 * The production server (scripts/server.mjs) as a child process that can be killed and started
 * again; its output goes to `logFile`.
 */
export function serverProcess({
  port,
  env,
  logFile,
}: {
  port: number;
  env: Record<string, string>;
  logFile: string;
}) {
  let child: ChildProcess | null = null;
  const log: WriteStream = createWriteStream(logFile, { flags: "a" });
  const base = `http://127.0.0.1:${port}`;

  async function waitReady(timeoutMs = 120_000) {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      try {
        if ((await fetch(`${base}/api/ready`, { signal: AbortSignal.timeout(2000) })).ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`the server on ${base} did not become ready`);
  }

  return {
    base,
    pid: () => child?.pid ?? null,
    start: async () => {
      // Another server left on the port would answer the readiness check in this one's place.
      const isTaken = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(1000) }).then(
        () => true,
        () => false,
      );
      if (isTaken) throw new Error(`port ${port} is already in use`);
      child = spawn(process.execPath, [path.join(root, "scripts/server.mjs"), String(port)], {
        cwd: root,
        env: { ...process.env, ...env, NEXT_TELEMETRY_DISABLED: "1" },
        stdio: ["ignore", "pipe", "pipe"],
      });
      child.stdout?.pipe(log, { end: false });
      child.stderr?.pipe(log, { end: false });
      await waitReady();
    },
    waitReady,
    /** Like a power cut for the app: no chance to finish anything. */
    kill9: () => {
      child?.kill("SIGKILL");
      child = null;
    },
    /** A graceful stop; resolves with the exit code. */
    stop: () =>
      new Promise<number | null>((resolve) => {
        const running = child;
        child = null;
        if (!running) return resolve(null);
        if (running.exitCode !== null || running.signalCode !== null) {
          return resolve(running.exitCode);
        }
        running.once("exit", (code) => resolve(code));
        running.kill("SIGTERM");
      }),
  };
}
