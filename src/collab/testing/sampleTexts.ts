/**
 * Hand-made texts for the collaboration tests (never imported by the app). The wording is invented
 * for Clausewatch; it imitates the ITU layout, not any official text.
 */
import type { Clause, ItuDocument, Proposal } from '../../core/model/index.ts';

function clause(id: string, label: string, text: string, children: Clause[] = []): Clause {
  return { id, label, text, children };
}

/** A resolution with a preamble, an operative part with sub-items, and an annex with a title. */
export function sampleResolution(number = '901'): ItuDocument {
  const id = `res${number}`;
  return {
    id,
    type: 'resolution',
    number,
    revision: 'Rev. Dubai, 2018',
    conference: 'Dubai, 2018',
    titleLine: `RESOLUTION ${number} (REV. DUBAI, 2018)`,
    title: 'Shared reading rooms for delegations',
    preamble: 'The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),',
    sections: [
      {
        id: `${id}/considering`,
        heading: 'considering',
        part: 'preamble',
        kind: 'considering',
        verb: 'considering',
        addressee: '',
        further: false,
        clauses: [
          clause(`${id}/considering/a`, 'a)', 'that quiet rooms help delegations read long texts;'),
          clause(`${id}/considering/b`, 'b)', 'that shared notes save time,'),
        ],
      },
      {
        id: `${id}/instructs-the-secretary-general`,
        heading: 'instructs the Secretary-General',
        part: 'operative',
        kind: 'instructs-the-secretary-general',
        verb: 'instructs',
        addressee: 'the secretary-general',
        further: false,
        clauses: [
          clause(`${id}/instructs-the-secretary-general/1`, '1', 'to open reading rooms:', [
            clause(`${id}/instructs-the-secretary-general/1/i`, 'i)', 'near the plenary hall;'),
            clause(`${id}/instructs-the-secretary-general/1/ii`, 'ii)', 'with enough chairs,'),
          ]),
          clause(`${id}/instructs-the-secretary-general/2`, '2', 'to report on their use, bearing in mind considering b) above.'),
        ],
      },
      {
        id: `${id}/annex-1`,
        heading: `ANNEX 1 TO RESOLUTION ${number} (REV. DUBAI, 2018)`,
        part: 'annex',
        kind: 'annex-1',
        verb: 'annex',
        addressee: '',
        further: false,
        title: 'Opening hours',
        clauses: [clause(`${id}/annex-1/p1`, '', 'Rooms open one hour before the first session.')],
      },
    ],
    footnotes: [{ id: `${id}/fn/1`, number: '1', text: 'Including observers.' }],
    unparsed: [{ text: '- 12 -', reason: 'page header or footer', line: 3 }],
  };
}

/** A proposal to modify the sample resolution. */
export function sampleProposal(ref = 'EUR/44A7/1'): Proposal {
  const document = sampleResolution();
  document.sections[1].clauses[1] = { ...document.sections[1].clauses[1], text: 'to report every year on their use.' };
  return {
    id: ref,
    proposer: 'EUR',
    proposers: ['EUR'],
    sourceDocument: 'Addendum 7 to Document 44',
    base: { documentId: document.id, revision: document.revision },
    operations: [{ marker: 'MOD', ref, target: `${document.id}/instructs-the-secretary-general/2`, text: 'to report every year on their use.', reasons: 'Yearly figures help planning.' }],
    reasons: 'Yearly figures help planning.',
    status: 'submitted',
    provenance: 'blocks',
    document,
  };
}
