/** Where a command writes; tests pass buffers, the bin passes the process streams. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Writes bytes to stdout as they are (a Word file); absent where only text can be written. */
  stdoutBytes?: (bytes: Uint8Array) => void;
  /** True when stdout is a terminal, where binary output is refused. */
  stdoutIsTTY?: boolean;
  env: Record<string, string | undefined>;
  cwd: string;
}

export const processIo = (): CliIo => ({
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdoutBytes: (bytes) => process.stdout.write(bytes),
  stdoutIsTTY: process.stdout.isTTY === true,
  env: process.env,
  cwd: process.cwd(),
});
