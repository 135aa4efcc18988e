import "server-only";
import path from "node:path";
import PDFDocument from "pdfkit";
import { CHART_COLORS } from "@/lib/charts";
import { PART_OF_DAY_LABELS } from "@/lib/journal/vocabulary/terms";
import { formatPain } from "@/lib/pain-text";
import type { ShareSummary } from "../types";
import {
  type DocumentSection,
  type DocumentTable,
  inDayOrder,
  NOT_A_DIAGNOSIS_LINE,
  summaryDocument,
} from "./summary-document";

// DejaVu Sans covers Latin, Greek and Cyrillic and signs like "−" and "–" that PDF's built-in
// Helvetica cannot encode; people's own words may use any of them.
const FONT_DIR = path.join(process.cwd(), "node_modules/dejavu-fonts-ttf/ttf");
const MARGIN = 50;
const FOOTER_SPACE = 30;

type Doc = PDFKit.PDFDocument;

function contentWidth(doc: Doc) {
  return doc.page.width - MARGIN * 2;
}

function ensureSpace(doc: Doc, height: number) {
  if (doc.y + height > doc.page.height - MARGIN - FOOTER_SPACE) doc.addPage();
}

function drawTable(doc: Doc, table: DocumentTable) {
  const width = contentWidth(doc);
  const columns = table.head.length;
  // The first column holds labels and long text; give it more room.
  const first = columns > 2 ? width * 0.34 : width * 0.25;
  const widths = [
    first,
    ...Array.from({ length: columns - 1 }, () => (width - first) / (columns - 1)),
  ];
  ensureSpace(doc, 40);
  doc.font("bold").fontSize(9).fillColor("#333333").text(table.caption, MARGIN, doc.y);
  doc.moveDown(0.3);
  const drawRow = (cells: string[], isHead: boolean) => {
    doc.font(isHead ? "bold" : "body").fontSize(8.5);
    const height =
      Math.max(
        ...cells.map((cell, i) => doc.heightOfString(cell, { width: (widths[i] ?? 60) - 6 })),
      ) + 6;
    ensureSpace(doc, height);
    const top = doc.y;
    let x = MARGIN;
    cells.forEach((cell, i) => {
      doc.fillColor("#111111").text(cell, x + 3, top + 3, { width: (widths[i] ?? 60) - 6 });
      x += widths[i] ?? 60;
    });
    doc
      .moveTo(MARGIN, top + height)
      .lineTo(MARGIN + width, top + height)
      .strokeColor("#cccccc")
      .lineWidth(0.5)
      .stroke();
    doc.y = top + height;
  };
  drawRow(table.head, true);
  for (const row of table.rows) drawRow(row, false);
  doc.x = MARGIN;
  doc.moveDown(0.8);
}

/** Gridlines and labels at 0, 5 and 10 on the pain scale, left of a chart area. */
function drawPainScale(
  doc: Doc,
  { left, width, y }: { left: number; width: number; y: (value: number) => number },
) {
  doc.font("body").fontSize(7).fillColor("#555555");
  for (const tick of [0, 5, 10]) {
    doc.text(String(tick), MARGIN, y(tick) - 4, { width: 24, align: "right" });
    doc
      .moveTo(left, y(tick))
      .lineTo(left + width, y(tick))
      .strokeColor("#dddddd")
      .lineWidth(0.5)
      .stroke();
  }
}

/** Bars for the middle half of each part of day's ratings, a tick at the median. */
function drawPartsChart(doc: Doc, summary: ShareSummary) {
  const parts = inDayOrder(summary.partsOfDay);
  if (!parts.length) return;
  const height = 120;
  ensureSpace(doc, height + 30);
  const top = doc.y;
  const left = MARGIN + 30;
  const width = contentWidth(doc) - 30;
  const y = (value: number) => top + height - (value / 10) * height;
  drawPainScale(doc, { left, width, y });
  const slot = width / parts.length;
  parts.forEach((part, index) => {
    const x = left + slot * index + slot * 0.3;
    const barWidth = slot * 0.4;
    doc
      .rect(x, y(part.q3), barWidth, Math.max(1, y(part.q1) - y(part.q3)))
      .fillColor(CHART_COLORS.sky)
      .fill();
    doc
      .moveTo(x - 4, y(part.median))
      .lineTo(x + barWidth + 4, y(part.median))
      .strokeColor(CHART_COLORS.vermillion)
      .lineWidth(2)
      .stroke();
    doc
      .fillColor("#333333")
      .text(
        `${PART_OF_DAY_LABELS[part.partOfDay].label} (median ${formatPain(part.median)})`,
        left + slot * index,
        top + height + 4,
        { width: slot, align: "center" },
      );
  });
  doc.x = MARGIN;
  doc.y = top + height + 22;
}

/** The weekly mean day pain as a line, with life events as dashed vertical lines. */
function drawTrendChart(doc: Doc, summary: ShareSummary) {
  if (summary.weeks.length < 2) return;
  const height = 110;
  ensureSpace(doc, height + 30);
  const top = doc.y;
  const left = MARGIN + 30;
  const width = contentWidth(doc) - 30;
  const x = (index: number) => left + (index / (summary.weeks.length - 1)) * width;
  const y = (value: number) => top + height - (value / 10) * height;
  drawPainScale(doc, { left, width, y });
  for (const event of summary.lifeEvents) {
    const index = summary.weeks.findIndex((week, i) => {
      const next = summary.weeks[i + 1];
      return week.weekStart <= event.date && (!next || event.date < next.weekStart);
    });
    if (index < 0) continue;
    doc
      .moveTo(x(index), top)
      .lineTo(x(index), top + height)
      .dash(3, { space: 3 })
      .strokeColor(CHART_COLORS.purple)
      .stroke()
      .undash();
    doc.fillColor(CHART_COLORS.purple).text(event.title, x(index) + 2, top + 2, { width: 90 });
  }
  summary.weeks.forEach((week, index) => {
    if (index === 0) doc.moveTo(x(index), y(week.meanPain));
    else doc.lineTo(x(index), y(week.meanPain));
  });
  doc.strokeColor(CHART_COLORS.blue).lineWidth(1.5).stroke();
  doc
    .fillColor("#333333")
    .text(
      `Weekly mean day pain, ${summary.weeks[0]?.weekStart} to ${summary.weeks.at(-1)?.weekStart}`,
      left,
      top + height + 4,
      { width, align: "center" },
    );
  doc.x = MARGIN;
  doc.y = top + height + 22;
}

function drawSection(doc: Doc, section: DocumentSection, summary: ShareSummary) {
  ensureSpace(doc, 60);
  doc.font("bold").fontSize(13).fillColor("#000000").text(section.title, MARGIN, doc.y);
  doc.moveDown(0.4);
  doc.font("body").fontSize(10).fillColor("#111111");
  for (const paragraph of section.paragraphs) {
    doc.text(paragraph, MARGIN, doc.y, { width: contentWidth(doc) });
    doc.moveDown(0.4);
  }
  if (section.id === "parts-of-day") drawPartsChart(doc, summary);
  if (section.id === "trend") drawTrendChart(doc, summary);
  for (const table of section.tables) drawTable(doc, table);
  doc.moveDown(0.6);
}

/** The summary as a PDF, with the period and the not-a-diagnosis line on every page. */
export function renderSummaryPdf(summary: ShareSummary): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    bufferPages: true,
    info: {
      Title: `Pain journal summary ${summary.period.from} to ${summary.period.to}`,
      Creator: "Backstory",
    },
  });
  doc.registerFont("body", path.join(FONT_DIR, "DejaVuSans.ttf"));
  doc.registerFont("bold", path.join(FONT_DIR, "DejaVuSans-Bold.ttf"));
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  doc.font("bold").fontSize(18).text("Pain journal summary");
  doc
    .font("body")
    .fontSize(11)
    .fillColor("#333333")
    .text(`${summary.period.from} to ${summary.period.to}`);
  doc.moveDown(1);
  for (const section of summaryDocument(summary)) drawSection(doc, section, summary);
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index++) {
    doc.switchToPage(index);
    // Writing inside the bottom margin would otherwise start a new page.
    doc.page.margins.bottom = 0;
    doc
      .font("body")
      .fontSize(8)
      .fillColor("#444444")
      .text(
        `Backstory · ${summary.period.from} to ${summary.period.to} · ${NOT_A_DIAGNOSIS_LINE} · Page ${index + 1} of ${range.count}`,
        MARGIN,
        doc.page.height - MARGIN + 10,
        { width: contentWidth(doc), align: "center", lineBreak: false },
      );
  }
  doc.end();
  return done;
}
