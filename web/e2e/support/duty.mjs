// Set-up the duty-roster end-to-end tests share: a team of their own whose shifts are placed around the present instant,
// since a test cannot choose the wall-clock time.
import assert from 'node:assert/strict';
import { baseUrl } from './browser.mjs';
import { call } from './tickets.mjs';
import { demoPassword } from './ui.mjs';

const deskOffset = 8 * 60 * 60 * 1000;
const minute = 60 * 1000;

/** The desk-local (Asia/Shanghai) day and "HH:mm" of an instant. */
function deskLocal(instant) {
  const iso = new Date(instant + deskOffset).toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}

function mondayOf(date) {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  return day.toISOString().slice(0, 10);
}

/** GETs `path` as the bearer of `token` and answers the JSON reply. */
export async function read(path, token) {
  const response = await fetch(new URL(path, baseUrl()), { headers: { Authorization: `Bearer ${token}` } });
  assert.ok(response.ok, `${path} answered ${response.status}: ${await response.clone().text()}`);
  return response.json();
}

export async function tokenOf(username) {
  return (await call('/api/v1/auth/login', { username, password: demoPassword })).accessToken;
}

/** A new team with one member per role given (`{ agent: 'Agent' }`), created by the demo admin; answers the team id and the usernames. */
export async function teamOf(stamp, roles) {
  const admin = await tokenOf('admin');
  const team = await call('/api/v1/teams', { name: `夜间值班组-${stamp}` }, admin);
  const people = {};
  for (const [who, role] of Object.entries(roles)) {
    const username = `${who}-${stamp}`;
    const staff = await call('/api/v1/staff', { username, displayName: `${who}-${stamp}`, password: demoPassword, roles: [role], teamId: team.id }, admin);
    people[who] = { username, id: staff.id };
  }
  return { teamId: team.id, people };
}

/**
 * Rosters the team on a 夜班 that began an hour ago and ends in an hour, and an 早班 of eight hours right after it; each
 * shift's people by id. A night that began in the week before is set in that week too.
 */
export async function rosterAroundNow(teamId, night, morning) {
  const now = Date.now();
  const nightStart = deskLocal(now - 60 * minute);
  const nightEnd = deskLocal(now + 60 * minute);
  const morningEnd = deskLocal(now + (60 + 8 * 60) * minute);
  const shifts = [
    { name: '夜班', start: nightStart.time, end: nightEnd.time },
    { name: '早班', start: nightEnd.time, end: morningEnd.time },
  ];
  const assignments = [
    { date: nightStart.date, shift: '夜班', staffIds: night },
    { date: nightEnd.date, shift: '早班', staffIds: morning },
  ];
  const supervisor = await tokenOf('supervisor');
  for (const weekOf of new Set(assignments.map((assignment) => mondayOf(assignment.date)))) {
    const week = assignments.filter((assignment) => mondayOf(assignment.date) === weekOf);
    await call('/api/v1/duty/roster', { teamId, weekOf, shifts, assignments: week }, supervisor, 'PUT');
  }
}
