import { useState } from 'react';
import type { ReactNode } from 'react';
import { createLibraryStore, LibraryProvider } from '../library/index.ts';
import type { WorkspaceBoot } from './bootWorkspace.ts';
import { CredentialsDialog } from './CredentialsDialog.tsx';
import { WorkspaceContext } from './WorkspaceContext.tsx';

/**
 * Provides the app with its library and workspace: in a workspace, the library is the workspace's
 * (seeded with the sample library once); working alone, it is this session's, as before. Also
 * shows the token prompt when one is needed.
 */
export function WorkspaceRoot({ boot, children }: { boot: WorkspaceBoot; children: ReactNode }) {
  const [aloneLibrary] = useState(createLibraryStore);
  const session = boot.mode === 'workspace' ? boot.session : null;
  return (
    <WorkspaceContext.Provider value={session}>
      <LibraryProvider store={session ? session.library : aloneLibrary} load>
        {children}
        <CredentialsDialog />
      </LibraryProvider>
    </WorkspaceContext.Provider>
  );
}
