import type { Clause, ItuDocument } from '../core/model/index.ts';

const MAX_TEXT = 100;
const short = (text: string): string => (text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text);

/** A readable outline of parsed documents, for `clausewatch parse` without --json. */
export function outline(documents: ItuDocument[]): string {
  const lines: string[] = [];
  for (const doc of documents) {
    lines.push(`${doc.titleLine || doc.id}  [${doc.id}]`);
    if (doc.title) lines.push(`  ${doc.title}`);
    for (const section of doc.sections) {
      lines.push(`  ${section.heading}  [${section.id}, ${section.part}]`);
      if (section.title) lines.push(`    ${section.title}`);
      const walk = (clause: Clause, depth: number): void => {
        const label = clause.label ? `${clause.label} ` : '';
        lines.push(`${'  '.repeat(depth + 2)}${label}${short(clause.text)}  [${clause.id}]`);
        clause.children.forEach((child) => walk(child, depth + 1));
      };
      section.clauses.forEach((clause) => walk(clause, 0));
    }
    if (doc.footnotes.length) lines.push(`  footnotes: ${doc.footnotes.map((f) => f.number).join(', ')}`);
    for (const block of doc.unparsed) lines.push(`  ! not placed (${block.reason}${block.line ? `, line ${block.line}` : ''}): ${short(block.text)}`);
    lines.push('');
  }
  return lines.join('\n');
}
