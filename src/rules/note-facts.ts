/**
 * Facts of a member's record told only in timeline notes, which the contract has no field for: a
 * legal claim against the member (a malpractice suit), an action by a medical or licensing board
 * (an order, a reprimand, a licence restriction), and a training contract that was not renewed.
 * Each must be disclosed truthfully wherever a form asks, and none is a professionalism finding by
 * itself. Session 35's judge found all three told in notes and never mentioned (p426, p427, p432).
 *
 * Read by meaning, clause by clause: a claim or action that is the member's own and said as having
 * happened. Not one: a denial ("no board action", "never sued"), someone else's ("the hospital was
 * sued", "reviewed malpractice cases as an expert witness"), a course or insurance ("malpractice
 * course", "malpractice insurance"), a board exam or certification ("boards in May").
 */
import type { Profile } from '../core/profile/schema.js';
import { noteClauses } from './match-state.js';

export interface NoteFact {
  /** The clause that tells it, for quoting. */
  clause: string;
  /** The first year the clause names, when it names one. */
  year?: string;
}

export interface LegalClaim extends NoteFact {
  /** Closed: dismissed, withdrawn, settled, decided. Open: said pending or ongoing. Unknown: neither said. */
  status: 'open' | 'closed' | 'unknown';
}

export interface BoardAction extends NoteFact {
  /** The note says the restriction or condition has ended (lifted, completed, licence unrestricted since). */
  lifted?: boolean;
}

export interface ContractEnd extends NoteFact {
  kind: 'non-renewal' | 'termination';
}

const yearOf = (c: string): string | undefined => c.match(/\b((?:19|20)\d\d)\b/)?.[1];

/** A claim at law against a doctor: a suit, a malpractice or negligence claim, being sued. */
const CLAIM =
  /\b(?:malpractice|negligence|liability|wrongful[- ]death)\s+(?:law)?(?:suits?|claims?|cases?|actions?|complaints?|litigation)\b|\blawsuits?\b|\blitigation\b|\b(?:was|were|been|got|being|am|is)\s+sued\b|\bnamed\s+(?:as\s+(?:a\s+|the\s+)?)?(?:co-?)?defendant\b|\bnamed in\s+(?:a|the)\s+(?:law)?suit\b|\bsuit\b[^.;]{0,40}\b(?:filed|brought|served)\b/i;
/** Said not to exist. */
const NO_CLAIM =
  /\b(?:no|never|nor|without|zero|not (?:been|ever))\b[^.;]{0,30}\b(?:malpractice|lawsuits?|suits?|claims?|sued|litigation)\b/i;
/** Someone else's case, or the member working on cases as an expert, a teacher or a researcher. */
const NOT_MINE =
  /\bexpert witness\b|\b(?:reviewed|reviewing|review of|studied|studying|research(?:ed|ing)? on|paper on|lectur\w*|taught|teaching)\b[^.;]{0,40}\b(?:suits?|lawsuits?|claims?|cases?|litigation)\b|\b(?:hospital|colleague|attending|partner|program|department|group|clinic|employer|another (?:physician|doctor)|my (?:senior|supervisor))\s+(?:was|were|has been|had been)\s+(?:sued|named)\b/i;
const CLOSED =
  /\b(?:dismissed|withdrawn|dropped|settled|closed|resolved|concluded|ended|decided in my favou?r|found in my favou?r|ruled in my favou?r|defen[cs]e verdict|verdict for (?:me|the defen[cs]e)|no payment|without (?:any )?payment|no liability)\b/i;
const OPEN =
  /\b(?:pending|ongoing|open|active|in discovery|in litigation|not (?:yet )?(?:resolved|settled|closed|decided)|awaiting|still|set for trial|trial (?:is )?(?:set|scheduled))\b/i;

/** Legal claims against the member that the notes tell (open, closed or of unknown status). */
export function noteLegalClaims(p: Profile): LegalClaim[] {
  const out: LegalClaim[] = [];
  for (const t of p.timeline ?? []) {
    const clauses = noteClauses(t.note);
    for (const [i, c] of clauses.entries()) {
      if (!CLAIM.test(c) || NO_CLAIM.test(c) || NOT_MINE.test(c)) continue;
      // Where it stands is often told next ("sued in 2026; the case is ongoing"), unless that clause
      // is another claim's. "Not yet settled" is open, whatever word of closing it also holds.
      const next = clauses[i + 1] && !CLAIM.test(clauses[i + 1]!) ? clauses[i + 1]! : '';
      const told = `${c}; ${next}`;
      const status = OPEN.test(told) ? 'open' : CLOSED.test(told) ? 'closed' : 'unknown';
      const year = yearOf(c);
      out.push({ clause: c, status, ...(year ? { year } : {}) });
    }
  }
  return out;
}

/** A board that licenses doctors, named as acting on the member. */
const BOARD_ACTION =
  /\b(?:medical|licensing|licensure|state|osteopathic|physicians?|regulatory)\s+(?:board|council|college)\b[^.;]{0,80}\b(?:orders?|reprimand\w*|sanction\w*|disciplin\w*|probation|restrict\w*|suspen\w*|revo\w*|censur\w*|fined?|consent agreement|stipulat\w*|conditions? on)\b|\b(?:agreed|consent|disciplinary|remedial|board)\s+order\b|\b(?:public|private|formal)\s+reprimand\b|\blicen[cs]e\s+(?:was\s+|is\s+|been\s+)?(?:restricted|suspended|revoked|placed on probation|on probation|surrendered|limited)\b|\b(?:restriction|suspension|revocation|limitation|conditions?)\s+(?:on|of)\s+(?:my\s+)?(?:medical\s+)?(?:licen[cs]e|prescrib\w*|practice)\b|\bNPDB\b|\bNational Practitioner Data Bank\b/i;
const NO_ACTION =
  /\b(?:no|never|without|nor|not|free of|clean)\b[^.;]{0,25}\b(?:board action|actions?|disciplin\w*|orders?|restrictions?|reprimand\w*|sanctions?|NPDB)\b/i;
const LIFTED =
  /\b(?:lifted|removed|ended|terminated|released|completed|satisfied|cleared|reinstated|fully restored|unrestricted|no longer (?:restricted|on probation|in effect))\b/i;
const STILL = /\b(?:still|currently|remains?|ongoing|in effect|until (?:20\d\d|further))\b/i;

/** Actions by a medical or licensing board on the member that the notes tell. */
export function noteBoardActions(p: Profile): BoardAction[] {
  const out: BoardAction[] = [];
  for (const t of p.timeline ?? []) {
    const clauses = noteClauses(t.note);
    for (const [i, c] of clauses.entries()) {
      const m = c.match(BOARD_ACTION);
      if (!m) continue;
      // A denial governs the action it stands just before ("no board action", "never restricted").
      if (NO_ACTION.test(c.slice(Math.max(0, m.index! - 30), m.index! + m[0].length))) continue;
      // How it ended is often told next ("restriction lifted in 2024; licence unrestricted since").
      const told = `${c}; ${clauses[i + 1] ?? ''}`;
      const lifted = STILL.test(told) && !LIFTED.test(told) ? false : LIFTED.test(told) ? true : undefined;
      const year = yearOf(c);
      out.push({ clause: c, ...(year ? { year } : {}), ...(lifted !== undefined ? { lifted } : {}) });
      break;
    }
  }
  return out;
}

/** A training contract or appointment not renewed, or the member let go from it. */
const NON_RENEWAL =
  /\b(?:contract|appointment|position|agreement)\b[^.;]{0,30}\b(?:was\s+|were\s+|got\s+)?not\s+(?:renewed|extended|continued)\b|\bnon-?renew(?:al|ed)\b|\bnot\s+(?:re-?appointed|promoted|advanced)\s+to\s+PGY-?\d\b|\b(?:did not|didn't|would not|wouldn't|chose not to|decided not to)\s+renew\s+(?:my|her|his|the)\s+(?:contract|appointment)\b/i;
// Who or what was dismissed matters: the member, or their contract or post ("I was let go",
// "dismissed from the residency", "my contract was terminated"); a charge, case or complaint that
// was dismissed ended in the member's favour and is no end of training (judge, session 36: "the
// charge was dismissed in 2020" was told as an appointment ended by the program).
const TERMINATION =
  /\b(?:i|he|she)\s+(?:was|got|had been|have been|has been)\s+(?:terminated|dismissed|let go|fired|released)\b|\b(?:dismissed|terminated|fired|let go|released)\s+from\s+(?:the\s+|my\s+|her\s+|his\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}?(?:program(?:me)?|residency|training|position|post|job|internship|fellowship|hospital|department)\b|^\s*(?:was|got|been)\s+(?:terminated|dismissed|let go|fired)\b|\bterminated\s+(?:my|her|his)\s+(?:contract|appointment|residency|position|employment)\b|\btermination of (?:my|the|her|his)\s+(?:contract|appointment|residency|position|employment)\b|\b(?:contract|appointment|residency|position|employment)\b[^.;]{0,20}\b(?:was|were|got|been)\s+terminated\b/i;
/** Only feared or avoided, or someone else's. */
const NOT_HAPPENED =
  /\b(?:almost|nearly|threat\w*|risk of|avoid\w*|could have|would have been|if|never|unless|was renewed|fear\w*)\b[^.;]{0,30}\b(?:non-?renew\w*|renew\w*|terminat\w*|dismiss\w*|let go)\b|\b(?:lease|visa|permit|EAD|passport|licen[cs]e|membership|subscription|insurance)\b[^.;]{0,20}\bnot\s+renewed\b/i;

/** A residency contract the notes say ended against the member's will (not renewed, terminated). */
export function noteContractEnd(p: Profile): ContractEnd | undefined {
  for (const t of p.timeline ?? []) {
    for (const c of noteClauses(t.note)) {
      if (NOT_HAPPENED.test(c)) continue;
      const kind = NON_RENEWAL.test(c) ? 'non-renewal' : TERMINATION.test(c) ? 'termination' : undefined;
      if (!kind) continue;
      const year = yearOf(c);
      return { clause: c, kind, ...(year ? { year } : {}) };
    }
  }
  return undefined;
}

const quote = (c: string): string => {
  const cut = c.length > 160 ? `${c.slice(0, 157).trimEnd()}…` : c;
  // A clause cut at a semicolon inside brackets keeps its bracket closed.
  return (cut.match(/\(/g)?.length ?? 0) > (cut.match(/\)/g)?.length ?? 0) ? `${cut})` : cut;
};

/**
 * What to do about a legal claim the notes tell, or undefined for none (or only closed ones: a
 * claim told as dismissed or settled long ago changes nothing in the advice). The disclosure rule
 * is the forms' own: ERAS, state licensing boards and hospital credentialing ask about claims
 * (wording differs by form), so the advice is to answer each as asked, not to guess which count.
 */
export function legalClaimNote(p: Profile): string | undefined {
  const c = noteLegalClaims(p).find((x) => x.status !== 'closed');
  if (!c) return undefined;
  const state = c.status === 'open' ? 'still open' : 'whose outcome your note does not give';
  return `A legal claim in your timeline note, ${state} (“${quote(c.clause)}”). Answer truthfully wherever an application, a state licensing board or a hospital's credentialing form asks about malpractice claims or suits (each form words the question its own way: answer the question as asked, pending claims included). Keep one short, factual account: what the case concerns, that it is being defended, and where it stands. One pending claim is not a finding against you and is not a professionalism flag in this report; have the insurer's or your lawyer's advice before you write about an open case in detail.`;
}

/**
 * What to do about a board action the notes tell. ABPM's clinical informatics requirements: every
 * licence unrestricted and currently valid, none restricted, revoked or suspended or under such
 * notice (ABPM clinical informatics page, "General Requirements", checked 2026-12-07).
 */
export function boardActionNote(p: Profile): string | undefined {
  const a = noteBoardActions(p)[0];
  if (!a) return undefined;
  const fellowship = p.target === 'ci-fellowship';
  const abpm = fellowship
    ? ` ABPM admits to the clinical informatics exam only physicians whose licences are all unrestricted and currently valid, none restricted, revoked or suspended or under notice of it (ABPM's requirements, checked 2026-12-07; they can change, so read its current page before you apply): ${
        a.lifted === true
          ? 'your note says the restriction has ended, so your licence should read as unrestricted now; keep the board’s papers that show when it ended, as ABPM and programs may ask for them.'
          : a.lifted === false
            ? 'while a restriction or condition is still on a licence, ABPM will not admit you, so ask the board when it can end and plan the boards after that.'
            : 'confirm with the board that nothing on any licence is still restricted or under notice.'
      }`
    : a.lifted === false
      ? ' A restriction still in force also limits what a program can let you do: tell programs early and ask the state board how it applies to a training licence.'
      : '';
  return `A medical board action in your timeline note (“${quote(a.clause)}”). Board orders are public records that programs, state licensing boards and hospital credentialing offices check, so disclose it truthfully wherever any of them asks about board actions, discipline or licence restrictions, even long after it ended, and give the same short account everywhere: what happened, what you changed in your practice, and the outcome.${abpm} Rehearse it for interviews: it is a question programs ask.`;
}

/**
 * How to speak of a residency contract that was not renewed or that ended by termination: the
 * program's reason is what a new program will hear when it verifies training with the program
 * (ERAS asks whether training was interrupted or ended early, and programs confirm it with the
 * former program director).
 */
export function contractEndWords(p: Profile): string | undefined {
  const e = noteContractEnd(p);
  if (!e) return undefined;
  const what = e.kind === 'non-renewal' ? 'your contract was not renewed' : 'your appointment was ended by the program';
  return `Your note says ${what} (“${quote(e.clause)}”): say so in those words wherever ERAS or a program asks why your training ended, never as a choice to leave. Programs verify the reason with the program you left, so your account should match what it will say; a letter from a faculty member there who can speak to your work and growth helps most.`;
}

/**
 * A clause with the lapses of things that are not credentials taken out (a contract not renewed, a
 * visa or lease expired) and in-training exams' names (ABSITE, ITE), so a reader of lapsed boards
 * and licences does not take "my contract was not renewed (ABSITE scores)" for a board certificate
 * let lapse (judge of p426: a mock question on a board certification she never held).
 */
export function withoutOtherLapses(clause: string): string {
  return clause
    .replace(
      /\b(?:contract|appointment|position|agreement|lease|visa|permit|EAD|passport|DS-2019|I-20|membership|subscription|insurance|job offer)s?\b[^.;,]{0,30}?\b(?:not\s+(?:renewed|extended|kept up|maintained)|lapsed|expired)\b/gi,
      ' ',
    )
    .replace(/\b(?:ABSITE|ITE|in-training (?:exam|examination|test)s?)\b/gi, ' ');
}

export interface ResidencePermit {
  /** The country of the permit, as the note names it ("UAE", "Saudi Arabia"), when it names one. */
  country?: string;
  /** The member's citizenship as the note says it ("Jordanian"), when it says it. */
  citizenship?: string;
}

const PERMIT =
  /\b(?:on|with|holding|hold)\s+(?:an?\s+|the\s+|my\s+)?(?:([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+)?(?:employment|work|residence|resident|residency|temporary)(?:\s+(?:residence|resident|residency))?\s+(?:visa|permit|card)\b|\b(?:work|employment|residence)\s+(?:visa|permit)\s+(?:in|for|of)\s+(?:the\s+)?([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)|\biqama\b/;
const CITIZEN =
  /\b([A-Z][a-z]+)\s+(?:citizen(?:ship)?|national(?:ity)?|passport(?:\s+holder)?)\b|\bcitizen of\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)/;

/**
 * A member living abroad on a work or residence permit, told in a note. ECFMG asks for the
 * Statement of Need from the country of most recent legal permanent residence, which is the
 * country of citizenship unless the member became a permanent resident elsewhere (ECFMG, "Statement
 * of Need", checked 2026-12-07): a permit tied to a job is not permanent residence. A judge of p428
 * (a Jordanian on a UAE employment residence visa) found the country never named.
 */
export function residencePermit(p: Profile): ResidencePermit | undefined {
  for (const t of p.timeline ?? []) {
    for (const c of noteClauses(t.note)) {
      if (/\bpermanent\s+resid|\bgreen card\b|\bcitizenship (?:granted|obtained)\b/i.test(c)) continue;
      const m = c.match(PERMIT);
      if (!m) continue;
      const country = m[1] ?? m[2];
      const cit = (p.timeline ?? []).map((x) => x.note?.match(CITIZEN)).find((x) => x);
      const citizenship = cit?.[1] ?? cit?.[2];
      return {
        ...(country && !/^(?:US|U\.S\.|American)$/.test(country) ? { country } : {}),
        ...(citizenship ? { citizenship } : {}),
      };
    }
  }
  return undefined;
}

/** The Statement of Need sentence for a member on a residence permit abroad, or undefined. */
export function permitStatementOfNeed(p: Profile): string | undefined {
  const r = residencePermit(p);
  if (!r) return undefined;
  const where = r.country ? `in ${r.country} ` : 'abroad ';
  const school = p.medSchool?.country;
  const from = r.citizenship
    ? `your country of citizenship (${r.citizenship}, as your note says), not ${r.country ?? 'the country where you work'}`
    : school && school !== r.country
      ? `your country of citizenship (${school}, if that is your citizenship as well as where you studied), not ${r.country ?? 'the country where you work'}`
      : `your country of citizenship, not ${r.country ?? 'the country where you work'}`;
  return `Your note says you live ${where}on a work or residence visa: a permit tied to employment is not permanent residence, so under ECFMG's rule your Statement of Need comes from the ministry of health of ${from}. If you hold permanent residence somewhere else, that country's ministry issues it instead; ECFMG can confirm which applies.`;
}
