"use client";

import { useId, useState } from "react";
import { hasRelief, type ReliefDraft } from "@/lib/journal/draft/check-in-draft";
import { RELIEF_NAME_MAX } from "@/lib/journal/vocabulary/limits";
import { reliefDisplayName } from "@/lib/relief/format/relief-format";
import {
  RELIEF_CATEGORY_LABELS,
  type ReliefCategory,
  reliefLibraryEntry,
  STRETCHING_GUIDANCE,
} from "@/lib/relief/library/relief-library";
import type { ReliefItemDTO } from "@/lib/relief/types";
import { ReliefRow } from "./relief-row";

const CATEGORIES = Object.keys(RELIEF_CATEGORY_LABELS) as ReliefCategory[];
const RECENT_SHOWN = 5;

type Change = { add?: ReliefDraft; remove?: number; update?: [number, ReliefDraft] };

/** What the person did for the pain: library items and their own, with minutes and effect. */
export function ReliefPicker({
  relief,
  onChange,
  items,
  errorsAt,
}: {
  relief: ReliefDraft[];
  onChange: (change: Change) => void;
  items: ReliefItemDTO[];
  errorsAt: (path: string) => string[] | undefined;
}) {
  const id = useId();
  const [chosen, setChosen] = useState("");
  const [ownName, setOwnName] = useState("");
  const byId = new Map(items.map((item) => [item.id, item]));
  const available = items.filter(
    (item) => !hasRelief(relief, { itemId: item.id, name: item.name }),
  );
  const recent = available.filter((item) => item.uses > 0).slice(0, RECENT_SHOWN);
  const own = available.filter((item) => !item.builtinKey);
  const draftOf = (item: ReliefItemDTO): ReliefDraft => ({
    itemId: item.id,
    name: reliefDisplayName(item),
    minutes: "",
    helped: null,
    partOfDay: null,
  });

  function addChosen() {
    const item = byId.get(chosen);
    if (item) onChange({ add: draftOf(item) });
    setChosen("");
  }

  function addOwn() {
    const name = ownName.trim();
    if (!name) return;
    const existing = items.find(
      (item) => reliefDisplayName(item).toLowerCase() === name.toLowerCase(),
    );
    const draft = existing
      ? draftOf(existing)
      : { itemId: null, name, minutes: "", helped: null, partOfDay: null };
    if (!hasRelief(relief, draft)) onChange({ add: draft });
    setOwnName("");
  }

  return (
    <div>
      <details>
        <summary>Stretching safely</summary>
        <ul>
          {STRETCHING_GUIDANCE.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </details>
      {relief.length > 0 ? (
        <ul className="relief-list">
          {relief.map((use, index) => (
            <ReliefRow
              key={use.itemId ?? `new-${use.name}`}
              id={`${id}-${index}`}
              use={use}
              builtinKey={use.itemId ? (byId.get(use.itemId)?.builtinKey ?? null) : null}
              onUpdate={(next) => onChange({ update: [index, next] })}
              onRemove={() => onChange({ remove: index })}
              errorsAt={(field) => errorsAt(`relief.${index}.${field}`)}
            />
          ))}
        </ul>
      ) : null}
      {recent.length > 0 ? (
        <div className="suggestions">
          {recent.map((item) => (
            <button
              key={item.id}
              type="button"
              className="button--chip"
              aria-label={`Add ${reliefDisplayName(item)}`}
              onClick={() => onChange({ add: draftOf(item) })}
            >
              + {reliefDisplayName(item)}
            </button>
          ))}
        </div>
      ) : null}
      <div className="add-row">
        <div className="field">
          <label htmlFor={`${id}-choose`}>Add from the library</label>
          <select
            id={`${id}-choose`}
            value={chosen}
            onChange={(event) => setChosen(event.currentTarget.value)}
          >
            <option value="">Choose…</option>
            {CATEGORIES.map((category) => (
              <optgroup key={category} label={RELIEF_CATEGORY_LABELS[category]}>
                {available
                  .filter((item) => reliefLibraryEntry(item.builtinKey)?.category === category)
                  .map((item) => (
                    <option key={item.id} value={item.id}>
                      {reliefDisplayName(item)}
                    </option>
                  ))}
              </optgroup>
            ))}
            {own.length > 0 ? (
              <optgroup label="Your own">
                {own.map((item) => (
                  <option key={item.id} value={item.id}>
                    {item.name}
                  </option>
                ))}
              </optgroup>
            ) : null}
          </select>
        </div>
        <button type="button" className="button button--secondary" onClick={addChosen}>
          Add
        </button>
      </div>
      <div className="add-row">
        <div className="field">
          <label htmlFor={`${id}-own`}>Or something of your own</label>
          <input
            id={`${id}-own`}
            value={ownName}
            maxLength={RELIEF_NAME_MAX}
            autoComplete="off"
            onChange={(event) => setOwnName(event.currentTarget.value)}
            onKeyDown={(event) => {
              if (event.key === "Enter") {
                event.preventDefault();
                addOwn();
              }
            }}
          />
        </div>
        <button type="button" className="button button--secondary" onClick={addOwn}>
          Add
        </button>
      </div>
    </div>
  );
}
