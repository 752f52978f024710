/**
 * The suggester's term lists, one per built-in risk category, with weights. A term is matched on
 * whole words, case-insensitively with plurals folded ("identifiers" finds "identifier");
 * acronyms written in capitals ("OTT", "IoT", "CIRT") only match as written, plural "s" allowed.
 *
 * Weights: 3 = on its own the subject of the category ("lawful interception"); 2 = a strong sign
 * ("encryption"); 1 = a weak sign that needs company ("content", "identifier", "licensing").
 * A category is suggested when its matched terms weigh at least MIN_SCORE together.
 */
import type { RiskCategoryId } from '../taxonomy/index.ts';

/** One term and how much it counts. */
export interface LexiconTerm {
  term: string;
  weight: number;
}

/** A category and its terms. */
export interface LexiconEntry {
  category: string;
  terms: readonly LexiconTerm[];
}

export type Lexicon = readonly LexiconEntry[];

/** Two weak signs, or one strong one. */
export const MIN_SCORE = 2;

const entry = (category: RiskCategoryId, weighted: Record<number, readonly string[]>): LexiconEntry => ({
  category,
  terms: Object.entries(weighted).flatMap(([weight, terms]) => terms.map((term) => ({ term, weight: Number(weight) }))),
});

/** The built-in lexicon, in the order of the categories. */
export const DEFAULT_LEXICON: Lexicon = [
  entry('cybersecurity', {
    3: ['cybersecurity', 'cyber-security', 'cyber security', 'confidence and security', 'trust and security in the use', 'computer incident response team', 'critical information infrastructure', 'cyberattack', 'cyber attack', 'cybercrime', 'cyberthreat'],
    2: ['CIRT', 'CERT', 'CSIRT', 'incident response', 'critical infrastructure', 'network security', 'security of networks', 'malicious software', 'malware', 'botnet', 'compromised computers', 'cyber'],
    1: ['security', 'secure', 'spam', 'unsolicited bulk', 'identity management', 'attack', 'threat', 'vulnerability'],
  }),
  entry('iot-doa', {
    3: ['Internet of Things', 'IoT', 'Digital Object Architecture', 'DOA', 'handle system', 'device identification'],
    2: ['digital object', 'unique identifier', 'connected device', 'smart city', 'smart cities', 'smart sustainable cities', 'machine-to-machine', 'M2M', 'object identifier', 'identification of devices', 'counterfeit device', 'counterfeit ICT device'],
    1: ['identifier', 'identification', 'device', 'sensor', 'counterfeit', 'numbering resource'],
  }),
  entry('ott', {
    3: ['OTT', 'over-the-top', 'over the top'],
    2: ['online application', 'application provider', 'content provider', 'traffic termination', 'net neutrality', 'network neutrality', 'online platform'],
    1: ['interconnection', 'licensing', 'licence', 'license', 'fair share', 'level playing field', 'digital service', 'platform'],
  }),
  entry('privacy-surveillance', {
    3: ['privacy', 'surveillance', 'lawful interception', 'data retention', 'mass monitoring'],
    2: ['interception', 'personal data', 'data protection', 'encryption', 'anonymity', 'biometric', 'confidentiality of communications', 'access to the communications', 'tracking', 'traceability', 'identity management'],
    1: ['monitoring', 'identity', 'confidentiality', 'metadata', 'location data'],
  }),
  entry('content-regulation', {
    3: ['misinformation', 'disinformation', 'fake news', 'hate speech', 'child online protection', 'illegal content', 'harmful content', 'censorship', 'content moderation'],
    2: ['misuse of information and communication technologies', 'misuse of ICTs', 'illicit use', 'freedom of expression', 'free flow of information', 'extremism', 'terrorism', 'takedown', 'blocking of websites', 'children safe online', 'online safety'],
    1: ['content', 'children', 'child', 'blocking', 'harmful', 'illegal'],
  }),
  entry('internet-governance', {
    3: ['Internet governance', 'ICANN', 'IANA', 'IP address', 'IPv6', 'IPv4', 'domain name', 'country code top-level domain', 'ccTLD', 'Internet-related public policy', 'public policy issues pertaining to the Internet', 'IGF', 'root server'],
    2: ['multistakeholder', 'multi-stakeholder', 'enhanced cooperation', 'Internet resources', 'DNS', 'naming and addressing', 'Internet public policy'],
    1: ['naming', 'numbering', 'addressing', 'Internet', 'WSIS'],
  }),
];
