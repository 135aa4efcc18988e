import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

// The layer rules live in biome.json (noRestrictedImports per folder). Each rule is shown to fire
// on a deliberate violation placed where it applies, and to stay quiet on the allowed import next
// to it. Biome 2.6 prints no diagnostics for `--stdin-file-path`, so the snippets are written into
// a throw-away tree beside a copy of the real biome.json and linted there in one run.

const root = path.resolve(import.meta.dirname, "..");
const biome = path.join(root, "node_modules", ".bin", "biome");

const RULES = {
  database: "Only lib/**/data.ts and lib/**/mutations.ts talk to the database",
  bottom: "lib/ is the bottom layer",
  request: "no next/headers or next/navigation",
  componentData: "Components get data through loaders and actions",
  componentApp: "Components never import app/",
  infrastructure: "lib/*.ts is infrastructure: it imports no domain folder",
  appData: "app/ gets data through loaders and actions",
} as const;

type Case = { file: string; imports: string[]; fires: (keyof typeof RULES)[] };

const cases: Case[] = [
  // Only data and mutations files import the database client.
  { file: "lib/journal/loaders.ts", imports: ["@/lib/db"], fires: ["database"] },
  { file: "lib/journal/schema.ts", imports: ["@/generated/prisma/client"], fires: ["database"] },
  { file: "components/journal/list.tsx", imports: ["@/lib/db"], fires: ["database"] },
  { file: "app/(app)/journal/page.tsx", imports: ["@/lib/db"], fires: ["database"] },
  { file: "lib/journal/data.ts", imports: ["@/lib/db"], fires: [] },
  { file: "lib/journal/demo/mutations.ts", imports: ["@/lib/db"], fires: [] },
  // lib/ never imports app/ or components/, nested paths included.
  { file: "lib/journal/actions.ts", imports: ["@/components/ui/button"], fires: ["bottom"] },
  { file: "lib/patterns/stats/mean.ts", imports: ["@/app/(app)/layout"], fires: ["bottom"] },
  { file: "lib/journal/types.ts", imports: ["@/lib/time", "@/lib/peg/types"], fires: [] },
  // Data, mutations and pure-logic folders never read the request or redirect.
  { file: "lib/peg/data.ts", imports: ["next/headers"], fires: ["request"] },
  { file: "lib/journal/mutations.ts", imports: ["next/navigation"], fires: ["request"] },
  { file: "lib/sharing/links/mutations.ts", imports: ["next/headers"], fires: ["request"] },
  { file: "lib/patterns/stats/spread.ts", imports: ["next/navigation"], fires: ["request"] },
  { file: "lib/export/formats/csv.ts", imports: ["@/lib/db"], fires: ["database"] },
  { file: "lib/peg/loaders.ts", imports: ["next/navigation"], fires: [] },
  { file: "lib/peg/actions.ts", imports: ["next/headers", "next/navigation"], fires: [] },
  // lib/*.ts is infrastructure: it imports no domain, however deep.
  { file: "lib/auth.ts", imports: ["@/lib/accounts/data"], fires: ["infrastructure"] },
  { file: "lib/session.ts", imports: ["@/lib/sessions/display/device"], fires: ["infrastructure"] },
  { file: "lib/env.ts", imports: ["@/lib/time", "@/lib/errors"], fires: [] },
  { file: "lib/actions.property.test.ts", imports: ["@/lib/journal/actions"], fires: [] },
  {
    file: "lib/rate-limit.ts",
    imports: ["@/lib/db", "@/lib/journal/types"],
    fires: ["infrastructure"],
  },
  // app/ reaches data through loaders and actions, never data or mutations files.
  { file: "app/api/export/route.ts", imports: ["@/lib/export/data"], fires: ["appData"] },
  { file: "app/api/import/route.ts", imports: ["@/lib/export/mutations"], fires: ["appData"] },
  {
    file: "app/api/share/pdf/route.ts",
    imports: ["@/lib/sharing/summary/data"],
    fires: ["appData"],
  },
  {
    file: "app/(app)/tonight/page.tsx",
    imports: ["@/lib/journal/loaders", "@/lib/journal/actions"],
    fires: [],
  },
  // Components reach data through loaders and actions, never data or mutations files.
  {
    file: "components/journal/form.tsx",
    imports: ["@/lib/journal/mutations"],
    fires: ["componentData"],
  },
  {
    file: "components/journal/day-list.tsx",
    imports: ["@/lib/journal/data"],
    fires: ["componentData"],
  },
  {
    file: "components/journal/demo.tsx",
    imports: ["@/lib/journal/demo/mutations"],
    fires: ["componentData"],
  },
  { file: "components/ui/nav.tsx", imports: ["@/app/(app)/layout"], fires: ["componentApp"] },
  {
    file: "components/journal/ok.tsx",
    imports: ["@/lib/journal/actions", "@/lib/journal/types", "@/lib/journal/schema"],
    fires: [],
  },
];

let tree: string;
const found = new Map<string, string[]>();

function snippet(imports: string[]) {
  const lines = imports.map((specifier, i) => `import * as m${i} from "${specifier}";`);
  return `${lines.join("\n")}\nexport const all = [${imports.map((_, i) => `m${i}`).join(", ")}];\n`;
}

beforeAll(() => {
  // The overrides match paths from the configuration's folder, so the tree is laid out like the
  // repository with a copy of the real biome.json at its root.
  tree = mkdtempSync(path.join(tmpdir(), "layer-rules-"));
  copyFileSync(path.join(root, "biome.json"), path.join(tree, "biome.json"));
  for (const c of cases) {
    const file = path.join(tree, c.file);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, snippet(c.imports));
  }
  let output: string;
  try {
    output = execFileSync(
      biome,
      ["lint", "--vcs-enabled=false", "--only=style/noRestrictedImports", "--reporter=json", "."],
      { cwd: tree, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] },
    );
  } catch (error) {
    // Biome exits 1 when it reports errors, which is what most cases are for.
    output = (error as { stdout: string }).stdout;
  }
  const report = JSON.parse(output) as {
    diagnostics: { category: string; message: string; location: { path: string } }[];
  };
  for (const d of report.diagnostics) {
    if (d.category !== "lint/style/noRestrictedImports") continue;
    const file = d.location.path.split(path.sep).join("/");
    found.set(file, [...(found.get(file) ?? []), d.message]);
  }
}, 60_000);

afterAll(() => rmSync(tree, { recursive: true, force: true }));

describe("layer rules in biome.json", () => {
  test("every case has a file of its own", () => {
    expect(new Set(cases.map((c) => c.file)).size).toBe(cases.length);
  });

  test.each(cases)("$file importing $imports fires $fires", ({ file, fires }) => {
    const messages = found.get(file) ?? [];
    expect(messages).toHaveLength(fires.length);
    for (const rule of fires) {
      expect(messages.some((message) => message.includes(RULES[rule]))).toBe(true);
    }
  });
});
