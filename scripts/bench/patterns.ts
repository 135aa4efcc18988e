import { createRequire } from "node:module";
import { withPreviousLook } from "@/lib/patterns/analysis/window";
import { ms, percentiles, timeSerial } from "./measure";
import { firstLoadJs, signIn } from "./server";

type Aggregates = typeof import("@/lib/patterns/data");
type Analysis = typeof import("@/lib/patterns/analysis/analysis");

const require = createRequire(import.meta.url);
const autocannon = require("autocannon") as (options: object) => Promise<{
  requests: { average: number };
  latency: { p50: number; p97_5: number };
  non2xx: number;
  errors: number;
}>;

/** SQL time of each aggregate behind the Patterns page, for one person and date range. */
export async function aggregateTimings({
  data,
  analysis,
  userId,
  range,
}: {
  data: Aggregates;
  analysis: Analysis;
  userId: string;
  range: { from: string; to: string };
}) {
  const scope = { userId, ...range };
  const days = await data.listDayRecords({ userId, ...withPreviousLook(range) });
  const subjects = await data.listPatternSubjects({ userId });
  const rows = {
    listDayRecords: await timeSerial(() => data.listDayRecords(scope)),
    getPartOfDayDistribution: await timeSerial(() => data.getPartOfDayDistribution(scope)),
    getWeekdayPartHeatmap: await timeSerial(() => data.getWeekdayPartHeatmap(scope)),
    listPatternSubjects: await timeSerial(() => data.listPatternSubjects({ userId })),
    // The whole-decade analysis takes a few hundred ms; 20 samples give its p50 well enough.
    "analysePatterns (in memory)": await timeSerial(
      async () => analysis.analysePatterns({ days, range, ...subjects }),
      { count: 20, warmup: 2 },
    ),
  };
  return { days: days.length, rows };
}

/**
 * The four SQL aggregates of one Patterns view, run back to back for two people in turns (the
 * order swapped every round, so warm-up and background noise fall on both alike); the p50 of
 * each person's total.
 */
export async function compareWindowCost({
  data,
  range,
  userIds: [first, second],
  rounds = 300,
}: {
  data: Aggregates;
  range: { from: string; to: string };
  userIds: [string, string];
  rounds?: number;
}) {
  const totalFor = async (userId: string) => {
    const started = performance.now();
    await data.listDayRecords({ userId, ...range });
    await data.getPartOfDayDistribution({ userId, ...range });
    await data.getWeekdayPartHeatmap({ userId, ...range });
    await data.listPatternSubjects({ userId });
    return performance.now() - started;
  };
  const samples: [number[], number[]] = [[], []];
  for (let round = 0; round < rounds + 20; round++) {
    const order = round % 2 === 0 ? ([0, 1] as const) : ([1, 0] as const);
    for (const side of order) {
      const elapsed = await totalFor(side === 0 ? first : second);
      if (round >= 20) samples[side].push(elapsed);
    }
  }
  return { first: percentiles(samples[0]).p50, second: percentiles(samples[1]).p50 };
}

export function printTimings(title: string, timings: Awaited<ReturnType<typeof aggregateTimings>>) {
  console.log(`\n${title} (${timings.days} days in range)`);
  for (const [name, figures] of Object.entries(timings.rows)) {
    console.log(
      `  ${name.padEnd(30)} p50 ${ms(figures.p50).padStart(9)}  p95 ${ms(figures.p95).padStart(9)}`,
    );
  }
}

async function load(url: string, cookie: string, connections: number) {
  const result = await autocannon({ url, connections, duration: 10, headers: { cookie } });
  return {
    perSecond: result.requests.average,
    p50: result.latency.p50,
    errors: result.errors + result.non2xx,
  };
}

/** The Patterns page over HTTP beside a trivial authenticated request, in the same run. */
export async function pageBenchmark({
  base,
  email,
  password,
}: {
  base: string;
  email: string;
  password: string;
}) {
  const cookie = await signIn({ base, email, password });
  const get = (path: string) => async () => {
    const response = await fetch(`${base}${path}`, { headers: { cookie } });
    if (!response.ok) throw new Error(`${path} answered ${response.status}`);
    await response.arrayBuffer();
  };
  const trivialPath = "/api/me";
  // A simple server-rendered page behind the same layout and session check, for scale.
  const simplePagePath = "/safety";
  const patternsPath = "/patterns?window=12w";
  const serialTrivial = await timeSerial(get(trivialPath), { count: 100, warmup: 10 });
  const serialPatterns = await timeSerial(get(patternsPath), { count: 100, warmup: 10 });
  const loadTrivial = await load(`${base}${trivialPath}`, cookie, 10);
  const loadSimplePage = await load(`${base}${simplePagePath}`, cookie, 10);
  const loadPatterns = await load(`${base}${patternsPath}`, cookie, 10);
  const js = await firstLoadJs({ base, pagePath: patternsPath, cookie });
  return { serialTrivial, serialPatterns, loadTrivial, loadSimplePage, loadPatterns, js };
}

export function printPageBenchmark(result: Awaited<ReturnType<typeof pageBenchmark>>) {
  const { serialTrivial, serialPatterns, loadTrivial, loadSimplePage, loadPatterns, js } = result;
  console.log("\nPatterns page (12-week window, 10 years of history) over HTTP");
  console.log(
    `  1 connection   trivial /api/me   p50 ${ms(serialTrivial.p50)}  p95 ${ms(serialTrivial.p95)}`,
  );
  console.log(
    `  1 connection   /patterns         p50 ${ms(serialPatterns.p50)}  p95 ${ms(serialPatterns.p95)}   target p95 ≤ 150 ms`,
  );
  console.log(
    `  10 connections trivial /api/me   ${loadTrivial.perSecond.toFixed(0)} req/s (errors ${loadTrivial.errors})`,
  );
  console.log(
    `  10 connections /safety (simple page) ${loadSimplePage.perSecond.toFixed(0)} req/s (errors ${loadSimplePage.errors})`,
  );
  console.log(
    `  10 connections /patterns         ${loadPatterns.perSecond.toFixed(0)} req/s (errors ${loadPatterns.errors})  = ${(loadPatterns.perSecond / loadTrivial.perSecond).toFixed(2)}× trivial, target ≥ 0.5×; ${(loadPatterns.perSecond / loadSimplePage.perSecond).toFixed(2)}× the simple page`,
  );
  console.log(
    `  first-load JS of /patterns: ${js.scripts} scripts, ${js.rawKb.toFixed(0)} KiB raw, ${js.gzipKb.toFixed(0)} KiB gzip`,
  );
}
