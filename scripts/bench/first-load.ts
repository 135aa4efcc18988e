import { firstLoadJs, signIn } from "./server";

// The pages a phone opens every night, beside the page with the least of its own code (More: the
// app shell only) as the baseline every page pays.
const PAGES = [
  { label: "More (shell only)", path: "/more", target: null },
  { label: "Tonight", path: "/tonight", target: 150 },
  { label: "Log pain", path: "/quick-log", target: 150 },
  { label: "Journal", path: "/journal", target: null },
  { label: "Share", path: "/share", target: null },
  { label: "Plan an experiment", path: "/experiments/new", target: null },
];

/** First-load JavaScript (gzip) of the nightly pages, as a signed-in person gets them. */
export async function firstLoadBenchmark({
  base,
  email,
  password,
}: {
  base: string;
  email: string;
  password: string;
}) {
  const cookie = await signIn({ base, email, password });
  const rows = [];
  for (const page of PAGES) {
    rows.push({ ...page, ...(await firstLoadJs({ base, pagePath: page.path, cookie })) });
  }
  return rows;
}

export function printFirstLoadBenchmark(rows: Awaited<ReturnType<typeof firstLoadBenchmark>>) {
  console.log("\nFirst-load JavaScript (scripts a module-capable browser fetches; gzip)");
  const shell = rows[0]?.gzipKb ?? 0;
  for (const row of rows) {
    const own = row === rows[0] ? "" : `, ${(row.gzipKb - shell).toFixed(1)} KiB beyond the shell`;
    const target = row.target ? `   target ≤ ${row.target} KiB` : "";
    console.log(
      `  ${row.label.padEnd(18)} ${row.gzipKb.toFixed(1)} KiB gzip (${row.rawKb.toFixed(0)} KiB raw, ${row.scripts} scripts${own})${target}`,
    );
  }
}
