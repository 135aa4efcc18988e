import type { Metadata } from "next";
import Link from "next/link";
import { TableScroll } from "@/components/ui/table-scroll";
import { formatPain } from "@/lib/pain-text";
import { loadWeeklyReview } from "@/lib/patterns/loaders";
import { describeComparison } from "@/lib/patterns/wording/describe";

export const metadata: Metadata = { title: "Weekly review" };

export default async function WeeklyReviewPage() {
  const review = await loadWeeklyReview();
  const periods = [review.periods.thisWeek, review.periods.lastWeek, review.periods.previousFour];
  return (
    <>
      <h1>Weekly review</h1>
      <p className="lead">{review.paragraph}</p>
      <section aria-labelledby="weeks-heading" className="card">
        <h2 id="weeks-heading">This week against the weeks before</h2>
        <TableScroll label="Day pain per period">
          <table className="data-table">
            <caption>Day pain (0–10) per period; open a period to see its days</caption>
            <thead>
              <tr>
                <th scope="col">Period</th>
                <th scope="col">Days logged</th>
                <th scope="col">Average</th>
                <th scope="col">Best day</th>
                <th scope="col">Worst day</th>
              </tr>
            </thead>
            <tbody>
              {periods.map((period) => (
                <tr key={period.label}>
                  <th scope="row">
                    <Link href={`/journal?from=${period.from}&to=${period.to}`}>
                      {period.label}
                    </Link>{" "}
                    <span className="muted">
                      ({period.from} to {period.to})
                    </span>
                  </th>
                  <td>{period.days}</td>
                  <td>{formatPain(period.meanPain)}</td>
                  <td>
                    {period.best ? (
                      <Link href={`/journal?from=${period.best.date}&to=${period.best.date}`}>
                        {period.best.date} ({formatPain(period.best.pain)})
                      </Link>
                    ) : (
                      "–"
                    )}
                  </td>
                  <td>
                    {period.worst ? (
                      <Link href={`/journal?from=${period.worst.date}&to=${period.worst.date}`}>
                        {period.worst.date} ({formatPain(period.worst.pain)})
                      </Link>
                    ) : (
                      "–"
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>
      <section aria-labelledby="strongest-heading" className="card">
        <h2 id="strongest-heading">The strongest patterns of the last 12 weeks</h2>
        {review.patterns.length ? (
          <ul className="findings">
            {review.patterns.map((pattern) => (
              <li key={pattern.key}>{describeComparison(pattern)}</li>
            ))}
          </ul>
        ) : (
          <p>No pattern stands out clearly from chance yet.</p>
        )}
        <p>
          <Link href="/patterns?window=12w">All comparisons with their evidence</Link> ·{" "}
          <Link href="/reflect">Reflect on them</Link>
        </p>
      </section>
    </>
  );
}
