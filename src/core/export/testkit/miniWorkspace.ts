/** A tiny workspace for the export tests: two texts, three proposals, annotations made with describe(). */
import { targetOn } from '../../anchoring/testkit/targetOn.ts';
import type { Annotation, ItuDocument, Proposal, ProposalStatus } from '../../model/index.ts';
import { makeAnnotation } from '../../model/testkit/makeAnnotation.ts';
import { parseText } from '../../parse/index.ts';
import type { SummaryInput } from '../types.ts';

const RES = [
  'RESOLUTION 901 (REV. TESTVILLE, 2030)',
  'Keeping test networks safe',
  'The Plenipotentiary Conference of the International Telecommunication Union (Testville, 2030),',
  'considering',
  'a) that test networks carry traffic for many users;',
  'b) that national monitoring centres may watch that traffic;',
  'c) that users value their privacy,',
  'resolves',
  '1 to share good practice on the security of test networks;',
  '2 to keep the monitoring of traffic under independent oversight;',
  '3 to review this resolution at the next conference.',
].join('\n');

const DEC = [
  'DECISION 77 (BUSAN, 2014)',
  'Budget of the tests',
  'The Plenipotentiary Conference of the International Telecommunication Union (Busan, 2014),',
  'decides',
  '1 that the budget of the tests shall stay as it is;',
  '2 that the Council shall report on it.',
].join('\n');

const parse = (text: string): ItuDocument => parseText(text)[0];

/** The two library texts: `res901` (Rev. Testville, 2030) and `dec77` (Busan, 2014). */
export const miniLibrary = (): ItuDocument[] => [parse(DEC), parse(RES)];

function proposal(id: string, proposer: string, base: ItuDocument, revised: string, status: ProposalStatus = 'submitted'): Proposal {
  return {
    id,
    proposer,
    proposers: proposer.split('/'),
    sourceDocument: 'Document 1',
    base: { documentId: base.id, revision: base.revision },
    operations: [],
    reasons: '',
    status,
    provenance: 'computed',
    document: parse(revised),
  };
}

/** Proposals on res901: AAA amends resolves 2; B/CCC/DDD deletes resolves 3 and amends considering b); ZZZ has no base in the library. */
export function miniProposals(library: readonly ItuDocument[]): Proposal[] {
  const res = library.find((d) => d.id === 'res901')!;
  return [
    proposal('AAA/1/1', 'AAA', res, RES.replace('under independent oversight', 'under national oversight')),
    proposal(
      'B/CCC/DDD/2/1',
      'B/CCC/DDD',
      res,
      RES.replace('2 to keep the monitoring of traffic under independent oversight;', '2 to keep the monitoring of traffic under independent oversight.')
        .replace('\n3 to review this resolution at the next conference.', '')
        .replace('may watch that traffic', 'may lawfully watch that traffic'),
      'adopted',
    ),
    { ...proposal('ZZZ/9/1', 'ZZZ', res, RES), base: { documentId: 'res999', revision: '' } },
  ];
}

let counter = 0;

/** An annotation on `clause` of `doc` (the whole clause, or the first occurrence of `words`). */
export function annotate(doc: ItuDocument, clause: string, fields: Partial<Annotation> & { words?: string } = {}): Annotation {
  const { words, ...rest } = fields;
  counter++;
  return makeAnnotation(`t-${String(counter).padStart(3, '0')}`, {
    target: targetOn(doc, clause, words),
    categories: ['cybersecurity'],
    severity: 'medium',
    author: 'ana',
    created: '2030-01-01T10:00:00Z',
    modified: '2030-01-01T10:00:00Z',
    ...rest,
  });
}

/** The mini workspace with a spread of annotations (IDs t-001 …, in creation order). */
export function miniWorkspace(): SummaryInput {
  counter = 0;
  const documents = miniLibrary();
  const res = documents.find((d) => d.id === 'res901')!;
  const dec = documents.find((d) => d.id === 'dec77')!;
  const annotations = [
    annotate(res, 'res901/resolves/2', { words: 'independent oversight', categories: ['privacy-surveillance'], severity: 'critical', status: 'in-review', assignee: 'ben' }),
    annotate(res, 'res901/considering/b', { categories: ['privacy-surveillance', 'cybersecurity'], severity: 'high', sdgTargets: ['16.10'] }),
    annotate(res, 'res901/resolves/3', { categories: ['internet-governance'], severity: 'low', status: 'resolved' }),
    annotate(res, 'res901/resolves/1', { kind: 'opportunity', categories: [], severity: null, sdgTargets: ['9.c', '17.8'], status: 'agreed' }),
    annotate(dec, 'dec77/decides/1', { kind: 'note', categories: [], severity: null, note: 'A <b>note</b> | with a pipe' }),
    annotate(res, 'res901/considering/a', { categories: ['own-topic'], severity: null, created: '2030-01-02T10:00:00Z' }),
    annotate(res, 'res901/considering/a', { words: 'many users', severity: 'medium', created: '2030-01-01T09:00:00Z' }),
    { ...annotate(res, 'res901/considering/c', { words: 'value their privacy' }), target: { clause: 'res901/considering/c', quote: { exact: 'sell their data to anyone', prefix: 'that users ', suffix: '' } } },
    annotate(res, 'res901/resolves/1', { kind: 'opportunity', categories: [], severity: null, sdgTargets: [], planTargets: ['sp-2030-2033/target/1.1'], status: 'open' }),
  ];
  return { workspace: 'mini', documents, proposals: miniProposals(documents), annotations };
}
