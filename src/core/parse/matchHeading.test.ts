import { describe, expect, it } from 'vitest';
import { findRunInHeading, matchHeading } from './matchHeading.ts';

const PREAMBLE = [
  'considering', 'recognizing', 'recalling', 'noting', 'considering further', 'taking into account',
  'recognizing further', 'aware', 'bearing in mind', 'emphasizing', 'recalling further', 'noting further',
  'convinced', 'concerned', 'welcoming', 'mindful', 'acknowledging', 'noting with concern', 'having regard to',
  'deeply concerned', 'reaffirming', 'further recalling',
];

describe('matchHeading: preamble', () => {
  it.each(PREAMBLE)('%s', (heading) => {
    const split = matchHeading(heading);
    expect(split?.match.part).toBe('preamble');
    expect(split?.match.heading).toBe(heading);
    expect(split?.rest).toBe('');
    expect(split?.match.further).toBe(heading.includes('further'));
  });

  it('folds "further" in either order into one kind', () => {
    expect(matchHeading('considering further')!.match.kind).toBe('considering-further');
    expect(matchHeading('further considering')!.match.kind).toBe('considering-further');
  });

  it('recognises an unlisted participle heading by its shape', () => {
    expect(matchHeading('appreciating deeply')!.match).toMatchObject({ part: 'preamble', kind: 'appreciating-deeply' });
  });
});

describe('matchHeading: operative', () => {
  it.each([
    ['resolves', 'resolves', ''],
    ['further resolves', 'resolves-further', ''],
    ['resolves further', 'resolves-further', ''],
    ['instructs the Secretary-General', 'instructs-the-secretary-general', 'the secretary-general'],
    ['instructs the ITU Council', 'instructs-the-council', 'the council'],
    ['instructs the Council', 'instructs-the-council', 'the council'],
    ['instructs the Director of the Telecommunication Development Bureau', 'instructs-the-director-of-the-telecommunication-development-bureau', 'the director of the telecommunication development bureau'],
    ['instructs the Director of the Telecommunication Standardization Bureau', 'instructs-the-director-of-the-telecommunication-standardization-bureau', 'the director of the telecommunication standardization bureau'],
    ['instructs the Director of the Radiocommunication Bureau', 'instructs-the-director-of-the-radiocommunication-bureau', 'the director of the radiocommunication bureau'],
    ['instructs the Secretary-General and the Directors of the Bureaux', 'instructs-the-secretary-general-and-the-directors-of-the-bureaux', 'the secretary-general and the directors of the bureaux'],
    ['invites Member States', 'invites-member-states', 'member states'],
    ['invites Member States and Sector Members', 'invites-member-states-and-sector-members', 'member states and sector members'],
    ['invites Member States, Sector Members, Associates and Academia', 'invites-member-states-sector-members-associates-and-academia', 'member states, sector members, associates and academia'],
    ['urges Member States', 'urges-member-states', 'member states'],
    ['encourages Member States', 'encourages-member-states', 'member states'],
    ['authorizes the Secretary-General', 'authorizes-the-secretary-general', 'the secretary-general'],
    ['requests the Secretary-General', 'requests-the-secretary-general', 'the secretary-general'],
    ['recommends', 'recommends', ''],
    ['decides', 'decides', ''],
    ['calls upon Member States', 'calls-upon-member-states', 'member states'],
  ])('%s', (heading, kind, addressee) => {
    const split = matchHeading(heading);
    expect(split?.match).toMatchObject({ part: 'operative', kind, addressee, heading });
    expect(split?.rest).toBe('');
  });

  it('keeps a qualifier in the verbatim heading but not in the kind', () => {
    const split = matchHeading('instructs the Secretary-General, in consultation and collaboration with the Directors of the three Bureaux');
    expect(split!.match.kind).toBe('instructs-the-secretary-general');
    expect(split!.match.heading).toContain('in consultation');
  });

  it('splits a single item written on the heading line', () => {
    const split = matchHeading('instructs the Director of the Radiocommunication Bureau to support the study groups,');
    expect(split!.match.heading).toBe('instructs the Director of the Radiocommunication Bureau');
    expect(split!.rest).toBe('to support the study groups,');
  });

  it('splits an item run into the heading line', () => {
    expect(matchHeading('resolves 1 to promote investment;')!.rest).toBe('1 to promote investment;');
    expect(matchHeading('considering a) that networks matter;')!.rest).toBe('a) that networks matter;');
  });
});

describe('matchHeading: not headings', () => {
  it.each([
    'that the Union should act;',
    'to promote investment;',
    'Resolution 130 (Rev. Dubai, 2018)',
    'considering that the world changes.',
    'invites Member States to',
    'the work of the study groups',
    '',
  ])('%s', (line) => {
    expect(matchHeading(line)?.rest ?? null).not.toBe('');
  });
});

describe('findRunInHeading', () => {
  it('finds a heading run into the end of the last item', () => {
    const line = '5 to report to the next conference, instructs the Secretary-General, in consultation with the Bureaux';
    const hit = findRunInHeading(line);
    expect(line.slice(hit!.index)).toMatch(/^instructs the Secretary-General/);
    expect(hit!.split.match.kind).toBe('instructs-the-secretary-general');
  });

  it('finds a preamble heading run in after a comma', () => {
    const hit = findRunInHeading('e) that growth continues, considering further');
    expect(hit!.split.match.kind).toBe('considering-further');
  });

  it('ignores a verb inside an item', () => {
    expect(findRunInHeading('2 to consider, as appropriate, invites to the workshops;')).toBeNull();
    expect(findRunInHeading('a) that the Council, recalling its decision, acted;')).toBeNull();
  });
});
