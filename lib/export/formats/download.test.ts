import { expect, test } from "vitest";
import { downloadHeaders, exportFile } from "./download";

test("downloads are dated attachments that are never cached", () => {
  expect(exportFile({ format: "json", date: "2026-03-10" }).name).toBe("backstory-2026-03-10.json");
  expect(exportFile({ format: "csv", date: "2026-03-10" })).toEqual({
    name: "backstory-2026-03-10-csv.zip",
    contentType: "application/zip",
  });
  const fhir = exportFile({ format: "fhir", date: "2026-03-10" });
  expect(fhir.name).toBe("backstory-2026-03-10-fhir.json");
  expect(fhir.contentType).toMatch(/^application\/fhir\+json/);
  expect(downloadHeaders(fhir)).toMatchObject({
    "Content-Disposition": 'attachment; filename="backstory-2026-03-10-fhir.json"',
    "Cache-Control": "no-store",
  });
});
