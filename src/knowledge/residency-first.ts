/**
 * "Residency first or straight to the fellowship?" (round ask59). Asked by a member who tells no
 * residency of their own, the choice has one answer in the guides: a CI fellowship needs a
 * completed residency before it starts (ci-pathway#fellowship-eligibility), so the reply leads
 * plainly with "Residency first" and gives the fellowship-without-residency answer. A member who
 * tells a residency done or under way (abroad or in the US) asks something else: whether that
 * residency counts, which the ordinary answer handles.
 */
import { questionClause } from './question-form.js';
import { normalizeText } from './text.js';

const RESIDENCY = /\bresidenc(?:y|ies)\b/;
const FELLOWSHIP = /\bfel+o\w*ships?\b|\bci\b|\bclinical informatics\b|\binformatics\b/;
/** The order of the two asked as a choice. */
const ORDER =
  /\b(?:first|straight|directly|direct|right away|skip\w*|before|after|then|which comes|which one|order)\b/;
const CHOICE = /\b(?:or|vs|versus|which|instead)\b/;
/** A residency the member tells as done, under way or about to end, here or abroad. */
const OWN_RESIDENCY =
  /\b(?:finished|completed|complete|done|did|doing|finishing|completing|graduated from|in|during|currently in|after) (?:my |a |an |the )?(?:[\w-]+ ){0,2}residency\b(?! first)|\bresidency (?:(?:is |was )?(?:done|completed|finished)|(?:in|at|back) (?:home|india|pakistan|egypt|nigeria|my country|abroad)|abroad)\b|\bpgy ?\d|\bi am a resident\b|\bim a resident\b|\b(?:md|ms|fcps|mrcp|dnb|frcp)\b (?:in|medicine|internal)/;

/** True when the member asks whether to do a residency first or go straight to the fellowship. */
export function asksResidencyOrFellowshipFirst(question: string): boolean {
  const text = normalizeText(question);
  const clause = questionClause(question);
  const asked = RESIDENCY.test(clause) && FELLOWSHIP.test(clause) && ORDER.test(clause) && CHOICE.test(clause);
  return asked && !OWN_RESIDENCY.test(text.replace(/\b(?:no|without|never did|never done|havent done|haven t done|didnt do|did not do) (?:a |any |my )?(?:[\w-]+ )?residency\b/g, ''));
}

/** What the reply is drawn from: the curated question on a fellowship without a residency. */
export const RESIDENCY_FIRST_QUERY = 'Can I apply to a CI fellowship straight after medical school, without doing a residency?';
export const RESIDENCY_FIRST_ENTRY = 'fellowship-without-residency';
export const RESIDENCY_FIRST_LEAD = '**Residency first.**';
