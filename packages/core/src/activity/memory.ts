import type { ChangeHandlers } from '../ports/store.js';
import type { Activity, Enrollment } from './activity.js';
import type { ActivityReader, ActivityStoreChange } from './port.js';

/** The activity module's part of the in-memory store: activities, places taken and enrollments. */
export class ActivityMemory {
  private readonly activities = new Map<string, { activity: Activity; taken: number; arrivals: number }>();
  private readonly enrollments = new Map<string, Enrollment>();

  /** The module's reader over the Maps; a claim is atomic because the memory store runs one unit of work at a time. */
  readonly reader: ActivityReader = {
    findById: async (id) => this.state(id),
    lockById: async (id) => this.state(id),
    findEnrollment: async (activityId, memberId) =>
      this.enrollmentsOf(activityId).find((e) => e.memberId === memberId) ?? null,
    waitingList: async (activityId, free) =>
      this.enrollmentsOf(activityId)
        .filter((e) => e.status === 'WAITING' && e.places <= free)
        .slice(0, free),
    // The enrollment itself is recorded when its change is applied, in the same unit of work.
    claimPlaces: async ({ activityId, places }) => {
      const row = this.activities.get(activityId);
      if (!row) throw new Error(`no activity '${activityId}'`);
      row.arrivals += 1;
      const granted = row.taken + places <= row.activity.places;
      if (granted) row.taken += places;
      return { granted, arrival: row.arrivals, taken: row.taken };
    },
  };

  /** What each of the module's changes does to the Maps. */
  readonly handlers: ChangeHandlers<ActivityStoreChange, undefined, void> = {
    'activity.created': (_, change) =>
      void this.activities.set(change.activity.id, { activity: change.activity, taken: 0, arrivals: 0 }),
    'activity.enrolled': (_, change) => void this.enrollments.set(change.enrollment.id, change.enrollment),
    'activity.cancelled': (_, change) => {
      const row = this.activities.get(change.enrollment.activityId);
      if (row) row.taken += change.promoted.reduce((sum, e) => sum + e.places, 0) - change.freed;
      for (const e of [change.enrollment, ...change.promoted]) this.enrollments.set(e.id, e);
    },
  };

  /** Enrollments of an activity in arrival order, cancelled ones included. */
  enrollmentsOf(activityId: string): Enrollment[] {
    return [...this.enrollments.values()]
      .filter((e) => e.activityId === activityId)
      .sort((a, b) => a.arrival - b.arrival);
  }

  private state(id: string): { activity: Activity; taken: number } | null {
    const row = this.activities.get(id);
    return row ? { activity: row.activity, taken: row.taken } : null;
  }
}
