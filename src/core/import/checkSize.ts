import { formatLimit, formatSize } from './formatSize.ts';
import { ImportError } from './importError.ts';

/** Refuses input over the limit before anything is decoded: "the file is 200.0 MB; the limit is 20 MB". */
export function checkSize(size: number, limit: number, file: string, what = 'the file'): void {
  if (size > limit) throw new ImportError(file, `${what} is ${formatSize(size)}; the limit is ${formatLimit(limit)}`);
}
