import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseText } from '../parse/index.ts';
import { RISK_CATEGORIES, RISK_CATEGORY_IDS, isRiskCategoryId } from './riskCategories.ts';
import { DEFAULT_TAXONOMY, TAXONOMY_VERSION, buildTaxonomy, findCategory, findPlanOpportunity } from './taxonomy.ts';
import { ANNOTATION_KINDS, SEVERITIES, STATUSES } from './vocabulary.ts';
import { validateCategory, validateWorkspaceCategories } from './workspaceCategories.ts';

const [plan] = parseText(readFileSync(new URL('../../../fixtures/text/strategic-plan-sample.txt', import.meta.url), 'utf8'));
const [res130] = parseText(readFileSync(new URL('../../../fixtures/text/res130-sample.txt', import.meta.url), 'utf8'));
const fields = (result: { ok: boolean; errors?: Array<{ field: string }> }): string[] => (result.ok ? [] : result.errors!.map((e) => e.field));

describe('the built-in vocabulary', () => {
  it('has the six risk categories with exactly the public IDs, labelled and described', () => {
    expect(RISK_CATEGORY_IDS).toEqual(['cybersecurity', 'iot-doa', 'ott', 'privacy-surveillance', 'content-regulation', 'internet-governance']);
    for (const c of RISK_CATEGORIES) {
      expect(c.label.trim(), c.id).not.toBe('');
      expect(c.description.length, c.id).toBeGreaterThan(40);
      expect(c.builtIn).toBe(true);
    }
    expect(isRiskCategoryId('ott')).toBe(true);
    expect(isRiskCategoryId('spectrum')).toBe(false);
    expect(Object.isFrozen(RISK_CATEGORIES) && Object.isFrozen(RISK_CATEGORIES[0])).toBe(true);
  });

  it('has the kinds, severities and statuses in order', () => {
    expect(ANNOTATION_KINDS.map((k) => k.id)).toEqual(['risk', 'opportunity', 'note']);
    expect(SEVERITIES.map((s) => s.id)).toEqual(['low', 'medium', 'high', 'critical']);
    expect(STATUSES.map((s) => s.id)).toEqual(['open', 'in-review', 'agreed', 'resolved']);
    expect(STATUSES[1].label).toBe('In review');
  });

  it('is versioned', () => {
    expect(DEFAULT_TAXONOMY.version).toBe(TAXONOMY_VERSION);
    expect(DEFAULT_TAXONOMY.categories).toHaveLength(6);
    expect(DEFAULT_TAXONOMY.sdgs).toHaveLength(17);
    expect(DEFAULT_TAXONOMY.plans).toEqual([]);
  });
});

describe('workspace categories', () => {
  it('accepts a well-formed category and trims its label', () => {
    expect(validateCategory({ id: 'spectrum-policy', label: '  Spectrum   policy ', description: 'Satellite orbits.' })).toEqual({
      ok: true,
      value: { id: 'spectrum-policy', label: 'Spectrum policy', description: 'Satellite orbits.', builtIn: false },
    });
  });

  it('refuses a badly shaped ID, naming the field', () => {
    for (const id of ['Spectrum', 'spectrum policy', '-spectrum', 'spectrum--policy', '1spectrum', 'spectrum-', '', 'x'.repeat(41), 'sdg:9.c', 'a/b']) {
      const result = validateCategory({ id, label: 'Spectrum' }, [], 'categories[0]');
      expect(fields(result), id).toEqual(['categories[0].id']);
    }
    expect(fields(validateCategory({ id: 42, label: 'Spectrum' }))).toEqual(['id']);
  });

  it('refuses an ID or a label that clashes with a built-in or another workspace category', () => {
    const clash = validateCategory({ id: 'cybersecurity', label: 'Cyber' });
    expect(clash.ok ? '' : clash.errors[0].message).toMatch(/already used by the built-in category "Cybersecurity"/);
    expect(fields(validateCategory({ id: 'cyber', label: 'CYBERSECURITY' }))).toEqual(['label']);
    const list = validateWorkspaceCategories([{ id: 'spectrum', label: 'Spectrum' }, { id: 'spectrum', label: 'Orbits' }, { id: 'orbits', label: 'spectrum' }]);
    expect(fields(list)).toEqual(['categories[1].id', 'categories[2].label']);
  });

  it('refuses a missing or over-long label and a bad description', () => {
    expect(fields(validateCategory({ id: 'spectrum' }))).toEqual(['label']);
    expect(fields(validateCategory({ id: 'spectrum', label: 'x'.repeat(61) }))).toEqual(['label']);
    expect(fields(validateCategory({ id: 'spectrum', label: 'Spectrum', description: 7 }))).toEqual(['description']);
    expect(fields(validateCategory('spectrum'))).toEqual(['']);
    expect(fields(validateWorkspaceCategories({}))).toEqual(['categories']);
  });
});

describe('buildTaxonomy', () => {
  it('adds workspace categories after the built-in ones, and the goals and targets of loaded plans', () => {
    const result = buildTaxonomy({ workspaceCategories: [{ id: 'spectrum-policy', label: 'Spectrum policy' }], plans: [plan] });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const taxonomy = result.value;
    expect(taxonomy.categories.map((c) => c.id)).toEqual([...RISK_CATEGORY_IDS, 'spectrum-policy']);
    expect(findCategory(taxonomy, 'spectrum-policy')?.builtIn).toBe(false);
    expect(findCategory(taxonomy, 'nope')).toBeNull();
    const [opportunities] = taxonomy.plans;
    expect(opportunities).toMatchObject({ document: 'sp-2024-2027', period: '2024-2027' });
    expect(opportunities.items[0]).toMatchObject({ id: 'sp-2024-2027/goal/1', kind: 'goal', label: 'Goal 1: Universal connectivity', sdgTargets: ['9.c', '17.6', '17.8'] });
    expect(findPlanOpportunity(taxonomy, 'sp-2024-2027/target/3.1')).toMatchObject({ kind: 'target', label: 'Target 3.1', goal: '3' });
    expect(findPlanOpportunity(taxonomy, 'sp-2024-2027/target/9.9')).toBeNull();
    // Plan IDs are the plan's own clause IDs.
    const clauseIds = new Set(plan.sections.flatMap((s) => s.clauses.flatMap((c) => [c.id, ...c.children.map((k) => k.id)])));
    for (const item of opportunities.items) expect(clauseIds.has(item.id), item.id).toBe(true);
  });

  it('names the field at fault: a bad category, a document that is not a plan, a plan given twice', () => {
    expect(fields(buildTaxonomy({ workspaceCategories: [{ id: 'ott', label: 'Apps' }], plans: [res130, plan, plan] }))).toEqual(['workspaceCategories[0].id', 'plans[0]', 'plans[2]']);
  });
});
