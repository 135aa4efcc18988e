import type { z } from "zod";
import type { ExportDocument, ExportDose, ExportTagUse } from "../schema";
import { experimentKey } from "./keys";

/**
 * The document-level checks of an export file (lib/export/schema.ts runs them after the record
 * checks): every reference resolves inside the file, and nothing the database keeps unique is
 * listed twice. The import plan (plan.ts) relies on both.
 */
export function checkReferencesAndDuplicates(doc: ExportDocument, ctx: z.RefinementCtx) {
  const issue = (path: (string | number)[], message: string) =>
    ctx.addIssue({ code: "custom", path, message });
  // Only what the database itself keeps unique: an export always passes these checks.
  const firstSeen = <K>(seen: Set<K>, key: K) => {
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };

  const tagKeys = new Set<string>();
  doc.tags.forEach((tag, index) => {
    if (!firstSeen(tagKeys, `${tag.kind}\u0000${tag.name}`)) {
      issue(["tags", index], `the ${tag.kind} tag "${tag.name}" is listed twice`);
    }
  });
  const reliefNames = new Set<string>();
  const builtinKeys = new Set<string>();
  doc.reliefItems.forEach((item, index) => {
    if (!firstSeen(reliefNames, item.name)) {
      issue(["reliefItems", index, "name"], `"${item.name}" is listed twice`);
    }
    if (item.builtinKey !== null && !firstSeen(builtinKeys, item.builtinKey)) {
      issue(["reliefItems", index, "builtinKey"], `"${item.builtinKey}" is listed twice`);
    }
  });

  // The account holds one medication per name in any case.
  const medicationNames = new Set<string>();
  const medicationMatch = new Set<string>();
  doc.medications.forEach((item, index) => {
    medicationNames.add(item.name);
    if (!firstSeen(medicationMatch, item.name.toLowerCase())) {
      issue(["medications", index, "name"], `"${item.name}" is listed twice`);
    }
  });
  const checkDoses = (doses: ExportDose[], path: (string | number)[]) => {
    doses.forEach((taken, index) => {
      if (!medicationNames.has(taken.medication)) {
        issue([...path, index, "medication"], `no medication "${taken.medication}" in medications`);
      }
    });
  };

  const checkTags = (uses: ExportTagUse[], path: (string | number)[]) => {
    uses.forEach((use, index) => {
      if (!tagKeys.has(`${use.kind}\u0000${use.name}`)) {
        issue([...path, index], `no ${use.kind} tag "${use.name}" in tags`);
      }
    });
  };

  const dates = new Set<string>();
  doc.checkIns.forEach((checkIn, index) => {
    if (!firstSeen(dates, checkIn.date)) {
      issue(["checkIns", index, "date"], `there is already a check-in for ${checkIn.date}`);
    }
    const parts = new Set<string>();
    checkIn.pain.forEach((pain, painIndex) => {
      if (!firstSeen(parts, pain.partOfDay)) {
        issue(
          ["checkIns", index, "pain", painIndex, "partOfDay"],
          "this part of day is rated twice",
        );
      }
      checkTags(pain.tags, ["checkIns", index, "pain", painIndex, "tags"]);
    });
    checkTags(checkIn.tags, ["checkIns", index, "tags"]);
    const items = new Set<string>();
    checkIn.relief.forEach((use, useIndex) => {
      const path = ["checkIns", index, "relief", useIndex, "item"];
      if (!reliefNames.has(use.item)) issue(path, `no relief item "${use.item}" in reliefItems`);
      if (!firstSeen(items, use.item)) issue(path, `"${use.item}" is listed twice on this day`);
    });
    checkDoses(checkIn.medications, ["checkIns", index, "medications"]);
  });

  const requestIds = new Set<string>();
  doc.quickLogs.forEach((log, index) => {
    if (log.requestId !== null && !firstSeen(requestIds, log.requestId)) {
      issue(["quickLogs", index, "requestId"], "this requestId appears twice");
    }
    checkTags(log.tags, ["quickLogs", index, "tags"]);
    checkDoses(log.medications, ["quickLogs", index, "medications"]);
  });

  const events = new Set<string>();
  doc.lifeEvents.forEach((event, index) => {
    if (!firstSeen(events, `${event.date}\u0000${event.title}`)) {
      issue(["lifeEvents", index, "title"], `"${event.title}" on ${event.date} is listed twice`);
    }
  });
  const pegDates = new Set<string>();
  doc.pegResponses.forEach((peg, index) => {
    if (!firstSeen(pegDates, peg.date)) {
      issue(["pegResponses", index, "date"], `there is already a PEG for ${peg.date}`);
    }
  });
  const experimentKeys = new Set<string>();
  doc.experiments.forEach((experiment, index) => {
    const path = ["experiments", index];
    // Both null: the relief item was removed from the library since (kept as such).
    if (experiment.reliefItem !== null && experiment.rule !== null) {
      issue([...path, "rule"], "expected a reliefItem or a rule, not both");
    }
    if (experiment.reliefItem !== null && !reliefNames.has(experiment.reliefItem)) {
      issue([...path, "reliefItem"], `no relief item "${experiment.reliefItem}" in reliefItems`);
    }
    if (!firstSeen(experimentKeys, experimentKey(experiment))) {
      issue(
        [...path, "startDate"],
        `the experiment starting ${experiment.startDate} is listed twice`,
      );
    }
    const nights = new Set<string>();
    experiment.nights.forEach((night, nightIndex) => {
      if (!firstSeen(nights, night.date)) {
        issue([...path, "nights", nightIndex, "date"], `${night.date} is listed twice`);
      }
    });
  });
  const reflectionKeys = new Set<string>();
  doc.reflections.forEach((reflection, index) => {
    const key = `${reflection.promptKey}\u0000${Date.parse(reflection.createdAt)}`;
    if (!firstSeen(reflectionKeys, key)) {
      issue(["reflections", index, "createdAt"], "this prompt has two answers at the same time");
    }
  });
}
