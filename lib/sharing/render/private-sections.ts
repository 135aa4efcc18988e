import type { ShareSummary } from "../types";
import { listSection } from "./list-section";
import type { DocumentSection } from "./summary-document";

/**
 * The sections a summary holds only when the patient ticks them: check-in notes, reflections and
 * personal experiments, in that order.
 */
export function privateSections(summary: ShareSummary): DocumentSection[] {
  const sections: DocumentSection[] = [];
  if (summary.notes) {
    sections.push(
      listSection({
        id: "notes",
        title: "Notes (included by the patient)",
        empty: "No notes in this period.",
        table: {
          caption: "Check-in notes",
          head: ["Date", "Note"],
          rows: summary.notes.map((n) => [n.date, n.note]),
        },
      }),
    );
  }
  if (summary.reflections) {
    sections.push(
      listSection({
        id: "reflections",
        title: "Reflections (included by the patient)",
        empty: "No reflections in this period.",
        table: {
          caption: "Reflections",
          head: ["Date", "Question", "Answer"],
          rows: summary.reflections.map((r) => [r.date, r.prompt, r.answer]),
        },
      }),
    );
  }
  if (summary.experiments) sections.push(experimentsSection(summary.experiments));
  return sections;
}

function experimentsSection(
  experiments: NonNullable<ShareSummary["experiments"]>,
): DocumentSection {
  return {
    id: "experiments",
    title: "Personal experiments (included by the patient)",
    paragraphs: experiments.length
      ? [
          "The patient tried a change on some nights and not on others, in blocks whose order was drawn at random, and compared the pain that followed. Each result comes from an exact randomisation test fixed before the first night.",
          ...experiments.flatMap((e) => [
            `${e.change}: ${e.outcome}, nights ${e.startDate} to ${e.lastNight}, ${e.status}.`,
            ...(e.verdict ? [e.verdict] : []),
            ...(e.evidence ? [e.evidence] : []),
            e.adherence,
            ...e.caveats.map((caveat) => `Caveat: ${caveat}`),
          ]),
        ]
      : ["No experiment in this period."],
    tables: [],
  };
}
