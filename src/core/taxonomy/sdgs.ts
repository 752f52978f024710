/**
 * The 17 Sustainable Development Goals of the 2030 Agenda and their 169 targets, as data.
 * Target descriptions are short paraphrases written for this project (a few words each, to label
 * a link in the UI), not the official wording.
 */

/** One SDG target: "9.c". */
export interface SdgTarget {
  /** "9.c", "17.8": goal number, a dot, then a number (outcome targets) or a letter (means of implementation). */
  id: string;
  /** Number of the goal it belongs to. */
  goal: number;
  /** A few words saying what the target is about. */
  description: string;
}

/** One of the 17 goals. */
export interface Sdg {
  number: number;
  /** Short name: "Industry, innovation and infrastructure". */
  name: string;
  targets: readonly SdgTarget[];
}

/** Builds a goal from its descriptions: numbered targets first (n.1, n.2 …), then lettered ones (n.a, n.b …). */
function goal(number: number, name: string, numbered: readonly string[], lettered: readonly string[]): Sdg {
  const targets: SdgTarget[] = [
    ...numbered.map((description, i) => ({ id: `${number}.${i + 1}`, goal: number, description })),
    ...lettered.map((description, i) => ({ id: `${number}.${String.fromCharCode(97 + i)}`, goal: number, description })),
  ];
  return Object.freeze({ number, name, targets: Object.freeze(targets.map((t) => Object.freeze(t))) });
}

/** The 17 SDGs in order, each with all its targets. */
export const SDGS: readonly Sdg[] = Object.freeze([
  goal(1, 'No poverty', [
    'eradicate extreme poverty',
    'halve poverty by national definitions',
    'social protection systems for all',
    'equal rights to resources and basic services',
    'resilience of the poor to shocks and disasters',
  ], [
    'resources for anti-poverty programmes',
    'pro-poor, gender-sensitive policy frameworks',
  ]),
  goal(2, 'Zero hunger', [
    'end hunger, safe food for all',
    'end all forms of malnutrition',
    'double small-scale farmers\u2019 productivity and incomes',
    'sustainable, resilient food production',
    'genetic diversity of seeds and livestock',
  ], [
    'investment in rural infrastructure and farm research',
    'remove distortions in agricultural trade',
    'well-functioning food commodity markets',
  ]),
  goal(3, 'Good health and well-being', [
    'lower maternal mortality',
    'end preventable deaths of newborns and young children',
    'end epidemics of AIDS, tuberculosis, malaria',
    'fewer early deaths from non-communicable disease; mental health',
    'prevent and treat substance abuse',
    'halve road traffic deaths',
    'sexual and reproductive health care for all',
    'universal health coverage',
    'fewer deaths from pollution and hazardous chemicals',
  ], [
    'tobacco control',
    'research on and access to vaccines and medicines',
    'health financing and health workforce',
    'early warning for health risks',
  ]),
  goal(4, 'Quality education', [
    'free primary and secondary schooling',
    'early childhood care and pre-primary education',
    'affordable technical, vocational and higher education',
    'skills for work, including ICT skills',
    'equal access to education for all',
    'literacy and numeracy for youth and adults',
    'education for sustainable development',
  ], [
    'safe and inclusive schools',
    'scholarships for developing countries',
    'more qualified teachers',
  ]),
  goal(5, 'Gender equality', [
    'end discrimination against women and girls',
    'end violence against women and girls',
    'end child marriage and genital mutilation',
    'value unpaid care and domestic work',
    'women in leadership and decision-making',
    'sexual and reproductive rights',
  ], [
    'women\u2019s equal rights to economic resources',
    'use of technology, especially ICT, to empower women',
    'laws and policies for gender equality',
  ]),
  goal(6, 'Clean water and sanitation', [
    'safe, affordable drinking water for all',
    'sanitation and hygiene for all',
    'better water quality, less pollution',
    'efficient water use, less scarcity',
    'integrated water resource management',
    'protect water-related ecosystems',
  ], [
    'cooperation on water and sanitation',
    'local participation in water management',
  ]),
  goal(7, 'Affordable and clean energy', [
    'modern energy services for all',
    'a larger share of renewable energy',
    'faster gains in energy efficiency',
  ], [
    'cooperation on clean energy research and investment',
    'energy infrastructure in developing countries',
  ]),
  goal(8, 'Decent work and economic growth', [
    'sustained per capita growth',
    'productivity through technology and innovation',
    'decent jobs, entrepreneurship and small firms',
    'growth decoupled from environmental harm',
    'full employment and equal pay',
    'fewer young people out of work or school',
    'end forced labour, trafficking and child labour',
    'labour rights and safe workplaces',
    'sustainable tourism',
    'access to banking and financial services',
  ], [
    'aid for trade',
    'strategy for youth employment',
  ]),
  goal(9, 'Industry, innovation and infrastructure', [
    'reliable, resilient infrastructure',
    'inclusive, sustainable industry',
    'credit and markets for small enterprises',
    'cleaner, upgraded infrastructure and industry',
    'research and technological capability',
  ], [
    'infrastructure support for developing countries',
    'domestic technology development',
    'universal, affordable Internet access in LDCs',
  ]),
  goal(10, 'Reduced inequalities', [
    'income growth for the poorest 40 per cent',
    'social, economic and political inclusion',
    'equal opportunity, end discriminatory laws',
    'fiscal and social policies for equality',
    'regulate global financial markets',
    'voice for developing countries in global institutions',
    'safe, orderly migration',
  ], [
    'special treatment for developing countries in trade',
    'aid and investment where need is greatest',
    'cheaper remittances',
  ]),
  goal(11, 'Sustainable cities and communities', [
    'adequate, affordable housing',
    'safe, sustainable transport',
    'inclusive urban planning',
    'protect cultural and natural heritage',
    'fewer deaths and losses from disasters',
    'lower environmental impact of cities',
    'safe public and green spaces',
  ], [
    'links between urban and rural areas',
    'disaster risk policies in cities',
    'sustainable buildings in LDCs',
  ]),
  goal(12, 'Responsible consumption and production', [
    'framework on sustainable consumption',
    'sustainable use of natural resources',
    'halve food waste',
    'sound handling of chemicals and wastes',
    'less waste through reuse and recycling',
    'sustainability reporting by companies',
    'sustainable public procurement',
    'awareness of sustainable lifestyles',
  ], [
    'science and technology for sustainable consumption',
    'monitor tourism\u2019s impact',
    'phase out wasteful fossil-fuel subsidies',
  ]),
  goal(13, 'Climate action', [
    'resilience to climate hazards',
    'climate action in national policy',
    'climate education and awareness',
  ], [
    'climate finance commitments',
    'climate planning capacity in LDCs and small islands',
  ]),
  goal(14, 'Life below water', [
    'less marine pollution',
    'protect marine and coastal ecosystems',
    'tackle ocean acidification',
    'end overfishing',
    'conserve coastal and marine areas',
    'end harmful fishing subsidies',
    'ocean benefits for small islands and LDCs',
  ], [
    'marine science and technology transfer',
    'small-scale fishers\u2019 access to resources',
    'implement the law of the sea',
  ]),
  goal(15, 'Life on land', [
    'conserve land and freshwater ecosystems',
    'sustainable forest management',
    'fight desertification, restore land',
    'conserve mountain ecosystems',
    'halt the loss of biodiversity',
    'fair sharing of genetic resources',
    'end poaching and wildlife trafficking',
    'keep out invasive species',
    'biodiversity values in planning',
  ], [
    'funding for biodiversity',
    'funding for forest management',
    'global fight against poaching',
  ]),
  goal(16, 'Peace, justice and strong institutions', [
    'less violence everywhere',
    'end abuse and violence against children',
    'rule of law and access to justice',
    'fewer illicit financial and arms flows',
    'less corruption and bribery',
    'effective, accountable institutions',
    'inclusive, participatory decision-making',
    'developing countries in global governance',
    'legal identity for all',
    'public access to information and fundamental freedoms',
  ], [
    'institutions to prevent violence and terrorism',
    'non-discriminatory laws and policies',
  ]),
  goal(17, 'Partnerships for the goals', [
    'domestic revenue collection',
    'development aid commitments',
    'more financial resources for developing countries',
    'sustainable debt',
    'investment in LDCs',
    'cooperation on science, technology and innovation',
    'spread of environmentally sound technology',
    'technology bank and use of ICT in LDCs',
    'capacity building for national SDG plans',
    'open, rules-based trade',
    'more exports from developing countries',
    'duty-free market access for LDCs',
    'global economic stability',
    'policy coherence',
    'respect for each country\u2019s policy space',
    'global partnership for development',
    'public, private and civil-society partnerships',
    'better, disaggregated data',
    'measures of progress beyond GDP',
  ], []),
]);

const BY_ID: ReadonlyMap<string, SdgTarget> = new Map(SDGS.flatMap((g) => g.targets.map((t) => [t.id, t] as const)));

/** The target with this ID ("9.c"), or null. Case and surrounding spaces are ignored: " 9.C " finds 9.c. */
export function sdgTarget(id: string): SdgTarget | null {
  return BY_ID.get(id.trim().toLowerCase()) ?? null;
}

/** True when `id` names one of the 169 SDG targets. */
export function isSdgTarget(id: string): boolean {
  return sdgTarget(id) !== null;
}
