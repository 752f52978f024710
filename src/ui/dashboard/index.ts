export { Dashboard } from './Dashboard.tsx';
export { DashboardButton } from './DashboardButton.tsx';
export { cellLabel } from './Heatmap.tsx';
export { shortName } from './shortName.ts';
