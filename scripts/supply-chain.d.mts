export function compareVersions(a: string, b: string): number;
export type Floor = { package: string; minimum: string; advisory: string; url: string };
export function findVersionsBelowFloors(
  lockfile: { packages?: Record<string, { version?: string }> },
  floors: Floor[],
): (Floor & { location: string; version: string })[];
export function readAudit(run: {
  status: number | null;
  stdout: string;
  stderr: string;
}): { unavailable: string } | { findings: { name: string; severity: string; title: string }[] };
