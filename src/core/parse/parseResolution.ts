import type { ItuDocument, UnparsedBlock } from '../model/index.ts';
import { documentId } from '../model/index.ts';
import { buildDocument, type SectionDraft } from './buildDocument.ts';
import { headingContinues } from './headingContinues.ts';
import { ClauseTree, type ClauseDraft } from './clauseTree.ts';
import { closeHyphenGaps, endsComplete, endsInBrokenWord, joinText, startsLowerCase } from './joinText.ts';
import { readLabel } from './labels.ts';
import { findRunInHeading, matchHeading, RUN_IN_HINT, wrappedPreamble, type HeadingMatch, type HeadingSplit, type MatchOptions } from './matchHeading.ts';
import { isBareNumber, isPageFurniture } from './pageFurniture.ts';
import { FOOTNOTE_RULE } from './sourceLines.ts';
import { parseAnnexLine, parseTitleLine, type TitleLine } from './titleLine.ts';

/** The opening formula: "The Plenipotentiary Conference of the International Telecommunication Union (...),". */
const FORMULA = /^The\s+(?:Plenipotentiary|.{0,80}\b(?:Conference|Assembly|Council)\b)/;
const FOOTNOTE_START = /^(\d{1,3}|\*{1,3})(?:\s+(\S.*))?$/;

type Phase = 'subject' | 'formula' | 'body';

/** Where text that continues the previous line goes. */
type Sink =
  | { kind: 'none' }
  | { kind: 'subject' | 'formula' }
  | { kind: 'heading'; section: SectionDraft }
  | { kind: 'clause'; clause: ClauseDraft }
  | { kind: 'footnote'; note: { number: string; text: string } };

/** A digit right after a letter, bracket or quote: the cheap sign that a text may hold a footnote marker. */
const MARKER_HINT = /[a-z)"”’]\d/;

/**
 * One scan that every line needing more than plain handling matches: a heading or an item run in,
 * a footnote marker or rule, a hyphenation gap. Most lines of a clean text match none, and skip
 * the separate scans for each.
 */
const SPECIAL = new RegExp(
  [RUN_IN_HINT, String.raw`;\s+(?:and\s+)?(?:\(?[a-z]{1,4}\)|\d|[•·▪◦●])`, String.raw`\.\s+\d`, MARKER_HINT.source, '- ', '_{5}'].join('|'),
);

/** Lower-case text; what a heading's first item starts with; what a new sentence starts with. Made once, not at every call. */
const LOWER_START = /^[a-z]/;
const FIRST_ITEM_START = /^(?:\(?[a-z]\)|1|•|to|that)\s/;
const SENTENCE_START = /^[A-Z0-9"“‘(]/;

/** Where an item may be run into the text before: after ";" any label; after "." only a number opening a sentence (numbered annex paragraphs). */
const ITEM_RUN_IN = /(?:;\s+(?:and\s+)?(?=(?:\(?[a-z]{1,4}\)|\d{1,3}(?:\.\d{1,3})*|[•·▪◦●])(?:\s+\S|$))|\.\s+(?=\d{1,3}\s+[A-Z]))/g;

const ANY_HEADING: MatchOptions = {};
const KNOWN_HEADING: MatchOptions = { knownOnly: true };

/**
 * Parses the lines of one resolution, decision or recommendation (title line first, when it has one)
 * into a document. Every piece of text lands in a title, heading, clause, footnote or unparsed block.
 */
export class ResolutionParser {
  private phase: Phase;
  private subject = '';
  private formula = '';
  private readonly sections: SectionDraft[] = [];
  private tree: ClauseTree | null = null;
  private readonly footnotes: Array<{ number: string; text: string }> = [];
  private readonly unparsed: UnparsedBlock[] = [];
  private sink: Sink = { kind: 'none' };
  private inFootnotes = false;
  private lastText = '';
  private lineNo = 0;
  private pendingAnnexTitle = false;

  constructor(private readonly title: TitleLine | null, private readonly titleLine: string) {
    this.phase = title ? 'subject' : 'body';
  }

  /** The next non-blank line, for decisions that need to look ahead. */
  private next = '';
  /** The current line needs no run-in, footnote or hyphenation handling (see SPECIAL). */
  private plain = false;

  /** Feeds one line of the document (after the title line): its text, 1-based number, and the next non-blank line. */
  line(raw: string, no: number, next = ''): void {
    this.lineNo = no;
    this.next = next;
    if (raw === '') return;
    if (isPageFurniture(raw) && !(isBareNumber(raw) && this.wouldPlaceLabel(raw))) {
      this.unparsed.push({ text: raw, reason: 'page header or footer', line: no });
      return;
    }
    this.plain = !SPECIAL.test(raw);
    if (this.plain) return this.segment(raw);
    const text = closeHyphenGaps(raw);
    if (!text.includes('_____')) return this.segment(text);
    // The text before the rule, then the footnotes after it (indexed: no rest-destructuring iterator).
    const parts = text.split(FOOTNOTE_RULE);
    const before = parts[0].trim();
    if (before) this.segment(before);
    if (parts.length === 1) return;
    this.inFootnotes = true;
    for (let k = 1; k < parts.length; k++) {
      const note = parts[k].trim();
      if (note) this.segment(note);
    }
  }

  private segment(text: string): void {
    if (this.inFootnotes && this.footnoteSegment(text)) return;
    if (this.phase === 'subject') return this.subjectSegment(text);
    if (this.phase === 'formula') return this.formulaSegment(text);
    this.bodySegment(text);
  }

  /** In the footnote area after a rule: new footnotes and their continuations. Returns false when the text is body text again. */
  private footnoteSegment(text: string): boolean {
    const start = FOOTNOTE_START.exec(text);
    const expected = String(this.footnotes.length + 1);
    if (start && (start[1].startsWith('*') || (start[1] === expected && this.markers.has(expected)))) {
      const note = { number: start[1], text: '' };
      this.footnotes.push(note);
      this.sink = { kind: 'footnote', note };
      this.footnoteText(note, start[2] ?? '');
      return true;
    }
    const current = this.sink.kind === 'footnote' ? this.sink.note : null;
    const bodyResumes =
      !current ||
      endsComplete(current.text) ||
      parseAnnexLine(text) !== null ||
      matchHeading(text, { knownOnly: true }) !== null ||
      (!endsComplete(this.lastText) && LOWER_START.test(text));
    if (bodyResumes) {
      this.leaveFootnotes();
      return false;
    }
    this.footnoteText(current, text);
    return true;
  }

  /** Adds to a footnote; a heading run in after it ("... transition. instructs ...") resumes the body. */
  private footnoteText(note: { text: string }, text: string): void {
    const runIn = findRunInHeading(text, this.next);
    note.text = joinText(note.text, runIn ? text.slice(0, runIn.index).trim() : text);
    if (!runIn) return;
    this.leaveFootnotes();
    this.headingThenBody(runIn.split);
  }

  private bodySink: Sink = { kind: 'none' };
  /** Numbers seen stuck to a word in the body ("countries1"): footnote markers a footnote can belong to. */
  private readonly markers = new Set<string>();

  private leaveFootnotes(): void {
    if (!this.inFootnotes) return;
    this.inFootnotes = false;
    this.sink = this.bodySink;
  }

  private noteMarkers(text: string): void {
    if (this.plain || !MARKER_HINT.test(text)) return;
    for (const m of text.matchAll(/(?<=[a-z]{3}|[)"”’])(\d{1,3})(?=[\s,.;:)]|$)/g)) this.markers.add(m[1]);
  }

  private subjectSegment(text: string): void {
    if (FORMULA.test(text)) {
      this.phase = 'formula';
      return this.formulaSegment(text);
    }
    const heading = matchHeading(text, { knownOnly: true });
    if (heading && this.subject !== '') {
      this.phase = 'body';
      return this.bodySegment(text);
    }
    this.subject = joinText(this.subject, text);
    this.setSink({ kind: 'subject' });
  }

  private formulaSegment(text: string): void {
    const runIn = findRunInHeading(text, this.next);
    const own = runIn ? text.slice(0, runIn.index).trim() : text;
    this.formula = joinText(this.formula, own);
    this.setSink({ kind: 'formula' });
    if (runIn || endsComplete(this.formula)) this.phase = 'body';
    if (runIn) this.headingThenBody(runIn.split);
  }

  /** Opens the section of a heading found in mid-text and goes on with the text after it. */
  private headingThenBody(split: HeadingSplit): void {
    this.startHeading(split.match);
    if (split.rest) this.bodySegment(split.rest);
  }

  /** Body text. A line may hold several headings and items run together: they are taken in turn. */
  private bodySegment(text: string): void {
    let rest: string | null = text;
    while (rest) rest = this.bodyStep(rest);
  }

  /** Takes what starts `text` (annex, heading, heading run in, item, paragraph); returns what is left. */
  private bodyStep(text: string): string | null {
    const annex = parseAnnexLine(text);
    if (annex) {
      this.startAnnex(text, annex.kind);
      return null;
    }
    if (this.currentSection?.part !== 'annex') {
      const open = this.tree === null || endsComplete(this.lastText);
      // After text that stops mid-sentence only a vocabulary heading can be taken (acceptHeading),
      // so the guesses by shape, costly on wrapped lines ("developing countries ..."), are skipped.
      const heading = matchHeading(text, open ? ANY_HEADING : KNOWN_HEADING);
      const whole = heading !== null && heading.rest === '' && heading.match.known;
      const broken = !whole && open ? wrappedPreamble(text, this.next) : null;
      if (broken) {
        this.startHeading(broken.match);
        return null;
      }
      if (heading && this.acceptHeading(heading.match, heading.rest)) {
        this.startHeading(heading.match);
        return heading.rest || null;
      }
      // The earliest heading run in: the text before it holds no heading.
      const runIn = this.plain ? null : findRunInHeading(text, this.next);
      if (runIn) {
        this.itemSegment(text.slice(0, runIn.index).trim());
        this.startHeading(runIn.split.match);
        return runIn.split.rest || null;
      }
    }
    if (this.pendingAnnexTitle) {
      this.pendingAnnexTitle = false;
      if (!readLabel(text)) {
        this.currentSection!.title = text;
        this.setSink({ kind: 'none' });
        return null;
      }
    }
    this.itemSegment(text);
    return null;
  }

  private acceptHeading(match: HeadingMatch, rest: string): boolean {
    // A heading known only by its shape must be followed by its first item.
    if (!match.known && rest === '' && !FIRST_ITEM_START.test(this.next)) return false;
    if (this.tree === null || endsComplete(this.lastText)) return true;
    // After text that stops mid-sentence, only an exact, short vocabulary heading counts.
    return rest === '' && match.addressee === '' && match.known;
  }

  private get currentSection(): SectionDraft | undefined {
    return this.sections[this.sections.length - 1];
  }

  private startHeading(match: HeadingMatch): void {
    const { heading, part, kind, verb, addressee, further } = match;
    const section: SectionDraft = { heading, part, kind, verb, addressee, further, clauses: [] };
    this.openSection(section);
    this.setSink({ kind: 'heading', section });
  }

  private startAnnex(text: string, kind: string): void {
    const [verb] = kind.split('-');
    this.openSection({ heading: text, part: 'annex', kind, verb, addressee: '', further: false, clauses: [] });
    this.pendingAnnexTitle = true;
    this.setSink({ kind: 'none' });
    this.lastText = text + '.';
  }

  private openSection(section: SectionDraft): void {
    this.tree = new ClauseTree();
    section.clauses = this.tree.roots;
    this.sections.push(section);
  }

  private wouldPlaceLabel(text: string): boolean {
    const line = readLabel(text);
    return line !== null && this.tree !== null && this.tree.expectsAny(line.candidates);
  }

  /** Items, paragraphs or continued text; items run into one line ("...; 2 to ...") are taken in turn. */
  private itemSegment(text: string): void {
    let rest: string | null = text;
    while (rest) rest = this.itemStep(rest);
  }

  /** A labelled item, an unlabelled paragraph, or the continuation of the text before; returns text left over. */
  private itemStep(text: string): string | null {
    if (this.tree === null) {
      this.unparsed.push({ text, reason: this.phase === 'body' && this.sections.length === 0 ? 'text before the first heading' : 'text outside any section', line: this.lineNo });
      this.setSink({ kind: 'none' });
      return null;
    }
    const line = readLabel(text);
    const label = line ? this.tree.place(line, endsComplete(this.lastText) || this.sink.kind === 'heading') : null;
    if (line && label) {
      const clause = this.tree.last!;
      this.setSink({ kind: 'clause', clause });
      return this.clauseText(clause, line.rest);
    }
    const heading = this.sink.kind === 'heading' ? this.sink.section : null;
    if (heading && this.tree.isEmpty && headingContinues(heading, text)) {
      this.extendHeading(heading, text);
      return null;
    }
    const paragraph =
      this.tree.isEmpty ||
      this.sink.kind === 'heading' ||
      (this.currentSection?.part === 'annex' && endsComplete(this.lastText) && SENTENCE_START.test(text));
    if (paragraph || this.sink.kind === 'none') {
      const clause = this.tree.addParagraph('');
      this.setSink({ kind: 'clause', clause });
      return this.clauseText(clause, text);
    }
    return this.continueText(text);
  }

  /** Adds text to a clause up to the next item run into it ("...; 2 to ..."), and returns that item's text. */
  private clauseText(clause: ClauseDraft, text: string): string | null {
    if (this.plain) {
      this.appendToClause(clause, text);
      return null;
    }
    const tree = this.tree!;
    const runIn = ITEM_RUN_IN;
    runIn.lastIndex = 0; // shared: nothing called in the loop uses it
    for (let m = runIn.exec(text); m; m = runIn.exec(text)) {
      const rest = text.slice(m.index + m[0].length);
      const next = readLabel(rest);
      if (next && tree.expectsAny(next.candidates)) {
        this.appendToClause(clause, text.slice(0, m.index + m[0].length).trim());
        return rest;
      }
    }
    this.appendToClause(clause, text);
    return null;
  }

  private appendToClause(clause: ClauseDraft, text: string): void {
    clause.text = joinText(clause.text, text, clause.tail);
    if (text !== '') clause.tail = text;
    this.lastText = clause.tail;
    this.noteMarkers(text);
  }

  /** A heading wrapped over two lines: the words join it, and its kind is read again. */
  private extendHeading(section: SectionDraft, text: string): void {
    section.heading = joinText(section.heading, text);
    this.lastText = section.heading;
    const again = matchHeading(section.heading);
    if (again && again.rest === '' && again.match.part === section.part) {
      const { kind, verb, addressee, further } = again.match;
      Object.assign(section, { kind, verb, addressee, further });
    }
  }

  private continueText(text: string): string | null {
    const sink = this.sink;
    switch (sink.kind) {
      case 'clause':
        return this.clauseText(sink.clause, text);
      case 'heading':
        this.extendHeading(sink.section, text);
        break;
      case 'footnote':
        sink.note.text = joinText(sink.note.text, text);
        break;
      case 'subject':
        this.subject = joinText(this.subject, text);
        break;
      case 'formula':
        this.formula = joinText(this.formula, text);
        break;
      case 'none':
        this.unparsed.push({ text, reason: 'text outside any clause', line: this.lineNo });
    }
    return null;
  }

  private setSink(sink: Sink): void {
    this.sink = sink;
    if (sink.kind !== 'footnote') this.bodySink = sink;
  }

  /** The finished document. */
  finish(extraUnparsed: UnparsedBlock[] = []): ItuDocument {
    const title = this.title;
    const type = title?.type ?? 'other';
    const id = documentId(type, title?.number ?? '');
    return buildDocument({
      head: {
        id,
        type,
        number: title?.number ?? '',
        revision: title?.revision ?? '',
        conference: title?.conference ?? '',
        titleLine: this.titleLine,
        title: this.subject,
        preamble: this.formula,
      },
      sections: this.sections,
      footnotes: this.footnotes,
      unparsed: [...extraUnparsed, ...this.unparsed],
    });
  }
}

/**
 * Parses lines `from`..`to` (exclusive) of a text as one document; `titleAt` is the index of its
 * title line, or null, and `title` what it says; `lineOffset` is the number of source lines before
 * `lines[0]` (a document cut from a longer file). Words broken across a line end ("tele-" / "communication ...") are
 * rejoined before anything reads the lines, so a heading or label hidden in the broken line is still seen.
 */
export function parseResolution(
  lines: string[],
  from: number,
  to: number,
  titleAt: number | null,
  extraUnparsed: UnparsedBlock[] = [],
  lineOffset = 0,
  /** The title line already read by the caller, not to read it twice. */
  title: TitleLine | null = titleAt === null ? null : parseTitleLine(lines[titleAt]),
): ItuDocument {
  const titleLine = titleAt === null ? '' : lines[titleAt];
  const parser = new ResolutionParser(title, titleLine);
  let ahead = from; // index of the next non-blank line, moving forward only
  for (let i = from; i < to; i++) {
    let text = lines[i];
    const no = lineOffset + i + 1;
    while (i + 1 < to && endsInBrokenWord(text) && startsLowerCase(lines[i + 1])) text = joinText(text, lines[++i]);
    if (ahead <= i) ahead = i + 1;
    while (ahead < to && lines[ahead] === '') ahead++;
    parser.line(text, no, ahead < to ? lines[ahead] : '');
  }
  return parser.finish(extraUnparsed);
}
