import { deleteExperimentAction, stopExperimentAction } from "@/lib/experiments/actions";
import { MIN_PAIRS_FOR_VERDICT } from "@/lib/experiments/design/analysis";
import { adherenceText } from "@/lib/experiments/results/wording";
import { type ExperimentDetailDTO, OUTCOME_LABELS } from "@/lib/experiments/types";
import { initialFormState } from "@/lib/forms";
import { formatLongDate, formatShortDate } from "@/lib/journal/format/dates";
import { ExperimentResult } from "./experiment-result";
import { statusLabel } from "./status-label";

// Plain forms (no client code): the page re-renders with the new state, or deleting redirects.
async function stop(formData: FormData) {
  "use server";
  await stopExperimentAction(initialFormState, formData);
}

async function remove(formData: FormData) {
  "use server";
  await deleteExperimentAction(initialFormState, formData);
}

/** One experiment: what was fixed before it began, how far along it is, and its result. */
export function ExperimentDetail({ experiment }: { experiment: ExperimentDetailDTO }) {
  const { progress } = experiment;
  const isOpen = ["planned", "running", "waiting"].includes(experiment.status);
  return (
    <>
      <p className="muted">{statusLabel(experiment)}</p>
      <ExperimentResult experiment={experiment} />
      <section aria-labelledby="progress-heading" className="card">
        <h2 id="progress-heading">Progress</h2>
        <p>
          {progress.nightsSoFar} of {progress.totalNights} nights over.
        </p>
        <progress max={progress.totalNights} value={progress.nightsSoFar} aria-label="Nights over">
          {progress.nightsSoFar} of {progress.totalNights}
        </progress>
        {progress.nightsSoFar > 0 ? <p>{adherenceText(experiment)}</p> : null}
        {isOpen ? (
          <p className="muted">
            The result appears when the last night&rsquo;s next day is recorded; nothing is shown
            before, so a look halfway cannot sway it.
          </p>
        ) : null}
        <details className="disclosure">
          <summary>The schedule</summary>
          <ol className="experiment-blocks">
            {experiment.blocks.map((block) => (
              <li key={block.index}>
                {formatShortDate(block.from)}
                {block.to !== block.from ? ` – ${formatShortDate(block.to)}` : ""}:{" "}
                <strong>{block.isOn ? "on" : "off"}</strong>
              </li>
            ))}
          </ol>
        </details>
      </section>
      <section aria-labelledby="fixed-heading" className="card">
        <h2 id="fixed-heading">Fixed before the first night</h2>
        <p className="muted">
          Set on {formatLongDate(experiment.createdOn)}; none of this can change once it starts.
        </p>
        <dl className="experiment-facts">
          <dt>Change</dt>
          <dd>{experiment.change}</dd>
          <dt>Measured</dt>
          <dd>{OUTCOME_LABELS[experiment.outcome]}, the day after each night</dd>
          <dt>Length</dt>
          <dd>
            {experiment.pairs} pairs of {experiment.blockDays}-night blocks ({progress.totalNights}{" "}
            nights), {formatLongDate(experiment.startDate)} to{" "}
            {formatLongDate(experiment.lastNight)}
          </dd>
          <dt>Order</dt>
          <dd>
            Each pair&rsquo;s order (on then off, or off then on) drawn at random at the start
          </dd>
          <dt>Test</dt>
          <dd>
            Mean of each pair&rsquo;s on − off difference; exact randomisation test over every order
            the draw could have made; &ldquo;helps&rdquo; when p ≤ 0.05 (one-sided, at least{" "}
            {MIN_PAIRS_FOR_VERDICT} complete pairs); 95% interval from the same test; nights
            compared as planned, done or not
          </dd>
        </dl>
      </section>
      <section aria-labelledby="manage-heading" className="card">
        <h2 id="manage-heading">Stop or delete</h2>
        {isOpen ? (
          <details className="disclosure">
            <summary>Stop it early</summary>
            <p>
              From tonight on it is over. The result then uses the complete pairs of blocks before
              tonight and says it was stopped early.
            </p>
            <form action={stop}>
              <input type="hidden" name="id" value={experiment.id} />
              <button type="submit" className="button button--secondary">
                Stop the experiment
              </button>
            </form>
          </details>
        ) : null}
        <details className="disclosure">
          <summary>Delete it</summary>
          <p>This deletes the experiment and the nights you recorded for it. Your journal stays.</p>
          <form action={remove}>
            <input type="hidden" name="id" value={experiment.id} />
            <button type="submit" className="button button--danger">
              Delete the experiment
            </button>
          </form>
        </details>
      </section>
    </>
  );
}
