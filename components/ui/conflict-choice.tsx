import { type ReactNode, useId } from "react";

export type ConflictLine = { label: string; value: string };

/**
 * Shown when a save was refused because the record changed elsewhere (another tab or device):
 * the version stored now beside the person's own, and the two ways on. Only the lines that
 * differ are listed, so a phone screen shows what matters.
 */
export function ConflictChoice({
  theirs,
  mine,
  isDeleted = false,
  actions,
}: {
  /** What is stored now (ignored when `isDeleted`). */
  theirs: ConflictLine[];
  /** What the person has in the form. */
  mine: ConflictLine[];
  /** The record was deleted elsewhere. */
  isDeleted?: boolean;
  /** The buttons: keep mine, use the saved one. */
  actions: ReactNode;
}) {
  const id = useId();
  const differs = (line: ConflictLine) =>
    isDeleted || theirs.find((other) => other.label === line.label)?.value !== line.value;
  const changedMine = mine.filter(differs);
  const changedTheirs = theirs.filter((line) => changedMine.some((m) => m.label === line.label));
  return (
    <section className="conflict" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Changed elsewhere</h2>
      {changedMine.length === 0 ? (
        <p>Both versions have the same answers.</p>
      ) : (
        <div className="conflict__versions">
          <div>
            <h3>Saved elsewhere</h3>
            {isDeleted ? (
              <p>It was deleted.</p>
            ) : (
              <Lines lines={changedTheirs} testId="conflict-theirs" />
            )}
          </div>
          <div>
            <h3>Yours, not saved yet</h3>
            <Lines lines={changedMine} testId="conflict-mine" />
          </div>
        </div>
      )}
      <div className="button-row">{actions}</div>
    </section>
  );
}

function Lines({ lines, testId }: { lines: ConflictLine[]; testId: string }) {
  return (
    <dl data-testid={testId}>
      {lines.map((line) => (
        <div key={line.label}>
          <dt>{line.label}</dt>
          <dd>{line.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * The end of a form that edits a versioned record through a server action: its submit button,
 * or, once a save was refused as changed elsewhere, both versions and the choice.
 */
export function VersionedFormFooter<Field extends string>({
  conflict,
  mine,
  toLines,
  onTakeSaved,
  isPending,
  submitLabel,
}: {
  conflict: { version: number; current: Partial<Record<Field, string>> } | undefined;
  /** The values in the form now. */
  mine: Partial<Record<Field, string>>;
  toLines: (values: Partial<Record<Field, string>>) => ConflictLine[];
  onTakeSaved: () => void;
  isPending: boolean;
  submitLabel: string;
}) {
  if (!conflict) {
    return (
      <button type="submit" className="button" disabled={isPending}>
        {isPending ? "Saving…" : submitLabel}
      </button>
    );
  }
  return (
    <ConflictChoice
      theirs={toLines(conflict.current)}
      mine={toLines(mine)}
      actions={
        <ConflictFormButtons
          storedVersion={conflict.version}
          onTakeSaved={onTakeSaved}
          isPending={isPending}
        />
      }
    />
  );
}

/**
 * The two ways on for a form that posts to a server action: "Save mine over it" submits the form
 * with the version stored now (`overwriteVersion`), "Use the saved one" swaps the stored values in.
 */
function ConflictFormButtons({
  storedVersion,
  onTakeSaved,
  isPending,
}: {
  storedVersion: number;
  onTakeSaved: () => void;
  isPending: boolean;
}) {
  return (
    <>
      <button
        type="submit"
        name="overwriteVersion"
        value={storedVersion}
        className="button"
        disabled={isPending}
      >
        Save mine over it
      </button>
      <button type="button" className="button button--secondary" onClick={onTakeSaved}>
        Use the saved one
      </button>
    </>
  );
}
