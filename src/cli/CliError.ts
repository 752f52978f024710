/** A failure the CLI reports as one line on stderr, with exit code 1. */
export class CliError extends Error {
  override readonly name = 'CliError';
}
