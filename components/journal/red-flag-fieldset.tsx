"use client";

import {
  RED_FLAG_INFO,
  type RedFlag,
  SOON_RED_FLAGS,
  URGENT_RED_FLAGS,
} from "@/lib/journal/vocabulary/red-flags";
import { NOT_A_DIAGNOSIS } from "@/lib/journal/vocabulary/terms";
import { CheckboxChoices } from "./checkbox-choices";
import { ChoiceFieldset } from "./choice-group";
import { RedFlagNotice } from "./red-flag-notice";

const option = (flag: RedFlag) => ({ value: flag, label: RED_FLAG_INFO[flag].label });

/**
 * The safety questions, apart from everything else. Ticking an urgent one shows what to do at
 * once; nothing here blocks saving.
 */
export function RedFlagFieldset({
  flags,
  onChange,
  errors,
}: {
  flags: RedFlag[];
  onChange: (flags: RedFlag[]) => void;
  errors?: string[];
}) {
  const onToggle = (flag: RedFlag, isChecked: boolean) =>
    onChange(
      isChecked ? [...flags.filter((f) => f !== flag), flag] : flags.filter((f) => f !== flag),
    );
  const urgentTicked = flags.filter((flag) => URGENT_RED_FLAGS.includes(flag));
  const soonTicked = flags.filter((flag) => SOON_RED_FLAGS.includes(flag));
  return (
    <>
      <p>Since yesterday, have you noticed any of these? Tick any that apply.</p>
      <ChoiceFieldset
        id="red-flags-urgent"
        legend="Signs that need help the same day"
        errors={errors}
      >
        <CheckboxChoices<RedFlag>
          name="redFlags"
          className="choices--stacked"
          options={URGENT_RED_FLAGS.map(option)}
          values={flags}
          onToggle={onToggle}
        />
      </ChoiceFieldset>
      <RedFlagNotice flags={urgentTicked} isLive />
      <ChoiceFieldset id="red-flags-soon" legend="Signs worth showing a professional soon">
        <CheckboxChoices<RedFlag>
          name="redFlags"
          className="choices--stacked"
          options={SOON_RED_FLAGS.map(option)}
          values={flags}
          onToggle={onToggle}
        />
      </ChoiceFieldset>
      <div aria-live="polite">
        <RedFlagNotice flags={soonTicked} />
      </div>
      <p className="muted">{NOT_A_DIAGNOSIS}</p>
    </>
  );
}
