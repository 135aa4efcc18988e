// @ts-check
// `npm run check:supply-chain` (part of `npm test`): fails when package-lock.json holds a package
// below a floor in security/min-versions.json, or when `npm audit --omit=dev` reports a high or
// critical advisory. When the registry cannot answer audits (this project's registry mirror
// answers 405), the audit is skipped with a notice and the floors still apply.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { findVersionsBelowFloors, readAudit } from "./supply-chain.mjs";

const root = path.resolve(import.meta.dirname, "..");
const readJson = (/** @type {string} */ file) =>
  JSON.parse(readFileSync(path.join(root, file), "utf8"));

let isFailing = false;
const { floors } = readJson("security/min-versions.json");
const below = findVersionsBelowFloors(readJson("package-lock.json"), floors);
for (const problem of below) {
  isFailing = true;
  console.error(
    `✗ ${problem.location} is ${problem.version}, below ${problem.minimum}: ${problem.advisory} (${problem.url})`,
  );
}
if (below.length === 0)
  console.log(`✓ ${floors.length} version floors met (security/min-versions.json)`);

const run = spawnSync("npm", ["audit", "--omit=dev", "--json"], {
  cwd: root,
  encoding: "utf8",
  timeout: 60_000,
});
const audit = readAudit({ status: run.status, stdout: run.stdout ?? "", stderr: run.stderr ?? "" });
if ("unavailable" in audit) {
  console.warn(`! npm audit skipped: the registry could not answer (${audit.unavailable})`);
} else if (audit.findings.length > 0) {
  isFailing = true;
  for (const finding of audit.findings) {
    console.error(`✗ npm audit: ${finding.name} (${finding.severity}): ${finding.title}`);
  }
} else {
  console.log("✓ npm audit --omit=dev: no high or critical advisories");
}
process.exit(isFailing ? 1 : 0);
