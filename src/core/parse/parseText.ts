import type { ItuDocument } from '../model/index.ts';

export interface ParseOptions {
  /** File name, for error messages and `source`. */
  file?: string;
}

/**
 * Parses plain text holding one or more ITU texts (resolutions, decisions, recommendations,
 * a Strategic Plan) into documents. Never drops text: what cannot be placed lands in `unparsed`.
 */
export function parseText(text: string, options: ParseOptions = {}): ItuDocument[] {
  void text;
  void options;
  throw new Error('parseText: not implemented yet');
}
