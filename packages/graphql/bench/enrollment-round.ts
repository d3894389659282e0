// The check of one round of issue 13's enrollment race, read from the database after the round:
// exactly the places taken, nobody twice, every request an arrival (1…n), the first arrivals
// enrolled and the rest waiting in arrival order. Used by bench/activities.ts (PostgreSQL) and
// bench/activities-pglite.ts (PGlite).

import { decodeGlobalID } from '@pothos/plugin-relay';
import type { Database } from '../src/store/database.js';

/** Throws naming what is wrong unless the round on `activityId` (a global id) left exactly what issue 13 asks. */
export async function checkEnrollmentRound(
  db: Pick<Database, 'prisma'>,
  activityId: string,
  members: number,
  places: number,
): Promise<void> {
  const id = decodeGlobalID(activityId).id;
  const activity = await db.prisma.activity.findUniqueOrThrow({ where: { id } });
  const rows = await db.prisma.enrollment.findMany({
    where: { activityId: id },
    orderBy: { arrival: 'asc' },
    select: { memberId: true, arrival: true, status: true },
  });
  const problems: string[] = [];
  if (activity.taken !== places) problems.push(`${activity.taken} places taken of ${places}`);
  if (rows.length !== members) problems.push(`${rows.length} enrollments for ${members} requests`);
  if (new Set(rows.map((r) => r.memberId)).size !== rows.length) problems.push('a member enrolled twice');
  if (rows.some((r, i) => r.arrival !== i + 1)) problems.push(`arrivals are not 1…${rows.length}`);
  const enrolled = rows.filter((r) => r.status === 'ENROLLED').length;
  if (enrolled !== places) problems.push(`${enrolled} enrolled for ${places} places`);
  if (rows.some((r, i) => r.status !== (i < places ? 'ENROLLED' : 'WAITING'))) {
    problems.push('the places did not go to the first arrivals, or the waiting list is out of arrival order');
  }
  if (problems.length > 0) throw new Error(`enrollment round on ${activityId}: ${problems.join('; ')}`);
}
