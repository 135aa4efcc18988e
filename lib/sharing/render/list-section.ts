import type { DocumentSection } from "./summary-document";

/** A section that is one table, or a sentence saying there is nothing in the period. */
export function listSection({
  id,
  title,
  empty,
  table,
}: {
  id: string;
  title: string;
  empty: string;
  table: DocumentSection["tables"][number];
}): DocumentSection {
  const hasRows = table.rows.length > 0;
  return { id, title, paragraphs: hasRows ? [] : [empty], tables: hasRows ? [table] : [] };
}
