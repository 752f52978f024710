import { plural } from '../../core/export/plural.ts';
import type { DocumentGroup, RiskSummary, SummaryFilters } from '../../core/export/types.ts';
import type { ChangeOp } from '../../core/diff/index.ts';
import { BriefEntry } from './BriefEntry.tsx';

const OPS: readonly ChangeOp[] = ['MOD', 'ADD', 'SUP', 'MOVE'];

const FIELD_WORDS: Record<keyof SummaryFilters, string> = {
  categories: 'risk category',
  sdgTargets: 'SDG target',
  severities: 'severity',
  statuses: 'status',
  kinds: 'kind',
  documents: 'text',
  proposers: 'proposer',
  conferences: 'conference',
};

/** The filters in words: "Filtered by risk category cybersecurity; severity high, critical." */
function filtersLine(filters: SummaryFilters): string | null {
  const parts = (Object.keys(FIELD_WORDS) as Array<keyof SummaryFilters>)
    .filter((field) => (filters[field]?.length ?? 0) > 0)
    .map((field) => `${FIELD_WORDS[field]} ${(filters[field] ?? []).join(', ')}`);
  return parts.length > 0 ? `Filtered by ${parts.join('; ')}.` : null;
}

function Documents({ groups }: { groups: readonly DocumentGroup[] }) {
  return (
    <>
      {groups.map((group) => (
        <div key={group.document.id} className="brief-document">
          {/* The name carries the revision: "Resolution 130 (Rev. Dubai, 2018)". */}
          <h3>{group.document.name}</h3>
          {group.entries.map((entry) => (
            <BriefEntry key={entry.id} entry={entry} />
          ))}
        </div>
      ))}
    </>
  );
}

/**
 * The risk summary as a document for reading and printing: the head with totals, a summary table,
 * the issues matrix, then one section per risk category (each starting a new printed page),
 * the SDG opportunities and the notes.
 */
export function Brief({ summary }: { summary: RiskSummary }) {
  const filtered = filtersLine(summary.filters);
  const { totals } = summary;
  return (
    <article className="brief" aria-label="Risk summary">
      <header className="brief-head">
        <h1>Risk summary: workspace “{summary.workspace}”</h1>
        {summary.generated && <p>Made {summary.generated.slice(0, 10)}.</p>}
        {filtered && <p className="brief-filters">{filtered}</p>}
        <p>
          {plural(totals.annotations, 'annotation')}: {plural(totals.byKind.risk, 'risk')}, {plural(totals.byKind.opportunity, 'opportunity', 'opportunities')}, {plural(totals.byKind.note, 'note')}. Severity: {totals.bySeverity.critical} critical,{' '}
          {totals.bySeverity.high} high, {totals.bySeverity.medium} medium, {totals.bySeverity.low} low, {totals.bySeverity.unrated} unrated. Status: {totals.byStatus.open} open,{' '}
          {totals.byStatus['in-review']} in review, {totals.byStatus.agreed} agreed, {totals.byStatus.resolved} resolved.
        </p>
      </header>

      <section className="brief-section">
        <h2>Risks by category</h2>
        <table className="brief-table">
          <thead>
            <tr>
              <th scope="col">Category</th>
              <th scope="col">Annotations</th>
              <th scope="col">Texts</th>
              <th scope="col">Highest severity</th>
            </tr>
          </thead>
          <tbody>
            {summary.risks.map((group) => (
              <tr key={group.category}>
                <th scope="row">{group.name}</th>
                <td>{group.documents.reduce((n, d) => n + d.entries.length, 0)}</td>
                <td>{group.documents.map((d) => d.document.name).join(', ')}</td>
                <td>{group.highestSeverity ?? 'unrated'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {summary.matrix.rows.length > 0 && (
          <>
            <h3>Issues matrix</h3>
            <table className="brief-table brief-matrix">
              <thead>
                <tr>
                  <th scope="col">Text</th>
                  {summary.matrix.proposers.map((proposer) => (
                    <th key={proposer} scope="col">
                      {proposer}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {summary.matrix.rows.map((row) => (
                  <tr key={row.document.id}>
                    <th scope="row">{row.document.name}</th>
                    {summary.matrix.proposers.map((proposer) => {
                      const cell = row.cells[proposer];
                      const ops = cell ? OPS.filter((op) => (cell.ops[op] ?? 0) > 0).map((op) => `${op} ${cell.ops[op]}`) : [];
                      return (
                        <td key={proposer}>
                          {cell ? (ops.length > 0 ? ops.join(', ') : 'no change') : '—'}
                          {cell?.highestSeverity && <span className={`brief-badge brief-severity--${cell.highestSeverity}`}>{cell.highestSeverity}</span>}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>

      {summary.risks.map((group) => (
        <section key={group.category} className="brief-section brief-category">
          <h2>
            {group.name}
            {group.highestSeverity && <span className={`brief-badge brief-severity--${group.highestSeverity}`}>highest {group.highestSeverity}</span>}
          </h2>
          <Documents groups={group.documents} />
        </section>
      ))}

      {summary.opportunities.length > 0 && (
        <section className="brief-section brief-category">
          <h2>Opportunities</h2>
          {summary.opportunities.map((group) => (
            <div key={group.target} className="brief-opportunity">
              <h3>{group.name}</h3>
              {group.documents.map((d) => d.entries.map((entry) => <BriefEntry key={`${group.target}-${entry.id}`} entry={entry} />))}
            </div>
          ))}
        </section>
      )}

      {summary.notes.length > 0 && (
        <section className="brief-section brief-category">
          <h2>Notes</h2>
          <Documents groups={summary.notes} />
        </section>
      )}
      {summary.entries.length === 0 && <p className="brief-empty">No annotation matches the filters.</p>}
    </article>
  );
}
