/**
 * Hand-made documents for UI unit tests (never imported by the app). The wording is invented for
 * Clausewatch; it imitates the ITU layout, not any official text.
 */
import type { Clause, ItuDocument } from '../../core/model/index.ts';

function clause(id: string, label: string, text: string, extra: Partial<Clause> = {}): Clause {
  return { id, label, text, children: [], ...extra };
}

/** A resolution with preamble, operative part, sub-items, a footnote, a cross-reference and an annex. */
export function sampleResolution(): ItuDocument {
  return {
    id: 'res900',
    type: 'resolution',
    number: '900',
    revision: 'Rev. Dubai, 2018',
    conference: 'Dubai, 2018',
    titleLine: 'RESOLUTION 900 (REV. DUBAI, 2018)',
    title: 'Keeping sample libraries tidy',
    preamble: 'The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),',
    sections: [
      {
        id: 'res900/considering',
        heading: 'considering',
        part: 'preamble',
        kind: 'considering',
        verb: 'considering',
        addressee: '',
        further: false,
        clauses: [
          clause('res900/considering/a', 'a)', 'that tidy libraries help analysts in developing countries find texts quickly;', {
            notes: [{ number: '1', at: 57 }],
          }),
          clause('res900/considering/b', 'b)', 'that untidy shelves <script>alert(1)</script> waste time,'),
        ],
      },
      {
        id: 'res900/resolves',
        heading: 'resolves',
        part: 'operative',
        kind: 'resolves',
        verb: 'resolves',
        addressee: '',
        further: false,
        clauses: [
          clause('res900/resolves/1', '1', 'to sort every shelf, bearing in mind considering b) above;', {
            refs: [{ text: 'considering b) above', start: 37, end: 57, target: 'res900/considering/b' }],
          }),
          clause('res900/resolves/2', '2', 'to label each box:', {
            children: [
              clause('res900/resolves/2/i', 'i)', 'with its number;'),
              clause('res900/resolves/2/ii', 'ii)', 'with its subject,'),
            ],
          }),
        ],
      },
      {
        id: 'res900/annex',
        heading: 'ANNEX TO RESOLUTION 900 (REV. DUBAI, 2018)',
        part: 'annex',
        kind: 'annex',
        verb: 'annex',
        addressee: '',
        further: false,
        title: 'Shelf plan',
        clauses: [clause('res900/annex/p1', '', 'Shelves are numbered from the door.')],
      },
    ],
    footnotes: [{ id: 'res900/fn/1', number: '1', text: 'Including the least tidy ones.' }],
    unparsed: [{ text: 'Page 3 of 7', reason: 'page header', line: 12 }],
  };
}

/** A short decision, for grouping and sorting. */
export function sampleDecision(number = '5'): ItuDocument {
  return {
    id: `dec${number}`,
    type: 'decision',
    number,
    revision: 'Rev. Dubai, 2018',
    conference: 'Dubai, 2018',
    titleLine: `DECISION ${number} (REV. DUBAI, 2018)`,
    title: 'Opening hours of the reading room',
    preamble: 'The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),',
    sections: [
      {
        id: `dec${number}/decides`,
        heading: 'decides',
        part: 'operative',
        kind: 'decides',
        verb: 'decides',
        addressee: '',
        further: false,
        clauses: [clause(`dec${number}/decides/1`, '1', 'that the reading room opens at nine.')],
      },
    ],
    footnotes: [],
    unparsed: [],
  };
}
