"use client";

import Link from "next/link";
import { type FormEvent, useState } from "react";
import { CurrentPasswordField } from "@/components/accounts/account-fields";
import { ImportReportView } from "@/components/export/import-report";
import { errorBodyOf } from "@/components/export/save-download";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { ProblemList } from "@/components/ui/problem-list";
import { MAX_IMPORT_BYTES } from "@/lib/export/schema";
import type { ImportReport } from "@/lib/export/types";
import { describeProblem, readCsv } from "@/lib/import/readers/csv-table";
import type { HistorySource, MappingField } from "@/lib/import/schema";
import { ColumnMapping, guessMapping, type MappingValues } from "./column-mapping";
import { HistoryPreview, type HistoryPreviewData } from "./history-preview";

type Errors = Record<string, string[] | undefined>;
type State = {
  message?: string;
  isError?: boolean;
  fieldErrors?: Errors;
  problems?: string[];
  problemCount?: number;
  preview?: HistoryPreviewData;
  report?: ImportReport;
};

const MAX_MB = MAX_IMPORT_BYTES / 1024 / 1024;
const NETWORK_ERROR = "Backstory could not be reached. Check your connection and try again.";

/**
 * Brings a Daylio export or any spreadsheet in: choose the file (and, for a spreadsheet, map
 * its columns), see what it will create, then import it all or nothing with the password again.
 */
export function HistoryImportForm() {
  const [source, setSource] = useState<HistorySource>("daylio");
  const [header, setHeader] = useState<string[] | null>(null);
  const [mapping, setMapping] = useState<MappingValues | null>(null);
  const [state, setState] = useState<State>({});
  const [isPending, setPending] = useState(false);

  /** Anything changed after a preview makes that preview stale. */
  const forgetPreview = () => setState((old) => (old.preview ? {} : old));

  async function onFileChange(file: File | undefined) {
    setState({});
    setHeader(null);
    setMapping(null);
    if (!file || file.size > MAX_IMPORT_BYTES) return;
    const read = readCsv(await file.text(), { previewRows: 1 });
    if (read.ok) {
      setHeader(read.table.header);
      setMapping(guessMapping(read.table.header));
    } else {
      const problems = read.problems.map(describeProblem);
      setState({ isError: true, problems, problemCount: problems.length });
    }
  }

  function onMappingChange(field: MappingField, value: string) {
    forgetPreview();
    setMapping((old) => (old ? { ...old, [field]: value } : old));
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isPending) return;
    const form = event.currentTarget;
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const data = new FormData(form, submitter);
    const file = data.get("file");
    if (file instanceof File && file.size > MAX_IMPORT_BYTES) {
      setState({
        isError: true,
        fieldErrors: {
          file: [`This file is larger than ${MAX_MB} MB, the most one import takes.`],
        },
      });
      return;
    }
    const isImport = data.get("intent") === "import";
    setPending(true);
    setState((old) => ({ preview: isImport ? old.preview : undefined }));
    try {
      const response = await fetch("/api/import/history", { method: "POST", body: data });
      if (response.ok) {
        const body = (await response.json()) as {
          report?: ImportReport;
          preview?: HistoryPreviewData;
        };
        if (body.report) {
          form.reset();
          setHeader(null);
          setMapping(null);
          setState({ report: body.report, message: "Import finished." });
        } else {
          setState({ preview: body.preview });
        }
        return;
      }
      const body = await errorBodyOf(response);
      setState((old) => ({
        isError: true,
        ...body,
        // A wrong password keeps the preview; a refused file does not.
        preview: body.problems ? undefined : old.preview,
      }));
    } catch {
      setState((old) => ({ isError: true, message: NETWORK_ERROR, preview: old.preview }));
    } finally {
      setPending(false);
    }
  }

  const hiddenProblems = (state.problemCount ?? 0) - (state.problems?.length ?? 0);
  const fileErrors = state.fieldErrors?.file;
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="history-heading" className="stack">
      <h2 id="history-heading">Import a file</h2>
      <fieldset className="field">
        <legend>Where the file comes from</legend>
        <label className="check">
          <input
            type="radio"
            name="source"
            value="daylio"
            checked={source === "daylio"}
            onChange={() => {
              forgetPreview();
              setSource("daylio");
            }}
          />{" "}
          Daylio (its CSV export)
        </label>
        <label className="check">
          <input
            type="radio"
            name="source"
            value="spreadsheet"
            checked={source === "spreadsheet"}
            onChange={() => {
              forgetPreview();
              setSource("spreadsheet");
            }}
          />{" "}
          Another app or a spreadsheet (CSV)
        </label>
      </fieldset>
      <div className="narrow">
        <Field
          id="history-file"
          name="file"
          label="CSV file"
          hint={`Up to ${MAX_MB} MB. From a spreadsheet app: “Save as” or “Download as” CSV.`}
          type="file"
          accept="text/csv,.csv"
          errors={fileErrors}
          onChange={(event) => onFileChange(event.currentTarget.files?.[0])}
          required
        />
        {state.problems?.length ? (
          <ProblemList
            intro="Nothing was imported. The file has these problems:"
            problems={state.problems}
            hiddenCount={hiddenProblems}
          />
        ) : null}
        {source === "spreadsheet" && header && mapping ? (
          <ColumnMapping
            header={header}
            values={mapping}
            errors={state.fieldErrors}
            onChange={onMappingChange}
          />
        ) : null}
        <FormMessage message={state.message} isError={state.isError} />
        {/* Once previewed, Import is the form's only button, so Enter in the password imports. */}
        {state.preview ? null : (
          <button
            type="submit"
            name="intent"
            value="preview"
            className="button"
            disabled={isPending}
          >
            {isPending ? "Reading the file…" : "Show what it will add"}
          </button>
        )}
      </div>
      {state.preview ? (
        <>
          <HistoryPreview preview={state.preview} />
          <div className="narrow">
            <CurrentPasswordField
              id="history-password"
              hint="Importing changes your journal, so it asks for your password again."
              errors={state.fieldErrors?.password}
            />
            <button
              type="submit"
              name="intent"
              value="import"
              className="button"
              disabled={isPending}
            >
              {isPending ? "Importing…" : "Import all of it"}
            </button>
          </div>
        </>
      ) : null}
      {state.report ? (
        <>
          <ImportReportView report={state.report} />
          <p>
            <Link href="/journal">Open the journal</Link>
          </p>
        </>
      ) : null}
    </form>
  );
}
