export type { Storage, StoredState } from './Storage.ts';
export { SqliteStorage } from './sqliteStorage.ts';
export { MemoryStorage } from './memoryStorage.ts';
export { openDatabase, DataDirError, DATABASE_FILE, SYNCHRONOUS_MODES } from './openDatabase.ts';
export type { SqliteDatabase, Synchronous } from './openDatabase.ts';
export { resolveDataDir, DEFAULT_DATA_DIR } from './dataDir.ts';
export { Checkpointer } from './Checkpointer.ts';
export { openDatabaseReadOnly } from './openDatabaseReadOnly.ts';
export { loadWorkspaceDoc, WorkspaceLoadError } from './loadWorkspaceDoc.ts';
