/** One annotation as a summary shows it: anchored on the current base text, with what each proposal does to its clause. */
import { isWholeClause } from '../anchoring/index.ts';
import type { Anchor, Anchorer } from '../anchoring/index.ts';
import type { ClauseChange } from '../diff/index.ts';
import type { Annotation, AnnotationReply, AnnotationTarget } from '../model/index.ts';
import type { ClauseRow } from './clauseTable.ts';
import { compareText } from './documentRef.ts';
import type { DiffedProposal, TextContext } from './summaryContext.ts';
import type { EntryFields, ProposalEffect, SummaryEntry, ThreadSummary } from './types.ts';

/** Longest reply text a summary quotes. */
export const LATEST_REPLY_LENGTH = 200;

/** Cuts a text to `max` characters, ending with "…" when cut (never inside a surrogate pair). */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${text.slice(0, end).trimEnd()}…`;
}

/** Who took part in a thread and what was said last. */
export function threadSummary(annotation: Annotation): ThreadSummary {
  const participants = [annotation.author];
  let latest: AnnotationReply | null = null;
  for (const reply of annotation.thread) {
    if (!participants.includes(reply.author)) participants.push(reply.author);
    if (!latest || compareText(reply.created, latest.created) >= 0) latest = reply;
  }
  return {
    replies: annotation.thread.length,
    participants,
    latest: latest ? { author: latest.author, text: shorten(latest.text, LATEST_REPLY_LENGTH), created: latest.created } : null,
  };
}

function effectOf({ proposal }: DiffedProposal, change: ClauseChange): ProposalEffect {
  const move = change.op === 'MOVE';
  return {
    proposal: proposal.id,
    proposer: proposal.proposer,
    proposers: [...proposal.proposers],
    status: proposal.status,
    op: change.op,
    to: move ? (change.to ?? null) : null,
    toLabel: move ? change.label.to : null,
    altersText: change.op === 'MOD' || change.op === 'SUP' || (move && change.modified),
    hunks: change.hunks,
  };
}

/** What each proposal against the text does to a clause; a proposal silent on it leaves it alone (NOC). */
export function effectsOn(text: TextContext, clauseId: string): ProposalEffect[] {
  const row = text.clauses().get(clauseId);
  if (!row) return [];
  return text.proposals.map((diffed) => {
    const change = diffed.changes.get(clauseId);
    if (change) return effectOf(diffed, change);
    const noc: ClauseChange = { op: 'NOC', clause: clauseId, section: '', label: { from: row.label, to: row.label }, hunks: [{ type: 'equal', text: row.text }], modified: false, similarity: 1 };
    return effectOf(diffed, noc);
  });
}

/** Unique proposer symbols, sorted, of the effects that alter the clause's words. */
export function alteringProposers(effects: readonly ProposalEffect[]): string[] {
  return [...new Set(effects.filter((e) => e.altersText).flatMap((e) => e.proposers))].sort(compareText);
}

/**
 * The anchor of a target that still fits its own clause exactly (same words at the same place with
 * the same context, or the same whole text): what Anchorer gives, found without it. Null otherwise.
 */
export function exactAnchor(target: AnnotationTarget, row: ClauseRow | undefined): Anchor | null {
  if (!row) return null;
  const whole = { start: 0, end: row.text.length };
  const ok: Anchor = { state: 'exact', clause: row.id, span: whole, from: null, reason: 'unchanged' };
  const { quote, position } = target;
  if (!quote) return ok;
  if (quote.prefix === '' && quote.suffix === '') return row.text === quote.exact ? ok : null;
  if (!position) return null;
  const { start, end } = position;
  const t = row.text;
  const fits = t.slice(start, end) === quote.exact && t.slice(Math.max(0, start - quote.prefix.length), start) === quote.prefix && t.slice(end, end + quote.suffix.length) === quote.suffix;
  return fits ? { ...ok, span: { start, end } } : null;
}

/** The fields an entry copies from `annotation` (its tag lists copied, not shared). */
export function entryFields(annotation: Annotation): EntryFields {
  return {
    id: annotation.id,
    kind: annotation.kind,
    categories: [...annotation.categories],
    sdgTargets: [...annotation.sdgTargets],
    planTargets: [...annotation.planTargets],
    severity: annotation.severity,
    status: annotation.status,
    assignee: annotation.assignee,
    author: annotation.author,
    created: annotation.created,
    modified: annotation.modified,
    note: annotation.note,
  };
}

/** Builds the entry of one annotation on `text`; `anchorer` gives the text's Anchorer (null when the text is not in the library). */
export function summaryEntry(annotation: Annotation, text: TextContext, anchorer: () => Anchorer | null): SummaryEntry {
  const { target } = annotation;
  const found = exactAnchor(target, text.clauses().get(target.clause)) ?? anchorer()?.anchor(target) ?? null;
  const state = found?.state ?? 'orphaned';
  const reason = found?.reason ?? `${text.ref.id} is not in the library`;
  const clauseId = found?.clause ?? target.clause;
  const row = text.clauses().get(clauseId);
  const whole = isWholeClause(target);
  let quote: string | null = null;
  if (!whole) quote = found?.span && row && state !== 'orphaned' ? row.text.slice(found.span.start, found.span.end) : (target.quote?.exact ?? null);
  const effects = effectsOn(text, clauseId);
  return {
    ...entryFields(annotation),
    thread: threadSummary(annotation),
    document: { ...text.ref },
    clause: clauseId,
    label: row?.label ?? '',
    citation: row?.citation ?? '',
    baseText: state === 'orphaned' ? '' : (row?.text ?? ''),
    quote,
    anchor: { state, reason },
    effects,
    proposers: alteringProposers(effects),
    annotation,
  };
}
