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
 * reply encoder), beside two trivial authenticated requests in the same run: the same action
 * turned away at once (same transport, no saving) and a GET of a route handler.
 */
export async function checkInBenchmark({
  base,
  emails,
  password,
  today,
  countCheckIns,
}: {
  base: string;
  /** 20 people; the first one also does every single-person run. */
  emails: string[];
  password: string;
  today: string;
  /** Totals over all of them; `dates` counts distinct (person, date) pairs. */
  countCheckIns: () => Promise<{ checkIns: number; dates: number; ratings: number }>;
}) {
  const cookies: string[] = [];
  for (const email of emails) cookies.push(await signIn({ base, email, password }));
  const [cookie] = cookies;
  if (!cookie || cookies.length !== 20) throw new Error("the write benchmark needs 20 people");
  const id = await actionId("saveCheckInAction");
  const postAction = async (payload: string, as = cookie) => {
    const form = new FormData();
    form.set("payload", payload);
    const body = await encodeReply([{ ok: false }, form]);
    const response = await fetch(`${base}/tonight`, {
      method: "POST",
      headers: { cookie: as, "Next-Action": id, Accept: "text/x-component" },
      body,
    });
    return { ok: response.ok, text: await response.text() };
  };
  const save = async (date: string, seed: number, as = cookie) => {
    const { ok, text } = await postAction(JSON.stringify(draftFor(date, seed)), as);
    if (!ok || !text.includes('"ok":true')) throw new Error("save failed");
  };
  // The trivial authenticated action: the same action with a form it cannot read. It checks the
  // session and answers, through the same server-action machinery, and saves nothing.
  const trivialAction = async () => {
    const { ok, text } = await postAction("{");
    if (!ok || !text.includes("could not be read")) throw new Error("trivial action failed");
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
  const serialTrivialAction = await timeSerial(trivialAction, { count: 100, warmup: 5 });

  // Each person's first save creates their tags; it is not what a nightly save costs.
  for (const [person, as] of cookies.entries()) await save(daysAgo(today, 900), person, as);
  // Throughput: 20 people saving at once, 10 saves each, every save on its own date.
  const concurrentPeople = await timeConcurrent(
    (worker, iteration) => save(daysAgo(today, 800 + iteration), worker, cookies[worker] ?? cookie),
    { concurrency: 20, perWorker: 10 },
  );
  // The same load from one person (20 tabs), whose saves also share that person's row locks.
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
  const concurrentTrivialAction = await timeConcurrent(() => trivialAction(), {
    concurrency: 20,
    perWorker: 20,
  });
  const stored = await countCheckIns();
  return {
    serialSave,
    serialTrivial,
    concurrentSave,
    concurrentPeople,
    storm,
    concurrentTrivial,
    serialTrivialAction,
    concurrentTrivialAction,
    stored,
    expectedDates: serial.count + serial.warmup + 200 + 5 + 20 * 11,
  };
}

export function printCheckInBenchmark(result: Awaited<ReturnType<typeof checkInBenchmark>>) {
  const { serialSave, concurrentSave, concurrentPeople, storm, stored, expectedDates } = result;
  const { serialTrivial, concurrentTrivial, serialTrivialAction, concurrentTrivialAction } = result;
  const line = (label: string, figures: string) => console.log(`  ${label.padEnd(38)}${figures}`);
  const latency = (f: { p50: number; p95: number }) => `p50 ${ms(f.p50)}  p95 ${ms(f.p95)}`;
  const load = (f: { perSecond: number; p95: number; errors: number }) =>
    `${f.perSecond.toFixed(0)}/s  p95 ${ms(f.p95)}  errors ${f.errors}`;
  console.log("\nSaving check-ins through the server action over HTTP (4 ratings, 2 tags each)");
  line("1 writer      save", `${latency(serialSave)}   target p95 ≤ 50 ms`);
  line("1 client      trivial action", latency(serialTrivialAction));
  line("1 client      trivial GET /api/me", latency(serialTrivial));
  line("20 people     save", load(concurrentPeople));
  line("20 writers, one person, save", load(concurrentSave));
  line("20 writers on 5 dates at once", load(storm));
  line("20 clients    trivial action", load(concurrentTrivialAction));
  line("20 clients    trivial GET /api/me", load(concurrentTrivial));
  const ratio = (saves: { perSecond: number }, baseline: { perSecond: number }) =>
    `${(saves.perSecond / baseline.perSecond).toFixed(2)}×`;
  for (const [label, saves] of [
    ["20 people", concurrentPeople],
    ["one person", concurrentSave],
  ] as const) {
    console.log(
      `  throughput, ${label}: ${ratio(saves, concurrentTrivialAction)} the trivial action (target ≥ 0.5×), ${ratio(saves, concurrentTrivial)} the trivial GET`,
    );
  }
  const isExact =
    stored.checkIns === expectedDates &&
    stored.dates === expectedDates &&
    stored.ratings === expectedDates * 4;
  console.log(
    `  stored: ${stored.checkIns} check-ins on ${stored.dates} distinct dates (expected ${expectedDates}), ${stored.ratings} ratings (expected ${expectedDates * 4}) — ${isExact ? "nothing duplicated or lost" : "MISMATCH"}`,
  );
}
