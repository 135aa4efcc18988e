"use client";

import { type FormEvent, useState } from "react";
import { CurrentPasswordField } from "@/components/accounts/account-fields";
import { FormMessage } from "@/components/ui/form-message";
import type { ExportFormat } from "@/lib/export/schema";
import { errorBodyOf, saveDownload } from "./save-download";

type State = { message?: string; isError?: boolean; passwordErrors?: string[] };

const NETWORK_ERROR = "Backstory could not be reached. Check your connection and try again.";

/**
 * Downloads the whole journal as JSON, CSV (zip) or FHIR, after the password again. Posts to
 * /api/export and saves the answer as a file; errors come back as JSON.
 */
export function ExportForm() {
  const [state, setState] = useState<State>({});
  const [pending, setPending] = useState<ExportFormat | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const data = new FormData(form, submitter);
    setPending(data.get("format") as ExportFormat);
    setState({});
    try {
      const response = await fetch("/api/export", { method: "POST", body: data });
      if (response.ok) {
        const name = await saveDownload(response);
        form.reset();
        setState({ message: `Your download has started: ${name}` });
        return;
      }
      const body = await errorBodyOf(response);
      setState({
        isError: true,
        message: body.message ?? (body.fieldErrors ? undefined : NETWORK_ERROR),
        passwordErrors: body.fieldErrors?.password,
      });
    } catch {
      setState({ isError: true, message: NETWORK_ERROR });
    } finally {
      setPending(null);
    }
  }

  const button = (format: ExportFormat, label: string, isPrimary = false) => (
    <button
      type="submit"
      name="format"
      value={format}
      className={isPrimary ? "button" : "button button--secondary"}
      disabled={pending !== null}
    >
      {pending === format ? "Preparing…" : label}
    </button>
  );

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="export-heading">
      <h3 id="export-heading">Export</h3>
      <ul>
        <li>
          <strong>JSON</strong>: everything, in one file that Backstory can import again. Use it for
          backups and to move to another Backstory.
        </li>
        <li>
          <strong>CSV</strong>: everything, as one spreadsheet per kind of record, in a zip file.
        </li>
        <li>
          <strong>FHIR R4</strong>: your pain ratings and weekly PEG answers for a clinic&rsquo;s
          health record system. No notes, no reflections, no names.
        </li>
      </ul>
      <p className="notice notice--warning">
        The JSON and CSV files include your private notes, your reflections and the names of the
        people you tagged. Keep them somewhere only you can reach.
      </p>
      <div className="narrow">
        <FormMessage message={state.message} isError={state.isError} />
        <CurrentPasswordField
          id="export-password"
          hint="Asked again because these files hold everything you recorded."
          errors={state.passwordErrors}
        />
      </div>
      <div className="button-row">
        {button("json", "Download JSON", true)}
        {button("csv", "Download CSV (zip)")}
        {button("fhir", "Download FHIR R4")}
      </div>
    </form>
  );
}
