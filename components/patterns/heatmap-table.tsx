import { TableScroll } from "@/components/ui/table-scroll";
import { HEAT_TEXT_COLOR, heatColor } from "@/lib/charts";
import { PART_OF_DAY_LABELS } from "@/lib/journal/vocabulary/terms";
import { formatPain } from "@/lib/pain-text";
import type { HeatmapCell } from "@/lib/patterns/types";
import { PARTS_OF_DAY } from "@/lib/time";

const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const DOW = [1, 2, 3, 4, 5, 6, 0];

/** Weekday × part of day as a table whose cells are shaded by mean pain: the table is the chart. */
export function HeatmapTable({ cells }: { cells: HeatmapCell[] }) {
  const lookup = new Map(cells.map((cell) => [`${cell.weekday}-${cell.partOfDay}`, cell]));
  return (
    <section aria-labelledby="heatmap-heading" className="card">
      <h2 id="heatmap-heading">Which days and times hurt most?</h2>
      <TableScroll label="Mean pain by weekday and part of day">
        <table className="data-table heatmap">
          <caption>
            Mean pain (0–10) by weekday and part of day; the number of ratings in brackets
          </caption>
          <thead>
            <tr>
              <th scope="col">Weekday</th>
              {PARTS_OF_DAY.map((part) => (
                <th key={part} scope="col">
                  {PART_OF_DAY_LABELS[part].label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {DOW.map((weekday, index) => (
              <tr key={weekday}>
                <th scope="row">{WEEKDAYS[index]}</th>
                {PARTS_OF_DAY.map((part) => {
                  const cell = lookup.get(`${weekday}-${part}`);
                  return cell ? (
                    <td
                      key={part}
                      style={{ background: heatColor(cell.meanPain), color: HEAT_TEXT_COLOR }}
                    >
                      {formatPain(cell.meanPain)}{" "}
                      <span className="cell-count">({cell.entries})</span>
                    </td>
                  ) : (
                    <td key={part}>–</td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
