import { useAppStore } from '../../store/index.ts';
import { navigateTo, viewHash } from '../routing/index.ts';

/** "Dashboard" in the top bar, in a workspace; pressed while the dashboard is open. */
export function DashboardButton() {
  const workspace = useAppStore((state) => state.workspace);
  const view = useAppStore((state) => state.view);
  if (!workspace) return null;
  return (
    <button type="button" className="button" aria-pressed={view === 'dashboard'} onClick={() => navigateTo(viewHash('dashboard'))}>
      Dashboard
    </button>
  );
}
