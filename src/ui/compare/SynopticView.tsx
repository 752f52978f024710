import { useMemo, useRef, useState } from 'react';
import type { DocumentDiff } from '../../core/diff/types.ts';
import type { Annotation, ItuDocument, Proposal, ProposalStatus } from '../../core/model/index.ts';
import { documentName } from '../common/index.ts';
import { AnnotationMarker } from './AnnotationMarker.tsx';
import type { ClauseIndex } from './clauseIndex.ts';
import { citationOf } from './clauseIndex.ts';
import { compareHash } from './compareRoute.ts';
import { foldRows } from './foldRows.ts';
import { proposerName, STATUS_NAMES } from './opNames.ts';
import { ProposalPicker } from './ProposalPicker.tsx';
import { synopticAnnotations } from './synopticAnnotations.ts';
import { SynopticCell } from './SynopticCell.tsx';
import { buildSynopticTable } from './synopticRows.ts';

const NO_ANNOTATIONS: readonly Annotation[] = [];

/** Width of the clause column and the least width of a text column, in rem (wider tables scroll sideways). */
const CLAUSE_COLUMN = 8.5;
const TEXT_COLUMN = { full: 15, compact: 10 } as const;

/** One proposal with what the synoptic view needs of it. */
export interface ComparedProposal {
  proposal: Proposal;
  diff: DocumentDiff;
  index: ClauseIndex;
  status: ProposalStatus;
}

/** How the synoptic view is shown (UI state, kept in the app store). */
export interface SynopticOptions {
  /** Proposals unticked. */
  hidden: readonly string[];
  /** Fold runs of unchanged clauses. */
  collapse: boolean;
  /** Changed words only. */
  compact: boolean;
}

/** Base clause IDs each proposal explicitly leaves unchanged (NOC operations). */
function explicitNocs(proposal: Proposal): Set<string> {
  return new Set(proposal.operations.filter((op) => op.marker === 'NOC' && op.target).map((op) => op.target as string));
}

/**
 * One base text and N proposals side by side: a row per clause, a column per proposal with its
 * operation and revision marks; conflicting changes marked and counted; unchanged clauses folded.
 * With the workspace's annotations: a marker on each annotated row, and a flag on each proposal
 * that changes clauses tagged as risks.
 */
export function SynopticView({ base, baseIndex, compared, options, onToggleProposal, onOptions, annotations = NO_ANNOTATIONS }: {
  base: ItuDocument;
  baseIndex: ClauseIndex;
  compared: ComparedProposal[];
  options: SynopticOptions;
  onToggleProposal: (proposalId: string) => void;
  onOptions: (change: { collapse?: boolean; compact?: boolean }) => void;
  /** The workspace's annotations (none outside a workspace). */
  annotations?: readonly Annotation[];
}) {
  const { hidden, collapse, compact } = options;
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [conflictAt, setConflictAt] = useState(-1);
  const table = useRef<HTMLTableElement>(null);

  const shown = useMemo(() => compared.filter((item) => !hidden.includes(item.proposal.id)), [compared, hidden]);
  const synopsis = useMemo(() => buildSynopticTable(base, baseIndex, shown), [base, baseIndex, shown]);
  const lines = useMemo(() => foldRows(synopsis.rows, collapse, expanded), [synopsis, collapse, expanded]);
  const nocs = useMemo(() => shown.map(({ proposal }) => explicitNocs(proposal)), [shown]);
  const annotated = useMemo(() => synopticAnnotations(base, annotations, shown), [base, annotations, shown]);
  const width = CLAUSE_COLUMN + (shown.length + 1) * TEXT_COLUMN[compact ? 'compact' : 'full'];

  const nextConflict = (): void => {
    const rows = [...(table.current?.querySelectorAll<HTMLElement>('tr.is-conflict') ?? [])];
    if (rows.length === 0) return;
    const next = (conflictAt + 1) % rows.length;
    setConflictAt(next);
    rows[next].scrollIntoView({ block: 'center' });
    rows[next].focus({ preventScroll: true });
  };

  return (
    <div className={`synoptic${compact ? ' synoptic--compact' : ''}`}>
      <div className="compare-toolbar" role="toolbar" aria-label="Synoptic options">
        <ProposalPicker proposals={compared.map((item) => item.proposal)} hidden={hidden} onToggle={onToggleProposal} />
        <div className="toolbar-group">
          <label className="check">
            <input type="checkbox" checked={collapse} onChange={(event) => onOptions({ collapse: event.target.checked })} /> Fold unchanged clauses
          </label>
          <label className="check">
            <input type="checkbox" checked={compact} onChange={(event) => onOptions({ compact: event.target.checked })} /> Compact (changed words only)
          </label>
        </div>
        <p className="synoptic-counts" role="status">
          <span className="changed-count">
            {synopsis.changedRows} of {synopsis.rows.length} clauses changed
          </span>
          {synopsis.conflicts > 0 ? (
            <button type="button" className="button conflict-count" onClick={nextConflict} title="Go to the next clause with conflicting changes">
              <span aria-hidden="true">⚠ </span>
              {synopsis.conflicts === 1 ? '1 conflict' : `${synopsis.conflicts} conflicts`}
            </button>
          ) : (
            shown.length > 1 && <span className="no-conflicts">no conflicting changes</span>
          )}
        </p>
      </div>
      {shown.length === 0 ? (
        <p className="compare-notice">Tick at least one proposal to compare it with {documentName(base)}.</p>
      ) : (
        <div className="synoptic-scroll" role="region" aria-label="Synoptic table" tabIndex={0}>
          <table className="synoptic-table" ref={table} style={{ minWidth: `${width}rem` }}>
            <colgroup>
              <col style={{ width: `${CLAUSE_COLUMN}rem` }} />
              <col />
              {shown.map(({ proposal }) => (
                <col key={proposal.id} />
              ))}
            </colgroup>
            <thead>
              <tr>
                <th scope="col" className="syn-clause">Clause</th>
                <th scope="col" className="syn-base">
                  <span className="syn-proposer">{documentName(base)}</span>
                  <span className="syn-id">{base.revision || 'base text'}</span>
                </th>
                {shown.map(({ proposal, status }, column) => (
                  <th scope="col" key={proposal.id} className="syn-prop" data-proposal={proposal.id}>
                    {proposal.proposer ? (
                      <span className="syn-proposer">{proposerName(proposal.proposer)}</span>
                    ) : (
                      <span className="syn-proposer syn-proposer--unknown">proposer not stated</span>
                    )}
                    <span className="syn-id">{proposal.id}</span>
                    <span className={`status-chip status-chip--${status}`}>{STATUS_NAMES[status]}</span>
                    <a className="syn-open" href={compareHash({ baseId: base.id, mode: 'redline', proposalId: proposal.id })}>
                      Redline<span className="visually-hidden"> of {proposal.id}</span>
                    </a>
                    {annotated.flags[column] && (
                      <span className="risk-flag">
                        <span aria-hidden="true">⚑ </span>
                        {annotated.flags[column]}
                      </span>
                    )}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {lines.map((line) => {
                if (line.kind === 'heading') {
                  return (
                    <tr key={line.key} className="syn-heading">
                      <th scope="rowgroup" colSpan={shown.length + 2}>
                        {line.heading}
                      </th>
                    </tr>
                  );
                }
                if (line.kind === 'fold') {
                  const first = line.rows[0].citation;
                  const last = line.rows.at(-1)?.citation ?? first;
                  const marked = line.rows.filter((row) => row.kind === 'base' && annotated.rows.has(row.key)).length;
                  return (
                    <tr key={line.key} className="syn-fold">
                      <td colSpan={shown.length + 2}>
                        <button type="button" className="unchanged-toggle" aria-expanded={false} onClick={() => setExpanded(new Set(expanded).add(line.key))}>
                          Show {line.rows.length === 1 ? '1 unchanged clause' : `${line.rows.length} unchanged clauses`}
                          <span className="unchanged-range"> ({line.rows.length === 1 ? first : `${first} – ${last}`})</span>
                          {marked > 0 && <span className="unchanged-annotated"> · {marked} annotated</span>}
                        </button>
                      </td>
                    </tr>
                  );
                }
                const { row } = line;
                return (
                  <tr
                    key={row.key}
                    id={`synoptic:${row.key}`}
                    className={`syn-row syn-row--${row.kind}${row.conflict ? ' is-conflict' : ''}${row.changed ? '' : ' is-unchanged'}`}
                    tabIndex={row.conflict ? -1 : undefined}
                  >
                    <th scope="row" className="syn-clause" style={row.depth > 0 ? { paddingLeft: `${0.6 + row.depth}rem` } : undefined}>
                      <span className="syn-citation">{row.kind === 'added' ? `new ${row.citation}` : row.citation}</span>
                      {row.kind === 'base' && <AnnotationMarker items={annotated.rows.get(row.key) ?? []} citation={row.citation} />}
                      {row.conflict && (
                        <span className="conflict-marker" title="Proposals change this clause in different ways">
                          <span aria-hidden="true">⚠ </span>Conflict
                        </span>
                      )}
                      {row.agreement && <span className="agreement-marker" title="Proposals make the same change">same change</span>}
                    </th>
                    <td className="syn-base">{row.baseText ?? <span className="syn-none">not in the base</span>}</td>
                    {row.cells.map((cell, i) => (
                      <SynopticCell
                        key={shown[i].proposal.id}
                        change={cell}
                        proposalId={shown[i].proposal.id}
                        proposer={shown[i].proposal.proposer}
                        movedTo={cell?.op === 'MOVE' && cell.to ? citationOf(shown[i].index, cell.to) : null}
                        compact={compact}
                        explicitNoc={row.kind === 'base' && nocs[i].has(row.key)}
                      />
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
