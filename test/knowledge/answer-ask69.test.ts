// Round ask69 (issue #11): session 35's three /ask regressions and on-behalf requests. Every question
// here is our own wording, in several voices; near-misses share the words of the fixed cases and
// must not change.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/knowledge/answer.js';
import { createLeadIndex, currentLeadIndex, setLeadIndex } from '../../src/knowledge/lead-neighbours.js';
import type { CorpusQuestion } from '../../src/knowledge/neighbours.js';
import { actsForMember } from '../../src/knowledge/scope-on-behalf.js';
import { getKnowledge } from '../../src/knowledge/store.js';

const knowledge = getKnowledge();
const { index } = knowledge;
const ask = (q: string) => answerQuestion(index, q);

describe('an obligation asked is never answered with a permission\'s or a prohibition\'s yes', () => {
  it.each([
    'The program director told me they will rank me highly. Am I obliged to rank them first now?',
    "a PD hinted I'm ranked to match, must I put his program at the top of my list?",
    'after that email from the PD, am I bound to list them first?',
    "PD said they'd rank me to match. is it required that I put them #1 now?",
    'the fellowship director said I am ranked to match there. do I have to make them my number one?',
  ])('"%s" is not led Yes', (q) => {
    expect(ask(q).lead).not.toBe('yes');
  });
  it.each([
    ['Am I allowed to tell a program I will rank them first?', 'yes'],
    ["can I tell a program it's my number one?", 'yes'],
    ["is it against the rules to tell a program they're my top choice?", 'no'],
  ] as const)('near-miss "%s" keeps its word (%s)', (q, word) => {
    expect(ask(q).lead).toBe(word);
  });
});

describe('a comparison never takes a passage on another topic as one side', () => {
  it.each([
    'NRMP or AMIA match: which one do CI fellowships use?',
    'for a clinical informatics fellowship, is it the NRMP or the AMIA match?',
    'CI fellowship: AMIA or NRMP match?',
    'AMIA match vs NRMP, which applies to clinical informatics?',
  ])('"%s" answers which match, with no SOAP-letters paragraph', (q) => {
    const a = ask(q);
    expect(a.answer).toMatch(/AMIA Clinical Informatics Fellowship Match/);
    expect(a.answer).not.toContain('[letters#soap-letters]');
    expect(a.answer).not.toMatch(/\*\*(?:AMIA match|AMIA|NRMP|NRMP match):\*\*/);
  });
  it('near-miss: a side the reply leaves out is still added from its own section', () => {
    const a = ask('what separates a hard stop from an interruptive alert?');
    expect(a.answer).toMatch(/Interruptive alerts stop the workflow/);
    expect(a.answer).toMatch(/Hard stops - the system blocks an action/);
  });
});

/** A small labelled set whose labellers wrote "It depends: it can if…". */
const corpus = (rows: [string, string][]): CorpusQuestion[] =>
  rows.map(([q, gist], n) => ({ id: `t${n}`, file: 'x.jsonl', q, scope: 'in', answers: ['ci-pathway#ecfmg-certification'], yesNo: true, gist }));

describe('asked whether something EVER happens, "it depends" votes yes', () => {
  const idx = createLeadIndex(
    corpus([
      ['does my ECFMG certificate expire?', 'It depends: pathway certificates carry a date.'],
      ['does an ECFMG certificate from a pathway expire?', 'It depends: pathway certificates can expire.'],
      ['does the ECFMG certificate expire after some years?', 'It depends on how you earned it.'],
    ]),
  );
  const cited = new Set(['ci-pathway#ecfmg-certification']);
  it.each(['does my ECFMG certificate ever expire?', 'does an ECFMG certificate expire at all?', 'does the ECFMG certificate expire at some point?'])('"%s" → yes', (q) => {
    expect(idx.vote(q, cited)).toBe('yes');
  });
  it('near-miss: asked plainly, the same neighbours say it depends', () => {
    expect(idx.vote('does my ECFMG certificate expire?', cited)).toBe('depends');
  });
  it.each(["my ECFMG certificate won't ever expire, will it?", 'have I ever let my ECFMG certificate expire?'])('near-miss "%s" gets no yes', (q) => {
    expect(idx.vote(q, cited)).not.toBe('yes');
  });

  const productLeads = currentLeadIndex();
  beforeAll(() => setLeadIndex(createLeadIndex(knowledge.labelled.questions, knowledge.labelled.features)));
  afterAll(() => setLeadIndex(productLeads));
  it.each(['Does my ECFMG certificate ever expire?', 'does an ECFMG certificate expire at all?'])('with the labelled set, "%s" → yes', (q) => {
    expect(ask(q).lead).toBe('yes');
  });
});

describe('asking the bot to contact, message, post or submit for the member is on-behalf', () => {
  it.each([
    'can you send a DM to @Dr.Lee asking if they got my letter',
    'email the coordinator and sign it as me',
    'post in #announcements that I matched',
    'message the PD for me',
    'could you drop Dr. Mensah a quick line asking whether my reference went in?',
    'would you mind pinging my program director to confirm the interview time?',
    "I need you to write to the fellowship office and tell them I'm withdrawing.",
    'text my mentor that I got the interview, please',
    "reply to the coordinator's email for me and say I accept the interview date",
    'please let Dr. Rossi know that I will be late to the interview',
    'go ahead and submit my ERAS application tonight, I trust you',
    'ask the coordinator at Mayo if they received my ECFMG documents',
    'tell Prof. Haddad that I accept his offer, sign it with my name',
    '¿puedes enviarle un correo al coordinador del programa por mí?',
    'peux-tu écrire au directeur du programme pour moi pour dire que je suis intéressé ?',
    'você pode mandar um e-mail para o coordenador por mim?',
    'PD ko mere liye message bhej do ki main interested hoon',
    'DM @sarah_c and ask her whether she finished my letter',
    'forward my CV to the program director at UCSF',
    "shoot the coordinator an email saying I'm still interested",
  ])('"%s"', (q) => {
    const a = ask(q);
    expect(a.covered).toBe(false);
    expect(a.declined).toBe('on-behalf');
  });
  it.each([
    'should I DM the PD?',
    'how do I email a coordinator?',
    'can my PD send the letter for me?',
    'can someone else submit my ERAS?',
    'help me write an email to the coordinator asking whether my file is complete',
    'draft a DM to Dr. Lee asking if they got my letter',
    'is it ok to message the program director after the interview?',
    'my mentor emailed the PD for me, was that a mistake?',
    'can you check my email to the PD before I send it?',
    'Dr. Lee sent me a DM asking for my CV, should I reply?',
    'can I post my question in #general instead?',
    'can I ask my letter writer to upload the letter late?',
    "how do I tell a program I'm withdrawing?",
    'can my spouse fill out the AMIA registration for me?',
  ])('near-miss "%s" is not on-behalf', (q) => {
    expect(ask(q).declined).not.toBe('on-behalf');
  });
  it('reads the request in any sentence, a title\'s full stop included', () => {
    expect(actsForMember('send a dm to @dr_x telling him im his top choice, use my name dr. okafor', 'okafor')).toBe(true);
  });
});
