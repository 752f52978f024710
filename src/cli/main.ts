import { CliError } from './CliError.ts';
import { parseCommand, parseUsage } from './commands/parse.ts';
import { processIo, type CliIo } from './io.ts';

type Command = (args: string[], io: CliIo) => Promise<number>;

/** Commands load lazily: `parse` should not pay for the server's imports. */
const COMMANDS: Record<string, { usage: string; load: () => Promise<Command> }> = {
  parse: { usage: parseUsage, load: async () => parseCommand },
  serve: {
    usage: 'clausewatch serve [--port N] [--host H]   build the app if needed and serve it (PORT, HOST)',
    load: async () => (await import('./commands/serve.ts')).serveCommand,
  },
};

const usage = (): string => `Usage:\n${Object.values(COMMANDS).map((c) => `  ${c.usage}`).join('\n')}\n`;

/** Runs the CLI; returns the exit code. Errors are one line on stderr, exit code 1. */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage());
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`clausewatch: unknown command "${name}"; try "clausewatch --help"\n`);
    return 1;
  }
  try {
    return await (await command.load())(args, io);
  } catch (error) {
    const expected = error instanceof CliError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`clausewatch: ${expected ? message : `internal error: ${message}`}\n`.replace(/\n(?!$)/g, ' '));
    return 1;
  }
}
