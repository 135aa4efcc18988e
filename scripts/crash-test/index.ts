// `npm run crash-test`: 8 writers save check-ins, quick logs and reflections through the running
// production server, each with its request id, while PostgreSQL is stopped the hard way
// (immediate stop, kill -9 of the postmaster) and the Node server is killed with kill -9, at
// random moments; the writers retry with the same request id. Then it counts what was
// acknowledged against what is stored: nothing acknowledged may be missing or stored twice.
// CRASH_TEST_SECONDS (default 60) and CRASH_TEST_PORT (default 3199) tune it.
import { existsSync } from "node:fs";
import { mkdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { signIn } from "../bench/server";
import { actionId } from "../http/actions";
import { openDatabase, projectRoot } from "../runtime/database.mjs";
import { runningEmbeddedUrl, runningPostmaster } from "../runtime/embedded-postgres.mjs";
import { serverProcess } from "../server-process";
import { countStored, createWriters } from "./journal";
import { type Actions, type Outcome, runWriter, type Tally } from "./writers";

const WRITERS = 8;
const PASSWORD = "crash test passphrase 2026";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const between = (low: number, high: number) => low + Math.random() * (high - low);

async function main() {
  if (!existsSync(path.join(projectRoot, ".next/BUILD_ID"))) {
    throw new Error("No production build: run `npm run build` first.");
  }
  const seconds = Number(process.env.CRASH_TEST_SECONDS ?? 60);
  const port = Number(process.env.CRASH_TEST_PORT ?? 3199);
  const dataDir = path.join(projectRoot, ".data/crash-test");
  await rm(dataDir, { recursive: true, force: true });
  await mkdir(dataDir, { recursive: true });
  const logFile = path.join(dataDir, "server.log");
  const server = serverProcess({
    port,
    logFile,
    env: {
      BACKSTORY_DATA_DIR: dataDir,
      DATABASE_URL: "",
      NEXTAUTH_SECRET: "crash-test-secret-0123456789abcdef0123",
    },
  });
  await server.start();
  const url = await runningEmbeddedUrl(dataDir);
  if (!url) throw new Error("the embedded database is not running");
  const people = await createWriters({ url, count: WRITERS, password: PASSWORD });
  const cookies = await Promise.all(
    people.map((person) => signIn({ base: server.base, email: person.email, password: PASSWORD })),
  );
  const actions: Actions = {
    checkIn: { id: await actionId("saveCheckInAction"), path: "/tonight" },
    quickLog: { id: await actionId("createQuickLogAction"), path: "/quick-log" },
    reflection: { id: await actionId("saveReflectionAction"), path: "/reflect" },
  };
  const today = new Date().toISOString().slice(0, 10);

  let isRunning = true;
  const endsAt = Date.now() + seconds * 1000;
  const tally: Tally = { retries: 0, unavailable: 0, refused: 0 };
  const writers = cookies.map((cookie, writer) =>
    runWriter({
      writer,
      base: () => server.base,
      cookie,
      actions,
      today,
      isRunning: () => isRunning,
      giveUpAt: () => endsAt + 90_000,
      tally,
    }),
  );

  const clusterDir = path.join(dataDir, "postgres");
  const interruptions = { postgresImmediate: 0, postgresKill9: 0, nodeKill9: 0 };
  const recoveries: number[] = [];
  while (Date.now() < endsAt - 3000) {
    await sleep(between(2000, 6000));
    const roll = Math.random();
    const startedAt = Date.now();
    if (roll < 1 / 3) {
      const pid = await runningPostmaster(clusterDir);
      // What `pg_ctl stop -m immediate` sends: the postmaster quits without a checkpoint.
      if (pid) process.kill(pid, "SIGQUIT");
      interruptions.postgresImmediate++;
    } else if (roll < 2 / 3) {
      const pid = await runningPostmaster(clusterDir);
      if (pid) process.kill(pid, "SIGKILL");
      interruptions.postgresKill9++;
    } else {
      server.kill9();
      interruptions.nodeKill9++;
      await sleep(between(200, 1500));
      await server.start();
    }
    await sleep(300);
    await server.waitReady(30_000);
    recoveries.push(Date.now() - startedAt);
  }
  isRunning = false;
  const outcomes: Outcome[] = (await Promise.all(writers)).flat();
  const exitCode = await server.stop();

  const database = await openDatabase({ dataDir, applyMigrations: false });
  try {
    const stored = await countStored({ url: database.url, outcomes });
    const acknowledged = outcomes.filter((outcome) => outcome.isAcknowledged);
    const byKind = (kind: Outcome["kind"]) =>
      acknowledged.filter((outcome) => outcome.kind === kind).length;
    const log = await readFile(logFile, "utf8");
    const restartsLogged = log.match(/embedded PostgreSQL restarted/g)?.length ?? 0;
    const interrupted = Object.values(interruptions).reduce((sum, n) => sum + n, 0);
    console.log(
      `Crash test: ${WRITERS} writers for ${seconds} s, ${interrupted} interruptions (PostgreSQL immediate stop ${interruptions.postgresImmediate}, PostgreSQL kill -9 ${interruptions.postgresKill9}, Node server kill -9 ${interruptions.nodeKill9})`,
    );
    console.log(
      `acknowledged writes: ${acknowledged.length} (check-ins ${byKind("checkIn")}, quick logs ${byKind("quickLog")}, reflections ${byKind("reflection")})`,
    );
    console.log(`never acknowledged (gave up): ${outcomes.length - acknowledged.length}`);
    console.log(`stored rows: ${stored.rows}`);
    console.log(`lost (acknowledged, not stored): ${stored.lost}`);
    console.log(
      `duplicated (stored more than once, or without its request id): ${stored.duplicated}`,
    );
    console.log(
      `retried requests: ${tally.retries}; answered 503 while the database was down: ${tally.unavailable}; refused: ${tally.refused}`,
    );
    console.log(
      `embedded PostgreSQL restarts logged by the app: ${restartsLogged}; ready again after each interruption: longest ${(Math.max(0, ...recoveries) / 1000).toFixed(1)} s; graceful stop exit code ${exitCode}`,
    );
    if (stored.lost > 0 || stored.duplicated > 0 || acknowledged.length !== outcomes.length) {
      process.exitCode = 1;
    }
  } finally {
    await database.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
