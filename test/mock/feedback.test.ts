import { describe, expect, it } from 'vitest';
import { questionById } from '../../src/mock/bank.js';
import { answerFeedback, FEEDBACK_CONFIG } from '../../src/mock/feedback.js';
import { countFillers } from '../../src/mock/fillers.js';

/** n plain words with no STAR cue, filler, blame or informatics word. */
const plain = (n: number) => Array.from({ length: n }, () => 'patients').join(' ');
const noteIds = (q: string, a: string) => answerFeedback(q, a).notes.map((n) => n.id);

/** A well-shaped STAR answer with an informatics angle (invented). */
const CLEAN_STAR =
  'During my internal medicine rotation in Lagos, discharge summaries often left the clinic without a follow-up date. ' +
  'My role was to find out how often that happened and suggest a fix. ' +
  'I pulled three months of discharge notes from the hospital record system and counted the ones without an appointment. ' +
  'I met with the ward clerks and two residents to map the discharge workflow, and I proposed a required follow-up field in the template. ' +
  'The team piloted the new template on one ward for six weeks while I tracked the numbers every Friday. ' +
  'As a result, summaries without a follow-up date dropped from 41 percent to 12 percent, and the template was adopted on two more wards. ' +
  'Since then I start every improvement idea by measuring the baseline first, because the data persuaded the team far faster than my opinion did.';

describe('answerFeedback length', () => {
  it('counts words and estimates seconds at 140 words a minute, rounded', () => {
    const fb = answerFeedback('team-conflict', plain(140));
    expect(fb.words).toBe(140);
    expect(fb.estimatedSeconds).toBe(60);
    expect(FEEDBACK_CONFIG.wordsPerMinute).toBe(140);
  });

  it('calls 69 words (under 30 seconds) too short and 70 words fine', () => {
    expect(noteIds('team-conflict', plain(69))).toContain('too-short');
    expect(answerFeedback('team-conflict', plain(69)).estimatedSeconds).toBe(30); // rounded, yet under 30 s
    expect(noteIds('team-conflict', plain(70))).not.toContain('too-short');
  });

  it('calls 281 words (over 2 minutes) too long and 280 words fine', () => {
    expect(noteIds('team-conflict', plain(280))).not.toContain('too-long');
    const fb = answerFeedback('team-conflict', plain(281));
    expect(fb.notes.map((n) => n.id)).toContain('too-long');
    expect(fb.notes.find((n) => n.id === 'too-long')?.message).toMatch(/281 words/);
  });

  it('does not call a question the member asks the program too short', () => {
    expect(noteIds('ask-ehr-governance', 'How do fellows join change control?')).not.toContain('too-short');
  });
});

describe('answerFeedback STAR detection', () => {
  it('finds all four parts in a full story and leaves a clean answer without notes', () => {
    const fb = answerFeedback('ehr-data-project', CLEAN_STAR);
    expect(fb.star).toEqual({ situation: true, task: true, action: true, result: true });
    expect(fb.notes).toEqual([]);
    expect(fb.fillers).toEqual({ count: 0, top: [] });
  });

  it.each([
    ['situation', 'When I was an intern we had no discharge checklist.'],
    ['situation', 'At my hospital the lab results came on paper.'],
    ['situation', 'During my observership the team used Epic.'],
    ['task', 'My role was to collect the audit data.'],
    ['task', 'I was responsible for the weekly report.'],
    ['task', 'We needed to cut the delay.'],
    ['task', 'The goal was fewer missed results.'],
    ['action', 'I built a tracking sheet.'],
    ['action', 'I analyzed the override reasons.'],
    ['action', 'I met the charge nurse every week.'],
    ['result', 'As a result the team kept the checklist.'],
    ['result', 'Missed doses were reduced on our ward.'],
    ['result', 'Delays fell by 30%.'],
    ['result', 'The audit led to a new order set.'],
    ['result', 'I passed on my second attempt.'],
  ] as const)('detects %s in "%s"', (part, text) => {
    expect(answerFeedback('mistake', text).star[part]).toBe(true);
  });

  it('does not see an action in "we" alone or in a plain description', () => {
    expect(answerFeedback('mistake', 'We changed the template and the ward was busy.').star.action).toBe(false);
  });

  it('notes a missing result on a story question, quoting what the member did', () => {
    const answer = CLEAN_STAR.split('. ').slice(0, 4).join('. ') + '.';
    const fb = answerFeedback('ehr-data-project', answer);
    expect(fb.star.result).toBe(false);
    const note = fb.notes.find((n) => n.id === 'no-result');
    expect(note?.message).toMatch(/"I pulled three months of discharge notes from/);
  });

  it('does not ask for a result in the three-part opener', () => {
    expect(
      noteIds(
        'tell-me-about-yourself',
        `I grew up in Ohio and studied in Grenada. ${plain(80)} I want to build better EHR tools.`,
      ),
    ).not.toContain('no-result');
  });

  it('treats a typed "tell me about a time" question as a story that needs a result', () => {
    const answer = `When I was on nights I built a handover sheet for the team. ${plain(80)}`;
    expect(noteIds('Tell me about a time you improved a handover.', answer)).toContain('no-result');
  });
});

describe('answerFeedback fillers', () => {
  const withFillers = (total: number, fillers: number) =>
    [...Array(fillers).fill('um'), plain(total - fillers)].join(' ');

  it('allows 3 fillers per 100 words and notes 4', () => {
    expect(FEEDBACK_CONFIG.maxFillersPer100Words).toBe(3);
    expect(noteIds('team-conflict', withFillers(100, 3))).not.toContain('fillers');
    expect(noteIds('team-conflict', withFillers(100, 4))).toContain('fillers');
    expect(noteIds('team-conflict', withFillers(200, 6))).not.toContain('fillers');
    expect(noteIds('team-conflict', withFillers(200, 7))).toContain('fillers');
  });

  it('does not note a single filler in a short answer', () => {
    expect(noteIds('team-conflict', withFillers(20, 1))).not.toContain('fillers');
  });

  it('reports the most frequent fillers first and quotes them in the note', () => {
    const answer = `So, um, basically it was, um, like, hard, you know, um. ${plain(60)}`;
    const fb = answerFeedback('team-conflict', answer);
    expect(fb.fillers.count).toBe(6);
    expect(fb.fillers.top).toEqual(['um', 'like', 'you know']);
    expect(fb.notes.find((n) => n.id === 'fillers')?.message).toMatch(/"um", "like" and "you know"/);
  });

  it('does not count "like" as a verb or preposition', () => {
    expect(countFillers('I would like to join your CDS team.', 3).count).toBe(0);
    expect(countFillers("I'd like to add one thing, and I like data.", 3).count).toBe(0);
    expect(countFillers('We used tools like Epic and Excel; it looks like a good fit.', 3).count).toBe(0);
  });

  it('counts "like" when it pads speech', () => {
    expect(countFillers('It was, like, chaos on the ward.', 3).byForm.like).toBe(1);
    expect(countFillers('We saw like 30 patients a day.', 3).byForm.like).toBe(1);
    expect(countFillers('And I was like, why is this alert here?', 3).byForm.like).toBe(1);
  });

  it('leaves real questions and phrases alone', () => {
    expect(countFillers('Do you know how the alert works? What kind of data do you use?', 3).count).toBe(0);
    expect(countFillers('What I mean is that the template was too long.', 3).count).toBe(0);
  });
});

describe('answerFeedback blame', () => {
  it('notes blame and quotes the phrase', () => {
    const fb = answerFeedback('mistake', `My attending was incompetent. It was not my fault. ${plain(70)}`);
    const note = fb.notes.find((n) => n.id === 'blame');
    expect(note?.message).toMatch(/incompetent/);
    expect(note?.message).toMatch(/not my fault/);
  });

  it('notes an exam called unfair', () => {
    expect(noteIds('rf-exam-failure', `The exam was unfair to IMGs. ${plain(70)}`)).toContain('blame');
  });

  it('does not call self-ownership blame', () => {
    expect(noteIds('mistake', `The mistake was mine and I take responsibility for it. ${plain(70)}`)).not.toContain(
      'blame',
    );
    expect(noteIds('mistake', `It was my fault. ${plain(70)}`)).not.toContain('blame');
  });

  it('lets ownership right after a blame word cancel it', () => {
    expect(
      noteIds('critical-feedback', `At first the feedback felt unfair, but the mistake was mine. ${plain(70)}`),
    ).not.toContain('blame');
    expect(
      noteIds('critical-feedback', `I thought the comment was unfair. Looking back, I was wrong. ${plain(70)}`),
    ).not.toContain('blame');
  });
});

describe('answerFeedback informatics angle', () => {
  it('notes a "why clinical informatics" answer with no informatics words', () => {
    const answer = `I have always loved medicine and helping people. ${plain(70)}`;
    expect(noteIds('why-clinical-informatics', answer)).toContain('no-informatics-angle');
    expect(noteIds('why-clinical-informatics', `${answer} Our EHR hid abnormal results.`)).not.toContain(
      'no-informatics-angle',
    );
  });

  it('does not ask for an informatics angle where the question does not expect one', () => {
    expect(questionById('team-conflict')?.expectsInformatics).toBe(false);
    expect(noteIds('team-conflict', plain(80))).not.toContain('no-informatics-angle');
  });

  it('expects an informatics angle on a typed question about alerts', () => {
    expect(noteIds('How would you reduce alert fatigue?', plain(80))).toContain('no-informatics-angle');
  });

  it('accepts a bank question object, its id or its wording alike', () => {
    const q = questionById('why-clinical-informatics');
    if (!q) throw new Error('missing');
    const a = plain(75);
    expect(answerFeedback(q, a)).toEqual(answerFeedback('why-clinical-informatics', a));
    expect(answerFeedback('  why clinical informatics?', a)).toEqual(answerFeedback(q, a));
  });
});
