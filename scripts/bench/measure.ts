/** Runs `task` `count` times in a row (after warm-up) and returns latency percentiles in ms. */
export async function timeSerial(task: () => Promise<unknown>, { count = 200, warmup = 20 } = {}) {
  for (let i = 0; i < warmup; i++) await task();
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    await task();
    samples.push(performance.now() - started);
  }
  return percentiles(samples);
}

/** `concurrency` workers each run `task(worker, i)` `perWorker` times; throughput and latencies. */
export async function timeConcurrent(
  task: (worker: number, iteration: number) => Promise<unknown>,
  { concurrency, perWorker }: { concurrency: number; perWorker: number },
) {
  const samples: number[] = [];
  let errors = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async (_, worker) => {
      for (let i = 0; i < perWorker; i++) {
        const begin = performance.now();
        try {
          await task(worker, i);
        } catch {
          errors++;
        }
        samples.push(performance.now() - begin);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { ...percentiles(samples), perSecond: samples.length / seconds, errors };
}

export function percentiles(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { count: sorted.length, p50: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] ?? 0 };
}

export const ms = (value: number) => `${value.toFixed(1)} ms`;

export type Load = Awaited<ReturnType<typeof timeConcurrent>>;

/** The round with the median throughput (its p95 and errors come with it); errors summed. */
export function medianRound(loads: Load[]): Load {
  const sorted = [...loads].sort((a, b) => a.perSecond - b.perSecond);
  const median = sorted[Math.floor(sorted.length / 2)];
  if (!median) throw new Error("no rounds measured");
  return { ...median, errors: loads.reduce((sum, load) => sum + load.errors, 0) };
}
