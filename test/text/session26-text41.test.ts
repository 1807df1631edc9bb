/**
 * Session 26 (text41): readings added for batch AP's misses and newcomer trial 13. Each reading is
 * held by a group of our own wordings (formal non-native, terse, texting, rambling, hard-wrapped,
 * indirect, "we" told) that an advisor would label the same, with near-misses that must not move.
 */
import { describe, expect, it } from 'vitest';
import { checkPrematchEmail, prematchCannotJudge } from '../../src/rules/prematch-check.js';
import { parsePrematchContext } from '../../src/rules/prematch-context.js';
import { lintGapExplanation } from '../../src/rules/gap-lint.js';
import { draftReviewView } from '../../src/app/views/explain-gap.js';

type Ctx = Parameters<typeof parsePrematchContext>[0];
const TOP: Ctx = { kind: 'top-choice', program: 'Beaumont University Clinical Informatics Fellowship' };
function report(email: string, ctx: Ctx = TOP) {
  const parsed = parsePrematchContext(ctx);
  if (!parsed.ok) throw new Error('bad context');
  return checkPrematchEmail(email, parsed.value, '2027-01-12', {});
}
const pm = (email: string, ctx: Ctx = TOP): string[] => report(email, ctx).findings.map((f) => f.id);
const wrap = (body: string) => `Dear Dr. Girard,\n\n${body}\n\nBest regards,\nSam Okafor`;

describe('quid-pro-quo: first place promised on the condition of the program thinking well of the member', () => {
  it('reads every wording of the group as a trade', () => {
    for (const body of [
      'Should your committee look upon my candidacy with favour, I would be deeply honoured to place Beaumont at the very summit of my list.',
      'Were the committee to view my application kindly, Beaumont would sit at the peak of my rank list.',
      'In case the faculty thinks well of my file, we would gladly make Beaumont the head of our list.',
      'Should you find it possible to place me high enough on your list, you have my word that no other program will come before Beaumont on mine.',
      'Provided I land somewhere near the top on your side, nothing will be placed ahead of Beaumont on my list.',
      // rambling: the deal after a semicolon, deep in one long sentence
      'It was a pleasure to visit last week and to hear about the handoff tool the fellows built, which reminded me of my own transfer checklist, and I think that experience would let me contribute quickly; should you find it possible to place me high enough on your list, you have my word that no other program will come before Beaumont on mine, and I would keep working on the checklist until July.',
      // hard-wrapped paste
      'Should the committee regard my application\nfavourably, I would place Beaumont at the very\ntop of my rank order list.',
    ])
      expect(pm(wrap(body)), body).toContain('quid-pro-quo');
  });
  it('leaves a first place without a condition, and a condition without a first place, alone', () => {
    for (const body of [
      'I will place Beaumont at the very summit of my list.',
      'No other program will come before Beaumont on my list.',
      'Should you have any questions about my candidacy, I would be glad to answer them.',
      'Should your committee look upon my candidacy with favour, I would be delighted to join the sepsis dashboard work.',
    ])
      expect(pm(wrap(body)), body).not.toContain('quid-pro-quo');
  });
  it('quotes the words that carry the trade, not the opening of a long sentence', () => {
    const r = report(
      wrap(
        'It was a real pleasure to visit Beaumont last week and to hear about the transition of care project and the nurse handoff tool the fellows built with the Epic team, which reminded me of my own work on an ICU transfer checklist; should you find it possible to place me high enough on your list, you have my word that no other program will come before Beaumont on mine.',
      ),
    );
    const f = r.findings.find((x) => x.id === 'quid-pro-quo');
    expect(f?.quote).toMatch(/no other program will come before/);
    expect(f?.quote).not.toMatch(/^It was a real pleasure/);
  });
});

describe('quid-pro-quo: asking whether to rank other programs higher is advice sought, not an offer', () => {
  const UPDATE: Ctx = { kind: 'update', program: 'Ashgrove Clinical Informatics Fellowship' };
  it('reads the ask for standing and no trade in every wording', () => {
    for (const body of [
      'Could you let me know whether I am still being considered seriously by Ashgrove, or if I should rank other programs higher?',
      "Is there any chance I'm still under serious consideration, or should I move other programs above you?",
      'Kindly advise if my candidature remains in consideration or whether I ought to place other programmes higher on my list.',
      'we r wondering if we should rank other places higher or if im still in the running with u?',
    ]) {
      const got = pm(wrap(body), UPDATE);
      expect(got, body).toContain('asks-for-ranking');
      expect(got, body).not.toContain('quid-pro-quo');
    }
  });
  it('still reads a threat to rank the others higher on a condition as a trade', () => {
    expect(pm(wrap('If you rank me highly, I will rank other programs lower.'), UPDATE)).toContain('quid-pro-quo');
  });
});

describe('overshare: "I only hope" is a wish, "my only hope" is pleading', () => {
  it('does not read the verb as pleading', () => {
    for (const body of [
      "I'm prepared to put Beaumont first on my list; in exchange, I only hope you'll do the same for me.",
      'We can only hope the committee sees it the same way.',
      'I only hope this note reaches you before the deadline.',
      'i just only hope u feel the same lol',
    ])
      expect(pm(wrap(body)), body).not.toContain('overshare');
  });
  it('still reads the noun as pleading', () => {
    for (const body of ['This position is my only hope; my family has nothing left.', 'You are my only hope.'])
      expect(pm(wrap(body)), body).toContain('overshare');
  });
});

describe('newcomer trial 13: an email admitting an overstay, with passport and I-94 scans attached', () => {
  const INQ: Ctx = { kind: 'inquiry', program: 'Lakeside Clinical Informatics Fellowship' };
  const emails = [
    'I should be honest that my B-2 visa expired last year and I overstayed, so I am currently out of status. I have attached scans of my passport and my I-94 record so you can see my situation. Does Lakeside accept applicants who need H-1B sponsorship?',
    'Please note I fell out of status in 2025 when my J-1 ended. Enclosed are copies of my passport and I-94. May I ask whether Lakeside sponsors J-1 visas?',
    'my f1 lapsed n im technically undocumented rn, attaching passport + i94 scans. do u take ppl on a new visa?',
  ];
  it('flags the identity papers sent unasked as more than a low-level nuisance', () => {
    for (const body of emails) {
      const f = report(wrap(body), INQ).findings.find((x) => x.id === 'unprompted-attachments');
      expect(f, body).toBeDefined();
      expect(f!.severity, body).toBe('medium');
      expect(f!.message).toMatch(/identity or immigration papers/);
    }
  });
  it('says under what the checks cannot judge that status is a matter for an immigration attorney', () => {
    for (const body of emails) {
      const lines = report(wrap(body), INQ).cannotJudge;
      expect(lines.join(' '), body).toMatch(/immigration attorney/);
      expect(lines.join(' ')).toMatch(/None of these checks reads that/);
    }
  });
  it('does not read status trouble into visa questions or sponsorship alone', () => {
    for (const body of [
      'Does Lakeside sponsor H-1B visas for fellows?',
      'My J-1 waiver application is in progress and I expect it to be approved in spring.',
      'I attached my CV to this email.',
    ])
      expect(prematchCannotJudge(wrap(body)), body).toEqual([]);
    const f = report(wrap('I attached my CV to this email.'), INQ).findings.find(
      (x) => x.id === 'unprompted-attachments',
    );
    expect(f?.severity).toBe('low');
  });
});

describe('newcomer trial 13: the quote of an ask for ranking is the sentence that carries it', () => {
  const UPD: Ctx = { kind: 'update', program: 'Lakeside Clinical Informatics Fellowship' };
  const quoteOf = (body: string) => report(wrap(body), UPD).findings.find((f) => f.id === 'asks-for-ranking')?.quote;
  it('quotes the question about the member, not a polite process question before it', () => {
    for (const body of [
      'Is there a chance the program could share its list timeline? Also could you let me know if there is a realistic chance of me matching at Lakeside?',
      'Is there any chance you could tell me when the rank list is certified? And honestly, am I someone you would consider ranking to match?',
      'would there be any chance u could send the list dates. also do i have a real shot at matching there??',
    ]) {
      const q = quoteOf(body);
      expect(q, body).toBeDefined();
      expect(q!, body).toMatch(/match/i);
      expect(q!, body).not.toMatch(/timeline|certified|list dates/);
    }
  });
  it('does not read a polite "is there any chance you could…" about the process as an ask for ranking', () => {
    for (const body of [
      'Is there a chance the program could share its list timeline?',
      'Is there any chance you could tell me when the rank list is certified?',
      'Would there be a chance to visit the program again before the list is due?',
    ])
      expect(pm(wrap(body), UPD), body).not.toContain('asks-for-ranking');
  });
  it('quotes the standing named in the sentence before together with the ask that points back to it', () => {
    for (const body of [
      'I have been wondering where I stand with the committee after the second look. Any indication would help me plan.',
      'I keep wondering where I stand with the committee. Any hint would help me plan.',
    ]) {
      const q = quoteOf(body);
      expect(q, body).toMatch(/where I stand/);
      expect(q, body).toMatch(/help me plan/);
    }
  });
});

const gap = (draft: string) => lintGapExplanation(draft).map((l) => l.id);
const DEEDS = ' During that year I completed a SQL course and built a readmission dashboard that the clinic now uses.';

describe('gap blame: a program, employer, embassy or lawyer faulted, even mildly, as the reason for the gap', () => {
  it('reads every wording of the group as blame', () => {
    for (const d of [
      'My gap happened because my program was not helpful with my visa paperwork.',
      'The gap is mainly because my residency program did not support my visa application.',
      'my employer was really slow with the H-1B papers so I lost a year.',
      'I was delayed as the embassy was unhelpful and the lawyer we hired was slow.',
      'Unfortunately the sponsoring hospital never followed up on my paperwork,\nand so the year passed.',
      'We lost most of 2023 because our attorney was not very responsive.',
    ])
      expect(gap(d + DEEDS), d).toContain('blame');
  });
  it("reads an examiner said to dislike the member's kind as blame", () => {
    for (const d of [
      'My first OET attempt was failed by an examiner who clearly did not like African accents, which is why there is a gap.',
      'I failed my first attempt because the examiner obviously disliked candidates with my accent.',
      'the interviewer was biased against IMGs and did not like my accent at all, so no match that year.',
    ])
      expect(gap(d + DEEDS), d).toContain('blame');
  });
  it('leaves a delay told as an event, help received, and a party praised alone', () => {
    for (const d of [
      'My visa appointment was postponed for five months.',
      'My program was very helpful with my visa paperwork, but the process still took a year.',
      'My residency program does not sponsor H-1B visas, so I waited for my green card.',
      'I do not blame my employer for the delay; processing times were long that year.',
    ])
      expect(gap(d + DEEDS), d).not.toContain('blame');
  });
  it('/explain-gap review names the blame on the program (newcomer trial 13)', () => {
    const view = draftReviewView(
      'From 2023 to 2024 I was out of training because my program was not helpful with my visa paperwork.' + DEEDS,
      {
        from: '2023-01',
        to: '2024-01',
      },
    );
    const blame = view.sections?.find((x) => x.title === 'Blame');
    expect(blame?.body).toMatch(/my program was not helpful/);
    expect(view.text).not.toMatch(/No problems found/);
  });
});

describe('gap informatics link: quality and safety work and how results reach clinicians', () => {
  it('reads every wording of the group as linked to the field', () => {
    for (const d of [
      'In August 2023 I took leave from my hospitalist job for burnout. With treatment and rest I recovered, and from January 2024 I completed a certificate in Quality and Safety from an online school. I then measured how often abnormal potassium results were acknowledged within 24 hours at my clinic; after we changed the result-routing rule, acknowledgement rose from 60 to 90 percent.',
      'After a year off for my health I finished a certificate in quality and patient safety in 2024 and audited how fast critical lab results were acknowledged at my clinic; the share within a day rose from 55 to 88 percent.',
      'gap 2023-24 (health, recovered). did an online quality & safety cert. clinic project: lab result routing changed -> acknowledgement 60% to 90%.',
    ])
      expect(gap(d), d).not.toContain('no-informatics-link');
  });
  it('still finds no link in a draft with none', () => {
    expect(
      gap(
        'I spent 2023 caring for my father and completed a certificate course in medical Spanish, passing the final exam in December.',
      ),
    ).toContain('no-informatics-link');
  });
});

describe('gap blame: a form signed late is an event, not a party faulted', () => {
  it('stays neutral', () => {
    expect(
      gap(
        'My supervisor did not sign the form until March, so the application waited; in the meantime I finished an online SQL course.',
      ),
    ).not.toContain('blame');
  });
});
