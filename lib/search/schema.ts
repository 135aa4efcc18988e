import { z } from "zod";
import { isIsoDate } from "@/lib/time";

export const QUERY_MAX = 100;

/**
 * The search form's fields (a GET form: /journal/find?q=…). `q` is what to look for; `before`
 * continues a search into older entries (a date the app itself put in the "older" link).
 */
export const searchQuerySchema = z.object({
  q: z
    .string({ error: "Type a word, a name or a few letters to search for." })
    .trim()
    .min(1, { error: "Type a word, a name or a few letters to search for." })
    .max(QUERY_MAX, { error: `Search for at most ${QUERY_MAX} characters at a time.` }),
  before: z.string().refine(isIsoDate).optional().catch(undefined),
});

export type SearchQuery = z.infer<typeof searchQuerySchema>;
