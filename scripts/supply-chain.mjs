// @ts-check
// The checks behind `npm run check:supply-chain` (scripts/check-supply-chain.mjs), kept apart so
// they can be tested with made-up lockfiles and audit answers.

/**
 * Compares two versions (major.minor.patch, with an optional -prerelease that sorts before its
 * release). Returns < 0, 0 or > 0.
 * @param {string} a @param {string} b
 */
export function compareVersions(a, b) {
  const parse = (/** @type {string} */ version) => {
    const [core = "", pre = ""] = version.split("+")[0]?.split(/-(.*)/s) ?? [];
    return { numbers: core.split(".").map((part) => Number.parseInt(part, 10) || 0), pre };
  };
  const left = parse(a);
  const right = parse(b);
  for (let i = 0; i < 3; i++) {
    const difference = (left.numbers[i] ?? 0) - (right.numbers[i] ?? 0);
    if (difference !== 0) return difference;
  }
  if (left.pre === right.pre) return 0;
  if (left.pre === "") return 1;
  if (right.pre === "") return -1;
  return left.pre < right.pre ? -1 : 1;
}

/**
 * Every installed copy of each floored package in a package-lock.json (v2/v3) that is below its
 * floor, with the advisory the floor answers.
 * @param {{ packages?: Record<string, { version?: string }> }} lockfile
 * @param {{ package: string, minimum: string, advisory: string, url: string }[]} floors
 */
export function findVersionsBelowFloors(lockfile, floors) {
  const problems = [];
  for (const [location, entry] of Object.entries(lockfile.packages ?? {})) {
    const name = location.split("node_modules/").at(-1);
    const floor = floors.find((candidate) => candidate.package === name);
    if (!floor || !entry.version) continue;
    if (compareVersions(entry.version, floor.minimum) < 0) {
      problems.push({ location, version: entry.version, ...floor });
    }
  }
  return problems;
}

/**
 * Reads `npm audit --omit=dev --json`: the high and critical findings, or `unavailable` with the
 * reason when the registry could not answer (an audit that did not run is not a pass, but it is
 * not a finding either: it is reported as skipped).
 * @param {{ status: number | null, stdout: string, stderr: string }} run
 * @returns {{ unavailable: string } | { findings: { name: string, severity: string, title: string }[] }}
 */
export function readAudit(run) {
  /** @type {any} */
  let report;
  try {
    report = JSON.parse(run.stdout);
  } catch {
    return { unavailable: firstLine(run.stderr) || `npm audit exited with ${run.status}` };
  }
  if (report.error || report.statusCode) {
    const reason = report.message ?? report.error?.summary ?? report.error?.code;
    return { unavailable: firstLine(reason || firstLine(run.stderr) || "npm audit failed") };
  }
  if (!report.vulnerabilities) return { unavailable: "npm audit gave no report" };
  const findings = Object.values(report.vulnerabilities)
    .filter((item) => item.severity === "high" || item.severity === "critical")
    .map((item) => ({
      name: item.name,
      severity: item.severity,
      title: (item.via ?? [])
        .map((/** @type {string | { title: string }} */ via) =>
          typeof via === "string" ? via : via.title,
        )
        .join("; "),
    }));
  return { findings };
}

/** @param {string} text */
function firstLine(text) {
  return String(text).trim().split("\n")[0] ?? "";
}
