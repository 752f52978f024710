/** Maps offsets in an old clause text to the new text through the word diff of the two (equal / insert / delete hunks). */
import type { Hunk } from '../diff/index.ts';

interface Segment {
  equal: boolean;
  oldStart: number;
  oldEnd: number;
  newStart: number;
  newEnd: number;
}

export class OffsetMap {
  private readonly segments: Segment[] = [];
  private readonly oldLength: number;
  private readonly newLength: number;

  /** `hunks` must give back the old text (equal + delete) and the new text (equal + insert). */
  constructor(hunks: readonly Hunk[]) {
    let o = 0;
    let n = 0;
    for (const hunk of hunks) {
      const length = hunk.text.length;
      if (length === 0) continue;
      const equal = hunk.type === 'equal';
      const oldLength = hunk.type === 'insert' ? 0 : length;
      const newLength = hunk.type === 'delete' ? 0 : length;
      const last = this.segments[this.segments.length - 1];
      // Runs of inserts and deletes form one changed region.
      if (!equal && last && !last.equal) {
        last.oldEnd += oldLength;
        last.newEnd += newLength;
      } else {
        this.segments.push({ equal, oldStart: o, oldEnd: o + oldLength, newStart: n, newEnd: n + newLength });
      }
      o += oldLength;
      n += newLength;
    }
    this.oldLength = o;
    this.newLength = n;
  }

  /**
   * Where a span starting at old offset `x` starts in the new text: text inserted exactly at `x`
   * comes before it; inside a replaced region, the start of the replacement.
   */
  mapStart(x: number): number {
    for (const s of this.segments) {
      if (s.equal && s.oldStart <= x && x < s.oldEnd) return s.newStart + (x - s.oldStart);
      if (!s.equal && s.oldStart <= x && x < s.oldEnd) return s.newStart;
    }
    return this.newLength;
  }

  /**
   * Where a span ending at old offset `x` ends in the new text: text inserted exactly at `x`
   * comes after it; inside a replaced region, the end of the replacement.
   */
  mapEnd(x: number): number {
    if (x <= 0) return 0;
    for (const s of this.segments) {
      if (s.equal && s.oldStart < x && x <= s.oldEnd) return s.newStart + (x - s.oldStart);
      if (!s.equal && s.oldStart < x && x <= s.oldEnd) return s.newEnd;
    }
    return x >= this.oldLength ? this.newLength : 0;
  }
}
