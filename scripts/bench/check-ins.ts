import { emptyCheckInDraft } from "@/lib/journal/draft/check-in-draft";
import { actionHeaders, actionId, encodeActionBody } from "../http/actions";
import { type Load, medianRound, ms, timeConcurrent, timeSerial } from "./measure";
import { signIn } from "./server";

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

export function daysAgo(today: string, days: number) {
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
  // Request bodies are encoded before the clock starts, so the figures time the server and not
  // this client's encoder (which shares the machine's two cores).
  const encoded = new Map<string, { body: ArrayBuffer; contentType: string }>();
  const encode = async (payload: string) => {
    const cached = encoded.get(payload);
    if (cached) return cached;
    const body = await encodeActionBody({ ok: false }, { payload });
    encoded.set(payload, body);
    return body;
  };
  const postAction = async (payload: string, as = cookie) => {
    const { body, contentType } = await encode(payload);
    const response = await fetch(`${base}/tonight`, {
      method: "POST",
      headers: actionHeaders({ id, cookie: as, contentType }),
      body,
    });
    return { ok: response.ok, text: await response.text() };
  };
  const payloadFor = (date: string, seed: number) => JSON.stringify(draftFor(date, seed));
  const save = async (date: string, seed: number, as = cookie) => {
    const { ok, text } = await postAction(payloadFor(date, seed), as);
    if (!ok || !text.includes('"ok":true')) throw new Error("save failed");
  };
  /** 20 writers, `perWorker` saves each on `dateOf(worker, i)`, as `asOf(worker)`. */
  const concurrentSaves = async (
    dateOf: (worker: number, iteration: number) => string,
    asOf: (worker: number) => string,
    perWorker: number,
  ) => {
    for (let worker = 0; worker < 20; worker++) {
      for (let i = 0; i < perWorker; i++) await encode(payloadFor(dateOf(worker, i), worker));
    }
    return timeConcurrent((worker, i) => save(dateOf(worker, i), worker, asOf(worker)), {
      concurrency: 20,
      perWorker,
    });
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

  const serial = { count: 100, warmup: 5 };
  const serialDate = (n: number) => daysAgo(today, 1 + n);
  for (let n = 0; n < serial.count + serial.warmup; n++) await encode(payloadFor(serialDate(n), n));
  let serialDay = 0;
  const serialSave = await timeSerial(() => {
    const n = serialDay++;
    return save(serialDate(n), n);
  }, serial);
  const serialTrivial = await timeSerial(trivial, { count: 100, warmup: 5 });
  const serialTrivialAction = await timeSerial(trivialAction, { count: 100, warmup: 5 });

  // Warm-up, all at once: each person's first save creates their tags, and the server's pool
  // opens its connections; neither is what a nightly save costs.
  await Promise.all(cookies.map((as, person) => save(daysAgo(today, 1500), person, as)));
  // Double submits and two tabs: 20 writers on 5 dates at the same moment must still leave one
  // check-in per date.
  const onePerson = () => cookie;
  const storm = await concurrentSaves((_, i) => daysAgo(today, 1300 + i), onePerson, 5);

  // Throughput, in rounds that take turns with their baselines, so a slow spell of the machine
  // falls on both sides of a ratio; each figure is the median of the rounds.
  const rounds: Record<"people" | "onePerson" | "trivialAction" | "trivialGet", Load[]> = {
    people: [],
    onePerson: [],
    trivialAction: [],
    trivialGet: [],
  };
  for (let round = 0; round < ROUNDS; round++) {
    rounds.trivialAction.push(
      await timeConcurrent(() => trivialAction(), { concurrency: 20, perWorker: 15 }),
    );
    // 20 people saving at once, each save on its own date.
    rounds.people.push(
      await concurrentSaves(
        (_, i) => daysAgo(today, 1400 + round * 10 + i),
        (worker) => cookies[worker] ?? cookie,
        10,
      ),
    );
    // The same load from one person (20 tabs), whose saves also share that person's row locks.
    rounds.onePerson.push(
      await concurrentSaves(
        (worker, i) => daysAgo(today, 200 + round * 200 + worker * 10 + i),
        onePerson,
        10,
      ),
    );
    rounds.trivialGet.push(
      await timeConcurrent(() => trivial(), { concurrency: 20, perWorker: 15 }),
    );
  }
  const stored = await countCheckIns();
  return {
    serialSave,
    serialTrivial,
    serialTrivialAction,
    storm,
    concurrentPeople: medianRound(rounds.people),
    concurrentSave: medianRound(rounds.onePerson),
    concurrentTrivialAction: medianRound(rounds.trivialAction),
    concurrentTrivial: medianRound(rounds.trivialGet),
    stored,
    // Serial, storm, one person's rounds, and everyone's warm-up and rounds.
    expectedDates: serial.count + serial.warmup + 5 + ROUNDS * 200 + 20 * (1 + ROUNDS * 10),
  };
}

const ROUNDS = 5;

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
  line("20 writers on 5 dates at once", load(storm));
  console.log(`  20 at once, median of ${ROUNDS} rounds taken in turns:`);
  line("20 people     save", load(concurrentPeople));
  line("20 writers, one person, save", load(concurrentSave));
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
