// `npm run lighthouse`: Lighthouse 12.2.3 (mobile profile: a mid-range phone, slow 4G, 4× CPU
// slow-down) on the production build, signed in as a person with twelve weeks of journal.
// Prints each page's scores and main metrics beside the targets; a report, not a timed test.
//
// Environment: LIGHTHOUSE_PORT (default 3195), CHROME_PATH (default /usr/bin/chromium),
// LIGHTHOUSE_RUNS (default 3: the median run of each page is reported, as Lighthouse advises),
// LIGHTHOUSE_REPORTS (a directory to keep every run's full JSON report in), LIGHTHOUSE_PAGES (a
// comma-separated subset of the labels below, e.g. "Tonight,Journal").
import { execFile } from "node:child_process";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { signIn, startServer } from "./bench/server";
import { openDatabase, projectRoot } from "./runtime/database.mjs";

const PASSWORD = "lighthouse passphrase 2026";
// Targets from issue 11 (Tonight, Journal) and issue 10 (Patterns, which draws charts).
const PAGES = [
  { label: "Tonight", path: "/tonight", performance: 90 },
  { label: "Journal", path: "/journal", performance: 90 },
  { label: "Patterns", path: "/patterns", performance: 85 },
];
const ACCESSIBILITY_TARGET = 100;

type Result = {
  performance: number;
  accessibility: number;
  lcp: number;
  tbt: number;
  cls: number;
  fcp: number;
};

const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
].join(" ");

type Report = {
  runtimeError?: { message: string };
  categories: Record<string, { score: number | null } | undefined>;
  audits: Record<string, { numericValue?: number } | undefined>;
};

/**
 * One Lighthouse run through its CLI in a separate Node process: tsx's loader would rewrite
 * Lighthouse's own modules, whose functions are then sent to the page and fail there.
 */
async function audit({ url, cookie }: { url: string; cookie: string }): Promise<Result> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      path.join(projectRoot, "node_modules/lighthouse/cli/index.js"),
      url,
      "--output=json",
      "--output-path=stdout",
      "--quiet",
      "--only-categories=performance,accessibility",
      `--extra-headers=${JSON.stringify({ cookie })}`,
      `--chrome-flags=${CHROME_FLAGS}`,
    ],
    {
      env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? "/usr/bin/chromium" },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const report = JSON.parse(stdout) as Report;
  if (process.env.LIGHTHOUSE_REPORTS) {
    const file = `${new URL(url).pathname.replaceAll("/", "_")}-${Date.now()}.json`;
    await mkdir(process.env.LIGHTHOUSE_REPORTS, { recursive: true });
    await writeFile(path.join(process.env.LIGHTHOUSE_REPORTS, file), stdout);
  }
  if (report.runtimeError) throw new Error(`${url}: ${report.runtimeError.message}`);
  const numeric = (id: string) => report.audits[id]?.numericValue ?? Number.NaN;
  return {
    performance: Math.round((report.categories.performance?.score ?? 0) * 100),
    accessibility: Math.round((report.categories.accessibility?.score ?? 0) * 100),
    lcp: numeric("largest-contentful-paint"),
    tbt: numeric("total-blocking-time"),
    cls: numeric("cumulative-layout-shift"),
    fcp: numeric("first-contentful-paint"),
  };
}

/**
 * Lighthouse sometimes fails to record a trace on a busy machine (NO_NAVSTART, NO_FCP): such a
 * run measured nothing, so it is run again (at most twice) rather than ending the report.
 */
async function auditWithRetry(target: { url: string; cookie: string }): Promise<Result> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await audit(target);
    } catch (error) {
      const message = String((error as { stderr?: string }).stderr ?? (error as Error).message);
      if (attempt >= 3 || !/NO_NAVSTART|NO_FCP|NO_LCP|trace/i.test(message)) throw error;
      console.log(`  (a run failed to record a trace; running it again)`);
    }
  }
}

const median = (results: Result[]) =>
  [...results].sort((a, b) => a.performance - b.performance)[Math.floor(results.length / 2)];

// A function, not top-level await: tsx runs this file as CommonJS.
async function main() {
  const port = Number(process.env.LIGHTHOUSE_PORT ?? 3195);
  const runs = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
  const dataDir = path.join(projectRoot, ".data/lighthouse");
  await rm(dataDir, { recursive: true, force: true });
  const database = await openDatabase({ dataDir, applyMigrations: true });
  process.env.DATABASE_URL = database.url;
  process.env.NEXTAUTH_SECRET ??= "bench-secret-0123456789abcdef0123456789";

  // Imported after DATABASE_URL is set: lib/db reads it on first use.
  const { getDatabase } = await import("@/lib/db");
  const { createUser } = await import("@/lib/accounts/mutations");
  const { hashPassword } = await import("@/lib/passwords");
  const { generateDemoJournal, DEMO_SEED } = await import(
    "@/lib/journal/demo/generator/demo-journal"
  );
  const { insertDemoJournal } = await import("@/lib/journal/demo/mutations");
  const { addDays } = await import("@/lib/time");
  const { journalDateFor } = await import("@/lib/time-zone");

  const timeZone = "Europe/Berlin";
  const email = "lighthouse@bench.test";
  const { id: userId } = await createUser({
    email,
    passwordHash: await hashPassword(PASSWORD),
    timeZone,
  });
  const endDate = addDays(journalDateFor(new Date(), timeZone), -1);
  const journal = generateDemoJournal({ endDate, timeZone, seed: DEMO_SEED });
  await insertDemoJournal({ userId, journal, replaceExisting: true });

  const server = await startServer({ url: database.url, port });
  try {
    const cookie = await signIn({ base: server.base, email, password: PASSWORD });
    console.log(
      `Lighthouse 12.2.3, mobile profile, median of ${runs} runs (target: accessibility ${ACCESSIBILITY_TARGET}, performance per page)`,
    );
    let isMet = true;
    const only = process.env.LIGHTHOUSE_PAGES?.split(",").map((label) => label.trim());
    for (const page of PAGES.filter((candidate) => !only || only.includes(candidate.label))) {
      const results: Result[] = [];
      for (let run = 0; run < runs; run++) {
        results.push(await auditWithRetry({ url: `${server.base}${page.path}`, cookie }));
      }
      const result = median(results) as Result;
      const meets =
        result.performance >= page.performance && result.accessibility >= ACCESSIBILITY_TARGET;
      isMet &&= meets;
      console.log(
        `  ${page.label.padEnd(8)} performance ${result.performance} (≥ ${page.performance}; runs: ${results.map((r) => r.performance).join(", ")}), accessibility ${result.accessibility}; LCP ${(result.lcp / 1000).toFixed(1)} s, FCP ${(result.fcp / 1000).toFixed(1)} s, TBT ${Math.round(result.tbt)} ms, CLS ${result.cls.toFixed(3)}${meets ? "" : "  ← below target"}`,
      );
    }
    process.exitCode = isMet ? 0 : 1;
  } finally {
    await server.stop();
    await getDatabase().prisma.$disconnect();
    await getDatabase()
      .pool.end()
      .catch(() => {});
    await database.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
