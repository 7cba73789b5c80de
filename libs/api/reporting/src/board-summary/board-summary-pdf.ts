import PDFDocument from 'pdfkit';
import type { Writable } from 'node:stream';
import { calendarDateAt } from '@larnav/contracts';
import { BOARD_SUMMARY_LABELS } from './board-summary-labels';
import type { BoardSummary, SummarySection } from './board-summary';

const MARGIN = 50;
const HEADER_FILL = '#e8eef5';

/** "87,5 %" in Swedish, "87.5%" in English; a dash when nobody counts. */
function percent(value: number | null, lang: BoardSummary['lang']): string {
  if (value === null) return '–';
  return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'sv-SE', { style: 'percent', maximumFractionDigits: 1 }).format(
    value / 100,
  );
}

/**
 * The board's summary as a printable A4 PDF (pdfkit, whose tables break across pages): what it
 * covers and as of when, then per root of the report its modules with a year's change, its units
 * one level down and its new starters, and what the numbers mean. Written to `out`.
 */
export async function writeBoardSummaryPdf(summary: BoardSummary, out: Writable): Promise<void> {
  const l = BOARD_SUMMARY_LABELS[summary.lang];
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    lang: summary.lang === 'sv' ? 'sv-SE' : 'en-GB',
    info: { Title: `${l.title}: ${l.subtitle}`, Author: summary.municipality, Subject: summary.asOf },
  });
  doc.pipe(out);
  const width = doc.page.width - 2 * MARGIN;

  doc.font('Helvetica-Bold').fontSize(22).text(l.title, { width });
  doc.font('Helvetica').fontSize(13).text(l.subtitle, { width }).moveDown(0.8);
  doc.fontSize(10);
  for (const [label, value] of [
    [l.municipality, summary.municipality],
    [l.unit, summary.scope ?? l.wholeScope],
    [l.asOf, summary.asOf],
    [l.printed, calendarDateAt(summary.printedAt)],
  ]) {
    doc.font('Helvetica-Bold').text(`${label}: `, { continued: true }).font('Helvetica').text(value);
  }
  for (const section of summary.sections) writeSection(doc, section, summary, width);

  doc.moveDown(1.5).font('Helvetica-Oblique').fontSize(9).text(l.definition, MARGIN, doc.y, { width });
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index++) {
    doc.switchToPage(index);
    // Written inside the bottom margin, where it cannot push a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font('Helvetica')
      .fontSize(8)
      .fillColor('#555555')
      .text(
        `${summary.municipality} · ${l.asOf} ${summary.asOf} · ${l.page(index - range.start + 1, range.count)}`,
        MARGIN,
        doc.page.height - MARGIN / 2 - 8,
        { width, align: 'center', lineBreak: false },
      );
    doc.page.margins.bottom = bottom;
  }
  doc.fillColor('black');
  doc.end();
  await new Promise<void>((resolve, reject) => {
    out.once('finish', resolve);
    out.once('error', reject);
  });
}

function writeSection(doc: PDFKit.PDFDocument, section: SummarySection, summary: BoardSummary, width: number): void {
  const l = BOARD_SUMMARY_LABELS[summary.lang];
  const lang = summary.lang;
  const heading = (text: string) =>
    doc.moveDown(1.2).font('Helvetica-Bold').fontSize(14).text(text, MARGIN, doc.y, { width }).moveDown(0.4);
  const table = (header: string[], rows: string[][], columns: (number | string)[]) => {
    doc.font('Helvetica').fontSize(9);
    doc.table({
      maxWidth: width,
      columnStyles: columns,
      rowStyles: (row) => (row === 0 ? { backgroundColor: HEADER_FILL } : undefined),
      defaultStyle: { padding: [3, 4, 3, 4], border: 0.5, borderColor: '#999999' },
      data: [
        header.map((text) => ({ text, type: 'TH' as const, font: { family: 'Helvetica-Bold' } })),
        ...rows.map((row) =>
          row.map((text, index) => ({ text, align: { x: index === 0 ? ('left' as const) : ('right' as const) } })),
        ),
      ],
    });
  };

  heading(l.byModule(section.unit.name));
  if (section.modules.length === 0) doc.font('Helvetica').fontSize(10).text(l.noRequirements, { width });
  else
    table(
      [l.module, l.population, l.compliant, l.coverage, l.overdue, l.exempt, l.yearAgo(summary.yearAgoAsOf)],
      section.modules.map((m) => [
        m.title,
        String(m.now.population),
        String(m.now.compliant),
        percent(m.now.percentage, lang),
        String(m.now.overdue),
        String(m.now.exempt),
        percent(m.yearAgo, lang),
      ]),
      ['*', 58, 50, 58, 58, 62, 70],
    );

  if (section.units.length > 0) {
    heading(l.byUnit(section.unit.name));
    table(
      [l.orgUnit, l.module, l.population, l.coverage, l.overdue],
      section.units.flatMap((unit) =>
        unit.modules.map((m, index) => [
          index === 0 ? unit.name : '',
          m.title,
          String(m.numbers.population),
          percent(m.numbers.percentage, lang),
          String(m.numbers.overdue),
        ]),
      ),
      [130, '*', 58, 58, 58],
    );
  }

  heading(l.onboarding(summary.onboardingPeriod.from, summary.onboardingPeriod.to));
  if (section.onboarding.length === 0) doc.font('Helvetica').fontSize(10).text(l.noHires, { width });
  else
    table(
      [l.module, l.hires, l.inTime, l.late, l.missed, l.coverage],
      section.onboarding.map((m) => [
        m.title,
        String(m.numbers.required),
        String(m.numbers.inTime),
        String(m.numbers.late),
        String(m.numbers.missed),
        percent(m.numbers.percentage, lang),
      ]),
      ['*', 55, 65, 70, 60, 58],
    );
}
