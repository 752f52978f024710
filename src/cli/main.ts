import { CliError } from './CliError.ts';
import { parseCommand, parseUsage } from './commands/parse.ts';
import { processIo, type CliIo } from './io.ts';

type Command = (args: string[], io: CliIo) => Promise<number>;

/** Commands load lazily: `parse` should not pay for the server's imports. */
const COMMANDS: Record<string, { usage: string; load: () => Promise<Command> }> = {
  parse: { usage: parseUsage, load: async () => parseCommand },
  diff: {
    usage: 'clausewatch diff BASE PROPOSAL [--json | --md]   compare a proposal with its base text, clause by clause',
    load: async () => (await import('./commands/diff.ts')).diffCommand,
  },
  suggest: {
    usage: 'clausewatch suggest FILE... [--json]   suggest risk categories per clause, with the words that matched',
    load: async () => (await import('./commands/suggest.ts')).suggestCommand,
  },
  carry: {
    usage: 'clausewatch carry ANNOTATIONS.json --from OLD --to NEW [--json]   carry W3C Web Annotations to a new version of a text',
    load: async () => (await import('./commands/carry.ts')).carryCommand,
  },
  serve: {
    usage: 'clausewatch serve [--port N] [--host H] [--data-dir DIR]   build the app if needed and serve it (PORT, HOST, DATA_DIR)',
    load: async () => (await import('./commands/serve.ts')).serveCommand,
  },
  export: {
    usage: 'clausewatch export --workspace NAME --format md|csv|jsonld|docx [filters] [-o FILE] [--data-dir DIR]   a workspace\'s risk summary as a brief, from the data directory',
    load: async () => (await import('./commands/export.ts')).exportCommand,
  },
  token: {
    usage: 'clausewatch token create|list|revoke --workspace NAME [--role ROLE] [ID] [--data-dir DIR]   manage workspace tokens',
    load: async () => (await import('./commands/token.ts')).tokenCommand,
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
