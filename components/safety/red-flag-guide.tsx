import {
  RED_FLAG_INFO,
  type RedFlag,
  SOON_RED_FLAGS,
  URGENT_RED_FLAGS,
} from "@/lib/journal/vocabulary/red-flags";
import { RED_FLAG_GUIDANCE } from "@/lib/safety/red-flags/guidance";

function Entries({ flags }: { flags: readonly RedFlag[] }) {
  return (
    <dl className="flag-guide">
      {flags.map((flag) => (
        <div key={flag} className="flag-guide__item">
          <dt>{RED_FLAG_INFO[flag].label}</dt>
          <dd>
            <p>{RED_FLAG_GUIDANCE[flag].meaning}</p>
            <p>
              <strong>What to do:</strong> {RED_FLAG_GUIDANCE[flag].whatToDo}
            </p>
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** Every symptom the check-in asks about: what it can mean and what to do, urgent ones first. */
export function RedFlagGuide() {
  return (
    <>
      <section aria-labelledby="urgent-heading" className="card card--urgent">
        <h2 id="urgent-heading">Get help the same day</h2>
        <p>
          Go to an emergency department or call your local emergency number (for example 112, 911 or
          999) if you notice any of these, even when the pain itself is mild.
        </p>
        <Entries flags={URGENT_RED_FLAGS} />
      </section>
      <section aria-labelledby="soon-heading" className="card">
        <h2 id="soon-heading">See a doctor or physiotherapist soon</h2>
        <p>Not an emergency, but worth an appointment in the next few days.</p>
        <Entries flags={SOON_RED_FLAGS} />
      </section>
    </>
  );
}
