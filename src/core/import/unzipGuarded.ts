import { Unzip, UnzipInflate, unzipSync } from 'fflate';
import { concatBytes } from './concatBytes.ts';
import { formatLimit } from './formatSize.ts';
import { ImportError } from './importError.ts';
import { ZIP_CHUNK_BYTES } from './limits.ts';

export interface UnzipLimits {
  /** Most bytes all parts together may inflate to. */
  maxUnpackedBytes: number;
  /** Most parts (files) the archive may hold. */
  maxEntries: number;
  /** Called with the share of the archive read so far (0..1). */
  onProgress?: (fraction: number) => void;
  /** What to call the archive in messages: "Word file". */
  kind: string;
}

/**
 * Unpacks a zip archive while counting: the bytes actually inflated (not the sizes the archive
 * claims) and the number of parts. Input goes to the inflater in small steps, so a zip bomb is
 * stopped within one step of the limit instead of filling memory. The parts found must be the
 * ones the archive's table of contents lists. Returns parts by name (directories left out);
 * throws ImportError when a limit is passed or the archive is damaged.
 */
export function unzipGuarded(bytes: Uint8Array, file: string, limits: UnzipLimits): Map<string, Uint8Array> {
  const { maxUnpackedBytes, maxEntries, kind } = limits;
  const damaged = (what: string, cause?: unknown): ImportError =>
    new ImportError(file, `the ${kind} is damaged and cannot be read (${what})`, { cause });
  const tooMany = (): ImportError => new ImportError(file, `the ${kind} holds more than ${maxEntries} parts; refused`);

  const listed = tableOfContents(bytes, damaged);
  if (listed.length > maxEntries) throw tooMany();

  const parts = new Map<string, Uint8Array>();
  const seen = new Set<string>();
  let unpacked = 0;
  let unfinished = 0;
  let failure: ImportError | null = null;

  const unzip = new Unzip((entry) => {
    if (failure) return;
    if (seen.size >= maxEntries) {
      failure = tooMany();
      return;
    }
    if (seen.has(entry.name)) {
      failure = damaged(`it holds two parts named "${entry.name}"`);
      return;
    }
    seen.add(entry.name);
    const isDirectory = entry.name.endsWith('/');
    const chunks: Uint8Array[] = [];
    unfinished++;
    entry.ondata = (error, data, final) => {
      if (failure) return;
      if (error) {
        failure = /compression/.test(error.message)
          ? damaged(`"${entry.name}" uses a compression method Clausewatch cannot read`, error)
          : damaged(`the compressed data of "${entry.name}" is corrupted`, error);
        return;
      }
      unpacked += data.length;
      if (unpacked > maxUnpackedBytes) {
        failure = new ImportError(file, `the ${kind} unpacks to more than ${formatLimit(maxUnpackedBytes)}; refused`);
        entry.terminate();
        return;
      }
      chunks.push(data);
      if (final) {
        unfinished--;
        if (!isDirectory) parts.set(entry.name, chunks.length === 1 ? chunks[0] : concatBytes(chunks));
      }
    };
    entry.start();
  });
  unzip.register(UnzipInflate);

  for (let offset = 0; offset < bytes.length && !failure; offset += ZIP_CHUNK_BYTES) {
    const end = Math.min(offset + ZIP_CHUNK_BYTES, bytes.length);
    try {
      unzip.push(bytes.subarray(offset, end), end === bytes.length);
    } catch (error) {
      failure ??= damaged('its contents are corrupted or cut short', error);
    }
    limits.onProgress?.(end / bytes.length);
  }
  if (failure) throw failure;
  if (unfinished > 0) throw damaged('it ends in the middle of a part; the file may be cut short');
  const found = [...seen].sort();
  if (found.length !== listed.length || listed.some((name, i) => name !== found[i])) {
    throw damaged('its table of contents does not match its contents');
  }
  return parts;
}

/** Names the archive's central directory lists, sorted; nothing is inflated here. */
function tableOfContents(bytes: Uint8Array, damaged: (what: string, cause?: unknown) => ImportError): string[] {
  const names: string[] = [];
  try {
    unzipSync(bytes, {
      filter: (entry) => {
        names.push(entry.name);
        return false;
      },
    });
  } catch (error) {
    throw damaged('its table of contents is missing; the file may be cut short', error);
  }
  return names.sort();
}
