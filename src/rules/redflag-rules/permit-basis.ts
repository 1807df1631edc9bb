/**
 * What a work permit rests on, read from the member's own timeline note, and what that means for
 * how long it lasts (sources in knowledge/visas.md, checked 2026-12-05):
 *
 * - granted asylum or refugee status carries the right to work itself (8 CFR 274a.12(a)(3)-(5)):
 *   the card's date is when the card is renewed;
 * - parole (EAD category (c)(11), or work incident to parole for some Ukrainian parolees) lasts
 *   only for the parole period; USCIS grants re-parole case by case (Ukrainians: up to two more
 *   years at a time, USCIS I-9 Central);
 * - TPS work authorization runs only while the member holds TPS (INA 244(a)(2)), that is while the
 *   country's designation is extended and the member re-registers;
 * - a permit issued while an asylum or green-card application is pending lasts until its date or
 *   the decision;
 * - DACA and its permit are granted for two years at a time and renewed together.
 *
 * A judge of p203 (Uniting for Ukraine, "research assistant, refugee health outcomes study") found
 * him told the asylee reading: the word "refugee" named a study, not his status.
 */

export type PermitBasis = 'asylee-refugee' | 'parole' | 'tps' | 'pending' | 'daca';

/**
 * Words that may follow "refugee" when it names the member's status ("as a refugee in 2017",
 * "a refugee (green card 2023)", "refugee status"); any other word after it makes "refugee" the
 * modifier of that word ("a refugee clinic", "refugee health study"), which says nothing of the member.
 */
const AFTER_STATUS = String.raw`(?:status|in|since|from|to|at|on|under|with|and|who|through|via|after|before|of|for)\b`;

/** Asylum or refugee status named as the member's own, granted. */
const GRANTED = new RegExp(
  String.raw`\b(?:asylee|granted asylum|asylum (?:was |has been )?granted|refugee status|(?:as|an?)\s+(?:(?:resettled|admitted|recogni[sz]ed|former)\s+)?refugee\b(?!\s+(?!${AFTER_STATUS})[a-z]))`,
  'i',
);

/** Asylum applied for, not granted: the permit rests on the pending case. */
const ASYLUM_PENDING =
  /\b(?:pending asylum|asylum (?:application |case |claim )?(?:(?:is|still|now) )*pending|applied for asylum|asylum (?:application|claim) (?:filed|submitted)|asylum applicant|asylum seeker|seeking asylum)\b/i;

/** Parole as the status held (not advance parole, a travel document for a pending green card). */
const PAROLE = /\b(?:(?<!advance\s)parole(?:d|e)?|re-?parole(?:d)?|uniting for ukraine|U4U|CHNV|\(c\)\s*\(11\)|c11)\b/i;
const TPS = /\b(?:TPS|temporary protected status)\b/i;
// A combo card (EAD with advance parole) or category (c)(9) is issued on a pending I-485 (newcomer
// trial 21: "combo card EAD/AP" was read as nothing, and an older "H-4" in the note took over).
// Advance parole alone is not: asylum applicants, TPS and DACA holders get it too.
const ADJUSTMENT_PENDING =
  /\b(?:I-?485|adjustment of status|green[- ]card (?:application|case|petition)|(?:green[- ]card|GC) (?:is |still )*pending|pending green[- ]card|combo[- ]?card|EAD\s*\/\s*AP|AP\s*\/\s*EAD)\b|\(c\)\s*\((?:8|9)\)|\bc\s?9\b/i;
const DACA = /\b(?:DACA|deferred action)\b/i;

/** A note naming a green-card application (adjustment of status) the member is waiting on. */
export function adjustmentPending(note: string | undefined): boolean {
  return !!note && ADJUSTMENT_PENDING.test(note) && !/\b(?:approved|granted|denied|refused)\b/i.test(note);
}

/** A note naming an asylum case the member has applied for and is waiting on (not granted). */
export function asylumPending(note: string | undefined): boolean {
  return !!note && ASYLUM_PENDING.test(note);
}

/**
 * The basis of the member's work permit a note names, most protective first: granted asylum or
 * refugee status outranks a pending green card filed on it (an asylee's I-485 changes nothing about
 * the right to work), while a parolee's pending TPS application leaves the permit on parole.
 * Undefined when the note names none of them (an H-4, L-2 or J-2 permit, OPT, or no basis).
 */
export function permitBasis(note: string | undefined): PermitBasis | undefined {
  if (!note) return undefined;
  if (GRANTED.test(note) && !ASYLUM_PENDING.test(note)) return 'asylee-refugee';
  if (PAROLE.test(note)) return 'parole';
  if (TPS.test(note)) return 'tps';
  if (ASYLUM_PENDING.test(note) || ADJUSTMENT_PENDING.test(note)) return 'pending';
  if (DACA.test(note)) return 'daca';
  return undefined;
}

/**
 * For a permit that lasts only as long as the status behind it: one sentence on how long it lasts
 * (for the item's "why") and the step that keeps it (an action). Undefined for granted asylum or
 * refugee status, which the visa rule words on its own.
 */
export function permitBasisWords(
  basis: PermitBasis | undefined,
  what: string,
): { why: string; action: string } | undefined {
  switch (basis) {
    case 'parole':
      return {
        why: `Work permission that comes from parole lasts only as long as the parole itself and the card issued on it: USCIS grants re-parole case by case (for Ukrainian parolees, up to two more years at a time), so neither runs on by itself.`,
        action: `Ask USCIS for re-parole and a new work permit well before your parole ends, keep the receipts for the program's hiring check, and check USCIS's current page for your parole program, as these rules change. Be ready to tell programs how your permission will cover the whole ${what}: re-parole, another status (TPS, a green card), or a training visa (below).`,
      };
    case 'tps':
      return {
        why: `TPS work permission lasts only while you hold TPS: while your country's designation is extended and you re-register each time, with a new card for each period; a designation can also end.`,
        action: `Re-register in every period the Federal Register notice for your country sets, keep the notice that extends your card, and be ready to tell programs what you would do if the designation ended during the ${what}.`,
      };
    case 'pending':
      return {
        why: `A work permit issued while an asylum or green-card application is pending lasts until the date on the card or the decision on your case: it continues only if you renew it in time, and ends if the application is refused.`,
        action: `File each renewal as early as USCIS allows and keep the receipt, and ask each program in writing how it handles a renewal or a decision still pending on your start date.`,
      };
    case 'daca':
      return {
        why: `DACA and its work permit are granted for two years at a time and renewed together, so a ${what} will span at least one renewal.`,
        action: `File each DACA renewal in the window USCIS suggests (about 120 to 150 days before the current period ends) and tell programs when your renewals fall.`,
      };
    default:
      return undefined;
  }
}

/**
 * For a permit that rests on DACA or TPS: what the member's status is not, and how to answer
 * a program's visa question (session 35's judges of p425 and p429: a DACA recipient in SOAP week and
 * a TPS holder were told only "your profile says you need no visa", then offered "a J-1 or an H-1B"
 * as a fallback, and the TPS holder "an H-1B needs Step 3" with no word that Step 3 is not needed to
 * apply). Sources, checked 2026-12-07: a DACA recipient's or TPS holder's work authorization is an
 * EAD (DACA's category (c)(33)) that an employer accepts on Form I-9 with no sponsorship (Academic
 * Medicine 2017, "Considerations for Residency Programs Regarding Accepting Undocumented Students Who
 * Are DACA Recipients"; Pre-Health Dreamers' residency program guide); programs decide for themselves
 * and some hesitate (same guide; Loyola's "When DACA Recipients Seek to Match"); leaving the US
 * without advance parole ends DACA's deferred action (immigration-law firm summaries of USCIS's DACA
 * FAQ), while a J-1 visa is issued at a consulate abroad; the NRMP asks an IMG for passes of the exams
 * ECFMG certification needs (Step 1, Step 2 CK), not Step 3 (ECFMG, "ERAS Eligibility"). A granted
 * asylee or refugee is worded by the visa rule itself; a pending case has its own fallback words.
 */
export function statusNotVisaWords(
  basis: PermitBasis | undefined,
  what: string,
  step3: { passed?: string },
  residency: boolean,
): { why: string; action: string } | undefined {
  // Parole keeps the plain fallback question (its permission is shorter and re-granted case by case,
  // so "no sponsorship needed" would reassure beyond what was checked: test/rules/redflag-rules/permit-basis).
  const name = basis === 'daca' ? 'DACA' : basis === 'tps' ? 'TPS' : undefined;
  if (!name) return undefined;
  const card = basis === 'daca' ? 'your DACA work permit (EAD, category (c)(33))' : 'your work permit (EAD)';
  const step3Line =
    residency && !step3.passed
      ? ' Step 3 is not needed to apply or to enter the NRMP Match (it asks an IMG for the exams ECFMG certification needs, Step 1 and Step 2 CK); it would matter only for an H-1B later.'
      : '';
  if (basis === 'daca') {
    return {
      why: `DACA is not a visa, and you need no J-1 or H-1B sponsorship: you are authorized to work through ${card}, which a program accepts on its hiring form (I-9) as for any employee.`,
      action: `When a program asks which visa you need, answer plainly: none; you are authorized to work through your DACA EAD and renew it on time. Some programs, or their hospitals' HR or legal offices, still do not take DACA recipients: ask early in a short eligibility inquiry and put your effort into programs that do. Do not plan on a J-1 as a fallback: a J-1 visa is issued at a US consulate abroad, and leaving the US without advance parole ends DACA; talk to an immigration attorney before any travel or change of status.${step3Line}`,
    };
  }
  return {
    why: `${name} is not a visa, and not by itself a path to a green card; you need no J-1 or H-1B sponsorship to start while ${card} is kept valid and renewed.`,
    action: `When a program asks which visa you need, say that you need no sponsorship now: you are authorized to work through your EAD, and name your renewal plan. Ask each program early (a short eligibility inquiry) whether it accepts your work authorization and whether it could sponsor a J-1 (through ECFMG) or an H-1B if your country's designation ended during the ${what}; talk to an immigration attorney before you choose one.${step3Line}`,
  };
}
