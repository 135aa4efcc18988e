/** The journal's view of one day (the journal filtered to that date). */
export function journalDayHref(date: string): string {
  return `/journal?from=${date}&to=${date}`;
}
