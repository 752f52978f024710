import type { DocumentDiff } from '../../core/diff/types.ts';
import type { ItuDocument, Proposal, ProposalStatus } from '../../core/model/index.ts';
import { documentName } from '../common/index.ts';
import type { ClauseIndex } from './clauseIndex.ts';
import { citationOf } from './clauseIndex.ts';
import { wordCounts } from './clauseEdits.ts';
import { compareHash } from './compareRoute.ts';
import { OpBadge } from './OpBadge.tsx';
import { OP_NAMES, OP_ORDER, proposerName } from './opNames.ts';
import { ProvenanceBanner } from './ProvenanceBanner.tsx';
import { buildRedline } from './redlineModel.ts';
import type { StatusNote } from './proposalStore.ts';
import { StatusSelect } from './StatusSelect.tsx';

const FORMAT_NAMES = { text: 'plain text', docx: 'Word', akn: 'Akoma Ntoso XML' } as const;

/** "3 words inserted, 1 deleted". */
function wordsLine(inserted: number, deleted: number): string {
  const parts = [];
  if (inserted > 0) parts.push(`${inserted} ${inserted === 1 ? 'word' : 'words'} inserted`);
  if (deleted > 0) parts.push(`${deleted} deleted`);
  return parts.join(', ');
}

/**
 * A proposal at a glance: who proposes it, where it comes from, how many clauses it modifies, adds,
 * deletes, moves or leaves alone, which ones, the reasons given, and its status (editable unless
 * `canSetStatus` is false; in a workspace, with who set it).
 */
export function ProposalSummary({ base, proposal, diff, baseIndex, proposalIndex, status, statusNote = null, canSetStatus = true, onStatus, onOpenChange }: {
  base: ItuDocument;
  proposal: Proposal;
  diff: DocumentDiff;
  baseIndex: ClauseIndex;
  proposalIndex: ClauseIndex;
  status: ProposalStatus;
  /** In a workspace: who set the status, and when. */
  statusNote?: StatusNote | null;
  /** False for someone who may only read the workspace's proposals: the status is shown, not editable. */
  canSetStatus?: boolean;
  onStatus: (status: ProposalStatus) => void;
  /** Opens the redline at the change with this index. */
  onOpenChange: (index: number) => void;
}) {
  const { changes, relabelled } = buildRedline(diff, baseIndex, proposalIndex, false);
  const headingId = `summary-${proposal.id.replace(/[^A-Za-z0-9]+/g, '-')}`;
  const source = proposal.document.source;
  // An operation targets a base clause, a clause only the proposal has (ADD), or the whole text.
  const targetName = (target: string): string =>
    target === base.id ? 'the whole text' : baseIndex.clauses.has(target) ? citationOf(baseIndex, target) : citationOf(proposalIndex, target);
  return (
    <section className="summary" aria-labelledby={headingId}>
      <header className="summary-header">
        <div>
          <h3 id={headingId} className="summary-title">
            {proposal.id}
          </h3>
          <dl className="summary-facts">
            <dt>Proposer</dt>
            <dd>{proposerName(proposal.proposer)}</dd>
            <dt>Source document</dt>
            <dd>
              {proposal.sourceDocument || 'not stated'}
              {source && (
                <span className="summary-file">
                  {' '}
                  · {source.file} ({FORMAT_NAMES[source.format]})
                </span>
              )}
            </dd>
            <dt>Amends</dt>
            <dd>
              <a href={`#${encodeURIComponent(base.id)}`}>{documentName(base)}</a> ({proposal.base.revision || base.revision})
            </dd>
          </dl>
        </div>
        <StatusSelect proposalId={proposal.id} status={status} note={statusNote} readOnly={!canSetStatus} onChange={onStatus} />
      </header>
      <ProvenanceBanner provenance={proposal.provenance} proposalId={proposal.id} />
      <table className="summary-counts">
        <caption>Clauses by operation</caption>
        <thead>
          <tr>
            {OP_ORDER.map((op) => (
              <th key={op} scope="col" title={OP_NAMES[op]}>
                <OpBadge op={op} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            {OP_ORDER.map((op) => (
              <td key={op} data-op={op}>
                {diff.summary[op]}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
      <h4 className="summary-heading">
        Clauses touched <span className="summary-count">{changes.length}</span>
      </h4>
      {changes.length === 0 ? (
        <p className="compare-notice">This proposal changes no clause of {documentName(base)}.</p>
      ) : (
        <ol className="touched-list">
          {changes.map((entry) => {
            const { inserted, deleted } = wordCounts(entry.change.hunks);
            return (
              <li key={entry.domId}>
                <OpBadge op={entry.change.op} />{' '}
                <a
                  href={compareHash({ baseId: base.id, mode: 'redline', proposalId: proposal.id })}
                  onClick={() => onOpenChange(entry.index)}
                >
                  {entry.citation}
                </a>
                {entry.was && <span className="touched-was"> (was {entry.was})</span>}
                {(entry.change.op === 'MOD' || entry.change.modified) && <span className="touched-words"> — {wordsLine(inserted, deleted)}</span>}
              </li>
            );
          })}
        </ol>
      )}
      <h4 className="summary-heading">Operations and reasons</h4>
      {proposal.operations.some((operation) => operation.reasons) ? null : proposal.reasons ? (
        // Reasons given for the proposal as a whole; per-operation reasons are listed with each operation.
        <p className="summary-reasons">{proposal.reasons}</p>
      ) : (
        <p className="syn-none">
          {proposal.provenance === 'computed'
            ? 'No reasons given: this proposal came as a revised text, and its operations were worked out by comparing it with the base.'
            : 'No reasons given.'}
        </p>
      )}
      {proposal.operations.length > 0 && (
        <ol className="operation-list">
          {proposal.operations.map((operation, i) => (
            <li key={`${operation.ref}:${i}`}>
              <p className="operation-head">
                <OpBadge marker={operation.marker} /> <span className="operation-ref">{operation.ref}</span>
                {operation.target && <span className="operation-target"> · {targetName(operation.target)}</span>}
              </p>
              {operation.reasons && <p className="operation-reasons">Reasons: {operation.reasons}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
