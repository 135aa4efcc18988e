// @ts-check
// `npm run check:structure`: every lib/<domain>/ holds the closed file set of
// docs/architecture.md ("The domain file set"), so a new engineer finds the same shape everywhere.
// - lib/<domain>/ top level: schema, types, data, mutations, loaders, actions (.ts) and tests.
// - A subfolder is a sub-domain (the same closed set) or a pure-logic folder (kebab-case files
//   that import neither @/lib/db, next/headers nor next/navigation); a folder mixing data,
//   mutations, loaders or actions with other files is neither.
// - testing/ folders hold code only tests use: nothing outside tests imports them.
// - lib/*.ts is infrastructure (which domains it may not import is biome.json's part).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const DOMAIN_FILES = new Set([
  "schema.ts",
  "types.ts",
  "data.ts",
  "mutations.ts",
  "loaders.ts",
  "actions.ts",
]);
/** Files that make a folder a sub-domain: a pure-logic folder may hold none of them. */
const SUB_DOMAIN_MARKERS = new Set(["data.ts", "mutations.ts", "loaders.ts", "actions.ts"]);
const TEST_FILE = /\.(test|integration\.test|simulation\.test)\.tsx?$/;
const KEBAB_FOLDER = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const KEBAB_FILE = /^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z]+)*\.tsx?$/;
const IMPORT =
  /(?:^|\s)(?:import|export)\s[^;]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/gm;
const REQUEST_OR_DATABASE = /^(@\/lib\/db|next\/headers|next\/navigation)$/;

/**
 * Files not yet moved into the set, each with who is moving it. This list only shrinks: an entry
 * whose file is gone fails the check, so that whoever moves it deletes the line.
 * @type {readonly string[]}
 */
export const NOT_YET_MOVED = [];

/** @param {string} file */
function importsOf(file) {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(IMPORT)].map((match) => match[1] ?? match[2] ?? "");
}

/**
 * Whether `specifier`, imported from `file`, is lib/db.ts (by alias or relative path).
 * @param {{ root: string, file: string, specifier: string }} options
 */
function isDatabaseClient({ root, file, specifier }) {
  if (!specifier.startsWith(".")) return false;
  const target = path.resolve(path.dirname(file), specifier).replace(/\.ts$/, "");
  return target === path.join(root, "lib", "db");
}

/** @param {string} dir */
function entries(dir) {
  return readdirSync(dir, { withFileTypes: true }).filter((entry) => !entry.name.startsWith("."));
}

/**
 * Problems in the repository at `root`, as "path: reason" lines (none when it conforms), leaving
 * out the files listed in `notYetMoved` but naming any entry there whose file is gone.
 * @param {string} root
 * @param {{ notYetMoved?: readonly string[] }} [options]
 * @returns {string[]}
 */
export function checkStructure(root, { notYetMoved = NOT_YET_MOVED } = {}) {
  /** @type {string[]} */
  const problems = [];
  const relative = (/** @type {string} */ file) =>
    path.relative(root, file).split(path.sep).join("/");

  /** @param {string} dir a pure-logic folder, or one nested in it */
  const checkPureLogic = (dir) => {
    for (const entry of entries(dir)) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!KEBAB_FOLDER.test(entry.name))
          problems.push(`${relative(full)}/: folder names are kebab-case`);
        checkPureLogic(full);
        continue;
      }
      if (!KEBAB_FILE.test(entry.name)) {
        problems.push(`${relative(full)}: file names are kebab-case .ts/.tsx`);
        continue;
      }
      if (TEST_FILE.test(entry.name)) continue;
      for (const specifier of importsOf(full)) {
        if (
          REQUEST_OR_DATABASE.test(specifier) ||
          isDatabaseClient({ root, file: full, specifier })
        ) {
          problems.push(
            `${relative(full)}: a pure-logic folder imports no ${specifier} (move this into data, mutations, loaders or actions)`,
          );
        }
      }
    }
  };

  /**
   * A domain folder or one of its subfolders (`isTopLevel` for lib/<domain>/ itself).
   * @param {string} dir
   * @param {boolean} isTopLevel
   */
  const checkFolder = (dir, isTopLevel) => {
    const list = entries(dir);
    const files = list.filter((entry) => entry.isFile()).map((entry) => entry.name);
    const code = files.filter((name) => !TEST_FILE.test(name));
    const isSubDomain = code.every((name) => DOMAIN_FILES.has(name));
    if (!isTopLevel && !isSubDomain) {
      const markers = code.filter((name) => SUB_DOMAIN_MARKERS.has(name));
      if (markers.length > 0) {
        problems.push(
          `${relative(dir)}/: mixes ${markers.join(", ")} with other files (${code.filter((name) => !DOMAIN_FILES.has(name)).join(", ")}): a sub-domain holds only ${[...DOMAIN_FILES].join(", ")}; pure logic goes in a folder of its own`,
        );
      }
      checkPureLogic(dir);
      return;
    }
    for (const name of files) {
      if (!DOMAIN_FILES.has(name) && !TEST_FILE.test(name)) {
        problems.push(
          `${relative(path.join(dir, name))}: not in the domain file set; move it into a named subfolder`,
        );
      } else if (!KEBAB_FILE.test(name)) {
        problems.push(`${relative(path.join(dir, name))}: file names are kebab-case`);
      }
    }
    for (const entry of list.filter((item) => item.isDirectory())) {
      const full = path.join(dir, entry.name);
      if (!KEBAB_FOLDER.test(entry.name)) {
        problems.push(`${relative(full)}/: folder names are kebab-case`);
      }
      // Test-only code: any shape, found by the import check below.
      if (entry.name === "testing") continue;
      checkFolder(full, false);
    }
  };

  const lib = path.join(root, "lib");
  for (const entry of entries(lib)) {
    const full = path.join(lib, entry.name);
    if (entry.isDirectory()) {
      if (!KEBAB_FOLDER.test(entry.name))
        problems.push(`${relative(full)}/: folder names are kebab-case`);
      checkFolder(full, true);
    } else if (!KEBAB_FILE.test(entry.name)) {
      problems.push(`${relative(full)}: file names are kebab-case`);
    }
  }

  // Code only tests use lives in testing/ folders (or test/): app, components and lib code
  // outside them never import it.
  /** @param {string} dir */
  const checkNoTestingImports = (dir) => {
    for (const entry of entries(dir)) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "testing" && entry.name !== "node_modules") checkNoTestingImports(full);
      } else if (/\.tsx?$/.test(entry.name) && !TEST_FILE.test(entry.name)) {
        for (const specifier of importsOf(full)) {
          if (/(^|\/)testing(\/|$)/.test(specifier) || /^@\/test\//.test(specifier)) {
            problems.push(`${relative(full)}: imports test-only code (${specifier})`);
          }
        }
      }
    }
  };
  for (const folder of ["app", "components", "lib"]) {
    checkNoTestingImports(path.join(root, folder));
  }
  const waived = new Set(notYetMoved);
  const remaining = problems.filter((problem) => !waived.has(problem.split(":")[0] ?? ""));
  for (const file of notYetMoved) {
    if (!existsSync(path.join(root, file))) {
      remaining.push(`${file}: moved; delete it from NOT_YET_MOVED in scripts/check-structure.mjs`);
    }
  }
  return remaining.sort();
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const problems = checkStructure(path.resolve(import.meta.dirname, ".."));
  if (problems.length > 0) {
    console.error(`${problems.length} file(s) outside the domain file set (docs/architecture.md):`);
    for (const problem of problems) console.error(`  ${problem}`);
    process.exit(1);
  }
  console.log("lib/ structure OK");
}
