export { Dashboard } from './Dashboard.tsx';
export { DashboardButton } from './DashboardButton.tsx';
