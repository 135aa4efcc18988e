import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, expect, test } from "vitest";
import { checkStructure } from "./check-structure.mjs";

const trees: string[] = [];

/** A throw-away repository laid out from `files` (path → contents). */
function tree(files: Record<string, string>) {
  const root = mkdtempSync(path.join(tmpdir(), "structure-"));
  trees.push(root);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

afterEach(() => {
  for (const root of trees.splice(0)) rmSync(root, { recursive: true, force: true });
});

const conforming = {
  "lib/db.ts": "export const db = 1;\n",
  "lib/time.ts": "export const now = () => new Date();\n",
  "lib/journal/data.ts": 'import { db } from "@/lib/db";\nexport const d = db;\n',
  "lib/journal/actions.ts":
    'import { redirect } from "next/navigation";\nexport const a = redirect;\n',
  "lib/journal/data.integration.test.ts": 'import { db } from "@/lib/db";\n',
  "lib/journal/schema.test.ts": "",
  "lib/journal/demo/mutations.ts": 'import { db } from "@/lib/db";\nexport const m = db;\n',
  "lib/patterns/stats/hodges-lehmann.ts":
    'import { now } from "@/lib/time";\nexport const h = now;\n',
  "lib/patterns/stats/hodges-lehmann.test.ts": 'import { db } from "@/lib/db";\n',
  "lib/patterns/testing/simulate.ts": 'import { db } from "@/lib/db";\nexport const s = db;\n',
  "lib/patterns/simulation.simulation.test.ts": 'import { s } from "./testing/simulate";\n',
  "app/(app)/journal/page.tsx": 'import { a } from "@/lib/journal/actions";\nexport default a;\n',
  "components/journal/list.tsx": "export const List = 1;\n",
};

test("a repository in the closed file set passes", () => {
  expect(checkStructure(tree(conforming), { notYetMoved: [] })).toEqual([]);
});

test("a file not yet moved is waived while it exists, and its entry must go once it moved", () => {
  const root = tree({ ...conforming, "lib/patterns/stats.ts": "export const s = 1;\n" });
  expect(checkStructure(root, { notYetMoved: [] })).toEqual([
    "lib/patterns/stats.ts: not in the domain file set; move it into a named subfolder",
  ]);
  expect(checkStructure(root, { notYetMoved: ["lib/patterns/stats.ts"] })).toEqual([]);
  expect(checkStructure(tree(conforming), { notYetMoved: ["lib/patterns/stats.ts"] })).toEqual([
    "lib/patterns/stats.ts: moved; delete it from NOT_YET_MOVED in scripts/check-structure.mjs",
  ]);
});

test("each kind of stray file is named, with what to do about it", () => {
  const problems = checkStructure(
    tree({
      ...conforming,
      "lib/journal/helpers.ts": "export const h = 1;\n",
      "lib/export/formats/csv.ts": 'import { db } from "@/lib/db";\nexport const c = db;\n',
      "lib/sharing/render/pdf.ts":
        'import { headers } from "next/headers";\nexport const p = headers;\n',
      "lib/calendar/grid/month.ts": 'import { db } from "../../db";\nexport const m = db;\n',
      "lib/peg/due/data.ts": "export const d = 1;\n",
      "lib/peg/due/score.ts": "export const s = 1;\n",
      "lib/search/Matching/text.ts": "export const t = 1;\n",
      "lib/search/words/Text.ts": "export const t = 1;\n",
      "app/(app)/patterns/page.tsx": 'import { s } from "@/lib/patterns/testing/simulate";\n',
    }),
    { notYetMoved: [] },
  );
  expect(problems).toEqual([
    "app/(app)/patterns/page.tsx: imports test-only code (@/lib/patterns/testing/simulate)",
    expect.stringMatching(
      /^lib\/calendar\/grid\/month\.ts: a pure-logic folder imports no \.\.\/\.\.\/db/,
    ),
    expect.stringMatching(
      /^lib\/export\/formats\/csv\.ts: a pure-logic folder imports no @\/lib\/db/,
    ),
    "lib/journal/helpers.ts: not in the domain file set; move it into a named subfolder",
    expect.stringMatching(/^lib\/peg\/due\/: mixes data\.ts with other files \(score\.ts\)/),
    expect.stringMatching(/^lib\/search\/Matching\/: folder names are kebab-case/),
    expect.stringMatching(/^lib\/search\/words\/Text\.ts: file names are kebab-case/),
    expect.stringMatching(
      /^lib\/sharing\/render\/pdf\.ts: a pure-logic folder imports no next\/headers/,
    ),
  ]);
});
