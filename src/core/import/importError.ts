/**
 * An import failed. The message is one line in plain words and starts with the file name:
 * `res130.xml: not well-formed XML at line 12, column 5: unclosed tag <recital>`.
 */
export class ImportError extends Error {
  /** The file name as given to the importer ("pasted text" for a paste). */
  readonly file: string;
  /** What is wrong, without the file name. */
  readonly reason: string;

  constructor(file: string, reason: string, options?: { cause?: unknown }) {
    super(`${file}: ${oneLine(reason)}`, options);
    this.name = 'ImportError';
    this.file = file;
    this.reason = oneLine(reason);
  }
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
