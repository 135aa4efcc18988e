import pg from "pg";
import { ms, timeSerial } from "./measure";

type Search = typeof import("@/lib/search/data");
type Journal = typeof import("@/lib/journal/history/data");

/**
 * Gives one seeded journal its texts, in plain text (the start-up encryption pass then seals
 * them as it would an older version's): a note on every check-in (one to three sentences, about
 * 0.5% naming a physiotherapist), a reflection every week and a life event every four months.
 */
export async function seedSearchTexts({ url, userId }: { url: string; userId: string }) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT setseed(0.17)");
    await client.query(
      `UPDATE "CheckIn" SET note = concat_ws(' ',
         (ARRAY['Long day at the desk, the lower back stiff by the evening.',
                'Walked with Sam after work and the hips loosened up.',
                'Slept badly, woke at three with the back aching.',
                'Drove to see Mum, two hours in the car each way.',
                'Quiet day at home; a little gardening, then rest.',
                'Meeting with my manager ran long; shoulders tight all afternoon.'])[1 + floor(random() * 6)::int],
         CASE WHEN random() < 0.5 THEN (ARRAY['Did the calf stretch before bed.',
                'Heat pack helped for an hour.', 'Too tired to stretch.',
                'Felt calmer after the breathing practice.'])[1 + floor(random() * 4)::int] END,
         CASE WHEN random() < 0.005 THEN 'Saw the physiotherapist about the leg.' END)
       WHERE "userId" = $1`,
      [userId],
    );
    await client.query(
      `INSERT INTO "Reflection" (id, "userId", "promptKey", "promptText", answer, "weekStart", "createdAt", "updatedAt")
       SELECT gen_random_uuid(), $1, 'time-of-day', 'Is there a time of day when it is worse?',
              'Mornings are worse after a week at the desk; evenings ease once I have walked.',
              (date_trunc('week', w))::date, w + interval '20 hours', w + interval '20 hours'
       FROM generate_series((SELECT min(date) FROM "CheckIn" WHERE "userId" = $1),
                            (SELECT max(date) FROM "CheckIn" WHERE "userId" = $1), interval '7 days') AS w`,
      [userId],
    );
    await client.query(
      `INSERT INTO "LifeEvent" (id, "userId", date, title, category)
       SELECT gen_random_uuid(), $1, d::date, 'Event ' || row_number() OVER (), 'OTHER'
       FROM generate_series((SELECT min(date) FROM "CheckIn" WHERE "userId" = $1),
                            (SELECT max(date) FROM "CheckIn" WHERE "userId" = $1), interval '4 months') AS d`,
      [userId],
    );
  } finally {
    await client.end();
  }
}

/**
 * Search timings in process (SQL, decryption and matching), beside the Journal page's first
 * page of days for the same person as the baseline, all in this run.
 */
export async function searchBenchmark({
  search,
  journal,
  decade,
  quarter,
}: {
  search: Search;
  journal: Journal;
  decade: { id: string; timeZone: string };
  quarter: { id: string; timeZone: string };
}) {
  const run = (user: { id: string; timeZone: string }, query: string) => () =>
    search.searchJournal({ userId: user.id, timeZone: user.timeZone, query });
  const options = { count: 30, warmup: 3 };
  const rare = await run(decade, "physiotherapist")();
  return {
    texts: rare.textsRead,
    rareDays: rare.days.length,
    isWhole: rare.nextBefore === null,
    rows: {
      "search, 10 years, a rare word": await timeSerial(run(decade, "physiotherapist"), options),
      "search, 10 years, no match": await timeSerial(run(decade, "zqxv"), options),
      "search, 10 years, a common word (50 days shown)": await timeSerial(
        run(decade, "desk"),
        options,
      ),
      "search, 12 weeks": await timeSerial(run(quarter, "physiotherapist"), options),
      "baseline: the Journal's first page, 10 years": await timeSerial(
        () => journal.listJournalDays({ userId: decade.id, filters: {} }),
        options,
      ),
    },
  };
}

export function printSearchBenchmark(result: Awaited<ReturnType<typeof searchBenchmark>>) {
  console.log(
    `\nSearch (in process): one search read ${result.texts} texts (notes, reflections, life events, tag names)${result.isWhole ? ", the whole journal" : ""}; "physiotherapist" on ${result.rareDays} days shown`,
  );
  for (const [name, figures] of Object.entries(result.rows)) {
    console.log(
      `  ${name.padEnd(50)} p50 ${ms(figures.p50).padStart(9)}  p95 ${ms(figures.p95).padStart(9)}`,
    );
  }
  const rare = result.rows["search, 10 years, a rare word"].p50;
  const base = result.rows["baseline: the Journal's first page, 10 years"].p50;
  console.log(`  a 10-year search = ${(rare / base).toFixed(1)}× the Journal's first page`);
}
