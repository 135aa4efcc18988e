"use client";

import { type FormEvent, useState } from "react";
import { CurrentPasswordField } from "@/components/accounts/account-fields";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { ProblemList } from "@/components/ui/problem-list";
import { MAX_IMPORT_BYTES } from "@/lib/export/schema";
import type { ImportReport } from "@/lib/export/types";
import { ImportReportView } from "./import-report";
import { errorBodyOf } from "./save-download";

type State = {
  message?: string;
  isError?: boolean;
  fieldErrors?: Record<string, string[] | undefined>;
  problems?: string[];
  problemCount?: number;
  report?: ImportReport;
};

const MAX_MB = MAX_IMPORT_BYTES / 1024 / 1024;
const TOO_LARGE = `This file is larger than ${MAX_MB} MB, the most one import takes.`;
const NETWORK_ERROR = "Backstory could not be reached. Check your connection and try again.";

/** Restores a JSON export into this account (all or nothing), then shows what it did. */
export function ImportForm() {
  const [state, setState] = useState<State>({});
  const [isPending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const file = data.get("file");
    if (file instanceof File && file.size > MAX_IMPORT_BYTES) {
      setState({ isError: true, fieldErrors: { file: [TOO_LARGE] } });
      return;
    }
    setPending(true);
    setState({});
    try {
      const response = await fetch("/api/import", { method: "POST", body: data });
      if (response.ok) {
        const { report } = (await response.json()) as { report: ImportReport };
        form.reset();
        setState({ report, message: "Import finished." });
        return;
      }
      const body = await errorBodyOf(response);
      setState({ isError: true, ...body });
    } catch {
      setState({ isError: true, message: NETWORK_ERROR });
    } finally {
      setPending(false);
    }
  }

  const hiddenProblems = (state.problemCount ?? 0) - (state.problems?.length ?? 0);
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="import-heading">
      <h3 id="import-heading">Import a JSON export</h3>
      <p>
        Restores a Backstory JSON export into this account, for example a backup into a new account.
        It all goes in or, if anything is wrong with the file, nothing does. Records you already
        have are skipped, so importing the same file twice changes nothing.
      </p>
      <div className="narrow">
        <FormMessage message={state.message} isError={state.isError} />
        {state.problems?.length ? (
          <ProblemList
            intro="The file has these problems (each names the record and the field):"
            problems={state.problems}
            hiddenCount={hiddenProblems}
          />
        ) : null}
        <Field
          id="import-file"
          name="file"
          label="JSON file"
          hint={`A file from “Download JSON”, up to ${MAX_MB} MB.`}
          type="file"
          accept="application/json,.json"
          errors={state.fieldErrors?.file}
          required
        />
        <CurrentPasswordField id="import-password" errors={state.fieldErrors?.password} />
        <button type="submit" className="button" disabled={isPending}>
          {isPending ? "Importing…" : "Import"}
        </button>
      </div>
      {state.report ? <ImportReportView report={state.report} /> : null}
    </form>
  );
}
