import { importExportDocument } from "@/lib/export/mutations";
import type { ExportDocument } from "@/lib/export/schema";
import { sampleExportDocument } from "./export-fixtures";

/** Test-only helpers shared by the export's integration tests. */
/** What must survive a round trip: everything but the moment and the account it came from. */
export function journalOf(document: ExportDocument | null) {
  if (!document) throw new Error("expected an export");
  const { exportedAt: _exportedAt, account, ...journal } = document;
  return {
    ...journal,
    account: { painBeganOn: account?.painBeganOn, flareBeganOn: account?.flareBeganOn },
  };
}

export async function importSample(userId: string, document = sampleExportDocument()) {
  return importExportDocument({ userId, document });
}
