import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { compareVersions, findVersionsBelowFloors, readAudit } from "./supply-chain.mjs";

const floors = [
  { package: "next", minimum: "16.3.3", advisory: "GHSA-p293-qw3h-jr36", url: "https://x.test" },
];

describe("version floors", () => {
  test("versions compare by number, a prerelease before its release", () => {
    expect(compareVersions("16.4.5", "16.3.3")).toBeGreaterThan(0);
    expect(compareVersions("16.3.3", "16.3.3")).toBe(0);
    expect(compareVersions("16.3.10", "16.3.9")).toBeGreaterThan(0);
    expect(compareVersions("16.3.3-canary.1", "16.3.3")).toBeLessThan(0);
    expect(compareVersions("17.10.0-beta.17", "17.10.0-beta.9")).not.toBe(0);
  });

  test("every installed copy counts, nested ones too, and the advisory is named", () => {
    const lockfile = {
      packages: {
        "": { version: "0.1.0" },
        "node_modules/next": { version: "16.4.5" },
        "node_modules/some-tool/node_modules/next": { version: "16.3.2" },
        "node_modules/next-intl": { version: "1.0.0" },
      },
    };
    expect(findVersionsBelowFloors(lockfile, floors)).toEqual([
      {
        location: "node_modules/some-tool/node_modules/next",
        version: "16.3.2",
        ...floors[0],
      },
    ]);
  });

  test("the committed lockfile meets the committed floors", () => {
    const root = path.resolve(import.meta.dirname, "..");
    const read = (file: string) => JSON.parse(readFileSync(path.join(root, file), "utf8"));
    const committed = read("security/min-versions.json").floors;
    expect(committed.length).toBeGreaterThan(0);
    for (const floor of committed) expect(floor.advisory).toMatch(/GHSA-|CVE-/);
    expect(findVersionsBelowFloors(read("package-lock.json"), committed)).toEqual([]);
  });
});

describe("npm audit", () => {
  test("the registry's 405 is a skipped audit, with the reason", () => {
    const stdout = JSON.stringify({
      message:
        "405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk",
      statusCode: 405,
      error: { summary: "", detail: "" },
    });
    expect(readAudit({ status: 1, stdout, stderr: "" })).toEqual({
      unavailable:
        "405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk",
    });
    expect(
      readAudit({ status: 1, stdout: "", stderr: "npm error network ENOTFOUND\nmore" }),
    ).toEqual({ unavailable: "npm error network ENOTFOUND" });
  });

  test("high and critical findings fail; moderate and low do not", () => {
    const report = (severity: string) =>
      JSON.stringify({
        vulnerabilities: {
          pdfkit: { name: "pdfkit", severity, via: [{ title: "Prototype pollution" }] },
        },
      });
    expect(readAudit({ status: 1, stdout: report("critical"), stderr: "" })).toEqual({
      findings: [{ name: "pdfkit", severity: "critical", title: "Prototype pollution" }],
    });
    expect(readAudit({ status: 1, stdout: report("moderate"), stderr: "" })).toEqual({
      findings: [],
    });
  });
});
