import type { ExportFormat } from "../schema";

const FILES: Record<ExportFormat, { suffix: string; contentType: string }> = {
  json: { suffix: ".json", contentType: "application/json; charset=utf-8" },
  csv: { suffix: "-csv.zip", contentType: "application/zip" },
  fhir: { suffix: "-fhir.json", contentType: "application/fhir+json; charset=utf-8" },
};

/** The download's file name and type, dated with the person's local date: backstory-2026-03-10.json. */
export function exportFile({ format, date }: { format: ExportFormat; date: string }) {
  const { suffix, contentType } = FILES[format];
  return { name: `backstory-${date}${suffix}`, contentType };
}

/**
 * Headers for a download of personal data: an attachment (never shown inline), never stored by
 * the browser or a proxy.
 */
export function downloadHeaders({ name, contentType }: { name: string; contentType: string }) {
  return {
    "Content-Type": contentType,
    "Content-Disposition": `attachment; filename="${name}"`,
    "Cache-Control": "no-store",
  };
}
