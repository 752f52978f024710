/** The risk summary as a Word brief (DOCX), for a delegation or a coalition. */
import { Document, Packer } from 'docx';
import { RISK_CATEGORIES } from '../taxonomy/index.ts';
import type { DocumentGroup, RiskSummary, SummaryFilters } from './types.ts';
import { entryXml } from './docxEntry.ts';
import type { CategoryNames } from './docxEntry.ts';
import { count, severityLabel } from './docxLabels.ts';
import { DOS_EPOCH, corePropertiesXml, repackage } from './docxPackage.ts';
import { categoryTable, matrixTable } from './docxTables.ts';
import { documentXml, labelled, paragraph, run } from './docxXml.ts';

/** How each filter is named on the title page. */
const FILTER_NAMES: Record<keyof SummaryFilters, string> = {
  categories: 'Categories',
  sdgTargets: 'SDG targets',
  severities: 'Severities',
  statuses: 'Statuses',
  kinds: 'Kinds',
  documents: 'Texts',
  proposers: 'Proposers',
  conferences: 'Conferences',
};

/** "Categories: cybersecurity, ott; Severities: high", or "none (every annotation)". */
export function filtersText(filters: SummaryFilters): string {
  const parts = (Object.keys(FILTER_NAMES) as Array<keyof SummaryFilters>)
    .filter((key) => (filters[key]?.length ?? 0) > 0)
    .map((key) => `${FILTER_NAMES[key]}: ${filters[key]!.join(', ')}`);
  return parts.length > 0 ? parts.join('; ') : 'none (every annotation)';
}

const title = (summary: RiskSummary): string => `Risk summary: ${summary.workspace}`;
const heading1 = (text: string): string => paragraph(run(text), { style: 'Heading1', pageBreakBefore: true });
const heading2 = (text: string): string => paragraph(run(text), { style: 'Heading2' });

function titlePage(summary: RiskSummary): string {
  const { totals } = summary;
  return [
    paragraph(run(title(summary)), { style: 'Title', center: true }),
    labelled('Workspace', summary.workspace),
    summary.generated === null ? '' : labelled('Generated', summary.generated),
    labelled('Filters', filtersText(summary.filters)),
    labelled('Annotations', `${totals.annotations}: ${count(totals.byKind.risk, 'risk')}, ${count(totals.byKind.opportunity, 'opportunity', 'opportunities')}, ${count(totals.byKind.note, 'note')}`),
    labelled('Severity', (['critical', 'high', 'medium', 'low'] as const).map((s) => `${severityLabel(s)} ${totals.bySeverity[s]}`).join(', ')),
  ].join('');
}

/** Entries grouped by text: a level-2 heading per text, then its entries. */
function* byDocument(groups: readonly DocumentGroup[], names: CategoryNames, withDocument = false): Generator<string> {
  for (const group of groups) {
    if (!withDocument) yield heading2(group.document.name);
    for (const entry of group.entries) yield entryXml(entry, names, withDocument);
  }
}

/** Category names: the summary's own, then the built-in ones (for categories on opportunities or notes). */
const categoryNames = (summary: RiskSummary): CategoryNames => new Map([...RISK_CATEGORIES.map((c): [string, string] => [c.id, c.label]), ...summary.risks.map((g): [string, string] => [g.category, g.name])]);

/** The body of the brief, in pieces (one per entry), section by section. */
function* body(summary: RiskSummary): Generator<string> {
  const names = categoryNames(summary);
  yield titlePage(summary);
  yield heading1('Summary');
  yield summary.risks.length > 0 ? categoryTable(summary) : paragraph(run('No risk annotations match.'));
  for (const group of summary.risks) {
    yield heading1(`${group.name} (highest severity: ${severityLabel(group.highestSeverity)})`);
    yield* byDocument(group.documents, names);
  }
  if (summary.opportunities.length > 0) yield heading1('Opportunities');
  for (const group of summary.opportunities) {
    yield heading2(group.name);
    yield* byDocument(group.documents, names, true);
  }
  if (summary.notes.length > 0) {
    yield heading1('Notes');
    yield* byDocument(summary.notes, names);
  }
  yield heading1('Issues matrix');
  yield summary.matrix.rows.length > 0 ? matrixTable(summary) : paragraph(run('No proposals on these texts.'));
}

/**
 * The brief: a title page (title, workspace, date when set, filters, counts); a table of risks by
 * category; a section per risk category (by text, then clause: citation, ratings, quoted words,
 * base text, each proposal's redline with insertions underlined and deletions struck through,
 * the note as plain text, the thread); opportunities; notes; and the issues matrix. The docx
 * package writes the package (styles, settings, relationships); the body is written by docxXml
 * and streamed into the zip. Reproducible: the file's dates come from `summary.generated` (or
 * 1980-01-01 without one).
 */
export async function toDocx(summary: RiskSummary): Promise<Uint8Array> {
  const date = summary.generated ?? DOS_EPOCH;
  const shell = await Packer.pack(new Document({ title: title(summary), creator: 'Clausewatch', sections: [{ children: [] }] }), 'uint8array');
  return repackage(
    shell,
    new Map<string, Iterable<string>>([
      ['word/document.xml', documentXml(body(summary))],
      ['docProps/core.xml', [corePropertiesXml(title(summary), date)]],
    ]),
    date,
  );
}
