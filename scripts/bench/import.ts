import { ms } from "./measure";
import { sampleLatency, signIn } from "./server";

const HEADER = '{"format":"backstory-export","schemaVersion":1,';

/** Hostile or broken files an import must turn away quickly, without stalling anyone else. */
function hostileFiles() {
  const invalidRecords = (count: number) =>
    `${HEADER}"checkIns":[${Array.from({ length: count }, () => '{"d":"bad"}').join(",")}]}`;
  const depth = 100_000;
  return [
    { label: "300,000 invalid records", text: invalidRecords(300_000) },
    { label: "140,000 invalid records (under the cap)", text: invalidRecords(140_000) },
    {
      label: `nesting ${depth.toLocaleString("en")} deep`,
      text: `${HEADER}"checkIns":${"[".repeat(depth)}${"]".repeat(depth)}}`,
    },
  ];
}

/**
 * Each hostile file posted to /api/import by one person while another person's requests are
 * timed; beside it, the other person's latency with nothing else going on (the baseline).
 */
export async function importBenchmark({
  base,
  attacker,
  bystander,
  password,
}: {
  base: string;
  attacker: string;
  bystander: string;
  password: string;
}) {
  const attackerCookie = await signIn({ base, email: attacker, password });
  const bystanderCookie = await signIn({ base, email: bystander, password });
  const meUrl = `${base}/api/me`;
  const idle = new Promise((resolve) => setTimeout(resolve, 2000));
  const baseline = await sampleLatency(meUrl, bystanderCookie, idle, 20);
  const runs = [];
  for (const file of hostileFiles()) {
    const form = new FormData();
    form.set("password", password);
    form.set("file", new File([file.text], "export.json", { type: "application/json" }));
    const started = performance.now();
    const upload = fetch(`${base}/api/import`, {
      method: "POST",
      headers: { cookie: attackerCookie },
      body: form,
    }).then(async (response) => {
      await response.arrayBuffer();
      return { status: response.status, elapsed: performance.now() - started };
    });
    const [answer, bystanderLatency] = await Promise.all([
      upload,
      sampleLatency(meUrl, bystanderCookie, upload, 20),
    ]);
    runs.push({ label: file.label, bytes: file.text.length, ...answer, bystanderLatency });
  }
  return { baseline, runs };
}

export function printImportBenchmark({
  baseline,
  runs,
}: Awaited<ReturnType<typeof importBenchmark>>) {
  console.log("\nHostile imports (POST /api/import) while another person's requests are timed");
  console.log(
    `  baseline, nothing else running: another person's GET /api/me p50 ${ms(baseline.p50)}, max ${ms(baseline.max)}`,
  );
  for (const run of runs) {
    const size = `${(run.bytes / 1024 / 1024).toFixed(1)} MB`;
    console.log(
      `  ${run.label} (${size}): answered ${run.status} in ${ms(run.elapsed)}; meanwhile another person's GET p50 ${ms(run.bystanderLatency.p50)}, max ${ms(run.bystanderLatency.max)} (${run.bystanderLatency.count} requests)`,
    );
  }
}
