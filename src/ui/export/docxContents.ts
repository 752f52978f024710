/** What the Word brief will hold, in words, for the export dialog's preview (a .docx cannot be shown as text). */
import { plural } from '../../core/export/plural.ts';
import type { RiskSummary } from '../../core/export/types.ts';

/** The parts of the Word brief, one line each, in the order the document has them. */
export function docxContents(summary: RiskSummary): string[] {
  const redlined = new Set<string>();
  for (const entry of summary.entries) for (const effect of entry.effects) if (effect.altersText) redlined.add(`${entry.clause}|${effect.proposal}`);
  const lines = [
    `A title page for the workspace “${summary.workspace}”${summary.generated ? `, dated ${summary.generated.slice(0, 10)}` : ''}.`,
    `A summary table of ${plural(summary.totals.annotations, 'annotation')} (${plural(summary.totals.byKind.risk, 'risk')}, ${plural(summary.totals.byKind.opportunity, 'opportunity', 'opportunities')}, ${plural(summary.totals.byKind.note, 'note')}).`,
  ];
  if (summary.risks.length === 0) lines.push('No risk category section: no risk annotation matches the filters.');
  for (const group of summary.risks) {
    const count = group.documents.reduce((n, d) => n + d.entries.length, 0);
    lines.push(`A section “${group.name}”: ${plural(count, 'annotation')} on ${plural(group.documents.length, 'text')}${group.highestSeverity ? `, highest severity ${group.highestSeverity}` : ''}.`);
  }
  if (summary.opportunities.length > 0) lines.push(`SDG and Strategic Plan opportunities: ${plural(summary.opportunities.length, 'target')}.`);
  if (summary.notes.length > 0) lines.push(`Notes on ${plural(summary.notes.length, 'text')}.`);
  if (summary.matrix.rows.length > 0) lines.push(`The issues matrix: ${plural(summary.matrix.rows.length, 'text')} × ${plural(summary.matrix.proposers.length, 'proposer')}.`);
  lines.push(redlined.size > 0 ? `Redlines (insertions underlined, deletions struck through) for ${plural(redlined.size, 'proposed change')} to annotated clauses.` : 'No redlines: no proposal alters an annotated clause.');
  return lines;
}
