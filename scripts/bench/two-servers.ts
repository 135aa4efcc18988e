import { emptyCheckInDraft } from "@/lib/journal/draft/check-in-draft";
import { actionHeaders, actionId, encodeActionBody } from "../http/actions";
import { daysAgo } from "./check-ins";
import { type Load, medianRound, ms, timeConcurrent } from "./measure";
import { signIn } from "./server";

const ROUNDS = 5;
const PER_WRITER = 10;

/**
 * 20 people saving check-ins at once, all through one server, then spread over two servers on
 * the same database, in rounds that take turns (a slow spell of the machine falls on both).
 */
export async function twoServerBenchmark({
  bases,
  emails,
  password,
  today,
}: {
  bases: [string, string];
  emails: string[];
  password: string;
  today: string;
}) {
  const [first, second] = bases;
  // One session works on both servers: they share the secret and the database.
  const cookies = await Promise.all(
    emails.map((email) => signIn({ base: first, email, password })),
  );
  const id = await actionId("saveCheckInAction");
  const bodyFor = (date: string, seed: number) => {
    const draft = emptyCheckInDraft(date);
    draft.parts.MORNING.intensity = seed % 11;
    draft.parts.EVENING.intensity = (seed + 5) % 11;
    draft.tags = [{ kind: "PERSON", name: "Sam", partOfDay: "MORNING" }];
    return encodeActionBody({ ok: false }, { payload: JSON.stringify(draft) });
  };
  // Dates far from the other write benchmarks', each save on a date of its own.
  const dateOf = (round: number, spread: number, worker: number, i: number) =>
    daysAgo(today, 3000 + round * 1000 + spread * 500 + worker * PER_WRITER + i);
  const bodies = new Map<string, Awaited<ReturnType<typeof bodyFor>>>();
  for (let round = 0; round < ROUNDS; round++) {
    for (const spread of [0, 1]) {
      for (let worker = 0; worker < emails.length; worker++) {
        for (let i = 0; i < PER_WRITER; i++) {
          const date = dateOf(round, spread, worker, i);
          bodies.set(date, await bodyFor(date, worker + i));
        }
      }
    }
  }
  const save = async (base: string, date: string, cookie: string) => {
    const encoded = bodies.get(date);
    if (!encoded) throw new Error(`no body for ${date}`);
    const response = await fetch(`${base}/tonight`, {
      method: "POST",
      headers: actionHeaders({ id, cookie, contentType: encoded.contentType }),
      body: encoded.body,
    });
    if (!response.ok || !(await response.text()).includes('"ok":true'))
      throw new Error("save failed");
  };
  const rounds: Record<"one" | "two", Load[]> = { one: [], two: [] };
  for (let round = 0; round < ROUNDS; round++) {
    for (const spread of [0, 1] as const) {
      const load = await timeConcurrent(
        (worker, i) =>
          save(
            spread === 1 && worker % 2 === 1 ? second : first,
            dateOf(round, spread, worker, i),
            cookies[worker] ?? "",
          ),
        { concurrency: emails.length, perWorker: PER_WRITER },
      );
      rounds[spread === 0 ? "one" : "two"].push(load);
    }
  }
  const all = [...rounds.one, ...rounds.two];
  return {
    one: medianRound(rounds.one),
    two: medianRound(rounds.two),
    /** Every save sent, in all rounds, and how many of them failed. */
    saves: all.reduce((sum, load) => sum + load.count, 0),
    failed: all.reduce((sum, load) => sum + load.errors, 0),
  };
}

export function printTwoServerBenchmark(result: Awaited<ReturnType<typeof twoServerBenchmark>>) {
  const line = (label: string, f: Load) =>
    console.log(
      `  ${label.padEnd(38)}${f.perSecond.toFixed(0)}/s  p50 ${ms(f.p50)}  p95 ${ms(f.p95)}  errors ${f.errors}`,
    );
  console.log(
    `\nCheck-in saves, 20 people at once, one server vs two servers on one database (median of ${ROUNDS} rounds in turns)`,
  );
  line("one server", result.one);
  line("two servers, half each", result.two);
  console.log(
    `  two servers: ${(result.two.perSecond / result.one.perSecond).toFixed(2)}× the saves per second of one (both servers and PostgreSQL share this machine's cores)`,
  );
}
