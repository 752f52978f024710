import type { Hunk, KnownHunks } from '../diff/index.ts';
import type { TrackedText } from './trackedChanges.ts';

/**
 * The tracked changes of a Word file as known hunks for the diff: an aligned pair of clauses gets
 * the insertions and deletions of the paragraph that reads "label text" after the changes, with
 * the label cut off. The diff uses them only when they give back both clause texts exactly, so a
 * clause the parser built from several paragraphs falls back to a computed word diff.
 */
export function trackedHunks(tracked: TrackedText): KnownHunks {
  const byAfter = new Map<string, TrackedText['paragraphs']>();
  for (const paragraph of tracked.paragraphs) {
    const list = byAfter.get(paragraph.after) ?? [];
    list.push(paragraph);
    byAfter.set(paragraph.after, list);
  }
  return (base, proposal) => {
    const keys = proposal.label ? [`${proposal.label} ${proposal.text}`, proposal.text] : [proposal.text];
    for (const key of keys) {
      for (const paragraph of byAfter.get(key) ?? []) {
        if (!paragraph.before.endsWith(base.text)) continue;
        return sliceHunks(paragraph.hunks, paragraph.before.length - base.text.length, key.length - proposal.text.length);
      }
    }
    return null;
  };
}

/** Hunks without the first `skipOld` characters of the base side and `skipNew` of the proposal side. */
export function sliceHunks(hunks: readonly Hunk[], skipOld: number, skipNew: number): Hunk[] {
  const out: Hunk[] = [];
  const push = (type: Hunk['type'], text: string): void => {
    const last = out.at(-1);
    if (last && last.type === type) last.text += text;
    else out.push({ type, text });
  };
  let oldLeft = skipOld;
  let newLeft = skipNew;
  for (const hunk of hunks) {
    for (let i = 0; i < hunk.text.length; i++) {
      const c = hunk.text[i];
      if (hunk.type === 'delete') {
        if (oldLeft > 0) oldLeft--;
        else push('delete', c);
      } else if (hunk.type === 'insert') {
        if (newLeft > 0) newLeft--;
        else push('insert', c);
      } else {
        const inOld = oldLeft > 0;
        const inNew = newLeft > 0;
        if (inOld) oldLeft--;
        if (inNew) newLeft--;
        // A shared character still in one side's label belongs to the other side's text only.
        if (inOld && !inNew) push('insert', c);
        else if (inNew && !inOld) push('delete', c);
        else if (!inOld && !inNew) push('equal', c);
      }
    }
  }
  return out;
}
