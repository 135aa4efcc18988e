import type { SummaryOptions } from "@/lib/sharing/schema";

/** Chooses what to preview (a GET form: the preview below always matches these choices). */
export function ShareOptionsForm({
  options,
  errors,
}: {
  options: SummaryOptions;
  errors: string[] | null;
}) {
  return (
    <form method="get" action="/share" className="card">
      <h2>1. Choose what to share</h2>
      {errors?.length ? (
        <div className="notice notice--error" role="alert">
          {errors.join(" ")} Showing the last four weeks instead.
        </div>
      ) : null}
      <div className="field-row">
        <div className="field">
          <label htmlFor="share-from">From</label>
          <input id="share-from" name="from" type="date" defaultValue={options.from} required />
        </div>
        <div className="field">
          <label htmlFor="share-to">To</label>
          <input id="share-to" name="to" type="date" defaultValue={options.to} required />
        </div>
      </div>
      <fieldset className="field">
        <legend>Private parts (left out unless you tick them)</legend>
        <label className="check">
          <input
            type="checkbox"
            name="includeNotes"
            value="1"
            defaultChecked={options.includeNotes}
          />{" "}
          Include my check-in notes
        </label>
        <label className="check">
          <input
            type="checkbox"
            name="includeReflections"
            value="1"
            defaultChecked={options.includeReflections}
          />{" "}
          Include my reflections
        </label>
        <label className="check">
          <input
            type="checkbox"
            name="includeExperiments"
            value="1"
            defaultChecked={options.includeExperiments}
          />{" "}
          Include my experiments and their results
        </label>
        <label className="check">
          <input
            type="checkbox"
            name="includeMedications"
            value="1"
            defaultChecked={options.includeMedications}
          />{" "}
          Include my medications (what I took, and patterns about them)
        </label>
        <label className="check">
          <input type="checkbox" name="showNames" value="1" defaultChecked={options.showNames} />{" "}
          Show people&rsquo;s names instead of aliases (Person A, Person B)
        </label>
      </fieldset>
      <button type="submit" className="button button--secondary">
        Update the preview
      </button>
    </form>
  );
}
