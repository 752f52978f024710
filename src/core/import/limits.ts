/** Input limits for importers. One place, so the CLI, the app and the tests agree. */

const MB = 1024 * 1024;

/** Largest file accepted: PP Final Acts are about 5 MB of text, so 20 MB leaves room and keeps a browser tab responsive. */
export const MAX_FILE_BYTES = 20 * MB;

/** Most bytes a Word file may unpack to: real .docx texts unpack to a few MB; more means a zip bomb or embedded media we do not read. */
export const MAX_UNPACKED_BYTES = 50 * MB;

/** Most parts a Word file may hold: Word writes a few dozen; thousands only serve to exhaust memory. */
export const MAX_ZIP_ENTRIES = 2000;

/** Compressed bytes fed to the inflater per step: deflate expands at most ~1,032x, so one step stays below ~17 MB before the limit is checked. */
export const ZIP_CHUNK_BYTES = 16 * 1024;

/** Deepest XML nesting accepted: Akoma Ntoso texts nest about a dozen levels; thousands would overflow the recursive walk. */
export const MAX_XML_DEPTH = 256;

/** Share of control characters above which "text" is taken to be binary: real text has none, binaries have 10 % or more. */
export const MAX_CONTROL_SHARE = 0.01;

/** Fewest control characters that can mark a text as binary, so one stray character in a short paste is not refused. */
export const MIN_CONTROL_COUNT = 4;
