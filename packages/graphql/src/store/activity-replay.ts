// The activity module's part of `audit verify --against-data`: activities and enrollments as the
// audit log says they must be, and each activity's places taken as its enrolled members hold them.

import { toActivity, toEnrollment } from './activity.js';
import { compareTable, type DataDifference, type DataReader, type ModuleReplay } from './audit-replay.js';
import type { Json } from './audit-seal.js';

type Row = Record<string, Json>;

/** The replay of activities and enrollments. */
export function activityReplay(): ModuleReplay {
  const activities = new Map<string, Row>();
  const enrollments = new Map<string, Row>();
  return {
    apply(action, _before, after) {
      const row = after as Row;
      switch (action) {
        case 'activity.created':
          activities.set(row.id as string, row);
          return;
        case 'activity.enrolled':
          enrollments.set(row.id as string, row);
          return;
        case 'activity.cancelled': {
          // The cancelled enrollment, and the waiting ones its places went to (now enrolled).
          const { freed: _freed, promoted, ...enrollment } = row;
          enrollments.set(enrollment.id as string, enrollment);
          for (const id of promoted as string[]) {
            const waiting = enrollments.get(id);
            if (waiting) enrollments.set(id, { ...waiting, status: 'ENROLLED' });
          }
        }
      }
    },
    async compare(db: DataReader): Promise<DataDifference[]> {
      // Places taken: what the logged enrollments hold.
      const taken = new Map<string, number>();
      for (const e of enrollments.values()) {
        if (e.status !== 'ENROLLED') continue;
        const id = e.activityId as string;
        taken.set(id, (taken.get(id) ?? 0) + (e.places as number));
      }
      const logged = new Map([...activities].map(([id, a]) => [id, { ...a, taken: taken.get(id) ?? 0 }]));
      const activityRows = new Map(
        (await db.activity.findMany()).map((r) => [
          r.id,
          { ...toActivity(r), taken: r.taken } as Record<string, unknown>,
        ]),
      );
      const enrollmentRows = new Map(
        (await db.enrollment.findMany()).map((r) => [
          r.id,
          toEnrollment(r) as unknown as Record<string, unknown>,
        ]),
      );
      return [
        ...compareTable('Activity', logged, activityRows),
        ...compareTable('Enrollment', enrollments, enrollmentRows),
      ];
    },
  };
}
