/** The risk summary as a Markdown brief, ready to paste into a document. */
import { citationFromId } from '../anchoring/index.ts';
import type { ChangeOp } from '../diff/index.ts';
import { ANNOTATION_KINDS, RISK_CATEGORIES, SEVERITIES, STATUSES } from '../taxonomy/index.ts';
import { MATRIX_OPS } from './issuesMatrix.ts';
import { mdCell, mdLineStart, mdNoteBlock, mdRedline, mdSource, mdText, oneLine } from './markdownText.ts';
import { plural } from './plural.ts';
import type { DocumentGroup, MatrixCell, ProposalEffect, RiskSummary, SummaryEntry, SummaryFilters, SummaryTotals } from './types.ts';

const label = <T extends string>(terms: ReadonlyArray<{ id: T; label: string }>, id: T): string => terms.find((t) => t.id === id)?.label ?? id;
const lower = (text: string): string => text.toLowerCase();

const FILTER_NAMES: Record<keyof SummaryFilters, string> = {
  categories: 'categories',
  sdgTargets: 'SDG targets',
  severities: 'severities',
  statuses: 'statuses',
  kinds: 'kinds',
  documents: 'texts',
  proposers: 'proposers',
  conferences: 'conferences',
};

function filtersLine(filters: SummaryFilters): string {
  const parts = (Object.keys(FILTER_NAMES) as Array<keyof SummaryFilters>)
    .filter((key) => (filters[key]?.length ?? 0) > 0)
    .map((key) => `${FILTER_NAMES[key]} ${filters[key]!.map(mdText).join(', ')}`);
  return parts.length === 0 ? 'Filters: none (every annotation of the workspace).' : `Filters: ${parts.join(' · ')}.`;
}

function totalsLines(t: SummaryTotals): string[] {
  const counts = <K extends string>(record: Record<K, number>, keys: readonly K[], name: (k: K) => string): string =>
    keys.filter((k) => record[k] > 0).map((k) => `${record[k]} ${name(k)}`).join(', ') || 'none';
  return [
    `**${plural(t.annotations, 'annotation')}**: ${counts(t.byKind, ['risk', 'opportunity', 'note'], (k) => (t.byKind[k] === 1 ? k : k === 'opportunity' ? 'opportunities' : `${k}s`))}.`,
    `Severity: ${counts(t.bySeverity, ['critical', 'high', 'medium', 'low', 'unrated'], (k) => (k === 'unrated' ? 'not rated' : k))}. ` +
      `Status: ${counts(t.byStatus, ['open', 'in-review', 'agreed', 'resolved'], (k) => lower(label(STATUSES, k)))}. ` +
      `Anchoring: ${counts(t.byAnchor, ['exact', 'moved', 'fuzzy', 'orphaned'], (k) => k)}.`,
  ];
}

/** How a brief cites a clause: "resolves 3 — `res130/resolves/3`". */
function citation(entry: SummaryEntry): string {
  const cited = entry.citation || citationFromId(entry.clause);
  return `${mdText(cited)} — \`${entry.clause.replace(/`/g, "'")}\``;
}

function effectLine(effect: ProposalEffect): string {
  const who = `**${mdText(effect.proposal)}** (${mdText(effect.proposer)}, ${mdText(effect.status.replace(/-/g, ' '))})`;
  switch (effect.op) {
    case 'SUP':
      return `- ${who}: **SUP**, deletes the clause: ${mdRedline(effect.hunks)}`;
    case 'MOVE': {
      const to = effect.to ? `${mdText(citationFromId(effect.to))} (\`${effect.to}\`)` : 'another place';
      return `- ${who}: **MOVE** to ${to}${effect.altersText ? `, amended: ${mdRedline(effect.hunks)}` : ', words unchanged'}`;
    }
    default:
      return `- ${who}: **${effect.op}**: ${mdRedline(effect.hunks)}`;
  }
}

function tagsLine(entry: SummaryEntry, names: ReadonlyMap<string, string>): string | null {
  const tags = [
    ...entry.categories.map((id) => mdText(names.get(id) ?? id)),
    ...entry.sdgTargets.map((id) => `SDG ${mdText(id)}`),
    ...entry.planTargets.map((id) => `Strategic Plan ${mdText(id.slice(id.indexOf('/') + 1).replace('/', ' '))}`),
  ];
  return tags.length > 0 ? `Tags: ${tags.join(', ')}` : null;
}

function entryBlock(entry: SummaryEntry, level: number, names: ReadonlyMap<string, string>): string[] {
  const out = [`${'#'.repeat(level)} ${citation(entry)}`, ''];
  const facts = [
    entry.kind === 'risk' ? `**Severity:** ${entry.severity ? label(SEVERITIES, entry.severity) : 'not rated'}` : `**${label(ANNOTATION_KINDS, entry.kind)}**`,
    `**Status:** ${label(STATUSES, entry.status)}`,
    `**Assignee:** ${entry.assignee ? mdText(entry.assignee) : 'none'}`,
    `**By:** ${mdText(entry.author)}, ${entry.created.slice(0, 10)}`,
  ];
  out.push(facts.join(' · '));
  const tags = tagsLine(entry, names);
  if (tags) out.push('', tags);
  if (entry.anchor.state !== 'exact') out.push('', `**Anchoring:** ${entry.anchor.state} (${mdText(entry.anchor.reason)})`);
  if (entry.quote !== null) out.push('', `${entry.anchor.state === 'orphaned' ? 'Quoted (no longer in the text)' : 'Quoted'}: “${mdText(entry.quote)}”`);
  if (entry.baseText) out.push('', `> ${mdLineStart(mdText(entry.baseText))}`);
  const acting = entry.effects.filter((e) => e.op !== 'NOC');
  const silent = entry.effects.filter((e) => e.op === 'NOC');
  if (acting.length > 0) out.push('', 'Proposals:', '', ...acting.map(effectLine));
  if (silent.length > 0) out.push('', `No change proposed by ${silent.map((e) => `${mdText(e.proposal)} (${mdText(e.proposer)})`).join(', ')}.`);
  const note = mdNoteBlock(entry.note);
  if (note.length > 0 && note.join('') !== '') out.push('', '**Note:**', '', ...note);
  const t = entry.thread;
  if (t.latest) {
    out.push(
      '',
      `*Thread:* ${plural(t.replies, 'reply', 'replies')} (${t.participants.map(mdText).join(', ')}). ` +
        `Latest, ${mdText(t.latest.author)} on ${t.latest.created.slice(0, 10)}: “${oneLine(mdSource(t.latest.text))}”`,
    );
  }
  out.push('');
  return out;
}

function documentBlocks(groups: readonly DocumentGroup[], level: number, names: ReadonlyMap<string, string>): string[] {
  return groups.flatMap((g) => [`${'#'.repeat(level)} ${mdText(g.document.name)}`, '', ...g.entries.flatMap((e) => entryBlock(e, level + 1, names))]);
}

function cellText(cell: MatrixCell | undefined): string {
  if (!cell) return '—';
  const ops = MATRIX_OPS.filter((op: ChangeOp) => (cell.ops[op] ?? 0) > 0).map((op) => `${op} ${cell.ops[op]}`).join(' · ') || 'NOC only';
  return `${ops}${cell.highestSeverity ? ` — **${cell.highestSeverity}**` : ''}`;
}

function matrixLines(summary: RiskSummary): string[] {
  const { proposers, rows } = summary.matrix;
  if (rows.length === 0) return ['No proposals against these texts.', ''];
  return [
    'Clauses each proposer would change on each text (MOD, ADD, SUP, MOVE; NOC left out), and the highest severity of the risks noted on the clauses their proposals alter.',
    '',
    `| Text | ${proposers.map(mdCell).join(' | ')} |`,
    `|---|${proposers.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${mdCell(row.document.name)} | ${proposers.map((p) => cellText(row.cells[p])).join(' | ')} |`),
    '',
  ];
}

/**
 * The summary as a Markdown brief: title, date (only when the summary has one), filters and totals;
 * risks by category, text and clause (severity, status, assignee, the quoted words, the base text,
 * each proposal's redline, the note, the thread); opportunities by SDG or plan target; notes; the
 * issues matrix as a table. Every text from the workspace is escaped so it cannot become markup
 * (notes keep their Markdown, with HTML inert). The same summary always gives the same bytes.
 */
export function toMarkdown(summary: RiskSummary): string {
  const names = new Map<string, string>([...RISK_CATEGORIES.map((c) => [c.id, c.label] as const), ...summary.risks.map((g) => [g.category, g.name] as const)]);
  const lines = [`# Risk summary — workspace ${mdText(summary.workspace)}`, ''];
  if (summary.generated) lines.push(`Generated ${mdText(summary.generated.slice(0, 10))}.`, '');
  lines.push(filtersLine(summary.filters), '', ...totalsLines(summary.totals), '');

  lines.push('## Risks', '');
  if (summary.risks.length === 0) lines.push('No risks match.', '');
  for (const group of summary.risks) {
    lines.push(`### ${mdText(group.name)}${group.highestSeverity ? ` (highest severity: ${group.highestSeverity})` : ''}`, '');
    lines.push(...documentBlocks(group.documents, 4, names));
  }
  lines.push('## Opportunities', '');
  if (summary.opportunities.length === 0) lines.push('No opportunities match.', '');
  for (const group of summary.opportunities) lines.push(`### ${mdText(group.name)}`, '', ...documentBlocks(group.documents, 4, names));
  lines.push('## Notes', '');
  if (summary.notes.length === 0) lines.push('No notes match.', '');
  lines.push(...documentBlocks(summary.notes, 3, names));
  lines.push('## Issues matrix', '', ...matrixLines(summary));
  return `${lines.join('\n').trimEnd()}\n`;
}
