import type { Metadata } from "next";
import Link from "next/link";
import { ComparisonsSection } from "@/components/patterns/comparisons-section";
import { HeatmapTable } from "@/components/patterns/heatmap-table";
import { PartOfDaySection } from "@/components/patterns/part-of-day-section";
import { WeeklyTrendSection } from "@/components/patterns/weekly-trend-section";
import { WindowPicker } from "@/components/patterns/window-picker";
import { pluralDays } from "@/lib/charts";
import { loadLifeEventMarkers } from "@/lib/life-events/loaders";
import { loadPatterns } from "@/lib/patterns/loaders";
import { MIN_DAYS_PER_SIDE } from "@/lib/patterns/types";
import { parsePatternWindow } from "@/lib/patterns/window";

export const metadata: Metadata = { title: "Patterns" };

export default async function PatternsPage({
  searchParams,
}: {
  searchParams: Promise<{ window?: string }>;
}) {
  const window = parsePatternWindow((await searchParams).window);
  const view = await loadPatterns(window);
  const lifeEvents = await loadLifeEventMarkers(view.range.from, view.range.to);
  return (
    <>
      <h1>Patterns</h1>
      <p className="lead">
        {pluralDays(view.dayCount)} with ratings from {view.range.from} to {view.range.to}.{" "}
        <Link href="/patterns/week">See this week&rsquo;s review</Link>.
      </p>
      <WindowPicker current={window} basePath="/patterns" />
      {view.dayCount < MIN_DAYS_PER_SIDE ? (
        <div className="notice notice--info">
          Not enough data yet for patterns: about {MIN_DAYS_PER_SIDE * 2 - view.dayCount} more days
          of check-ins make the first comparisons possible.{" "}
          <Link href="/tonight">Check in tonight</Link>.
        </div>
      ) : null}
      <PartOfDaySection distribution={view.distribution} />
      <HeatmapTable cells={view.heatmap} />
      <WeeklyTrendSection weeks={view.weeks} events={lifeEvents} />
      <ComparisonsSection analysis={view.analysis} />
    </>
  );
}
