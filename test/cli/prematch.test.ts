import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  EXAMPLE_PROFILE,
  EXAMPLE_WITH_RESIDENCIES,
  expectBadInput,
  runCli,
  runCliJson,
  scratchDir,
  writeJson,
} from '../helpers/cli.js';

const TODAY = ['--today', '2026-12-01'];

const CLEAN_THANK_YOU = `Dear Dr. Lindqvist,

Thank you for meeting me on November 28. I keep thinking about our conversation on how your team retired low-value alerts after the override review.

I came away even more interested in training at Lakeside.

With thanks,
Amira Haddad`;

const RISKY = `Dear Dr. Moreno,

Thank you for the interview. If you rank me highly, I will rank you first. Where am I on your rank list? Please find attached my CV.

Sincerely,
Amira`;

interface PrematchJson {
  findings: { id: string; severity: string; message: string; quote?: string; sources: unknown[] }[];
}

describe('advisor prematch', () => {
  let dir: string;
  beforeAll(() => {
    dir = scratchDir();
  });

  describe('--email', () => {
    it('prints no findings for a clean thank-you', () => {
      const email = writeJson(dir, 'clean.txt', CLEAN_THANK_YOU);
      const ctx = writeJson(dir, 'clean.json', {
        kind: 'thank-you',
        program: 'Lakeside Clinical Informatics Fellowship',
        interviewDate: '2026-11-28',
        sendDate: '2026-11-30',
      });
      const r = runCli(['prematch', '--email', email, '--context', ctx, '--json', ...TODAY]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout.trim().split('\n')).toHaveLength(1);
      expect((JSON.parse(r.stdout) as PrematchJson).findings).toEqual([]);
    });

    it('reports each finding with id, severity, message, quote and sources, most severe first', () => {
      const email = writeJson(dir, 'risky.txt', RISKY);
      const ctx = writeJson(dir, 'risky.json', { kind: 'thank-you', program: 'Lakeside', interviewDate: '2026-11-20' });
      const out = runCliJson<PrematchJson>(['prematch', '--email', email, '--context', ctx, ...TODAY]);
      expect(out.findings.map((f) => `${f.id}:${f.severity}`)).toEqual([
        'quid-pro-quo:high',
        'asks-for-ranking:high',
        'late-thank-you:medium',
        'generic-message:medium',
        'unprompted-attachments:low',
      ]);
      for (const f of out.findings)
        expect(Object.keys(f)).toEqual(expect.arrayContaining(['id', 'severity', 'message', 'sources']));
      expect(out.findings[0]?.quote).toBe('If you rank me highly, I will rank you first.');
    });

    it('names the match from --profile, and both matches without one', () => {
      const email = writeJson(dir, 'risky3.txt', RISKY);
      const withProfile = runCliJson<PrematchJson & { match: string }>([
        'prematch',
        '--email',
        email,
        '--profile',
        EXAMPLE_PROFILE,
        ...TODAY,
      ]);
      expect(withProfile.match).toBe('the AMIA Clinical Informatics Fellowship Match');
      for (const f of withProfile.findings) expect(f.message).toContain('AMIA Clinical Informatics Fellowship Match');
      const without = runCliJson<PrematchJson>(['prematch', '--email', email, ...TODAY]);
      for (const f of without.findings) {
        expect(f.message).toContain('AMIA Clinical Informatics Fellowship Match');
        // (Round fix25 names the NRMP by its agreement for residencies, without the AMIA match's own rule.)
        expect(f.message).toMatch(/NRMP/);
      }
    });

    it('says which checks ran and what they cannot judge when nothing fires, never that the email is fine', () => {
      const email = writeJson(dir, 'clean2.txt', CLEAN_THANK_YOU);
      const r = runCli(['prematch', '--email', email, ...TODAY]);
      expect(r.code, r.stderr).toBe(0);
      // No context: checked as "other", so the update count and thank-you timing never ran.
      expect(r.stdout).toMatch(/No problems found by these 6 checks/);
      expect(r.stdout).not.toMatch(/too many updates|late thank-you/);
      expect(r.stdout).toMatch(/cannot judge/);
      expect(r.stdout).not.toMatch(/breaks NRMP|is fine/);
    });

    it('lists the thank-you timing among the clean checks only for a thank-you, the update count only for an update', () => {
      const email = writeJson(dir, 'clean3.txt', CLEAN_THANK_YOU);
      const checked = (context: object) =>
        runCliJson<{ checked: string }>([
          'prematch',
          '--email',
          email,
          '--context',
          writeJson(dir, 'ctx-kind.json', context),
          '--json',
          ...TODAY,
        ]).checked;
      const thanks = checked({ kind: 'thank-you', program: 'Lakeside', interviewDate: '2026-11-30' });
      expect(thanks).toMatch(/^No problems found by these 7 checks: .*a late thank-you/);
      expect(thanks).not.toMatch(/too many updates/);
      const update = checked({ kind: 'update', program: 'Lakeside' });
      expect(update).toMatch(/^No problems found by these 7 checks: .*too many updates/);
      expect(update).not.toMatch(/late thank-you/);
    });

    it('finds the same high findings in a pasted email with odd spaces, soft hyphens and hard wraps', () => {
      const pasted = RISKY.replace(/ /g, '\u00A0')
        .replace('rank', 'r\u00ADank')
        .replace('Where am I on your rank list?', 'Where am I on\nyour rank list?');
      const email = writeJson(dir, 'pasted.txt', pasted);
      const out = runCliJson<PrematchJson>(['prematch', '--email', email, ...TODAY]);
      expect(out.findings.filter((f) => f.severity === 'high').map((f) => f.id)).toEqual([
        'quid-pro-quo',
        'asks-for-ranking',
      ]);
    });

    it('checks as kind "other" without --context', () => {
      const email = writeJson(dir, 'risky2.txt', RISKY);
      const r = runCli(['prematch', '--email', email, ...TODAY]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('checked as "other"');
      expect(r.stdout).toContain('[HIGH] quid-pro-quo');
    });
  });

  describe('template', () => {
    it('prints the contract keys for each kind', () => {
      for (const kind of [
        'eligibility-inquiry',
        'thank-you',
        'program-follow-up',
        'update',
        'top-choice',
        'rank-you-highly',
      ]) {
        const out = runCliJson<Record<string, unknown>>([
          'prematch',
          'template',
          kind,
          '--profile',
          EXAMPLE_PROFILE,
          ...TODAY,
        ]);
        expect(Object.keys(out)).toEqual(expect.arrayContaining(['kind', 'subject', 'body', 'notes']));
        expect(out.kind).toBe(kind);
      }
    });

    it('writes the profile facts in and names the match', () => {
      const out = runCliJson<{ body: string; match: string; notes: string[] }>([
        'prematch',
        'template',
        'eligibility-inquiry',
        '--profile',
        EXAMPLE_WITH_RESIDENCIES,
        ...TODAY,
      ]);
      expect(out.body).toContain('I completed my internal medicine residency in Egypt in 2022');
      expect(out.body).toContain('J-1');
      expect(out.match).toBe('amia-ci-match');
      expect(out.notes[0]).toContain('AMIA Clinical Informatics Fellowship Match');
    });

    it('works without a profile', () => {
      const out = runCliJson<{ body: string }>(['prematch', 'template', 'thank-you', ...TODAY]);
      expect(out.body).toContain('[Program name]');
    });
  });

  describe('timeline', () => {
    type Timeline = {
      calendar: string;
      phases: {
        id: string;
        title: string;
        from: string;
        to: string;
        status: string;
        actions: string[];
        sources: unknown[];
      }[];
      current: string | null;
      next: { id: string; from: string } | null;
    };

    it('uses the AMIA match calendar for a CI fellowship target, with the contract keys', () => {
      const out = runCliJson<Timeline>(['prematch', 'timeline', '--profile', EXAMPLE_PROFILE, ...TODAY]);
      expect(out.calendar).toBe('amia-ci-match');
      expect(out.phases.map((p) => p.id)).toEqual([
        'research-programs',
        'prepare-application',
        'apply',
        'interview',
        'updates-and-top-choice',
        'rank-list',
        'results',
        'post-match',
      ]);
      for (const p of out.phases) {
        expect(Object.keys(p)).toEqual(
          expect.arrayContaining(['id', 'title', 'from', 'to', 'status', 'actions', 'sources']),
        );
        expect(p.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
      expect(out.current).toBe('rank-list'); // 1 Dec: the commit window
      expect(out.next).toMatchObject({ id: 'results', from: '2026-12-06' });
    });

    it('uses the NRMP Main Residency Match calendar for a residency track', () => {
      const dir = scratchDir();
      const profile = writeJson(dir, 'residency.json', { version: 1, target: 'residency-informatics-track' });
      const out = runCliJson<Timeline>(['prematch', 'timeline', '--profile', profile, ...TODAY]);
      expect(out.calendar).toBe('nrmp-main');
      expect(out.phases.find((p) => p.id === 'rank-list')).toMatchObject({ from: '2027-02-01', to: '2027-03-03' });
      expect(out.current).toBe('updates-and-top-choice');
      const text = runCli(['prematch', 'timeline', '--profile', profile, ...TODAY]).stdout;
      expect(text).toMatch(/^NRMP Main Residency Match: typical calendar for the 2026-2027 season/);
      // The next step reads as a sentence, not a heading spliced with a date.
      expect(text.replace(/\s+/g, ' ')).toMatch(
        /Next: The NRMP's standard registration deadline is typically on 31 Jan 2027 \(in \d+ days\), so .* Ranking typically opens on 1 Feb 2027 \(in \d+ days\): certify your rank order list before the deadline\./,
      );
      // Days read as a person writes them; the JSON keeps YYYY-MM-DD.
      expect(text).toMatch(/typical calendar for the 2026-2027 season, today 1 Dec 2026\n/);
      expect(text).toMatch(/\n1 Feb 2027 – 3 Mar 2027 {2}Certify your rank order list \[upcoming\]/);
      expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    });

    it('uses the fellowship calendar without a profile, and says why', () => {
      const out = runCliJson<Timeline & { notes: string[] }>(['prematch', 'timeline', ...TODAY]);
      expect(out.calendar).toBe('amia-ci-match');
      expect(out.notes[0]).toContain('no target');
    });
  });

  describe('bad input exits 2 with one line', () => {
    it('no --email and no sub-command', () => expectBadInput(['prematch', ...TODAY], '--email: required'));

    it('an unknown sub-command', () => expectBadInput(['prematch', 'send', ...TODAY], 'unknown sub-command "send"'));

    it('an unknown template kind', () =>
      expectBadInput(
        ['prematch', 'template', 'love-letter', ...TODAY],
        '"love-letter" is not a template kind',
        'top-choice',
      ));

    it('an empty email', () => {
      const e = writeJson(dir, 'empty.txt', '\n \n');
      expectBadInput(['prematch', '--email', e, ...TODAY], 'empty.txt: email is empty');
    });

    it('a binary email', () => {
      const e = join(dir, 'email.bin');
      writeFileSync(e, Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff]));
      expectBadInput(['prematch', '--email', e, ...TODAY], 'binary');
    });

    it('a 1 MB email', () => {
      const e = join(dir, 'huge.txt');
      writeFileSync(e, 'a'.repeat(1024 * 1024));
      expectBadInput(['prematch', '--email', e, ...TODAY], 'email is too large');
    });

    it('context that is not JSON', () => {
      const e = writeJson(dir, 'e1.txt', CLEAN_THANK_YOU);
      const c = writeJson(dir, 'bad.json', '{kind: thank-you}');
      expectBadInput(['prematch', '--email', e, '--context', c, ...TODAY], 'bad.json: (context): not valid JSON');
    });

    it('an unknown context key, named', () => {
      const e = writeJson(dir, 'e2.txt', CLEAN_THANK_YOU);
      const c = writeJson(dir, 'typo.json', { kind: 'thank-you', interviewdate: '2026-11-28' });
      expectBadInput(
        ['prematch', '--email', e, '--context', c, ...TODAY],
        'typo.json: interviewdate: unknown key "interviewdate"',
      );
    });

    it('a bad context kind and date, by path', () => {
      const e = writeJson(dir, 'e3.txt', CLEAN_THANK_YOU);
      const c = writeJson(dir, 'kind.json', { kind: 'letter', sendDate: '2026-02-30' });
      const line = expectBadInput(
        ['prematch', '--email', e, '--context', c, ...TODAY],
        'kind.json: kind: "letter" is not one of',
      );
      expect(line).toContain('sendDate: "2026-02-30" is not a date');
    });
  });
});
