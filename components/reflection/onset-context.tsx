import Link from "next/link";
import { NearEventList } from "@/components/life-events/near-event-list";
import { formatLongDate } from "@/lib/journal/format/dates";
import type { Prompt } from "@/lib/reflection/types";

/** Beside the onset question: the dates the person gave, and the life events around them. */
export function OnsetContext({ onset }: { onset: NonNullable<Prompt["onset"]> }) {
  const hasDates = onset.painBeganOn !== null || onset.flareBeganOn !== null;
  return (
    <div className="onset-context">
      {hasDates ? (
        <dl className="onset-dates">
          {onset.painBeganOn ? (
            <div>
              <dt>This pain began</dt>
              <dd>{formatLongDate(onset.painBeganOn)}</dd>
            </div>
          ) : null}
          {onset.flareBeganOn ? (
            <div>
              <dt>This flare began</dt>
              <dd>{formatLongDate(onset.flareBeganOn)}</dd>
            </div>
          ) : null}
        </dl>
      ) : (
        <p className="muted">You haven&rsquo;t said when it began yet.</p>
      )}
      {onset.painBeganOn ? (
        <NearEventList label="Around when the pain began" events={onset.nearPain} />
      ) : null}
      {onset.flareBeganOn ? (
        <NearEventList label="Around when this flare began" events={onset.nearFlare} />
      ) : null}
      <p>
        <Link href="/reflect/onset">
          {hasDates ? "Change the dates or add life events" : "Add when it began, and life events"}
        </Link>
      </p>
    </div>
  );
}
