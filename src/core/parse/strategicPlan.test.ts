import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import sample from '../../../fixtures/text/strategic-plan-sample.txt?raw';
import expected from '../../../fixtures/expected/strategic-plan-sample.json';
import { allClauses, documentText } from '../model/index.ts';
import type { Clause, ItuDocument } from '../model/index.ts';
import { isStrategicPlanText, parseStrategicPlan } from './strategicPlan.ts';

/** Non-white-space characters of a text, sorted: equal for two texts holding the same characters. */
function characters(text: string): string {
  return [...text.replace(/\s+/g, '')].sort().join('');
}

function expectNothingDroppedOrDuplicated(input: string, doc: ItuDocument): void {
  expect(characters(documentText(doc).join(''))).toBe(characters(input));
}

function ids(doc: ItuDocument): string[] {
  return [...doc.sections.map((s) => s.id), ...allClauses(doc).map((c) => c.id)];
}

function clause(doc: ItuDocument, id: string): Clause {
  const found = allClauses(doc).find((c) => c.id === id);
  if (!found) throw new Error(`no clause ${id} in ${ids(doc).join(', ')}`);
  return found;
}

describe('parseStrategicPlan on the sample plan', () => {
  const doc = parseStrategicPlan(sample, { file: 'strategic-plan-sample.txt' });
  const plan = doc.plan!;

  it('matches the expected JSON (fixtures/expected/strategic-plan-sample.json)', () => {
    const { source: _source, ...withoutSource } = doc;
    expect(JSON.parse(JSON.stringify(withoutSource))).toEqual(expected.documents[0]);
  });

  it('reads the title, the period and the ID', () => {
    expect(doc).toMatchObject({ id: 'sp-2024-2027', type: 'strategic-plan', titleLine: 'STRATEGIC PLAN FOR THE UNION FOR 2024-2027' });
    expect(plan.period).toBe('2024-2027');
    expect(doc.source).toEqual({ file: 'strategic-plan-sample.txt', format: 'text' });
    expect(doc.unparsed).toEqual([]);
  });

  it('finds the goals with their names, targets and SDG links', () => {
    expect(plan.goals.map((g) => [g.number, g.name])).toEqual([
      ['1', 'Universal connectivity'],
      ['2', 'Sustainable digital transformation'],
      ['3', 'Trust and resilience'],
      ['4', 'Inclusive partnership'],
    ]);
    expect(plan.goals.map((g) => g.targets.map((t) => t.id))).toEqual([
      ['1.1', '1.2', '1.3', '1.4'],
      ['2.1', '2.2', '2.3'],
      ['3.1', '3.2', '3.3'],
      ['4.1', '4.2'],
    ]);
    expect(plan.goals[0].description).toMatch(/^Close the remaining gaps/);
    expect(plan.goals[1].targets[2].text).toMatch(/^By 2027, every least developed country/);
    expect(plan.goals[0].sdgTargets).toEqual(['9.c', '17.6', '17.8']);
    // 5.b is cited in target 2.2 and again in the table; 12.5 only in target 3.3.
    expect(plan.goals[1].sdgTargets).toEqual(['5.b', '4.4', '8.2', '9.b']);
    expect(plan.goals[2].sdgTargets).toEqual(['12.5', '11.5', '13.1', '16.10']);
  });

  it('finds the sector objectives with outcomes, outputs and the goals they serve', () => {
    expect(plan.objectives.map((o) => o.id)).toEqual(['R.1', 'R.2', 'T.1', 'T.2', 'D.1', 'D.2', 'I.1', 'I.2']);
    expect(plan.objectives.map((o) => o.sector).join('')).toBe('RRTTDDII');
    expect(plan.objectives.flatMap((o) => o.outcomes)).toHaveLength(12);
    expect(plan.objectives.flatMap((o) => o.outputs)).toHaveLength(14);
    const r1 = plan.objectives[0];
    expect(r1.outcomes.map((o) => o.id)).toEqual(['R.1-a', 'R.1-b']);
    expect(r1.outputs.map((o) => o.id)).toEqual(['R.1-1', 'R.1-2']);
    expect(r1.outcomes[1].text).toBe('Fewer cases of harmful interference are reported');
    expect(r1.goals).toEqual({ primary: ['1'], secondary: ['3'] });
    expect(plan.objectives[1].text).toBe('Provide reliable and up-to-date ITU-R Recommendations for radio systems');
    expect(plan.objectives[5].goals).toEqual({ primary: ['2', '3'], secondary: ['4'] });
  });

  it('mirrors the plan in sections and clauses', () => {
    expect(doc.sections.map((s) => s.id)).toEqual([
      'sp-2024-2027/introduction',
      'sp-2024-2027/goals',
      'sp-2024-2027/objectives',
      'sp-2024-2027/objectives-r',
      'sp-2024-2027/objectives-t',
      'sp-2024-2027/objectives-d',
      'sp-2024-2027/objectives-i',
      'sp-2024-2027/sdg-links',
    ]);
    expect(doc.sections[0].clauses.map((c) => c.id)).toEqual(['sp-2024-2027/introduction/p1', 'sp-2024-2027/introduction/p2']);
    const goal1 = clause(doc, 'sp-2024-2027/goal/1');
    expect(goal1.label).toBe('Goal 1:');
    expect(goal1.children.map((c) => c.id)).toEqual(['1.1', '1.2', '1.3', '1.4'].map((t) => `sp-2024-2027/target/${t}`));
    const r1 = clause(doc, 'sp-2024-2027/objective/R.1');
    expect(r1.children.map((c) => c.id)).toEqual([
      'sp-2024-2027/objective/R.1/outcomes',
      'sp-2024-2027/objective/R.1/outputs',
      'sp-2024-2027/objective/R.1/goals',
    ]);
    expect(r1.children[0].children.map((c) => c.id)).toEqual(['sp-2024-2027/outcome/R.1-a', 'sp-2024-2027/outcome/R.1-b']);
    expect(clause(doc, 'sp-2024-2027/output/I.2-2').text).toBe('Remote participation tools for all meetings');
    expect(doc.sections[7].clauses.map((c) => c.id).slice(1)).toEqual(['1', '2', '3', '4'].map((n) => `sp-2024-2027/sdg-link/${n}`));
    // Every goal, target, objective, outcome and output of the plan has its clause.
    const planIds = [
      ...plan.goals.map((g) => `goal/${g.number}`),
      ...plan.goals.flatMap((g) => g.targets.map((t) => `target/${t.id}`)),
      ...plan.objectives.map((o) => `objective/${o.id}`),
      ...plan.objectives.flatMap((o) => [...o.outcomes.map((x) => `outcome/${x.id}`), ...o.outputs.map((x) => `output/${x.id}`)]),
    ];
    for (const id of planIds) expect(clause(doc, `sp-2024-2027/${id}`)).toBeDefined();
  });

  it('keeps every character, once, and gives unique IDs', () => {
    expectNothingDroppedOrDuplicated(sample, doc);
    expect(new Set(ids(doc)).size).toBe(ids(doc).length);
  });

  it('gives the same IDs for the same text, however it is spaced', () => {
    expect(parseStrategicPlan(sample)).toEqual(parseStrategicPlan(sample));
    const messy = sample.replace(/\n/g, '\r\n').replace(/ /g, '  ').replace(/: /g, ' : ');
    expect(ids(parseStrategicPlan(messy))).toEqual(ids(doc));
  });
});

describe('parseStrategicPlan: goal names come from the text', () => {
  it('reads invented goals, with name and description on one line', () => {
    const doc = parseStrategicPlan(
      [
        'Strategic plan for the Union for 2032-2035',
        'Goal 7 – Quiet skies: Keep the spectrum free of harmful interference',
        'Target 7.1: By 2035, interference reports fall by half',
        'Goal 9: Open doors',
        'Target 9.1: By 2035, every meeting is open to observers',
      ].join('\n'),
    );
    expect(doc.id).toBe('sp-2032-2035');
    expect(doc.plan!.goals.map((g) => [g.number, g.name, g.description])).toEqual([
      ['7', 'Quiet skies', 'Keep the spectrum free of harmful interference'],
      ['9', 'Open doors', ''],
    ]);
    expect(clause(doc, 'sp-2032-2035/goal/9').children.map((c) => c.id)).toEqual(['sp-2032-2035/target/9.1']);
  });

  it('joins a goal name wrapped over two lines and takes a name from the next line', () => {
    const doc = parseStrategicPlan('Goal 1: Sustainable digital\ntransformation for all\nHelp countries.\nGoal 2:\nSafety\nTarget 2.1: By 2030, safe');
    expect(doc.id).toBe('sp');
    expect(doc.plan!.goals.map((g) => [g.name, g.description])).toEqual([
      ['Sustainable digital transformation for all', 'Help countries.'],
      ['Safety', ''],
    ]);
  });

  it('merges a goal heading repeated above its targets into one goal', () => {
    const doc = parseStrategicPlan(
      'STRATEGIC PLAN FOR 2020-2023\nStrategic goals\nGoal 1 – Growth: Enable access\nGoal 2 – Reach: Include everyone\nTargets\nGoal 1: Growth\nTarget 1.1: By 2023, more\nGoal 2: Reach\nTarget 2.1: By 2023, everyone',
    );
    const plan = doc.plan!;
    expect(plan.goals.map((g) => [g.number, g.name, g.description, g.targets.map((t) => t.id)])).toEqual([
      ['1', 'Growth', 'Enable access', ['1.1']],
      ['2', 'Reach', 'Include everyone', ['2.1']],
    ]);
    expect(doc.sections.map((s) => s.id)).toEqual(['sp-2020-2023/goals', 'sp-2020-2023/goals#2']);
    expect(clause(doc, 'sp-2020-2023/goal/1#2').children[0].id).toBe('sp-2020-2023/target/1.1');
  });

  it('treats prose that starts with "Goal 1" as text', () => {
    const doc = parseStrategicPlan('Goal 1: Reach\nGoal 1 is the first goal.');
    expect(doc.plan!.goals).toHaveLength(1);
    expect(doc.plan!.goals[0].description).toBe('Goal 1 is the first goal.');
  });
});

describe('parseStrategicPlan: lenient with text from a PDF', () => {
  it('accepts spacing and punctuation variants of labels', () => {
    const variants = ['Target 1.1: By 2027, more', 'Target 1.1 : By 2027, more', 'Target  1. 1 –  By 2027, more', 'TARGET 1.1. By 2027, more', 'Target 1.1 By 2027, more'];
    for (const line of variants) {
      const doc = parseStrategicPlan(`Goal 1: Reach\n${line}`);
      expect(doc.plan!.goals[0].targets, line).toEqual([{ id: '1.1', text: 'By 2027, more' }]);
    }
    for (const line of ['R.1: Spectrum', 'R.1 – Spectrum', 'R.1 - Spectrum', 'R.1. Spectrum', 'R. 1 Spectrum', 'Objective R.1: Spectrum']) {
      const doc = parseStrategicPlan(`${line}\nR.1\u2011a: Fewer cases\nR.1\u20131 Rules`);
      const objective = doc.plan!.objectives[0];
      expect([objective.id, objective.text, objective.outcomes[0]?.id, objective.outputs[0]?.id], line).toEqual(['R.1', 'Spectrum', 'R.1-a', 'R.1-1']);
    }
  });

  it('joins wrapped lines and words hyphenated across lines', () => {
    const doc = parseStrategicPlan('Goal 1: Reach\nTarget 1.1: By 2027, broadband is afford-\nable in every\ncountry\nD.1: Foster an\nenabling environment');
    expect(doc.plan!.goals[0].targets[0].text).toBe('By 2027, broadband is afford-able in every country');
    expect(doc.plan!.objectives[0].text).toBe('Foster an enabling environment');
  });

  it('files page furniture and text before the title as unparsed, and reads an annex title', () => {
    const text = [
      'PP-22 – Final Acts',
      'ANNEX 1 TO RESOLUTION 71 (REV. BUCHAREST, 2022)',
      'Strategic plan for the Union',
      'for 2028–2031',
      'Goal 1: Reach',
      'Target 1.1: By 2031, more people',
      '- 17 -',
      'online',
    ].join('\n');
    const doc = parseStrategicPlan(text);
    expect(doc).toMatchObject({
      id: 'sp-2028-2031',
      titleLine: 'ANNEX 1 TO RESOLUTION 71 (REV. BUCHAREST, 2022)',
      title: 'Strategic plan for the Union for 2028–2031',
      revision: 'Rev. Bucharest, 2022',
      conference: 'Bucharest, 2022',
    });
    expect(doc.unparsed).toEqual([
      { text: 'PP-22 – Final Acts', reason: 'text before the title of the plan', line: 1 },
      { text: '- 17 -', reason: 'page header, footer or number', line: 7 },
    ]);
    expect(doc.plan!.goals[0].targets[0].text).toBe('By 2031, more people online');
    expectNothingDroppedOrDuplicated(text, doc);
  });

  it('finds known headings without blank lines around them', () => {
    const doc = parseStrategicPlan('Goal 1: Reach\nTarget 1.1: By 2027, more\nObjectives of the Sector\nR.1: Spectrum\nLinks to the SDGs\nGoal 1: 9.c, 17.8');
    expect(doc.sections.map((s) => [s.kind, s.heading])).toEqual([
      ['goals', ''],
      ['objectives', 'Objectives of the Sector'],
      ['sdg-links', 'Links to the SDGs'],
    ]);
    expect(doc.plan!.goals[0].targets[0].text).toBe('By 2027, more');
    expect(doc.plan!.goals[0].sdgTargets).toEqual(['9.c', '17.8']);
  });

  it('keeps a paragraph that runs on from a short first line together', () => {
    const doc = parseStrategicPlan('Introduction\n\nThe objectives of the Sector are\nset out below.\n\nGoal 1: Reach');
    expect(doc.sections[0].clauses.map((c) => c.text)).toEqual(['The objectives of the Sector are set out below.']);
  });
});

describe('parseStrategicPlan: SDG targets', () => {
  it('lists only real SDG targets and keeps unknown ones in the text', () => {
    const doc = parseStrategicPlan(
      'Goal 1: Reach\nTarget 1.1: By 2027, all schools online (SDG targets 4.a and 4.z)\nLinkages with the SDGs\nGoal 1: SDG targets 9.c, 18.2, 17.8 (indicator 17.8.1)\nGoal 5: SDG target 5.b',
    );
    const [goal1, goal5] = doc.plan!.goals;
    expect(goal1.sdgTargets).toEqual(['4.a', '9.c', '17.8']);
    expect(clause(doc, 'sp/target/1.1').text).toContain('4.z');
    expect(clause(doc, 'sp/sdg-link/1').text).toBe('SDG targets 9.c, 18.2, 17.8 (indicator 17.8.1)');
    // A goal only met in the table still carries its links, with no name.
    expect(goal5).toMatchObject({ number: '5', name: '', sdgTargets: ['5.b'] });
  });

  it('does not take the plan\u2019s own target numbers for SDG targets', () => {
    const doc = parseStrategicPlan('Goal 1: Reach\nTarget 1.1: By 2027, 1.2 billion more people online');
    expect(doc.plan!.goals[0].sdgTargets).toEqual([]);
  });
});

describe('isStrategicPlanText', () => {
  it('recognises a plan by its title or its structure', () => {
    expect(isStrategicPlanText(sample)).toBe(true);
    expect(isStrategicPlanText('\n\nANNEX 1 TO RESOLUTION 71 (REV. DUBAI, 2018)\nStrategic plan for the Union for 2020-2023\n')).toBe(true);
    expect(isStrategicPlanText('Goal 1: Reach\nTarget 1.1: More\nTarget 1.2: Faster')).toBe(true);
    expect(isStrategicPlanText('R.1: Spectrum\nR.1-a: Fewer cases\nT.1: Standards\nT.1-1: Recommendations')).toBe(true);
  });

  it('says no to resolutions and other text', () => {
    const resolution = [
      'RESOLUTION 71 (REV. DUBAI, 2018)',
      'Strategic plan for the Union for 2020-2023',
      'The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),',
      'considering',
      'a) that a plan is useful;',
    ].join('\n');
    expect(isStrategicPlanText(resolution)).toBe(false);
    expect(isStrategicPlanText('')).toBe(false);
    expect(isStrategicPlanText('Our goal is to read plans.\nThe strategic plan for the Union sets out goals.')).toBe(false);
    expect(isStrategicPlanText('Goal 1: Reach\nSome text')).toBe(false);
  });
});

describe('parseStrategicPlan never drops or duplicates text (property)', () => {
  const pieces = [
    'STRATEGIC PLAN FOR THE UNION FOR 2024-2027', 'ANNEX 1 TO RESOLUTION 71 (REV. DUBAI, 2018)', 'Strategic plan for the Union',
    'for 2028-2031', 'Goal 1:', 'Goal 2 –', 'GOAL 3 -', 'Goal 12', 'Target 1.1:', 'Target 2.3 :', 'Target 1. 2 –', 'R.1:', 'T.2 –',
    'D. 1', 'Objective I.2:', 'R.1-a:', 'T.2\u2011b', 'D.1-1', 'I.2-10:', 'Outcomes:', 'Outputs', 'Goals served: primary Goal 1; secondary Goals 2, 4',
    'Goal 1 (primary)', 'SDG targets 9.c, 17.6, 99.9', 'Introduction', 'Sector objectives', 'Strategic goals and targets',
    'Radiocommunication Sector (ITU-R)', 'Linkages between the strategic goals and the SDG targets', 'Links to SDGs', '- 12 -', '17',
    'PP-22 – Final Acts', '____________________ 1', 'By 2027,', 'the', 'Internet', 'afford-', 'able', '.', ':', ';', '–', '(', ')', '“quoted”',
    'résumé', '9.c.1', 'primary', 'secondary',
  ];
  const word = fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 4 }));
  const space = fc.constantFrom(' ', '  ', '\t', '\u00a0', ' \u2003 ');
  const line = fc.oneof(
    fc.constant(''),
    fc.tuple(fc.array(fc.tuple(word, space), { maxLength: 10 }), fc.constantFrom('', '.', ',', ':')).map(
      ([words, end]) => words.map(([w, s]) => w + s).join('') + end,
    ),
  );
  const input = fc.tuple(fc.array(line, { maxLength: 40 }), fc.constantFrom('\n', '\r\n', '\r')).map(([lines, eol]) => lines.join(eol));

  it('keeps every non-white-space character of the input exactly once, with unique, stable IDs', () => {
    fc.assert(
      fc.property(input, (text) => {
        const doc = parseStrategicPlan(text);
        expectNothingDroppedOrDuplicated(text, doc);
        const all = ids(doc);
        expect(new Set(all).size).toBe(all.length);
        expect(parseStrategicPlan(text)).toEqual(doc);
      }),
      { seed: 20261128, numRuns: 600 },
    );
  });

  it('holds for the sample plan cut at any line', () => {
    const lines = sample.split('\n');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: lines.length }), fc.integer({ min: 0, max: lines.length }), (a, b) => {
        const text = lines.slice(Math.min(a, b), Math.max(a, b)).join('\n');
        expectNothingDroppedOrDuplicated(text, parseStrategicPlan(text));
      }),
      { seed: 20261128, numRuns: 200 },
    );
  });
});

describe('parseStrategicPlan: title', () => {
  it('does not take a body line with a period of years into a title without one', () => {
    const doc = parseStrategicPlan('Strategic plan for the Union\nTarget 1.1: 2024-2027 growth');
    expect(doc).toMatchObject({ id: 'sp', titleLine: 'Strategic plan for the Union' });
    expect(doc.plan!.goals[0].targets).toEqual([{ id: '1.1', text: '2024-2027 growth' }]);
  });
});
