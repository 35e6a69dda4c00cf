/** One field of a stored row that a new answer from the same source changed. */
export type FieldChange = { day: string; field: string; before: string | null; after: string | null };

export type LiveUpsertPlan<P> = {
  toCreate: P[];
  toUpdate: { id: number; point: P; changes: FieldChange[] }[];
  unchanged: number;
  /** Days stored from another source: a live provider fills gaps and never overwrites another source's figure. */
  keptFromOtherSource: number;
};

type Row = { id: number; day: string; sourceId: number };

function show(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}

/**
 * Sorts fetched points against the stored rows of the same days: new days are created; a day stored from this source
 * whose values differ is updated and each changed field is listed; a day stored from another source is left alone.
 */
export function planLiveUpsert<P extends { day: string }, R extends Row>(points: readonly P[], existing: readonly R[], sourceId: number, fields: readonly (keyof P & keyof R & string)[]): LiveUpsertPlan<P> {
  const byDay = new Map(existing.map((row) => [row.day, row]));
  const plan: LiveUpsertPlan<P> = { toCreate: [], toUpdate: [], unchanged: 0, keptFromOtherSource: 0 };
  for (const point of points) {
    const row = byDay.get(point.day);
    if (!row) {
      plan.toCreate.push(point);
      continue;
    }
    if (row.sourceId !== sourceId) {
      plan.keptFromOtherSource++;
      continue;
    }
    const changes = fields
      .filter((field) => show(point[field]) !== show(row[field]))
      .map((field) => ({ day: point.day, field, before: show(row[field]), after: show(point[field]) }));
    if (changes.length === 0) plan.unchanged++;
    else plan.toUpdate.push({ id: row.id, point, changes });
  }
  return plan;
}
