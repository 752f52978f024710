import type { Clause, ItuDocument, ProposalOperation, Section } from '../model/index.ts';
import { parseText } from '../parse/index.ts';
import { renumber } from './labelSequence.ts';
import type { ProposalBlock } from './proposalDocument.ts';
import { reassignIds } from './reassignIds.ts';

/** A label alone on its line ("3", "c)") stands for the provision; its text is not reproduced. */
const BARE_LABEL = /^(\(?(?:[a-z]|[ivxlc]+|\d+(?:\.\d+)*)\)?)$/;
/** What such a label gets as text, so the parser reads it as an item (the colon lets sub-items follow). */
const PLACEHOLDER = '…:';
const isPlaceholder = (text: string): boolean => /^(?:…|\.\.\.)?[:;,.]?$/.test(text.trim());

/** The last segment of an ID: `3`, `c`, `p1`, `b2`. */
const keyOf = (id: string): string => id.slice(id.lastIndexOf('/') + 1);

export interface AppliedProvisions {
  document: ItuDocument;
  operations: ProposalOperation[];
}

/**
 * Applies provision-level blocks to a text: each block names a heading ("resolves") and the
 * items it adds, modifies, suppresses or keeps, by their labels in the base. ADD puts new items
 * before the base item with the same label (the old c) becomes d)); SUP removes an item and the
 * following ones move up; lists that changed are renumbered, then every ID is given again as the
 * parser would. A block that cannot be placed is reported in `notes` and changes nothing.
 */
export function applyProvisions(start: ItuDocument, blocks: readonly ProposalBlock[], notes: string[]): AppliedProvisions {
  const doc = structuredClone(start);
  const changed = new Set<Clause>();
  // Lists that gained or lost an item, with the label they started with before.
  const renumbered = new Map<Clause[], string>();
  const pending: Array<{ op: Omit<ProposalOperation, 'target'>; target: () => string | null }> = [];
  const record = (block: ProposalBlock, text: string | undefined, target: () => string | null): void => {
    const op: Omit<ProposalOperation, 'target'> = { marker: block.marker, ref: block.ref, reasons: block.reasons };
    if (text !== undefined && (block.marker === 'ADD' || block.marker === 'ADD*' || block.marker === 'MOD' || block.marker === '(MOD)')) op.text = text;
    pending.push({ op, target });
  };
  const skip = (block: ProposalBlock, why: string): void => {
    notes.push(`${block.marker} ${block.ref}: ${why}; it is left out`);
    record(block, block.lines.join('\n'), () => null);
  };

  for (const block of blocks) {
    const text = block.lines.map((line) => (BARE_LABEL.test(line) ? `${line} ${PLACEHOLDER}` : line)).join('\n');
    const [parsed] = parseText(text);
    if (!parsed || parsed.sections.length === 0) {
      skip(block, 'its text names no heading such as "considering" or "resolves", so it cannot be placed in the text');
      continue;
    }
    for (const given of parsed.sections) {
      const target = doc.sections.find((section) => section.kind === given.kind);
      const adds = block.marker === 'ADD' || block.marker === 'ADD*';
      if (!target) {
        if (!adds) {
          skip(block, `the base has no "${given.heading}" heading`);
          continue;
        }
        const section = newSection(given, doc, changed);
        record(block, blockText(given), () => section.id);
        continue;
      }
      if (given.clauses.length === 0) {
        const id = target.id;
        if (block.marker === 'SUP' || block.marker === 'SUP*') doc.sections.splice(doc.sections.indexOf(target), 1);
        else if (block.marker === 'MOD' || block.marker === '(MOD)') target.heading = given.heading;
        record(block, given.heading, () => id);
        continue;
      }
      if (adds) {
        const inserted = insertGroup(target.clauses, given.clauses, changed, renumbered);
        record(block, blockText(given), () => inserted[0]?.id ?? null);
        continue;
      }
      for (const clause of given.clauses) {
        const found = target.clauses.find((c) => keyOf(c.id) === keyOf(clause.id));
        if (!found) {
          skip(block, `the base has no item ${clause.label || keyOf(clause.id)} under "${target.heading}"`);
          continue;
        }
        const id = found.id;
        if (block.marker === 'SUP' || block.marker === 'SUP*') {
          markRenumbered(renumbered, target.clauses);
          target.clauses.splice(target.clauses.indexOf(found), 1);
        } else if (block.marker === 'MOD' || block.marker === '(MOD)') modify(found, clause, changed, renumbered);
        record(block, clauseText(clause), () => id);
      }
    }
  }

  for (const [list, from] of renumbered) relabel(list, from);
  reassignIds(doc);
  for (const clause of changed) {
    delete clause.notes;
    delete clause.refs;
  }
  return { document: doc, operations: pending.map(({ op, target }) => ({ ...op, target: target() })) };
}

/** MOD: the base item takes the given text and label; its sub-items are modified, added or kept the same way. */
function modify(found: Clause, given: Clause, changed: Set<Clause>, renumbered: Map<Clause[], string>): void {
  if (!isPlaceholder(given.text) && found.text !== given.text) {
    found.text = given.text;
    changed.add(found);
  }
  for (const child of given.children) {
    const match = found.children.find((c) => keyOf(c.id) === keyOf(child.id));
    if (match) modify(match, child, changed, renumbered);
    else insertGroup(found.children, [child], changed, renumbered);
  }
}

/**
 * ADD: new items go before the base item holding the first new label (which moves down), or
 * after the item with the label just before it, or at the end.
 */
function insertGroup(siblings: Clause[], given: Clause[], changed: Set<Clause>, renumbered: Map<Clause[], string>): Clause[] {
  const fresh = given.map((clause) => copyNew(clause, changed));
  const first = keyOf(given[0].id);
  let at = siblings.findIndex((c) => keyOf(c.id) === first);
  if (at === -1) {
    const before = siblings.findIndex((c) => keyOf(c.id) === previousKey(first));
    at = before === -1 ? siblings.length : before + 1;
  } else markRenumbered(renumbered, siblings);
  siblings.splice(at, 0, ...fresh);
  return fresh;
}

function copyNew(clause: Clause, changed: Set<Clause>): Clause {
  const copy: Clause = { id: clause.id, label: clause.label, text: clause.text, children: clause.children.map((c) => copyNew(c, changed)) };
  changed.add(copy);
  return copy;
}

/** Notes a list to renumber, with its first label as it was before the first change to it. */
function markRenumbered(renumbered: Map<Clause[], string>, list: Clause[]): void {
  if (!renumbered.has(list)) renumbered.set(list, list[0]?.label ?? '');
}

/** Renumbers a list that gained or lost an item (a relabelled item keeps its text, notes and refs). */
function relabel(list: Clause[], from: string): void {
  const labels = renumber(list.map((clause) => clause.label), from);
  if (!labels) return;
  list.forEach((clause, i) => {
    clause.label = labels[i];
  });
}

function previousKey(key: string): string | null {
  if (/^\d+$/.test(key)) return String(Number(key) - 1);
  if (/^[b-z]$/.test(key)) return String.fromCharCode(key.charCodeAt(0) - 1);
  return null;
}

/** A heading only a proposal has: inserted after the last section of its part (preamble, operative, annex). */
function newSection(given: Section, doc: ItuDocument, changed: Set<Clause>): Section {
  const section: Section = { ...given, clauses: given.clauses.map((c) => copyNew(c, changed)) };
  const order = { preamble: 0, operative: 1, annex: 2 };
  let at = doc.sections.length;
  for (let i = doc.sections.length - 1; i >= 0; i--) {
    if (order[doc.sections[i].part] <= order[given.part]) {
      at = i + 1;
      break;
    }
    at = i;
  }
  doc.sections.splice(at, 0, section);
  return section;
}

function clauseText(clause: Clause): string {
  const lines: string[] = [];
  const walk = (c: Clause): void => {
    lines.push(c.label ? `${c.label} ${c.text}` : c.text);
    c.children.forEach(walk);
  };
  walk(clause);
  return lines.join('\n');
}

function blockText(section: Section): string {
  return section.clauses.map(clauseText).join('\n');
}
