import Link from "next/link";
import { recordExperimentNightAction } from "@/lib/experiments/actions";
import type { TonightExperimentDTO } from "@/lib/experiments/types";
import { initialFormState } from "@/lib/forms";

/** The plain form's action: the answer shows on the re-rendered card, not as returned state. */
async function recordNight(formData: FormData) {
  "use server";
  await recordExperimentNightAction(initialFormState, formData);
}

/**
 * Tonight's plan of a running experiment, and one tap to say whether it was done. Rendered on
 * the server with a plain form, so Tonight loads no extra code for it.
 */
export function TonightExperimentCard({ experiment }: { experiment: TonightExperimentDTO }) {
  const { isOn, answer } = experiment;
  const answered =
    answer === null
      ? null
      : answer
        ? `Noted: you did ${isOn ? "it" : "it anyway"} tonight.`
        : `Noted: you ${isOn ? "didn’t do it" : "skipped it"} tonight.`;
  return (
    <section aria-labelledby="experiment-tonight-heading" className="card experiment-tonight">
      <h2 id="experiment-tonight-heading">Experiment: tonight is {isOn ? "“on”" : "“off”"}</h2>
      <p>
        {isOn ? "Tonight, do: " : "Tonight, leave out: "}
        <strong>{experiment.change}</strong>{" "}
        <span className="muted">
          (night {experiment.night} of {experiment.totalNights})
        </span>
      </p>
      {answered ? <p role="status">{answered}</p> : null}
      <form action={recordNight} className="button-row">
        <input type="hidden" name="id" value={experiment.id} />
        <input type="hidden" name="date" value={experiment.date} />
        <button
          type="submit"
          name="isDone"
          value="yes"
          className={answer === true ? "button" : "button button--secondary"}
          aria-pressed={answer === true}
        >
          {isOn ? "I did it" : "I did it anyway"}
        </button>
        <button
          type="submit"
          name="isDone"
          value="no"
          className={answer === false ? "button" : "button button--secondary"}
          aria-pressed={answer === false}
        >
          {isOn ? "I didn’t" : "I left it out"}
        </button>
      </form>
      <p>
        <Link href={`/experiments/${experiment.id}`}>See the experiment</Link>
      </p>
    </section>
  );
}
