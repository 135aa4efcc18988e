import { ms } from "./measure";
import { sampleLatency, signIn } from "./server";

const NOTE =
  "Back stiff after the long drive, walked it off in the park, then ibuprofen and the heat pad; slept badly because of the neighbours but the morning was calmer than expected. ".repeat(
    2,
  );
const pad = (value: number) => String(value).padStart(2, "0");
const dayOf = (start: number, index: number) => new Date(start + index * 86_400_000);

/** About 16 MB of Daylio export: three valid entries a day, newest last, each with a note. */
function daylioCsv(rows: number) {
  const start = Date.UTC(1985, 0, 1);
  const lines = ["full_date,date,weekday,time,mood,activities,note_title,note"];
  for (let index = 0; index < rows; index += 1) {
    const day = dayOf(start, Math.floor(index / 3))
      .toISOString()
      .slice(0, 10);
    const time = ["8:15 am", "1:30 pm", "9:45 pm"][index % 3];
    lines.push(
      `${day},${day},Monday,${time},meh,work | walk | reading,Day ${index},"${NOTE.slice(0, 290)}"`,
    );
  }
  return lines.join("\n");
}

/** About 20 MB of spreadsheet just under the row cap; the last row's rating is unreadable. */
function spreadsheetCsv(rows: number) {
  const start = Date.UTC(1990, 0, 1);
  const lines = ["Date;Time;Pain (0-100);Who;Where;Mood;Comments"];
  for (let index = 0; index < rows; index += 1) {
    const date = dayOf(start, Math.floor(index / 5));
    const day = `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
    const pain = index === rows - 1 ? "high" : String((index * 7) % 101);
    lines.push(`${day};${pad(8 + (index % 5) * 3)}:30;${pain};Sam;desk, office;tense;"${NOTE}"`);
  }
  return lines.join("\n");
}

const SPREADSHEET_MAPPING = {
  date: "0",
  dateOrder: "DMY",
  time: "1",
  pain: "2",
  scale: "0-100",
  untimedPart: "EVENING",
  people: "3",
  places: "4",
  feelings: "5",
  note: "6",
};

/**
 * A large Daylio file and a large spreadsheet previewed through POST /api/import/history by one
 * person while another person's GET /api/me is timed every 50 ms; beside them, that latency
 * with nothing else going on (the baseline).
 */
export async function historyImportBenchmark({
  base,
  importer,
  bystander,
  password,
}: {
  base: string;
  importer: string;
  bystander: string;
  password: string;
}) {
  const importerCookie = await signIn({ base, email: importer, password });
  const bystanderCookie = await signIn({ base, email: bystander, password });
  const meUrl = `${base}/api/me`;
  const baseline = await sampleLatency(
    meUrl,
    bystanderCookie,
    new Promise((resolve) => setTimeout(resolve, 2000)),
    50,
  );
  const files = [
    { label: "Daylio, 45,000 valid rows", source: "daylio", text: daylioCsv(45_000), mapping: {} },
    {
      label: "spreadsheet, 49,990 rows, the last one bad",
      source: "spreadsheet",
      text: spreadsheetCsv(49_990),
      mapping: SPREADSHEET_MAPPING,
    },
  ];
  const runs = [];
  for (const file of files) {
    const form = new FormData();
    form.set("source", file.source);
    form.set("intent", "preview");
    for (const [name, value] of Object.entries(file.mapping)) form.set(name, value);
    form.set("file", new File([file.text], "history.csv", { type: "text/csv" }));
    const started = performance.now();
    const upload = fetch(`${base}/api/import/history`, {
      method: "POST",
      headers: { cookie: importerCookie },
      body: form,
    }).then(async (response) => {
      await response.arrayBuffer();
      return { status: response.status, elapsed: performance.now() - started };
    });
    const [answer, bystanderLatency] = await Promise.all([
      upload,
      sampleLatency(meUrl, bystanderCookie, upload, 50),
    ]);
    runs.push({
      label: file.label,
      bytes: Buffer.byteLength(file.text),
      ...answer,
      bystanderLatency,
    });
  }
  return { baseline, runs };
}

export function printHistoryImportBenchmark({
  baseline,
  runs,
}: Awaited<ReturnType<typeof historyImportBenchmark>>) {
  console.log(
    "\nCSV history previews (POST /api/import/history) while another person's requests are timed",
  );
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
