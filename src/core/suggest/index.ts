/** The explainable suggester: risk categories proposed per clause from its words, with the words shown. */
export { Suggester, suggestDocument } from './Suggester.ts';
export type { CategorySuggestion, ClauseSuggestion, DocumentSuggestions, TermMatch } from './Suggester.ts';
export { DEFAULT_LEXICON, MIN_SCORE } from './lexicon.ts';
export type { Lexicon, LexiconEntry, LexiconTerm } from './lexicon.ts';
export { evaluateSuggester } from './evaluateSuggester.ts';
export type { LabelledClause, SuggesterEvaluation } from './evaluateSuggester.ts';
export { stem, words } from './words.ts';
export type { Word } from './words.ts';
