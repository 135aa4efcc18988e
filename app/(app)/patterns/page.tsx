import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { ComparisonsSection } from "@/components/patterns/comparisons-section";
import { HeatmapTable } from "@/components/patterns/heatmap-table";
import { MethodSection } from "@/components/patterns/method-section";
import { PartOfDaySection } from "@/components/patterns/part-of-day-section";
import { StandsOut } from "@/components/patterns/stands-out";
import { WeeklyTrendSection } from "@/components/patterns/weekly-trend-section";
import { WindowPicker } from "@/components/patterns/window-picker";
import { pluralDays } from "@/lib/pain-text";
import { parsePatternWindow } from "@/lib/patterns/analysis/window";
import { loadPatterns } from "@/lib/patterns/loaders";
import { MIN_DAYS_PER_SIDE } from "@/lib/patterns/types";
import { METHOD_PLAIN, METHOD_TECHNICAL } from "@/lib/patterns/wording/method";
import { headline } from "@/lib/patterns/wording/wording";

export const metadata: Metadata = { title: "Patterns" };

export default async function PatternsPage({
  searchParams,
}: {
  searchParams: Promise<{ window?: string }>;
}) {
  const window = parsePatternWindow((await searchParams).window);
  const view = await loadPatterns(window);
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
      ) : (
        <StandsOut headline={headline(view.analysis)} dayCount={view.dayCount} />
      )}
      {/* Each section hydrates on its own (a Suspense boundary), so a phone's main thread is never
          blocked for the whole page at once; nothing here suspends. */}
      <Suspense>
        <PartOfDaySection distribution={view.distribution} />
      </Suspense>
      <Suspense>
        <HeatmapTable cells={view.heatmap} />
      </Suspense>
      <Suspense>
        <WeeklyTrendSection weeks={view.weeks} events={view.lifeEvents} />
      </Suspense>
      <ComparisonsSection analysis={view.analysis} />
      <p>
        A pattern is not a cause. To find out whether a change helps you, try it on nights drawn at
        random: <Link href="/experiments/new">plan an experiment</Link>.
      </p>
      <Suspense>
        <MethodSection plain={METHOD_PLAIN} technical={METHOD_TECHNICAL} />
      </Suspense>
    </>
  );
}
