import { getSession } from '../api/session';

export const dashboardPath = '/hangfire';
const cookieName = 'huiyin_dashboard';
const cookieSeconds = 15 * 60;

/**
 * Opens the job dashboard in a new tab. A navigation sends no bearer header, so the access token goes
 * in a cookie that only the dashboard's path receives (and only the dashboard accepts).
 */
export function openJobDashboard(): void {
  const session = getSession();
  if (!session) return;
  document.cookie = `${cookieName}=${session.accessToken}; path=${dashboardPath}; max-age=${cookieSeconds}; SameSite=Strict`;
  window.open(dashboardPath, '_blank', 'noopener');
}
