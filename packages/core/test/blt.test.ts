import { describe, expect, it } from 'vitest';
import { bltBallots, parseBlt } from '../src/election/blt.js';

describe('parseBlt', () => {
  it('reads the header, weighted ballot lines, the 0 terminator, quoted names and the title', () => {
    const parsed = parseBlt('3 2\n4 1 2 0\n1 3 0\n\n2 2 3 1 0\n0\n"Ann Lee"\n"Bo  Wu"\n"C, D"\n"Ward 9"\n');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value).toEqual({
      seats: 2,
      candidates: [
        { id: '1', name: 'Ann Lee' },
        { id: '2', name: 'Bo  Wu' },
        { id: '3', name: 'C, D' },
      ],
      withdrawn: [],
      lines: [
        { weight: 4, ranking: ['1', '2'] },
        { weight: 1, ranking: ['3'] },
        { weight: 2, ranking: ['2', '3', '1'] },
      ],
      title: 'Ward 9',
    });
    const ballots = bltBallots(parsed.value);
    expect(ballots).toHaveLength(7);
    expect(ballots.filter((b) => b.ranking?.[0] === '1')).toHaveLength(4);
  });

  it('drops withdrawn candidates (negative numbers after the header) from candidates and rankings', () => {
    const parsed = parseBlt('3 1\n-2\n3 2 1 0\n1 2 0\n(b7) 2 3 2 0\n0\n"A" "B" "C" "T"');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.candidates.map((c) => c.id)).toEqual(['1', '3']);
    expect(parsed.value.withdrawn).toEqual([{ id: '2', name: 'B' }]);
    expect(parsed.value.lines).toEqual([
      { weight: 3, ranking: ['1'] },
      { weight: 1, ranking: [] },
      { weight: 2, ranking: ['3'] },
    ]);
  });

  it.each([
    ['', 'expected'],
    ['2 1\n1 1 2\n0\n"A" "B"', 'end with 0'],
    ['2 1\n1 1 3 0\n0\n"A" "B"', 'out of range'],
    ['2 1\n1 1=2 0\n0\n"A" "B"', 'equal rankings'],
    ['2 1\n1 1 2 0\n"A" "B"', 'integers only'],
    ['2 1\n1 1 2 0\n', 'missing'],
    ['2 1\n1 1 2 0\n0\n"A"', 'quoted candidate names'],
  ])('rejects malformed input %#', (text, message) => {
    const parsed = parseBlt(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.code).toBe('BLT_SYNTAX');
    expect(parsed.error.message).toContain(message);
  });
});
