import type { ClauseChange, DocumentDiff, FrontChange, Hunk, SectionChange } from './types.ts';

export interface RedlineOptions {
  /** Name of the proposal in the title ("EUR/44A7/1"); the diff's proposal ID by default. */
  proposal?: string;
  /** A line under the title saying where the changes come from. */
  note?: string;
}

const FRONT_NAMES: Record<FrontChange['field'], string> = { titleLine: 'Title', title: 'Subject', preamble: 'Opening formula' };

/**
 * A diff as an ITU-style redline in Markdown, clause by clause: insertions as `<ins>…</ins>`
 * (underlined, as the ITU marks them), deletions as `~~…~~` (struck through), each clause with its
 * op and IDs (`MOVE res130/considering/c → res130/considering/d`). Text is escaped, so the
 * words of a clause never turn into markup.
 */
export function redlineMarkdown(diff: DocumentDiff, options: RedlineOptions = {}): string {
  const s = diff.summary;
  const lines = [`# Redline: ${escape(diff.base)} → ${escape(options.proposal ?? diff.proposal)}`, ''];
  if (options.note) lines.push(escape(options.note), '');
  lines.push(`MOD ${s.MOD} · ADD ${s.ADD} · SUP ${s.SUP} · MOVE ${s.MOVE} · NOC ${s.NOC}`, '');
  for (const front of diff.front ?? []) lines.push(`**${FRONT_NAMES[front.field]}** (${front.op}): ${marked(front.hunks)}`, '');

  const bySection = new Map<string, ClauseChange[]>();
  for (const change of diff.changes) {
    const key = change.op === 'SUP' ? change.section : change.toSection ?? change.section;
    const list = bySection.get(key) ?? [];
    list.push(change);
    bySection.set(key, list);
  }
  const sections: SectionChange[] = diff.sections ?? [...bySection.keys()].map((id) => ({ op: 'NOC', section: id, heading: { from: id, to: id }, part: 'operative' }));
  for (const section of sections) {
    const key = section.op === 'SUP' ? section.section : section.to ?? section.section;
    lines.push(`## ${sectionHeading(section)}`, '');
    const changes = bySection.get(key) ?? [];
    bySection.delete(key);
    for (const change of changes) lines.push(clauseLine(change));
    if (changes.length > 0) lines.push('');
  }
  // Changes in a section the list does not name (a hand-made diff): kept, never dropped.
  for (const [key, changes] of bySection) lines.push(`## ${escape(key)}`, '', ...changes.map(clauseLine), '');
  return `${lines.join('\n').trimEnd()}\n`;
}

function sectionHeading(section: SectionChange): string {
  const { from, to } = section.heading;
  const heading = from === to || from === null || to === null ? `*${escape((to ?? from) ?? '')}*` : `~~*${escape(from)}*~~ <ins>*${escape(to)}*</ins>`;
  const op = section.op === 'NOC' ? '' : section.op === 'MOVE' ? ` (MOVE \`${section.section}\` → \`${section.to}\`)` : ` (${section.op})`;
  const title = section.title && section.title.from !== section.title.to ? ` — ${labelMarks(section.title.from, section.title.to)}` : section.title?.to ? ` — ${escape(section.title.to)}` : '';
  return `${heading}${title}${op}`;
}

function clauseLine(change: ClauseChange): string {
  const indent = '  '.repeat(change.depth ?? 0);
  const ids = change.op === 'MOVE' ? `\`${change.clause}\` → \`${change.to}\`` : `\`${change.clause}\``;
  const label = labelMarks(change.label.from, change.label.to);
  const text = marked(change.hunks);
  return `${indent}- **${change.op}** ${ids} ${label}${label && text ? ' ' : ''}${text}`.trimEnd();
}

function labelMarks(from: string | null, to: string | null): string {
  if (from === to) return escape(to ?? '');
  return [from ? del(from) : '', to ? ins(to) : ''].filter(Boolean).join(' ');
}

function marked(hunks: readonly Hunk[]): string {
  return hunks.map((hunk) => (hunk.type === 'equal' ? escape(oneLine(hunk.text)) : hunk.type === 'insert' ? ins(hunk.text) : del(hunk.text))).join('');
}

/** White space at the edges stays outside the marks (Markdown's `~~` must touch the text). */
function wrap(text: string, open: string, close: string): string {
  const flat = oneLine(text);
  const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(flat)!;
  return m[2] === '' ? flat : `${m[1]}${open}${escape(m[2])}${close}${m[3]}`;
}

const ins = (text: string): string => wrap(text, '<ins>', '</ins>');
const del = (text: string): string => wrap(text, '~~', '~~');
const oneLine = (text: string): string => text.replace(/[\r\n]+/g, ' ');

/** Markdown and HTML special characters, escaped. */
function escape(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_~[\]|#])/g, '\\$1');
}
