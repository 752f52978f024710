/** One annotation in the DOCX brief: its clause, ratings, quoted words, base text, redlines, note and thread. */
import { citationFromId } from '../anchoring/index.ts';
import type { ProposalEffect, SummaryEntry } from './types.ts';
import { count, severityLabel, statusLabel } from './docxLabels.ts';
import { labelled, paragraph, plainParagraphs, redlineRuns, run } from './docxXml.ts';

/** "resolves 4", or the citation made from the clause ID when the clause is no longer in the text. */
const citationOf = (entry: SummaryEntry): string => entry.citation || citationFromId(entry.clause);

/** What a proposal does to the clause, in words (the wording of the Markdown brief). */
function effectXml(effect: ProposalEffect): string {
  const who = run(effect.proposal, { bold: true }) + run(` (${effect.proposer}, ${effect.status.replace(/-/g, ' ')}): `);
  const redline = paragraph(redlineRuns(effect.hunks), { indent: 360 });
  if (effect.op === 'SUP') return paragraph(who + run('SUP', { bold: true }) + run(', deletes the clause:')) + redline;
  if (effect.op === 'MOVE') {
    const to = effect.to ? `${citationFromId(effect.to)} (${effect.to})` : 'another place';
    return paragraph(who + run('MOVE', { bold: true }) + run(` to ${to}${effect.altersText ? ', amended:' : ', words unchanged'}`)) + (effect.altersText ? redline : '');
  }
  return paragraph(who + run(effect.op, { bold: true }) + run(':')) + redline;
}

/** The proposals on the clause: each that acts on it, then one line for those that leave it alone. */
function effectsXml(effects: readonly ProposalEffect[]): string {
  const acting = effects.filter((e) => e.op !== 'NOC');
  const silent = effects.filter((e) => e.op === 'NOC');
  const out = acting.length > 0 ? paragraph(run('Proposals', { bold: true })) + acting.map(effectXml).join('') : '';
  return silent.length === 0 ? out : out + paragraph(run(`No change proposed by ${silent.map((e) => `${e.proposal} (${e.proposer})`).join(', ')}.`));
}

/** "Thread: 2 replies (amina, jonas); latest, by amina on 2026-11-10: …", or '' without replies. */
function threadXml(entry: SummaryEntry): string {
  const { replies, participants, latest } = entry.thread;
  if (replies === 0 || latest === null) return '';
  return labelled('Thread', `${count(replies, 'reply', 'replies')} (${participants.join(', ')}); latest, by ${latest.author} on ${latest.created.slice(0, 10)}: ${latest.text}`);
}

/** How tags are named: risk categories by their names (ID → name), SDG and plan targets by their IDs. */
export type CategoryNames = ReadonlyMap<string, string>;

/**
 * One entry: a heading with the citation (and, when asked, the text's name), then severity,
 * status, assignee and author, the tags, where the anchor stands when it is not exact, the quoted
 * words, the base text, each proposal's redline (insertions underlined, deletions struck
 * through), the note as plain paragraphs, and the thread summary.
 */
export function entryXml(entry: SummaryEntry, names: CategoryNames, withDocument = false): string {
  const out: string[] = [paragraph(run(`${withDocument ? `${entry.document.name}, ` : ''}${citationOf(entry)} (${entry.clause})`), { style: 'Heading3' })];
  const facts = [
    entry.kind === 'risk' ? `Severity: ${severityLabel(entry.severity)}` : entry.kind === 'opportunity' ? 'Opportunity' : 'Note',
    `Status: ${statusLabel(entry.status)}`,
    `Assignee: ${entry.assignee ?? 'none'}`,
    `By: ${entry.author}, ${entry.created.slice(0, 10)}`,
  ];
  out.push(paragraph(run(facts.join(' · '), { italics: true })));
  const tags = [...entry.categories.map((id) => names.get(id) ?? id), ...entry.sdgTargets.map((t) => `SDG ${t}`), ...entry.planTargets].join(', ');
  if (tags !== '') out.push(labelled('Tags', tags));
  if (entry.anchor.state !== 'exact') out.push(labelled('Anchoring', `${entry.anchor.state} (${entry.anchor.reason})`));
  if (entry.quote !== null) out.push(paragraph(run(entry.anchor.state === 'orphaned' ? 'Quoted (no longer in the text): ' : 'Quoted: ', { bold: true }) + run(`“${entry.quote}”`, { italics: true })));
  if (entry.baseText !== '') out.push(labelled('Base text', entry.baseText));
  out.push(effectsXml(entry.effects));
  if (entry.note.trim() !== '') out.push(paragraph(run('Note', { bold: true })), plainParagraphs(entry.note));
  out.push(threadXml(entry));
  return out.join('');
}
