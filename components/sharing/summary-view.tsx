import { PartOfDayChart } from "@/components/charts/part-of-day-chart";
import { WeeklyTrendChart } from "@/components/charts/weekly-trend-chart";
import { TableScroll } from "@/components/ui/table-scroll";
import { PART_OF_DAY_LABELS } from "@/lib/journal/vocabulary/terms";
import { formatPain } from "@/lib/pain-text";
import {
  type DocumentTable,
  inDayOrder,
  summaryDocument,
} from "@/lib/sharing/render/summary-document";
import type { ShareSummary } from "@/lib/sharing/types";

function Table({ table }: { table: DocumentTable }) {
  return (
    <TableScroll label={table.caption}>
      <table className="data-table">
        <caption>{table.caption}</caption>
        <thead>
          <tr>
            {table.head.map((cell) => (
              <th key={cell} scope="col">
                {cell}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, index) => (
            // Rows have no identity of their own; their order is fixed by the summary.
            // biome-ignore lint/suspicious/noArrayIndexKey: static rows
            <tr key={index}>
              {row.map((cell, cellIndex) =>
                cellIndex === 0 ? (
                  // biome-ignore lint/suspicious/noArrayIndexKey: static cells
                  <th key={cellIndex} scope="row">
                    {cell}
                  </th>
                ) : (
                  // biome-ignore lint/suspicious/noArrayIndexKey: static cells
                  <td key={cellIndex}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** The shared summary as a page: the same sections as the PDF, with charts where they help. */
export function SummaryView({
  summary,
  headingLevel = 2,
}: {
  summary: ShareSummary;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div className="summary">
      {summaryDocument(summary).map((section) => (
        <section key={section.id} aria-labelledby={`summary-${section.id}`} className="card">
          <Heading id={`summary-${section.id}`}>{section.title}</Heading>
          {section.paragraphs.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
          {section.id === "parts-of-day" && summary.partsOfDay.length ? (
            <PartOfDayChart
              rows={inDayOrder(summary.partsOfDay).map((part) => ({
                ...part,
                label: PART_OF_DAY_LABELS[part.partOfDay].label,
              }))}
              summary={`Pain by part of day: ${inDayOrder(summary.partsOfDay)
                .map(
                  (part) =>
                    `${PART_OF_DAY_LABELS[part.partOfDay].label} median ${formatPain(part.median)}`,
                )
                .join(", ")}. The table below has every figure.`}
            />
          ) : null}
          {section.id === "trend" && summary.weeks.length > 1 ? (
            <WeeklyTrendChart
              weeks={summary.weeks}
              summary={`Weekly day pain over ${summary.weeks.length} weeks; the table below has every week.`}
            />
          ) : null}
          {section.tables.map((table) => (
            <Table key={table.caption} table={table} />
          ))}
        </section>
      ))}
    </div>
  );
}
