// The journal's length and count limits, apart from the zod schemas so that client components
// can show them (maxLength) without carrying zod in their first-load JavaScript.
export const EARLIEST_DATE = "1900-01-01";
export const TAG_NAME_MAX = 60;
export const RELIEF_NAME_MAX = 80;
export const NOTE_MAX = 4000;
export const MAX_TAGS = 40;
export const MAX_RELIEF = 40;
export const MAX_QUICK_LOG_TAGS = 10;
