import Link from "next/link";
import type { PromptNote } from "@/lib/reflection/types";

/** What comes with a prompt besides questions: a clinical check, a caution, a safety note. */
export function PromptNotes({ notes }: { notes: readonly PromptNote[] }) {
  return (
    <>
      {notes.map((note) => {
        if (note.kind === "clinical-check") {
          return (
            <aside key={note.kind} className="clinical-check" aria-label={note.title}>
              <p className="clinical-check__title">{note.title}</p>
              <p>{note.intro}</p>
              <ul>
                {note.signs.map((sign) => (
                  <li key={sign}>{sign}</li>
                ))}
              </ul>
              <p>{note.advice}</p>
            </aside>
          );
        }
        if (note.kind === "caution") {
          return (
            <aside key={note.kind} className="caution-note" aria-label={note.title}>
              <p className="caution-note__title">{note.title}</p>
              <p>{note.text}</p>
            </aside>
          );
        }
        return (
          <aside
            key={note.kind}
            className="clinical-check"
            aria-label="Worth a professional's look"
          >
            <p>
              {note.text} <Link href="/safety">What each symptom means</Link>.
            </p>
          </aside>
        );
      })}
    </>
  );
}
