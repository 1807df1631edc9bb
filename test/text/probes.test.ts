/**
 * The category probes of test/probes (our own sentences, one meaning each, never corpus items) as
 * a regression gate, and the precision cases that must never fire whatever else changes: a rule
 * stated or quoted is not the member asking, offering or declaring. Set a was written before the
 * round-three detector work, set b before it too but read only once it was done, set c after it
 * (see test/corpus/HISTORY.md for the first reading of each): all three are tuning data now and
 * held to a high floor; so is set e (round four, written before that round's changes for the
 * categories the second blind batch missed) and set f (round five, written before that round's
 * changes for the categories the third blind batch missed) and set g (precision: careful sentences
 * that must stay silent, written after round five's changes) and set h (written after round five's
 * main changes, read once at 23/39, then fixed) and set j (written after that, read once at 18/29,
 * then fixed) and set k (after that, 15/27, then fixed), precision set l (17/19, then
 * fixed), set m (17/23, then fixed), set n (round six, written for the categories batch C
 * missed before that round's changes: 22/36, then fixed), set o (round seven, written for the
 * categories batch D missed before that round's changes: 25/35, then fixed), sets p, q, r, s and t
 * (each written after the previous set's fixes: 22/30, 23/30, 23/30, 20/30, 21/30, then fixed) and
 * the round-seven pre-match sets pm, pm2, pm3 and pm4 (each written after the previous one's fixes,
 * read once, then fixed; first readings in test/corpus/HISTORY.md), and set v (round eight,
 * written for the categories batches E and F missed before that round's changes: 23/42, then fixed),
 * and set x (round nine, written for the categories batches G and H missed before that round's
 * changes: 30/45, then fixed), sets z and z2 and precision set z3 (round nine, after set y: 12/19,
 * 8/16, 14/15, then fixed). Sets d (round three), i (round
 * five), u (round seven), pm5 (round seven, written after all of that round's pre-match changes),
 * w (round eight) and y (round nine) were each read once and their misses left as they are: each is held only to its first reading, so
 * it keeps measuring rather than being tuned to.
 */
import { describe, expect, it } from 'vitest';
import { runProbe, runProbes, scoreProbes } from '../../bench/eval/probes.js';

/** Every category of the tuned sets finds and stays silent on at least this share of its probes. */
const FLOOR = 0.95;
/**
 * Sets never tuned on, each held to its one reading (2026-12-03): set d (round three) 44 of 55;
 * set i (round five, written before the last four rounds of fixes, read once on the final
 * round-five code) 22 of 30; set u (round seven, written after set t's fixes, read once on the
 * final round-seven code) 17 of 30; set pm5 (round seven, read once on the final round-seven
 * pre-match code) 24 of 32; set w (round eight, written after that round's main changes, read once
 * at 18:04 UTC) 18 of 27; set y (round nine, written after that round's main changes, read once at
 * 20:53 UTC) 16 of 26.
 */
const UNTUNED = [
  { set: 'set-d', right: 44, size: 55 },
  { set: 'set-i', right: 22, size: 30 },
  { set: 'set-u', right: 17, size: 30 },
  { set: 'set-pm5', right: 24, size: 32 },
  { set: 'set-w', right: 18, size: 27 },
  { set: 'set-y', right: 16, size: 26 },
] as const;

const all = runProbes();
const untuned = (source: string) => UNTUNED.some((u) => source.startsWith(u.set));
const results = all.filter((r) => !untuned(r.source));

describe('category probes', () => {
  it('has probes for the high pre-match findings, the gap checks and STAR', () => {
    const cats = new Set(results.map((r) => r.probe.cat));
    for (const c of [
      'asks-for-ranking',
      'quid-pro-quo',
      'multiple-top-choice',
      'overshare',
      'gap/no-actions',
      'gap/no-outcome',
      'answers/no-result',
      'star/task',
      'star/result',
    ])
      expect(cats.has(c)).toBe(true);
    expect(results.length).toBeGreaterThan(400);
  });

  it.each(scoreProbes(results).map((s) => [s.cat, s] as const))('%s stays above the floor', (_cat, s) => {
    if (s.pos) expect(s.hit / s.pos).toBeGreaterThanOrEqual(FLOOR);
    if (s.neg) expect(s.quiet / s.neg).toBeGreaterThanOrEqual(FLOOR);
  });
});

describe('the probe sets kept untuned', () => {
  it.each(UNTUNED.map((u) => [u.set, u] as const))('%s does not fall below its first reading', (_set, u) => {
    const d = all.filter((r) => r.source.startsWith(u.set));
    expect(d.length).toBe(u.size);
    expect(d.filter((r) => r.got === r.probe.want).length).toBeGreaterThanOrEqual(u.right);
  });
});

describe('rules stated or quoted never fire', () => {
  const RULES = [
    'Applicants and programs make independent ranking decisions.',
    'I understand that applicants and programs make independent ranking decisions, and I respect that.',
    '"Programs shall not ask applicants how they intend to rank," as the NRMP puts it, so I will not ask you.',
    'The Match rules prohibit applicants and programs from asking for or offering commitments in exchange for a ranking.',
    'Under the Match agreement, neither side may make ranking commitments in exchange for anything.',
    '"Applicants may not be asked to make commitments in exchange for a ranking," the rule says, and I respect that.',
    'I know you cannot tell me where I stand, and that is fine.',
  ];
  it.each(RULES)('"%s" is neither an ask nor a trade', (text) => {
    for (const cat of ['asks-for-ranking', 'quid-pro-quo', 'multiple-top-choice', 'overshare'])
      expect(runProbe({ cat, want: false, text }), cat).toBe(false);
  });
});
