/**
 * The blind profile corpus (test/corpus/profiles/, README there): 48 member profiles written by
 * people who never saw the code, each with what a careful IMG advisor expects on a given day.
 * This test runs every profile through the engines and checks the machine-checkable labels
 * exactly (flags and severities, letter findings, the calendar, what was not given), plus the
 * judged labels that follow from the profile's own facts: every exam failure rehearsed, no
 * question presuming a failure or a retake the member never had, no visa talk for citizens or
 * permanent residents, no claim of a residency the member never completed, no date in the past,
 * and a "now" on the member's day.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeLorEmail } from '../../src/composers/lor-email.js';
import { composeLorPackage } from '../../src/composers/lor-package.js';
import { composePrematchTemplate, TEMPLATE_KINDS } from '../../src/composers/prematch-templates.js';
import { timelineForProfile } from '../../src/composers/prematch-timeline.js';
import { parseProfile } from '../../src/core/profile/parse.js';
import type { Profile } from '../../src/core/profile/schema.js';
import { mockPlan } from '../../src/mock/plan.js';
import { redFlags } from '../../src/rules/redflags.js';
import { reviewLetters } from '../../src/rules/letters.js';
import { ROOT } from '../helpers/cli.js';

interface Expect {
  flags?: Record<string, 'high' | 'medium' | 'low' | 'present' | 'absent'>;
  notGiven?: string[];
  letters?: Record<string, 'present' | 'absent'>;
  calendar?: 'amia-ci-match' | 'nrmp-main';
}

interface Case {
  file: string;
  profile: Profile;
  today: string;
  expect: Expect;
}

const DIR = join(ROOT, 'test', 'corpus', 'profiles');
// Known misses, kept visible as expected failures rather than dropped (the profile README says why).
// p65 labels a paid ED scribe year before residency a training gap (present); since profiles36 stated
// work in health care is work experience, not a gap (clinical currency counts its distance from patients).
const KNOWN_FLAG_MISSES = new Set<string>(['p65-dominica-uscitizen-us-fm-ci-two-fails-commit.json']);
// Session 22's held-back profiles label weak-writer absent for a writer the profile itself marks
// `directObservation: false` (a CMIO, an informatics faculty member, a research supervisor). The rule
// keeps calling such a letter weak (it can only praise in general); DISPUTED.md records the split.
const KNOWN_LETTER_MISSES = new Set<string>([
  'p231-nigeria-none-j1-rt-two-unmatched-january.json',
  'p235-argentina-foreign-im-citizen-rt-rank-list.json',
  'p238-jamaica-us-peds-hospitalist-pr-ci-two-letters.json',
  'p240-south-korea-left-residency-h4-ead-rt-before-eras.json',
]);
const CASES: Case[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((file) => ({ file, ...(JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Omit<Case, 'file'>) }));

/** How a "not given" field shows in the report, in the words the corpus README allows. */
const NOT_GIVEN_WORDS: Record<string, RegExp> = {
  residencies: /\bresidenc/i,
  usce: /\busce\b|US clinical experience/i,
  letters: /\bletter/i,
};

describe('the profile corpus', () => {
  it('holds at least 20 profiles, each valid as profile v1 on its own day', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(20);
    for (const c of CASES) expect(parseProfile(c.profile, c.today).ok, c.file).toBe(true);
  });

  describe.each(CASES.map((c) => [c.file, c] as const))('%s', (_file, c) => {
    // Computed in each test, not once here: what a describe body computes, mutation testing can
    // only attribute to every test at once (a "static" mutant, which reloads everything).
    const flagReport = () => redFlags(c.profile, c.today);

    (KNOWN_FLAG_MISSES.has(c.file) ? it.fails : it)(
      'raises exactly the labelled red flags at the labelled severities',
      () => {
        const report = flagReport();
        for (const [id, want] of Object.entries(c.expect.flags ?? {})) {
          const got = report.flags.filter((f) => f.id === id).map((f) => f.severity);
          if (want === 'absent') expect(got, id).toEqual([]);
          else if (want === 'present') expect(got.length, id).toBeGreaterThan(0);
          else expect(got, id).toContain(want);
        }
      },
    );

    it('says what was not given instead of judging it as none', () => {
      const letters = reviewLetters(c.profile, c.today);
      for (const field of c.expect.notGiven ?? []) {
        const said = [...flagReport().notGiven, ...(field === 'letters' ? [letters.note ?? ''] : [])].join(' ');
        expect(said, field).toMatch(NOT_GIVEN_WORDS[field] ?? new RegExp(field, 'i'));
      }
    });

    (KNOWN_LETTER_MISSES.has(c.file) ? it.fails : it)(
      'finds the labelled letter problems and no others of those ids',
      () => {
        const ids = reviewLetters(c.profile, c.today).findings.map((f) => f.id);
        for (const [id, want] of Object.entries(c.expect.letters ?? {})) {
          expect(ids.includes(id), `${id} ${want}`).toBe(want === 'present');
        }
      },
    );

    it('uses the calendar of the member’s match, with a phase or a next step on their day', () => {
      const t = timelineForProfile(c.today, c.profile);
      if (c.expect.calendar) expect(t.calendar).toBe(c.expect.calendar);
      // Round ux45: a member on the residency route has the NRMP season's phase as now (the target's
      // calendar is the later route), and one whose note says she matched has what follows the match.
      const route = t.route && (t.route.current !== null || t.route.next !== null);
      // Round facts36a: a fellow in training now has the transfer lead instead of a season.
      expect(
        t.current !== null || t.next !== null || route || ((t.matched === true || t.inFellowship === true) && !!t.lead),
      ).toBe(true);
      if (t.route?.next) expect(t.route.next.from > c.today).toBe(true);
      if (t.next) expect(t.next.from > c.today).toBe(true);
    });

    it('rehearses every exam failure and presumes no failure, retake or flag the member does not have', () => {
      const plan = mockPlan(c.profile, c.today);
      const ids = plan.questions.map((q) => q.id);
      const failed = (c.profile.exams ?? []).some((e) => e.result === 'fail');
      const retook = (c.profile.exams ?? []).some(
        (e, _i, all) => e.result === 'fail' && all.some((x) => x.exam === e.exam && x.date > e.date),
      );
      // In the default plan of 8 itself, not only in `didNotFit`: interviewers ask about any failure.
      expect(ids.includes('rf-exam-failure'), 'exam failure rehearsed').toBe(failed);
      if (!retook) expect(ids).not.toContain('rf-exam-retake-changes');
      const flagged = new Set(flagReport().flags.map((f) => f.id));
      for (const q of plan.questions.filter((x) => x.category === 'red-flag' && x.tags?.length)) {
        expect(
          q.tags!.some((t) => flagged.has(t)),
          q.id,
        ).toBe(true);
      }
      for (const q of plan.questions.filter((x) => x.id === 'how-will-you-rank-us')) {
        expect(q.answer).toBe('polite-decline');
      }
    });

    it('never talks visas to a US citizen or permanent resident', () => {
      if (c.profile.citizenship !== 'us-citizen' && c.profile.citizenship !== 'us-permanent-resident') return;
      const texts = [
        JSON.stringify(flagReport()),
        ...TEMPLATE_KINDS.map((k) => {
          const t = composePrematchTemplate(k, c.profile, c.today);
          return `${t.body} ${t.notes.join(' ')}`;
        }),
      ];
      // The member's own timeline notes may be quoted back ("immigrated to the US (diversity visa)"):
      // their words are not the advisor talking visas, so they are taken out before the check.
      const own = (c.profile.timeline ?? []).flatMap((t) => (t.note ? [t.note] : []));
      const whole = (text: string) =>
        own.reduce((t, n) => t.split(JSON.stringify(n).slice(1, -1)).join('').split(n).join(''), text);
      // A note's first clause quoted as its label (noteLabel) is the member's words too.
      const ownQuote = (m: string, q: string) => (own.some((n) => n.includes(q.replace(/…$/, ''))) ? '' : m);
      const strip = (text: string) => {
        const t = whole(text);
        // In JSON the quotes around a label are escaped; in plain text they are not.
        return t.includes('\\"') ? t.replace(/\\"([^"\\]{3,})\\"/g, ownQuote) : t.replace(/"([^"]{3,})"/g, ownQuote);
      };
      // One line is allowed, and expected by the blind labels of p51, p57 and p59: the checked list
      // saying that no visa is needed. Anything more is visa advice the member has no use for.
      // With J-1 training in the notes, the same line may add that the two-year rule was waived or met
      // (round facts35a, p410's label): telling the member it no longer applies is not visa advice.
      const saysNoVisa =
        /Visa: as a US (?:citizen|permanent resident), you need no visa for training\.(?: Your notes show J-1 training \([^)]*\)[^:]*: [^.]*no longer applies to you[^.]*\.)?/g;
      for (const text of texts) expect(strip(text).replace(saysNoVisa, '')).not.toMatch(/\bJ-1\b|\bH-1B\b|\bvisa\b/i);
      expect(JSON.stringify(flagReport().passed ?? [])).toMatch(saysNoVisa);
    });

    it('never claims a completed residency the profile does not show', () => {
      const completed = (c.profile.residencies ?? []).some((r) => r.completed);
      for (const k of TEMPLATE_KINDS) {
        const body = composePrematchTemplate(k, c.profile, c.today).body.replace(/\[[^\]]*\]/g, '');
        if (!completed) expect(body, k).not.toMatch(/\bI (?:have )?completed my\b/);
      }
    });

    it('gives no letter due date or reminder in the past, and reminders in date order', () => {
      const writers = c.profile.letters ?? [];
      for (const w of [null, ...writers]) {
        const pkg = composeLorPackage(c.profile, w, c.today);
        const dates = pkg.reminders.flatMap((r) => (r.date ? [r.date] : []));
        for (const d of dates) expect(d >= c.today, `${w?.writer ?? 'template'}: ${d}`).toBe(true);
        expect(dates).toEqual([...dates].sort());
        if (c.profile.deadline && c.profile.deadline < c.today) {
          const email = composeLorEmail(c.profile, { today: c.today, ...(w ? { writer: w.writer } : {}) });
          expect(email.body).not.toMatch(/would be due by/);
        }
      }
    });
  });
});
