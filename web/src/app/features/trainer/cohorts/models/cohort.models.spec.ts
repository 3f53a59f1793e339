import { cohortChanges } from './cohort.models';

describe('cohortChanges (the cohort edit form as a PATCH body)', () => {
  const form = (values: Record<string, string>) => (name: string) => values[name] ?? '';

  it('sends trimmed text, an upper-case country and whole-day dates (due dates end that day)', () => {
    expect(
      cohortChanges(form({ name: ' Tunis ', organisation: ' Academy ', country: 'tn', startsAt: '2026-03-01', endsAt: '2026-04-30', dueAt: '2026-04-15' })),
    ).toEqual({
      name: 'Tunis',
      organisation: 'Academy',
      country: 'TN',
      startsAt: '2026-03-01T00:00:00.000Z',
      endsAt: '2026-04-30T23:59:59.000Z',
      dueAt: '2026-04-15T23:59:59.000Z',
    });
  });

  it('removes emptied dates (null) and leaves an empty country as it was (absent)', () => {
    const changes = cohortChanges(form({ name: 'Tunis', country: ' ' }));
    expect(changes).toEqual({ name: 'Tunis', organisation: '', startsAt: null, endsAt: null, dueAt: null });
    expect('country' in changes).toBe(false);
  });
});
