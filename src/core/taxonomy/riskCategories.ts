/**
 * The built-in risk categories: the subjects on which civil-society analyses of PP-14 and PP-18
 * found proposals that could threaten human rights online. Their IDs are a public contract
 * (`clausewatch suggest --json`, Web Annotation tags) and never change.
 */

/** The IDs of the built-in risk categories. */
export type RiskCategoryId =
  | 'cybersecurity'
  | 'iot-doa'
  | 'ott'
  | 'privacy-surveillance'
  | 'content-regulation'
  | 'internet-governance';

/** A risk category, built in or defined by a workspace. */
export interface Category {
  /** Lower-case slug: `cybersecurity`, `iot-doa`, or a workspace's own (`spectrum-policy`). */
  id: string;
  /** Short name shown on tags: "Cybersecurity". */
  label: string;
  /** One or two sentences saying what belongs in the category. */
  description: string;
  /** True for the six categories every workspace has. */
  builtIn: boolean;
}

const category = (id: RiskCategoryId, label: string, description: string): Category =>
  Object.freeze({ id, label, description, builtIn: true });

/** The six built-in categories, in the order the UI lists them. */
export const RISK_CATEGORIES: readonly Category[] = Object.freeze([
  category(
    'cybersecurity',
    'Cybersecurity',
    'Security of networks and ICTs, incident response teams, critical infrastructure, "confidence and security": where security may be framed as state control of the network.',
  ),
  category(
    'iot-doa',
    'IoT / Digital Object Architecture',
    'The Internet of Things, device and object identifiers, the Digital Object Architecture and handle systems: where identification of devices and people could be centralised.',
  ),
  category(
    'ott',
    'OTT services',
    'Over-the-top applications and services, interconnection, licensing and charging of online services: where telecom regulation could be extended to the Internet\u2019s applications.',
  ),
  category(
    'privacy-surveillance',
    'Privacy & surveillance',
    'Personal data, privacy, encryption, identity, lawful interception, data retention and monitoring: where users\u2019 privacy could be weakened.',
  ),
  category(
    'content-regulation',
    'Content regulation',
    'Online content, misinformation, illegal or harmful content, child online protection and the misuse of ICTs: where free expression could be restricted.',
  ),
  category(
    'internet-governance',
    'Internet governance',
    'Internet public policy, names, numbers and IP addresses, ICANN and the multistakeholder model: where ITU\u2019s mandate could expand over the Internet.',
  ),
]);

/** The built-in category IDs, in order. */
export const RISK_CATEGORY_IDS: readonly RiskCategoryId[] = Object.freeze(RISK_CATEGORIES.map((c) => c.id as RiskCategoryId));

/** True when `id` is one of the six built-in categories. */
export function isRiskCategoryId(id: string): id is RiskCategoryId {
  return (RISK_CATEGORY_IDS as readonly string[]).includes(id);
}
