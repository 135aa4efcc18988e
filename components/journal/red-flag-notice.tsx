import Link from "next/link";
import { RED_FLAG_INFO, type RedFlag, redFlagsByUrgency } from "@/lib/journal/vocabulary/red-flags";
import { SOON_ADVICE, URGENT_ADVICE } from "@/lib/journal/vocabulary/terms";

/**
 * What to do about ticked symptoms: urgent ones as an alert (announced at once, hard to miss),
 * "soon" ones as a calm notice. Renders nothing when none are ticked.
 */
export function RedFlagNotice({
  flags,
  isLive = false,
  isListed = false,
}: {
  flags: readonly RedFlag[];
  /** In a form: announce the urgent advice the moment it appears. */
  isLive?: boolean;
  /** In the journal: name the symptoms too. */
  isListed?: boolean;
}) {
  const { urgent, soon } = redFlagsByUrgency(flags);
  return (
    <>
      {urgent.length > 0 ? (
        <div className="alert-urgent" role={isLive ? "alert" : undefined}>
          <strong>{URGENT_ADVICE.title}</strong>
          {isListed ? <SymptomList flags={urgent} /> : null}
          <p>{URGENT_ADVICE.body}</p>
          <p>
            <Link href="/safety">What each symptom means</Link>
          </p>
        </div>
      ) : null}
      {soon.length > 0 ? (
        <div className="notice--soon">
          <strong>{SOON_ADVICE.title}</strong>
          {isListed ? <SymptomList flags={soon} /> : null}
          <p>{SOON_ADVICE.body}</p>
          <p>
            <Link href="/safety">What each symptom means</Link>
          </p>
        </div>
      ) : null}
    </>
  );
}

function SymptomList({ flags }: { flags: RedFlag[] }) {
  return (
    <ul>
      {flags.map((flag) => (
        <li key={flag}>{RED_FLAG_INFO[flag].label}</li>
      ))}
    </ul>
  );
}
