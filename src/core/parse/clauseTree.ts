import { isStartLabel, labelNumber, type Label, type LabelKind, type LabelledLine } from './labels.ts';

/** A clause while it is being built; IDs are given at the end. */
export interface ClauseDraft {
  label: string;
  kind: LabelKind | 'none';
  number?: string;
  ordinal: number;
  text: string;
  /** The last piece appended to `text`: its end is the end of `text`, without flattening it. */
  tail: string;
  children: ClauseDraft[];
}

/** `text.trimEnd().endsWith(':')`, without the call for the usual text that ends in a visible ASCII character. */
function endsWithColon(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  if (last > 0x20 && last < 0x7f) return last === 0x3a;
  return text.trimEnd().endsWith(':');
}

/** "1.2" for "1.2.3", "" for "1" (what split('.'), dropping the last part and joining again gives, without the arrays). */
function parentNumber(number: string | undefined): string {
  if (number === undefined) return '';
  const dot = number.lastIndexOf('.');
  return dot === -1 ? '' : number.slice(0, dot);
}

interface Frame {
  kind: LabelKind | 'none';
  items: ClauseDraft[];
}

/**
 * The nesting of lists within one section: "1", then "1.1"/"i)"/"a)"/"•" under it, and back.
 * Decides where a labelled line belongs from the labels already seen.
 */
export class ClauseTree {
  readonly roots: ClauseDraft[] = [];
  private stack: Frame[] = [{ kind: 'none', items: this.roots }];

  /** The clause that received text last, or null in an empty section. */
  get last(): ClauseDraft | null {
    const top = this.stack[this.stack.length - 1];
    return top.items[top.items.length - 1] ?? null;
  }

  get isEmpty(): boolean {
    return this.roots.length === 0;
  }

  private expectedIn(frame: Frame, label: Label): boolean {
    const prev = frame.items[frame.items.length - 1];
    if (!prev) return false;
    if (frame.kind !== label.kind) return false;
    if (label.kind === 'bullet') return true;
    if (label.kind === 'dotted') return label.parent === parentNumber(prev.number) && label.ordinal === prev.ordinal + 1;
    return label.ordinal === prev.ordinal + 1;
  }

  /** Would this label start a sub-list under the last clause ("1.1" under "1", "i)" after ":")? */
  private startsChild(label: Label): boolean {
    const last = this.last;
    if (!last || !isStartLabel(label)) return false;
    if (label.kind === 'dotted') return label.parent === last.number;
    return label.kind !== this.stack[this.stack.length - 1].kind;
  }

  /**
   * Where the labelled line goes, or null when it reads better as continued text
   * (a wrapped line that happens to start with "2030 Agenda ...").
   * `previousComplete` says whether the text before ended like an item (";", ",", ":", ".").
   */
  place(line: LabelledLine, previousComplete: boolean): Label | null {
    // Plain loops rather than find() with closures: this runs for every labelled line.
    const candidates = line.candidates;
    const last = this.last;
    const colon = last !== null && endsWithColon(last.tail);
    // An item ending with ":" is followed by its sub-items.
    if (colon) {
      const child = this.firstChild(candidates);
      if (child) return this.pushChild(child);
    }
    // The expected next label of the current list or of an enclosing one.
    for (let depth = this.stack.length - 1; depth >= 0; depth--) {
      const frame = this.stack[depth];
      for (const label of candidates) {
        if (!this.expectedIn(frame, label)) continue;
        this.stack.length = depth + 1;
        return this.append(label);
      }
    }
    if (!previousComplete) return null;
    if (this.isEmpty) return this.append(candidates[0]);
    const child = this.firstChild(candidates);
    if (child) return this.pushChild(child);
    // Out of sequence (a letter skipped in the source): keep it in the list of its kind.
    for (let depth = this.stack.length - 1; depth >= 0; depth--) {
      const kind = this.stack[depth].kind;
      let label: Label | undefined;
      for (const c of candidates) if (c.kind === kind) { label = c; break; }
      if (label && (label.kind !== 'number' || label.ordinal < 200)) {
        this.stack.length = depth + 1;
        return this.append(label);
      }
    }
    const label = candidates[0];
    if (label.kind === 'number' && label.ordinal >= 200) return null;
    return this.pushChild(label);
  }

  private firstChild(candidates: readonly Label[]): Label | undefined {
    for (const label of candidates) if (this.startsChild(label)) return label;
    return undefined;
  }

  /** Would one of these labels continue a list here? For splitting items run into one line ("...; 2 to ..."). */
  expectsAny(candidates: readonly Label[]): boolean {
    for (const frame of this.stack) for (const label of candidates) if (this.expectedIn(frame, label)) return true;
    return false;
  }

  /** Adds an unlabelled paragraph: in an empty section, or as a new top-level paragraph (annexes). */
  addParagraph(text: string): ClauseDraft {
    this.stack.length = 1;
    const frame = this.stack[0];
    const draft: ClauseDraft = { label: '', kind: 'none', ordinal: 0, text, tail: text, children: [] };
    frame.items.push(draft);
    return draft;
  }

  private append(label: Label): Label {
    const frame = this.stack[this.stack.length - 1];
    if (frame.items.length === 0) frame.kind = label.kind;
    frame.items.push(this.draft(label));
    return label;
  }

  private pushChild(label: Label): Label {
    const parent = this.last;
    if (!parent) return this.append(label);
    const frame: Frame = { kind: label.kind, items: parent.children };
    frame.items.push(this.draft(label));
    this.stack.push(frame);
    return label;
  }

  private draft(label: Label): ClauseDraft {
    const number = label.kind === 'number' || label.kind === 'dotted' ? labelNumber(label) : undefined;
    return { label: label.raw, kind: label.kind, number, ordinal: label.ordinal, text: '', tail: '', children: [] };
  }
}
