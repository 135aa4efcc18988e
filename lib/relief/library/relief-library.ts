/**
 * The built-in relief library. Each person gets a ReliefItem row per entry (keyed by
 * `builtinKey`, created on first listing); the words live here so they can be improved without
 * touching anyone's data. Written for people who already know the movement from a professional:
 * a reminder, not a lesson.
 */
export type ReliefCategory = "STRETCH" | "STRENGTH" | "SELF_CARE" | "PROFESSIONAL";

export type ReliefLibraryEntry = {
  key: string;
  name: string;
  category: ReliefCategory;
  /** One line on how to do it. */
  howTo: string;
  /** One line on when to be careful or stop. */
  caution: string;
};

export const RELIEF_CATEGORY_LABELS: Record<ReliefCategory, string> = {
  STRETCH: "Stretches",
  STRENGTH: "Strength",
  SELF_CARE: "Other things you can do",
  PROFESSIONAL: "Help from others",
};

const entry = (
  key: string,
  name: string,
  category: ReliefCategory,
  howTo: string,
  caution: string,
): ReliefLibraryEntry => ({ key, name, category, howTo, caution });

export const RELIEF_LIBRARY: readonly ReliefLibraryEntry[] = [
  entry(
    "FOOT_STRETCH",
    "Foot (sole) stretch",
    "STRETCH",
    "Sitting, pull your toes back towards the shin with one hand until the sole feels long; hold about 30 seconds.",
    "Ease off if the heel or arch hurts sharply.",
  ),
  entry(
    "CALF_STRETCH",
    "Calf stretch",
    "STRETCH",
    "Hands on a wall, one foot back with the heel down and the knee straight; lean in gently and hold.",
    "Keep the back heel on the floor and don't bounce.",
  ),
  entry(
    "QUAD_STRETCH",
    "Quad stretch (kneeling)",
    "STRETCH",
    "Kneel on one knee on something soft, the other foot in front; tuck the tailbone and shift forward until the front of the back thigh stretches.",
    "Pad the knee, and don't let the lower back arch to go deeper.",
  ),
  entry(
    "GROIN_STRETCH_DEEP",
    "Groin stretch (deep)",
    "STRETCH",
    "Kneel with the knees wide and sink the hips back slowly, forearms on the floor.",
    "Only when warm and not in a flare; stop at a strong but bearable pull.",
  ),
  entry(
    "GROIN_STRETCH_GENTLE",
    "Groin stretch (gentle)",
    "STRETCH",
    "Lying on your back, soles of the feet together, let the knees fall open; support them with cushions.",
    "Let gravity do the work; don't press the knees down.",
  ),
  entry(
    "CHILDS_POSE",
    "Child's pose",
    "STRETCH",
    "Kneel, sit back towards the heels and walk the hands forward, forehead resting down; breathe into the back.",
    "Put a cushion under the hips or chest if the knees or back complain.",
  ),
  entry(
    "CAT_COW",
    "Cat-cow",
    "STRETCH",
    "On hands and knees, slowly round the back up, then let it sag, in time with your breath.",
    "Small, smooth movements; stay within a range that feels easy.",
  ),
  entry(
    "SEATED_FORWARD_FOLD",
    "Seated forward fold",
    "STRETCH",
    "Sit with legs out in front and fold forward from the hips, knees soft, hands resting where they reach.",
    "Bend the knees as much as you need; leave it out if it sends pain down a leg.",
  ),
  entry(
    "KNEE_TO_CHEST",
    "Knee to chest",
    "STRETCH",
    "Lying on your back, hug one knee (or both) towards the chest and hold, breathing slowly.",
    "Hold behind the thigh if holding the shin strains the knee.",
  ),
  entry(
    "PIGEON_POSE",
    "Pigeon pose",
    "STRETCH",
    "From hands and knees, bring one knee forward behind the wrist, slide the other leg back and lower the hips.",
    "Prop the hip on a cushion; a lying figure-four stretch is gentler on the knees.",
  ),
  entry(
    "LIZARD_POSE",
    "Lizard pose",
    "STRETCH",
    "From a lunge, put both hands inside the front foot and let the hips sink; lower the back knee.",
    "Deep: keep it for the evening, warmed up, and come out slowly.",
  ),
  entry(
    "HIP_CIRCLES_LEG_SWINGS",
    "Hip circles and leg swings",
    "STRETCH",
    "Standing, circle the hips a few times each way, then swing each leg forward and back, holding on to something.",
    "Controlled swings that grow slowly; a good warm-up, not a stretch to force.",
  ),
  entry(
    "THORACIC_EXTENSION",
    "Upper-back extension over a roller",
    "STRETCH",
    "Lie with a foam roller or rolled towel across the upper back, hands behind the head, and lean back over it.",
    "Keep it between the shoulder blades, never under the lower back or neck.",
  ),
  entry(
    "WALL_ANGELS",
    "Wall angels",
    "STRETCH",
    "Back against a wall, arms bent like goalposts; slide them up and down while keeping contact.",
    "Go only as high as you can without arching the lower back.",
  ),
  entry(
    "DEAD_BUG",
    "Dead bug",
    "STRENGTH",
    "On your back, arms up and knees bent over the hips; slowly lower the opposite arm and leg, then switch.",
    "Keep the lower back resting on the floor; make the range smaller if it lifts.",
  ),
  entry(
    "BIRD_DOG",
    "Bird dog",
    "STRENGTH",
    "On hands and knees, reach one arm forward and the opposite leg back, hold a breath, return.",
    "Move slowly and keep the hips level; no swinging.",
  ),
  entry(
    "GLUTE_BRIDGE",
    "Glute bridges",
    "STRENGTH",
    "On your back, knees bent, press through the heels to lift the hips into a straight line; lower slowly.",
    "Squeeze the buttocks rather than arching the back.",
  ),
  entry(
    "HIP_STRENGTHENING",
    "Hip strengthening",
    "STRENGTH",
    "Side-lying leg lifts or clamshells: slow, controlled sets on each side.",
    "Stop at the first sharp pain; a dull burn in the muscle is fine.",
  ),
  entry(
    "FOAM_ROLLING",
    "Foam rolling",
    "SELF_CARE",
    "Roll slowly over the calves, thighs and buttocks, pausing on tight spots.",
    "Not directly on the lower back or on bone; go lighter on bruise-like tenderness.",
  ),
  entry(
    "BALL_MASSAGE",
    "Massage or tennis ball",
    "SELF_CARE",
    "Lean on a ball against a wall or floor and rest on tight spots in the buttocks, hips or upper back.",
    "Avoid the spine itself, and anything that causes tingling or numbness.",
  ),
  entry(
    "HEAT",
    "Heat",
    "SELF_CARE",
    "A warm pack, bath or shower for 15 to 20 minutes to loosen stiff muscles.",
    "Warm, not hot; keep a layer between skin and pack, and don't fall asleep on it.",
  ),
  entry(
    "ICE",
    "Ice",
    "SELF_CARE",
    "A cold pack wrapped in a cloth for 10 to 15 minutes, useful in a sudden flare.",
    "Never directly on skin; stop if the skin turns numb or white.",
  ),
  entry(
    "GENTLE_WALK",
    "A gentle walk",
    "SELF_CARE",
    "Ten to twenty minutes at an easy pace, arms swinging.",
    "Shorter walks more often if a long one makes things worse.",
  ),
  entry(
    "REST",
    "Rest",
    "SELF_CARE",
    "Lie down in a comfortable position for a while, for example on your back with the knees supported.",
    "Short rests help in a flare; days in bed usually don't.",
  ),
  entry(
    "BREATHING",
    "Breathing",
    "SELF_CARE",
    "Breathe in through the nose, then out slowly for longer than you breathed in; let the shoulders drop.",
    "If you feel light-headed, breathe normally for a while.",
  ),
  entry(
    "MASSAGE_THERAPIST",
    "Massage therapist",
    "PROFESSIONAL",
    "A session with a massage therapist.",
    "Tell them where it hurts and about any numbness or recent injury.",
  ),
  entry(
    "CHIROPRACTOR",
    "Chiropractor",
    "PROFESSIONAL",
    "A visit to a chiropractor.",
    "Mention any red-flag symptoms before any manipulation.",
  ),
  entry(
    "PHYSIOTHERAPIST",
    "Physiotherapist",
    "PROFESSIONAL",
    "A visit to a physiotherapist, or the exercises they gave you.",
    "Follow their plan when it differs from these notes.",
  ),
];

const BY_KEY = new Map(RELIEF_LIBRARY.map((item) => [item.key, item]));

/** The library entry of a built-in item, or undefined for the person's own items. */
export function reliefLibraryEntry(builtinKey: string | null | undefined) {
  return builtinKey ? BY_KEY.get(builtinKey) : undefined;
}

/** How to stretch without making things worse (PRODUCT.md "Safety"). */
export const STRETCHING_GUIDANCE = [
  "Sharp pain during a stretch means stop. A stretch should feel like a pull, never a stab.",
  "Warm up first (a short walk, hip circles) and don't bounce: ease in and hold.",
  "Keep breathing. Breathe out slowly as you settle into a stretch.",
  "Gentle mobility in the morning, deeper stretches in the evening when you are warm.",
  "A few minutes every day does more than a long session now and then.",
  "When your back is inflamed or suddenly worse: rest, ice and a gentle walk; leave deep stretches for later.",
] as const;
