/**
 * The explainable suggester: proposes risk categories for a clause from the words in it, and says
 * which words. It never tags anything itself; analysts accept or dismiss its suggestions.
 */
import { allClauses } from '../model/index.ts';
import type { ItuDocument } from '../model/index.ts';
import { DEFAULT_LEXICON, MIN_SCORE } from './lexicon.ts';
import type { Lexicon } from './lexicon.ts';
import { acronymKey, isAcronym, stem, words } from './words.ts';
import type { Word } from './words.ts';

/** Where a term matched in the text. */
export interface TermMatch {
  term: string;
  start: number;
  end: number;
}

/** One suggested category for a text. */
export interface CategorySuggestion {
  category: string;
  /** The sum of the weights of `terms`. */
  score: number;
  /** The lexicon terms that matched, each once, in order of first appearance. */
  terms: string[];
  /** Every match, for highlighting. */
  matches: TermMatch[];
}

/** The suggestions for one clause. */
export interface ClauseSuggestion {
  clause: string;
  categories: CategorySuggestion[];
}

/** The suggestions for one document: only clauses with at least one suggestion, in reading order. */
export interface DocumentSuggestions {
  id: string;
  suggestions: ClauseSuggestion[];
}

interface CompiledTerm {
  term: string;
  weight: number;
  /** One matcher per word of the term. */
  parts: Array<(word: Word) => boolean>;
}

interface CompiledCategory {
  category: string;
  order: number;
  /** Terms by the key of their first word, longest first. */
  byFirst: Map<string, CompiledTerm[]>;
}

const keyOf = (word: string): string => (isAcronym(word) ? `A:${acronymKey(word)}` : `S:${stem(word)}`);

function compileTerm(term: string, weight: number): CompiledTerm {
  const parts = words(term).map((w) => {
    if (isAcronym(w.raw)) {
      const key = acronymKey(w.raw);
      return (word: Word) => acronymKey(word.raw) === key;
    }
    return (word: Word) => word.stem === w.stem;
  });
  if (parts.length === 0 || !Number.isFinite(weight) || weight <= 0) throw new RangeError(`Lexicon term ${JSON.stringify(term)} needs a word and a positive weight, got ${weight}`);
  return { term, weight, parts };
}

/** Keys a text word can be looked up by: its stem, and its acronym form. */
const lookupKeys = (word: Word): string[] => [`S:${word.stem}`, `A:${acronymKey(word.raw)}`];

export class Suggester {
  private readonly categories: CompiledCategory[];

  /** `minScore`: the weight a category's matched terms must reach together (MIN_SCORE by default). */
  constructor(
    lexicon: Lexicon = DEFAULT_LEXICON,
    private readonly minScore = MIN_SCORE,
  ) {
    this.categories = lexicon.map((entry, order) => {
      const byFirst = new Map<string, CompiledTerm[]>();
      for (const { term, weight } of entry.terms) {
        const compiled = compileTerm(term, weight);
        const key = keyOf(words(term)[0].raw);
        byFirst.set(key, [...(byFirst.get(key) ?? []), compiled].sort((a, b) => b.parts.length - a.parts.length));
      }
      return { category: entry.category, order, byFirst };
    });
  }

  /**
   * The categories suggested for a text, highest score first (ties in lexicon order). Within a
   * category the longest term wins where terms overlap ("lawful interception" over "interception").
   */
  suggestText(text: string): CategorySuggestion[] {
    const found = words(text);
    const out: Array<CategorySuggestion & { order: number }> = [];
    for (const category of this.categories) {
      const matches: TermMatch[] = [];
      const weights = new Map<string, number>();
      for (let i = 0; i < found.length; ) {
        const candidates = lookupKeys(found[i]).flatMap((key) => category.byFirst.get(key) ?? []);
        const hit = candidates
          .sort((a, b) => b.parts.length - a.parts.length)
          .find((t) => i + t.parts.length <= found.length && t.parts.every((part, k) => part(found[i + k])));
        if (!hit) {
          i++;
          continue;
        }
        const last = found[i + hit.parts.length - 1];
        matches.push({ term: hit.term, start: found[i].start, end: last.end });
        weights.set(hit.term, hit.weight);
        i += hit.parts.length;
      }
      const score = [...weights.values()].reduce((sum, w) => sum + w, 0);
      if (score >= this.minScore) out.push({ category: category.category, score, terms: [...weights.keys()], matches, order: category.order });
    }
    return out.sort((a, b) => b.score - a.score || a.order - b.order).map(({ order: _order, ...suggestion }) => suggestion);
  }

  /** The suggestions for every clause of a document that has any, in reading order. */
  suggestDocument(doc: ItuDocument): DocumentSuggestions {
    const suggestions: ClauseSuggestion[] = [];
    for (const clause of allClauses(doc)) {
      const categories = this.suggestText(clause.text);
      if (categories.length > 0) suggestions.push({ clause: clause.id, categories });
    }
    return { id: doc.id, suggestions };
  }
}

/** Suggestions for a document with the built-in lexicon. */
export function suggestDocument(doc: ItuDocument, suggester: Suggester = new Suggester()): DocumentSuggestions {
  return suggester.suggestDocument(doc);
}
