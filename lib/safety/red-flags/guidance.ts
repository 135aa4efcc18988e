import type { RedFlag } from "@/lib/journal/vocabulary/red-flags";

/**
 * What each symptom the check-in asks about can mean, and what to do, in plain words. It says
 * why a professional should look, never what the person has.
 */
export const RED_FLAG_GUIDANCE: Record<RedFlag, { meaning: string; whatToDo: string }> = {
  SADDLE_NUMBNESS: {
    meaning:
      "Numbness where you would sit on a saddle can mean the nerves at the bottom of the spine are being squeezed. Caught early, that can be treated; left, it can do lasting harm.",
    whatToDo:
      "Go to an emergency department or call your emergency number today, even if the pain is mild.",
  },
  BLADDER_BOWEL: {
    meaning:
      "New trouble holding or passing urine or stool, together with back pain, can mean the same nerves are being squeezed.",
    whatToDo:
      "Go to an emergency department or call your emergency number today. Don't wait to see whether it passes.",
  },
  BOTH_LEGS_WEAK: {
    meaning:
      "New weakness in both legs (legs giving way, trouble standing on your toes or heels) can come from pressure on the spinal cord or its nerves.",
    whatToDo: "Go to an emergency department or call your emergency number today.",
  },
  SHOOTING_DOWN_LEG: {
    meaning:
      "Pain running down a leg, often below the knee, usually means a nerve in the lower back is irritated. It often settles, but it is worth an examination.",
    whatToDo:
      "See a doctor or physiotherapist in the next few days. Go the same day if the leg becomes weak or numb.",
  },
  NUMBNESS_TINGLING: {
    meaning: "Pins and needles or numbness in a leg or foot can mean a nerve is involved.",
    whatToDo:
      "See a doctor or physiotherapist in the next few days, sooner if it spreads or the leg weakens.",
  },
  WORSE_AT_NIGHT: {
    meaning:
      "Most back pain eases with rest. Pain that is worse at night, or wakes you up, has other causes worth ruling out, inflammation among them.",
    whatToDo: "Mention it to a doctor soon, especially if it keeps happening.",
  },
  FEVER: {
    meaning: "Back pain with a fever, chills or feeling unwell can come from an infection.",
    whatToDo:
      "See a doctor soon, today if you feel very unwell, have had recent surgery or an injection in the back, or have a weakened immune system.",
  },
  WEIGHT_LOSS: {
    meaning:
      "Losing weight without trying is something a doctor should look into, with or without pain.",
    whatToDo: "Book an appointment with a doctor in the next few days and mention the back pain.",
  },
  AFTER_FALL_OR_INJURY: {
    meaning:
      "Pain after a fall, an accident or a heavy blow may need checking for an injury to the bones of the spine, especially over 50 or with thin bones.",
    whatToDo:
      "See a doctor soon; go the same day after a serious fall or accident, or if the pain is severe.",
  },
  STEADILY_WORSE: {
    meaning:
      "Ordinary back pain comes and goes. Pain that keeps getting worse week after week deserves a fresh look.",
    whatToDo: "See a doctor or physiotherapist in the next few days.",
  },
};

/** How to stretch without making things worse (PRODUCT.md "Safety": back off the stretches). */
export const BACK_OFF_STRETCHES = [
  "Sharp pain during a stretch means stop.",
  "Don't bounce. Warm up first, and keep breathing.",
  "When your back is inflamed or suddenly worse: rest, ice and a gentle walk; leave deeper stretches for later.",
] as const;
