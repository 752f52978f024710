import type { ItuDocument, UnparsedBlock } from '../model/index.ts';
import { findBodyHeading } from './bodyHeading.ts';
import { buildDocument, type DocumentDraft, type SectionDraft } from './buildDocument.ts';
import { ClauseTree, type ClauseDraft } from './clauseTree.ts';
import { headingContinues } from './headingContinues.ts';
import { findItemRunIn } from './itemRunIn.ts';
import { endsComplete, joinText } from './joinText.ts';
import { readLabel } from './labels.ts';
import { findRunInHeading, KNOWN_ONLY, matchHeading, type HeadingMatch, type HeadingSplit } from './matchHeading.ts';
import { bodyResumes, Footnotes, type FootnoteDraft } from './resolutionFootnotes.ts';
import { annexSection, extendHeading, headingSection } from './sectionDrafts.ts';
import { parseAnnexLine } from './titleLine.ts';

/** The opening formula: "The Plenipotentiary Conference of the International Telecommunication Union (...),". */
const FORMULA = /^The\s+(?:Plenipotentiary|.{0,80}\b(?:Conference|Assembly|Council)\b)/;

type Phase = 'subject' | 'formula' | 'body';

/** Where text that continues the previous line goes. */
type Sink =
  | { kind: 'none' }
  | { kind: 'subject' | 'formula' }
  | { kind: 'heading'; section: SectionDraft }
  | { kind: 'clause'; clause: ClauseDraft }
  | { kind: 'footnote'; note: FootnoteDraft };

/** What a new sentence starts with. Made once, not at every call. */
const SENTENCE_START = /^[A-Z0-9"“‘(]/;

/**
 * Parses the text of one resolution, decision or recommendation, a piece of a line at a time (as
 * parseResolution cuts them), into a document. Every piece of text lands in a title, heading, clause,
 * footnote or unparsed block.
 */
export class ResolutionParser {
  private phase: Phase;
  private subject = '';
  private formula = '';
  private readonly sections: SectionDraft[] = [];
  private tree: ClauseTree | null = null;
  private readonly footnotes = new Footnotes();
  private readonly unparsed: UnparsedBlock[] = [];
  private sink: Sink = { kind: 'none' };
  private inFootnotes = false;
  private lastText = '';
  private lineNo = 0;
  private pendingAnnexTitle = false;

  /** `titled` when the document has a title line: its subject and the opening formula come first. */
  constructor(titled: boolean) {
    this.phase = titled ? 'subject' : 'body';
  }

  /** The next non-blank line, for decisions that need to look ahead. */
  private next = '';
  /** The current line needs no run-in, footnote or hyphenation handling (see segment). */
  private plain = false;

  /** Moves to a line of the document (after the title line): its 1-based number, and the next non-blank line. */
  startLine(no: number, next: string): void {
    this.lineNo = no;
    this.next = next;
  }

  /** Files a whole line as unparsed (page furniture). */
  unparsedLine(text: string, reason: string): void {
    this.unparsed.push({ text, reason, line: this.lineNo });
  }

  /** From here on, the text of the current line is in the footnote area (after a rule). */
  enterFootnotes(): void {
    this.inFootnotes = true;
  }

  /**
   * Takes a piece of the current line; `plain` when the line needs no run-in, footnote or
   * hyphenation handling (see SPECIAL in parseResolution).
   */
  segment(text: string, plain: boolean): void {
    this.plain = plain;
    if (this.inFootnotes && this.footnoteSegment(text)) return;
    if (this.phase === 'subject') return this.subjectSegment(text);
    if (this.phase === 'formula') return this.formulaSegment(text);
    this.bodySegment(text);
  }

  /** In the footnote area after a rule: new footnotes and their continuations. Returns false when the text is body text again. */
  private footnoteSegment(text: string): boolean {
    const opened = this.footnotes.open(text);
    if (opened) {
      this.sink = { kind: 'footnote', note: opened.note };
      this.footnoteText(opened.note, opened.text);
      return true;
    }
    const current = this.sink.kind === 'footnote' ? this.sink.note : null;
    if (!current || bodyResumes(current, text, this.lastText)) {
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

  private leaveFootnotes(): void {
    if (!this.inFootnotes) return;
    this.inFootnotes = false;
    this.sink = this.bodySink;
  }

  private noteMarkers(text: string): void {
    if (!this.plain) this.footnotes.noteMarkers(text);
  }

  private subjectSegment(text: string): void {
    if (FORMULA.test(text)) {
      this.phase = 'formula';
      return this.formulaSegment(text);
    }
    const heading = matchHeading(text, KNOWN_ONLY);
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
      const found = findBodyHeading(text, this.next, this.tree === null || endsComplete(this.lastText), this.plain);
      if (found) {
        if (found.before !== null) this.itemSegment(found.before);
        this.startHeading(found.match);
        return found.rest || null;
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

  private get currentSection(): SectionDraft | undefined {
    return this.sections[this.sections.length - 1];
  }

  private startHeading(match: HeadingMatch): void {
    const section = headingSection(match, this.newTree());
    this.sections.push(section);
    this.setSink({ kind: 'heading', section });
  }

  private startAnnex(text: string, kind: string): void {
    this.sections.push(annexSection(text, kind, this.newTree()));
    this.pendingAnnexTitle = true;
    this.setSink({ kind: 'none' });
    this.lastText = text + '.';
  }

  /** A new clause tree, for a new section: its top-level clauses. */
  private newTree(): ClauseDraft[] {
    this.tree = new ClauseTree();
    return this.tree.roots;
  }

  /** Would this text's label be placed in the current list? (A bare number is then a label, not a page number.) */
  wouldPlaceLabel(text: string): boolean {
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
    const at = this.plain ? -1 : findItemRunIn(text, this.tree!);
    if (at === -1) {
      this.appendToClause(clause, text);
      return null;
    }
    this.appendToClause(clause, text.slice(0, at).trim());
    return text.slice(at);
  }

  private appendToClause(clause: ClauseDraft, text: string): void {
    clause.text = joinText(clause.text, text, clause.tail);
    if (text !== '') clause.tail = text;
    this.lastText = clause.tail;
    this.noteMarkers(text);
  }

  private extendHeading(section: SectionDraft, text: string): void {
    extendHeading(section, text);
    this.lastText = section.heading;
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

  /** The finished document; `head` as the title line gives it, its title and preamble yet to fill in. */
  finish(head: DocumentDraft['head'], extraUnparsed: UnparsedBlock[] = []): ItuDocument {
    head.title = this.subject;
    head.preamble = this.formula;
    return buildDocument({ head, sections: this.sections, footnotes: this.footnotes.notes, unparsed: [...extraUnparsed, ...this.unparsed] });
  }
}
