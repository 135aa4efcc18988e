"use client";

import { useId, useState } from "react";
import { hasTagNamed, type TagDraft } from "@/lib/journal/draft/check-in-draft";
import { partOfDayLabel } from "@/lib/journal/format/dates";
import type { TagSuggestionDTO } from "@/lib/journal/types";
import { TAG_NAME_MAX } from "@/lib/journal/vocabulary/limits";
import { TAG_KIND_LABELS, type TagKind } from "@/lib/journal/vocabulary/terms";
import { PARTS_OF_DAY } from "@/lib/time";

const SUGGESTIONS_SHOWN = 6;

/**
 * The tags of one kind (people, contexts or feelings): each for the whole day or one part of it,
 * the person's own words offered back (most recent, then most used), new ones typed inline.
 */
export function TagPicker({
  kind,
  tags,
  onChange,
  suggestions,
  errorsAt,
}: {
  kind: TagKind;
  /** Every tag of the check-in with its index there (errors are keyed by that index). */
  tags: { tag: TagDraft; index: number }[];
  onChange: (change: { add?: TagDraft; remove?: number; update?: [number, TagDraft] }) => void;
  suggestions: TagSuggestionDTO[];
  errorsAt: (path: string) => string[] | undefined;
}) {
  const id = useId();
  const [text, setText] = useState("");
  const { label, question, examples } = TAG_KIND_LABELS[kind];
  const current = tags.map((entry) => entry.tag);
  const offered = suggestions
    .filter((suggestion) => !hasTagNamed(current, { kind, name: suggestion.name }))
    .slice(0, SUGGESTIONS_SHOWN);

  function add(name: string) {
    const trimmed = name.trim();
    if (!trimmed) return;
    if (!hasTagNamed(current, { kind, name: trimmed })) {
      onChange({ add: { kind, name: trimmed, partOfDay: null } });
    }
    setText("");
  }

  return (
    <fieldset className="plain-fieldset" aria-describedby={`${id}-examples`}>
      <legend>{question}</legend>
      <p id={`${id}-examples`} className="hint muted">
        {examples} Each is for the whole day unless you pick a part of it.
      </p>
      {tags.length > 0 ? (
        <ul className="chip-list" aria-label={`${label} today`}>
          {tags.map(({ tag, index }) => {
            const errors = errorsAt(`tags.${index}.name`) ?? errorsAt(`tags.${index}.partOfDay`);
            return (
              <li key={`${tag.name}-${index}`}>
                <span className="tag-chip">
                  <span>{tag.name}</span>
                  <label className="visually-hidden" htmlFor={`${id}-when-${index}`}>
                    When was {tag.name}?
                  </label>
                  <select
                    id={`${id}-when-${index}`}
                    value={tag.partOfDay ?? ""}
                    onChange={(event) =>
                      onChange({
                        update: [
                          index,
                          {
                            ...tag,
                            partOfDay: (event.currentTarget.value || null) as TagDraft["partOfDay"],
                          },
                        ],
                      })
                    }
                  >
                    <option value="">Whole day</option>
                    {PARTS_OF_DAY.map((part) => (
                      <option key={part} value={part}>
                        {partOfDayLabel(part)}
                      </option>
                    ))}
                  </select>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={`Remove ${tag.name}`}
                    onClick={() => onChange({ remove: index })}
                  >
                    ×
                  </button>
                </span>
                {errors ? <p className="field-error">{errors.join(" ")}</p> : null}
              </li>
            );
          })}
        </ul>
      ) : null}
      {offered.length > 0 ? (
        <div className="suggestions">
          {offered.map((suggestion) => (
            <button
              key={suggestion.id}
              type="button"
              className="button--chip"
              aria-label={`Add ${suggestion.name}`}
              onClick={() => add(suggestion.name)}
            >
              + {suggestion.name}
            </button>
          ))}
        </div>
      ) : null}
      <div className="add-row">
        <div className="field">
          <label htmlFor={`${id}-new`}>
            Add{" "}
            {kind === "PERSON"
              ? "a person"
              : kind === "CONTEXT"
                ? "a place or activity"
                : "a feeling"}
          </label>
          <input
            id={`${id}-new`}
            value={text}
            maxLength={TAG_NAME_MAX}
            list={`${id}-list`}
            autoComplete="off"
            onChange={(event) => setText(event.currentTarget.value)}
            onKeyDown={(event) => {
              if (event.key === "Enter") {
                event.preventDefault();
                add(text);
              }
            }}
          />
          <datalist id={`${id}-list`}>
            {suggestions.map((suggestion) => (
              <option key={suggestion.id} value={suggestion.name} />
            ))}
          </datalist>
        </div>
        <button type="button" className="button button--secondary" onClick={() => add(text)}>
          Add
        </button>
      </div>
    </fieldset>
  );
}
