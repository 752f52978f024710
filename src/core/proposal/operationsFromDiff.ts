import { isChange, proposalText } from '../diff/index.ts';
import type { DocumentDiff } from '../diff/index.ts';
import type { ProposalMarker, ProposalOperation } from '../model/index.ts';

/**
 * The operations a compared text implies, one per changed clause, with the ITU marker that says
 * the same: MOD for a changed clause, ADD / SUP, (MOD) for a clause only relabelled, and for a
 * clause moved to another heading SUP* where it was and ADD* where it went. `ref` is the
 * proposal's own ID: a plain text carries no references of its own.
 */
export function operationsFromDiff(diff: DocumentDiff, ref: string): ProposalOperation[] {
  const out: ProposalOperation[] = [];
  const op = (marker: ProposalMarker, target: string, text?: string): void => {
    out.push(text === undefined ? { marker, ref, target, reasons: '' } : { marker, ref, target, text, reasons: '' });
  };
  for (const change of diff.changes) {
    if (!isChange(change)) continue;
    const text = proposalText(change.hunks);
    switch (change.op) {
      case 'ADD':
        op('ADD', change.clause, text);
        break;
      case 'SUP':
        op('SUP', change.clause);
        break;
      case 'MOD':
        op('MOD', change.clause, text);
        break;
      case 'MOVE': {
        const elsewhere = change.toSection !== undefined && change.toSection !== null && !sameSection(change.toSection, change.section);
        if (elsewhere) {
          op('SUP*', change.clause);
          op('ADD*', change.to ?? change.clause, text);
        } else op(change.modified ? 'MOD' : '(MOD)', change.clause, text);
        break;
      }
    }
  }
  return out;
}

const sameSection = (a: string, b: string): boolean => a.slice(a.indexOf('/')) === b.slice(b.indexOf('/'));
