/** ID rules: documents `res130`, sections `res130/resolves-further`, clauses `res130/resolves/3/i`. */
import type { DocumentType } from './document.ts';

const TYPE_PREFIX: Record<DocumentType, string> = {
  resolution: 'res',
  decision: 'dec',
  recommendation: 'rec',
  'strategic-plan': 'sp',
  other: 'doc',
};

/** Lower-case ASCII slug: "the Secretary-General" → "the-secretary-general". */
export function slugify(text: string): string {
  // Accents are folded only when there are any: normalising is the slow part.
  const ascii = /^[\x00-\x7f]*$/.test(text) ? text : text.normalize('NFKD');
  return ascii
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
}

/** `res130`, `dec5`, `rec7`; temporary numbers keep a readable slug: `[SEN-1]` → `res-sen-1`. */
export function documentId(type: DocumentType, number: string): string {
  const prefix = TYPE_PREFIX[type];
  if (/^\d+$/.test(number)) return `${prefix}${number}`;
  const slug = slugify(number);
  return slug ? `${prefix}-${slug}` : prefix;
}

/**
 * The ID segment of a clause label: "a)" → "a", "(iv)" → "iv", "1.1" → "1.1", "3" → "3".
 * Returns null for bullets and unlabelled paragraphs, which are numbered by position instead.
 */
export function labelKey(label: string): string | null {
  const m = /^\s*\(?([A-Za-z0-9]+(?:\.[A-Za-z0-9]+)*)\.?\)?\s*$/.exec(label);
  return m ? m[1].toLowerCase() : null;
}

/**
 * Gives out unique segments among siblings: a repeated key gets `#2`, `#3`; bullets are `b1`, `b2`
 * and unlabelled paragraphs `p1`, `p2`, counted separately.
 */
export class SiblingKeys {
  private readonly seen = new Map<string, number>();
  private bullets = 0;
  private paragraphs = 0;

  /** Segment for a clause label (see labelKey). */
  forLabel(label: string): string {
    const key = labelKey(label);
    if (key !== null) return this.unique(key);
    if (label.trim() === '') return this.unique(`p${++this.paragraphs}`);
    return this.unique(`b${++this.bullets}`);
  }

  /** Segment for a section kind: a repeated heading gets `#2`. */
  unique(key: string): string {
    const n = (this.seen.get(key) ?? 0) + 1;
    this.seen.set(key, n);
    return n === 1 ? key : `${key}#${n}`;
  }
}
