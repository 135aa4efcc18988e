"use client";

import { useActionState, useEffect, useState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { type CreateShareState, createShareLinkAction } from "@/lib/sharing/actions";
import { DEFAULT_EXPIRY_DAYS, MAX_EXPIRY_DAYS, type SummaryOptions } from "@/lib/sharing/schema";

/** Creates a link for exactly the previewed options, then shows its address once. */
export function CreateLinkForm({
  options,
  requestId,
}: {
  options: SummaryOptions;
  /** Made by the server per page view: a retried submit creates one link. */
  requestId: string;
}) {
  const [state, action, isPending] = useActionState<CreateShareState, FormData>(
    createShareLinkAction,
    {
      ok: false,
    },
  );
  const [origin, setOrigin] = useState("");
  useEffect(() => setOrigin(window.location.origin), []);
  const expiryError = state.fieldErrors?.expiresInDays;
  const url = state.token ? `${origin}/s/${state.token}` : null;
  return (
    <form action={action} className="card">
      <h2>3. Create the link</h2>
      <input type="hidden" name="requestId" value={requestId} />
      <input type="hidden" name="from" value={options.from} />
      <input type="hidden" name="to" value={options.to} />
      {options.includeNotes ? <input type="hidden" name="includeNotes" value="1" /> : null}
      {options.includeReflections ? (
        <input type="hidden" name="includeReflections" value="1" />
      ) : null}
      {options.includeExperiments ? (
        <input type="hidden" name="includeExperiments" value="1" />
      ) : null}
      {options.showNames ? <input type="hidden" name="showNames" value="1" /> : null}
      {options.includeMedications ? (
        <input type="hidden" name="includeMedications" value="1" />
      ) : null}
      <div className="field">
        <label htmlFor="share-expiry">Link works for (days)</label>
        <span id="share-expiry-hint" className="hint">
          From 1 to {MAX_EXPIRY_DAYS} days. You can revoke it sooner at any time.
        </span>
        <input
          id="share-expiry"
          name="expiresInDays"
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_EXPIRY_DAYS}
          defaultValue={DEFAULT_EXPIRY_DAYS}
          aria-describedby={
            expiryError ? "share-expiry-hint share-expiry-error" : "share-expiry-hint"
          }
          aria-invalid={expiryError ? true : undefined}
          required
        />
        {expiryError ? (
          <p id="share-expiry-error" className="field-error">
            {expiryError.join(" ")}
          </p>
        ) : null}
      </div>
      <fieldset className="field">
        <legend>What the link shows</legend>
        <label className="check">
          <input type="radio" name="mode" value="SNAPSHOT" defaultChecked /> A frozen copy of the
          preview above
        </label>
        <label className="check">
          <input type="radio" name="mode" value="LIVE" /> The same period, kept up to date as I log
        </label>
      </fieldset>
      <div className="field">
        <label htmlFor="share-label">Label (only you see it)</label>
        <input
          id="share-label"
          name="label"
          type="text"
          maxLength={80}
          placeholder="e.g. physio, March"
        />
      </div>
      <button type="submit" className="button" disabled={isPending}>
        {isPending ? "Creating…" : "Create link"}
      </button>
      <FormMessage message={state.message} isError={!state.ok} />
      {url ? (
        <div className="notice notice--success">
          <label htmlFor="share-url">The link (shown only now; copy it)</label>
          <input
            id="share-url"
            readOnly
            value={url}
            onFocus={(event) => event.currentTarget.select()}
          />
          <p>
            Works until {new Date(state.expiresAt ?? "").toLocaleString()}. Anyone with the link can
            read the summary.
          </p>
        </div>
      ) : null}
    </form>
  );
}
