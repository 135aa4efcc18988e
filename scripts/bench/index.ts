// `npm run bench`: seeds a throw-away database and prints the figures in README "Benchmarks".
// Every comparison is against a baseline measured in the same run, on the same machine.
import { rm } from "node:fs/promises";
import path from "node:path";
import { openDatabase, projectRoot } from "../runtime/database.mjs";
import { checkInBenchmark, printCheckInBenchmark } from "./check-ins";
import { firstLoadBenchmark, printFirstLoadBenchmark } from "./first-load";
import { importBenchmark, printImportBenchmark } from "./import";
import { historyImportBenchmark, printHistoryImportBenchmark } from "./import-history";
import { ms } from "./measure";
import {
  aggregateTimings,
  compareWindowCost,
  pageBenchmark,
  printPageBenchmark,
  printTimings,
} from "./patterns";
import { printSearchBenchmark, searchBenchmark, seedSearchTexts } from "./search";
import { seedJournal } from "./seed";
import { startServer } from "./server";
import { printTwoServerBenchmark, twoServerBenchmark } from "./two-servers";

const PASSWORD = "benchmark passphrase 2026";

// `npm run bench -- import` runs only the hostile-import figures (seconds instead of minutes).
const onlyImport = process.argv.slice(2).includes("import");
// `npm run bench -- import-history` runs only the large CSV history-import figures.
const onlyHistoryImport = process.argv.slice(2).includes("import-history");
// `npm run bench -- search` runs only the search figures (no server, no build needed).
const onlySearch = process.argv.slice(2).includes("search");
// `npm run bench -- first-load` runs only the first-load JavaScript figures.
const onlyFirstLoad = process.argv.slice(2).includes("first-load");
// `npm run bench -- two-servers` runs only one server beside two (no 10-year journal to seed).
const onlyTwoServers = process.argv.slice(2).includes("two-servers");

// A function, not top-level await: tsx runs this file as CommonJS.
async function main() {
  const dataDir = path.join(projectRoot, ".data/bench");
  await rm(dataDir, { recursive: true, force: true });
  const database = await openDatabase({ dataDir, applyMigrations: true });
  process.env.DATABASE_URL = database.url;
  process.env.NEXTAUTH_SECRET ??= "bench-secret-0123456789abcdef0123456789";

  // Imported after DATABASE_URL is set: lib/db reads it on first use.
  const { getDatabase, getPrisma } = await import("@/lib/db");
  const { hashPassword } = await import("@/lib/passwords");
  const { addDays } = await import("@/lib/time");
  const { journalDateFor } = await import("@/lib/time-zone");
  const data = await import("@/lib/patterns/data");
  const analysis = await import("@/lib/patterns/analysis/analysis");

  const passwordHash = await hashPassword(PASSWORD);
  async function createPerson(label: string) {
    return getPrisma().user.create({
      data: { email: `${label}@bench.test`, passwordHash, timeZone: "Europe/Berlin" },
      select: { id: true, email: true },
    });
  }

  if (onlyHistoryImport) {
    const [importer, bystander] = [await createPerson("importer"), await createPerson("bystander")];
    const server = await startServer({
      url: database.url,
      port: Number(process.env.BENCH_PORT ?? 3190),
    });
    try {
      printHistoryImportBenchmark(
        await historyImportBenchmark({
          base: server.base,
          importer: importer.email,
          bystander: bystander.email,
          password: PASSWORD,
        }),
      );
    } finally {
      await server.stop();
      await getPrisma().$disconnect();
      await getDatabase().pool.end();
      await database.stop();
    }
    return;
  }

  if (onlyImport) {
    const [attacker, bystander] = [await createPerson("importer"), await createPerson("bystander")];
    const server = await startServer({
      url: database.url,
      port: Number(process.env.BENCH_PORT ?? 3190),
    });
    try {
      printImportBenchmark(
        await importBenchmark({
          base: server.base,
          attacker: attacker.email,
          bystander: bystander.email,
          password: PASSWORD,
        }),
      );
    } finally {
      await server.stop();
      await getPrisma().$disconnect();
      await getDatabase().pool.end();
      await database.stop();
    }
    return;
  }

  const today = journalDateFor(new Date(), "Europe/Berlin");
  const window12w = { from: addDays(today, -83), to: today };
  // Tonight is measured as it is during a personal experiment: with its (server-rendered) card.
  async function startExperimentTonight(userId: string) {
    const { createExperiment } = await import("@/lib/experiments/mutations");
    const { createExperimentSchema } = await import("@/lib/experiments/schema");
    await createExperiment({
      userId,
      data: createExperimentSchema.parse({
        changeKind: "rule",
        rule: "No screens after 10",
        outcome: "MORNING",
        blockDays: "2",
        pairs: "14",
        startDate: today,
      }),
    });
  }

  if (onlyFirstLoad) {
    const person = await createPerson("first-load");
    await seedJournal({ url: database.url, userId: person.id, from: window12w.from, to: today });
    const { encryptPlaintextRows } = await import("@/lib/crypto/mutations");
    await encryptPlaintextRows();
    await startExperimentTonight(person.id);
    const server = await startServer({
      url: database.url,
      port: Number(process.env.BENCH_PORT ?? 3190),
    });
    try {
      printFirstLoadBenchmark(
        await firstLoadBenchmark({ base: server.base, email: person.email, password: PASSWORD }),
      );
    } finally {
      await server.stop();
      await getPrisma().$disconnect();
      await getDatabase().pool.end();
      await database.stop();
    }
    return;
  }
  if (onlyTwoServers) {
    const writers = [];
    for (let i = 0; i < 20; i++) writers.push(await createPerson(`writer-${i}`));
    const port = Number(process.env.BENCH_PORT ?? 3190);
    const servers = await Promise.all([
      startServer({ url: database.url, port }),
      startServer({ url: database.url, port: port + 1 }),
    ]);
    try {
      const result = await twoServerBenchmark({
        bases: [servers[0].base, servers[1].base],
        emails: writers.map((writer) => writer.email),
        password: PASSWORD,
        today,
      });
      printTwoServerBenchmark(result);
      // Every save that answered "saved" is stored, once: one check-in per (person, date).
      const where = { userId: { in: writers.map((writer) => writer.id) } };
      const [checkIns, dates] = await Promise.all([
        getPrisma().checkIn.count({ where }),
        getPrisma().checkIn.groupBy({ by: ["userId", "date"], where }),
      ]);
      console.log(
        `  stored: ${checkIns} check-ins on ${dates.length} (person, date) pairs, for ${result.saves - result.failed} saves acknowledged (${result.failed} failed)`,
      );
    } finally {
      await Promise.all(servers.map((server) => server.stop()));
      await getPrisma().$disconnect();
      await getDatabase().pool.end();
      await database.stop();
    }
    return;
  }
  const decade = await createPerson("ten-years");
  const quarter = await createPerson("twelve-weeks");
  let started = performance.now();
  const decadeRows = await seedJournal({
    url: database.url,
    userId: decade.id,
    from: addDays(today, -3652),
    to: today,
  });
  await seedJournal({ url: database.url, userId: quarter.id, from: window12w.from, to: today });
  for (const person of [decade, quarter]) {
    await seedSearchTexts({ url: database.url, userId: person.id });
  }
  await startExperimentTonight(quarter.id);
  // The seed writes tag names and notes in plain text: encrypt them as a start of the app would.
  const { encryptPlaintextRows } = await import("@/lib/crypto/mutations");
  await encryptPlaintextRows();
  console.log(
    `Seeded ${decadeRows.check_ins} check-ins and ${decadeRows.pain_entries} ratings over 10 years (plus a 12-week journal) in ${ms(performance.now() - started)}`,
  );

  const searchFigures = await searchBenchmark({
    search: await import("@/lib/search/data"),
    journal: await import("@/lib/journal/history/data"),
    decade: { id: decade.id, timeZone: "Europe/Berlin" },
    quarter: { id: quarter.id, timeZone: "Europe/Berlin" },
  });
  printSearchBenchmark(searchFigures);
  if (onlySearch) {
    await getPrisma().$disconnect();
    await getDatabase().pool.end();
    await database.stop();
    return;
  }

  const atDecade = await aggregateTimings({ data, analysis, userId: decade.id, range: window12w });
  const atQuarter = await aggregateTimings({
    data,
    analysis,
    userId: quarter.id,
    range: window12w,
  });
  const allDecade = await aggregateTimings({
    data,
    analysis,
    userId: decade.id,
    range: { from: addDays(today, -3652), to: today },
  });
  printTimings("SQL per aggregate, 12-week window, 10 years of history", atDecade);
  printTimings("SQL per aggregate, 12-week window, 12 weeks of history", atQuarter);
  printTimings("SQL per aggregate, whole 10-year window", allDecade);
  const windowCost = await compareWindowCost({
    data,
    range: window12w,
    userIds: [decade.id, quarter.id],
  });
  console.log(
    `\n12-week window, all four aggregates in turns: p50 ${ms(windowCost.first)} at 10 years vs ${ms(windowCost.second)} at 12 weeks = ${(windowCost.first / windowCost.second).toFixed(2)}× (target ≤ 1.3×)`,
  );

  started = performance.now();
  const port = Number(process.env.BENCH_PORT ?? 3190);
  const server = await startServer({ url: database.url, port });
  try {
    console.log(`\nProduction server ready in ${ms(performance.now() - started)}`);
    printPageBenchmark(
      await pageBenchmark({ base: server.base, email: decade.email, password: PASSWORD }),
    );
    printFirstLoadBenchmark(
      await firstLoadBenchmark({ base: server.base, email: quarter.email, password: PASSWORD }),
    );
    printImportBenchmark(
      await importBenchmark({
        base: server.base,
        attacker: quarter.email,
        bystander: decade.email,
        password: PASSWORD,
      }),
    );
    const writers = [];
    for (let i = 0; i < 20; i++) writers.push(await createPerson(`writer-${i}`));
    const userIds = writers.map((writer) => writer.id);
    printCheckInBenchmark(
      await checkInBenchmark({
        base: server.base,
        emails: writers.map((writer) => writer.email),
        password: PASSWORD,
        today,
        countCheckIns: async () => {
          const where = { userId: { in: userIds } };
          const [checkIns, ratings, dates] = await Promise.all([
            getPrisma().checkIn.count({ where }),
            getPrisma().painEntry.count({ where }),
            getPrisma().checkIn.groupBy({ by: ["userId", "date"], where }),
          ]);
          return { checkIns, ratings, dates: dates.length };
        },
      }),
    );
    // Last: its saves would change the totals the check-in benchmark verifies.
    const second = await startServer({ url: database.url, port: port + 1 });
    try {
      printTwoServerBenchmark(
        await twoServerBenchmark({
          bases: [server.base, second.base],
          emails: writers.map((writer) => writer.email),
          password: PASSWORD,
          today,
        }),
      );
    } finally {
      await second.stop();
    }
  } finally {
    await server.stop();
    await getPrisma().$disconnect();
    await getDatabase().pool.end();
    await database.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
