import { appStore, useAppStore } from '../../store/index.ts';

/** "Export…" in the top bar, in a workspace (a summary is made from a workspace's annotations). */
export function ExportButton() {
  const workspace = useAppStore((state) => state.workspace);
  if (!workspace) return null;
  return (
    <button type="button" className="button" aria-haspopup="dialog" onClick={() => appStore.getState().openExport()}>
      Export…
    </button>
  );
}
