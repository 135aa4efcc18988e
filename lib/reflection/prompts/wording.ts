import type { PromptNote } from "../types";

/**
 * The words of every prompt, in one place. Open questions only: nothing here says what causes
 * the pain, and nothing is a diagnosis.
 */

export const ONSET_PROMPT = {
  title: "When it began",
  questions: ["When did this pain begin?", "What else was happening in your life around then?"],
} as const;

export const TIME_OF_DAY_PROMPT = {
  title: "Time of day",
  questions: [
    "Is there a time of day when it is worse?",
    "What is usually going on around then: where you are, what you are doing, who you are with?",
  ],
} as const;

export const PEOPLE_PROMPT = {
  title: "The people around you",
  questions: [
    "Is there someone around whom your pain seems to change?",
    "Does it hurt more after talking with them?",
  ],
} as const;

export const HELD_IN_PROMPT = {
  title: "What you keep to yourself",
  questions: [
    "Is there anger, frustration or another feeling that you keep to yourself?",
    "When you hold it in, what does your body do — your jaw, your shoulders, your breath?",
  ],
} as const;

export const MORNINGS_PROMPT = {
  title: "Mornings",
  questions: [
    "How do you feel about your work, or your relationship, as the day begins?",
    "What is on your mind in the first minutes after you wake up?",
  ],
} as const;

/** Always shown with the mornings prompt: morning pain can have a physical cause worth checking. */
export const INFLAMMATORY_CHECK: Extract<PromptNote, { kind: "clinical-check" }> = {
  kind: "clinical-check",
  title: "Also worth raising with a doctor",
  intro:
    "Back pain that is worst in the morning sometimes comes from inflammation, which a doctor " +
    "can look into. Mention it if several of these sound familiar:",
  signs: [
    "Morning stiffness that lasts more than 30 minutes",
    "Pain that wakes you at night and eases once you get up and move",
    "Pain that gets better with movement or exercise, but not with rest",
    "Back pain that first began before you were 40",
  ],
  advice:
    "Together these are signs of inflammatory back pain, not proof of it: only a doctor can tell.",
};

export const EVENINGS_PROMPT = {
  title: "Evenings",
  questions: [
    "Do your responsibilities feel heavy by the end of the day?",
    "What are you still carrying when the evening comes?",
  ],
} as const;

export const NIGHTS_PROMPT = {
  title: "Nights",
  questions: [
    "What are your evenings and nights like: do you get to wind down?",
    "Is something from the day still with you when you go to bed?",
  ],
} as const;

export const NIGHT_SAFETY_NOTE: PromptNote = {
  kind: "safety",
  text:
    "Pain that is worse at night or wakes you up is worth showing a doctor or physiotherapist " +
    "soon, whatever else is going on.",
};

export const personHigherPrompt = (name: string) => ({
  title: `Around ${name}`,
  questions: [
    `Does it hurt more after talking with ${name}?`,
    `Is there anger, frustration or another feeling about ${name} that you keep to yourself?`,
  ],
});

export const personLowerPrompt = (name: string) => ({
  title: `Around ${name}`,
  questions: [
    `What is different about the days you spend with ${name}?`,
    "Is there something in how you feel then that you could bring into other days?",
  ],
});

export const contextHigherPrompt = (name: string) => ({
  title: `“${name}”`,
  questions: [
    `On days with “${name}”, how do you sit, move and breathe?`,
    "How do you feel about it before it starts, and after it ends?",
  ],
});

export const contextLowerPrompt = (name: string) => ({
  title: `“${name}”`,
  questions: [
    `What is it about “${name}” that might go with easier days?`,
    "Could a little more of it fit into your week?",
  ],
});

export const emotionHigherPrompt = (name: string) => ({
  title: `Feeling “${name}”`,
  questions: [
    `On days you felt “${name}”, where did you notice it in your body?`,
    "Was it something you could say out loud, or something you held in (and held your breath with)?",
  ],
});

export const emotionLowerPrompt = (name: string) => ({
  title: `Feeling “${name}”`,
  questions: [`What helps you feel “${name}”?`, "What is your body like on those days?"],
});

export const reliefPrompt = (name: string) => ({
  title: `Keep it up: ${name}`,
  questions: [
    `What would help you keep doing “${name}”?`,
    "When in your day could it fit, a few minutes at a time?",
  ],
});

/** For the person's own relief items, which have no caution of their own in the library. */
export const GENERAL_CAUTION =
  "Go gently, and stop if anything hurts sharply. A few minutes every day does more than a long session now and then.";

export const WEEKENDS_PROMPT = {
  title: "Weekends",
  questions: [
    "What is different about your weekends: how you move, how you rest, who you spend them with?",
  ],
} as const;

export const WEEKDAYS_PROMPT = {
  title: "Weekdays",
  questions: [
    "What do your weekdays ask of you that weekends don't?",
    "Which part of a working day would you change first, if you could?",
  ],
} as const;
