import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { emptyCheckInDraft } from "@/lib/journal/draft";
import { ms, timeConcurrent, timeSerial } from "./measure";
import { signIn } from "./server";

const root = path.resolve(import.meta.dirname, "../..");

// React's own encoder for server-action arguments, as bundled with Next: the body is exactly
// what the browser sends for `action(previousState, formData)`.
const { encodeReply } = createRequire(import.meta.url)(
  "next/dist/compiled/react-server-dom-turbopack/client.node.js",
) as { encodeReply: (value: unknown) => Promise<FormData | string> };

/**
 * The id under which the production build serves `saveCheckInAction`, read from Next's
 * server-reference manifest, so the benchmark posts exactly what the check-in form posts.
 */
async function actionId(exportedName: string): Promise<string> {
  const manifest = JSON.parse(
    await readFile(path.join(root, ".next/server/server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, unknown> };
  const found = Object.entries(manifest.node).find(([, entry]) =>
    JSON.stringify(entry).includes(`"exportedName":"${exportedName}"`),
  );
  if (!found) throw new Error(`${exportedName} is not in the build's server-reference manifest`);
  return found[0];
}

function draftFor(date: string, seed: number) {
  const draft = emptyCheckInDraft(date);
  draft.parts.MORNING.intensity = seed % 11;
  draft.parts.AFTERNOON.intensity = (seed + 3) % 11;
  draft.parts.EVENING.intensity = (seed + 5) % 11;
  draft.parts.NIGHT.intensity = (seed + 7) % 11;
  draft.stress = seed % 11;
  draft.tags = [
    { kind: "PERSON", name: "Sam", partOfDay: "MORNING" },
    { kind: "CONTEXT", name: "at work", partOfDay: null },
  ];
  return draft;
}

function daysAgo(today: string, days: number) {
  return new Date(Date.parse(`${today}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Check-ins saved over HTTP through the server action, as the form does (encoded by React's own
 * reply encoder), beside a trivial authenticated request in the same run.
 */
export async function checkInBenchmark({
  base,
  email,
  password,
  today,
  countCheckIns,
}: {
  base: string;
  email: string;
  password: string;
  today: string;
  countCheckIns: () => Promise<{ checkIns: number; dates: number; ratings: number }>;
}) {
  const cookie = await signIn({ base, email, password });
  const id = await actionId("saveCheckInAction");
  const save = async (date: string, seed: number) => {
    const form = new FormData();
    form.set("payload", JSON.stringify(draftFor(date, seed)));
    const body = await encodeReply([{ ok: false }, form]);
    const response = await fetch(`${base}/tonight`, {
      method: "POST",
      headers: { cookie, "Next-Action": id, Accept: "text/x-component" },
      body,
    });
    const text = await response.text();
    if (!response.ok || !text.includes('"ok":true'))
      throw new Error(`save failed: ${response.status}`);
  };
  const trivial = async () => {
    const response = await fetch(`${base}/api/me`, { headers: { cookie } });
    if (!response.ok) throw new Error(`trivial request failed: ${response.status}`);
    await response.arrayBuffer();
  };

  let serialDay = 0;
  const serial = { count: 100, warmup: 5 };
  const serialSave = await timeSerial(
    () => save(daysAgo(today, 1 + serialDay++), serialDay),
    serial,
  );
  const serialTrivial = await timeSerial(trivial, { count: 100, warmup: 5 });

  // Throughput: 20 writers, 10 saves each, every save on its own date.
  const concurrentSave = await timeConcurrent(
    (worker, iteration) => save(daysAgo(today, 200 + worker * 10 + iteration), worker),
    { concurrency: 20, perWorker: 10 },
  );
  // Double submits and two tabs: 20 writers on 5 dates at the same moment must still leave one
  // check-in per date.
  const storm = await timeConcurrent(
    (worker, iteration) => save(daysAgo(today, 500 + iteration), worker),
    { concurrency: 20, perWorker: 5 },
  );
  const concurrentTrivial = await timeConcurrent(() => trivial(), {
    concurrency: 20,
    perWorker: 20,
  });
  const stored = await countCheckIns();
  return {
    serialSave,
    serialTrivial,
    concurrentSave,
    storm,
    concurrentTrivial,
    stored,
    expectedDates: serial.count + serial.warmup + 200 + 5,
  };
}

export function printCheckInBenchmark(result: Awaited<ReturnType<typeof checkInBenchmark>>) {
  const {
    serialSave,
    serialTrivial,
    concurrentSave,
    storm,
    concurrentTrivial,
    stored,
    expectedDates,
  } = result;
  console.log("\nSaving check-ins through the server action over HTTP (4 ratings, 2 tags each)");
  console.log(
    `  1 writer     save          p50 ${ms(serialSave.p50)}  p95 ${ms(serialSave.p95)}   target p95 ≤ 50 ms`,
  );
  console.log(
    `  1 client     trivial GET   p50 ${ms(serialTrivial.p50)}  p95 ${ms(serialTrivial.p95)}`,
  );
  console.log(
    `  20 writers   save          ${concurrentSave.perSecond.toFixed(0)}/s  p95 ${ms(concurrentSave.p95)}  errors ${concurrentSave.errors}`,
  );
  console.log(
    `  20 writers on 5 dates at once  ${storm.perSecond.toFixed(0)}/s  p95 ${ms(storm.p95)}  errors ${storm.errors}`,
  );
  console.log(
    `  20 clients   trivial GET   ${concurrentTrivial.perSecond.toFixed(0)}/s  p95 ${ms(concurrentTrivial.p95)}  errors ${concurrentTrivial.errors}`,
  );
  console.log(
    `  throughput ratio ${(concurrentSave.perSecond / concurrentTrivial.perSecond).toFixed(2)}× (target ≥ 0.5×)`,
  );
  console.log(
    `  stored: ${stored.checkIns} check-ins on ${stored.dates} distinct dates (expected ${expectedDates}), ${stored.ratings} ratings (expected ${expectedDates * 4}) — ${stored.checkIns === expectedDates && stored.dates === expectedDates && stored.ratings === expectedDates * 4 ? "nothing duplicated or lost" : "MISMATCH"}`,
  );
}
