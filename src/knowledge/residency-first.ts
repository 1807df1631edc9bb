/**
 * "Residency first or straight to the fellowship?" (round ask59). Asked by a member who tells no
 * residency of their own, the choice has one answer in the guides: a CI fellowship needs a
 * completed residency before it starts (ci-pathway#fellowship-eligibility), so the reply leads
 * plainly with "Residency first" and gives the fellowship-without-residency answer. A member who
 * tells a residency done or under way (abroad or in the US) asks something else: whether that
 * residency counts, which the ordinary answer handles.
 */
import { normalizeText } from './text.js';

const FELLOWSHIP = String.raw`(?:(?:the |a |an )?(?:ci |clinical informatics |informatics )?fel+o\w*ships?|(?:the |a )?(?:ci|clinical informatics|informatics))`;
const RESIDENCY = String.raw`(?:(?:the |a |an |us |usa |american |acgme )*(?:\w+ )?residenc(?:y|ies))`;
/**
 * The two set against each other as an order: "residency first or straight to fellowship",
 * "fellowship directly or residency first", "do residency before the fellowship or go straight",
 * "which comes first, residency or fellowship", "residency or fellowship first".
 */
const ORDER_ASKED = [
  new RegExp(String.raw`\b${RESIDENCY} (?:first|before (?:the |a |my )?(?:\w+ )?fel+o\w*ship|then (?:the |a )?(?:\w+ )?fel+o\w*ship)\b.{0,50}\b(?:or|vs|versus)\b.{0,40}\b(?:straight|directly|direct|right away|first|skip\w*|${FELLOWSHIP})\b`),
  new RegExp(String.raw`\b${FELLOWSHIP} (?:directly|direct|straight|first|right away|straight away)\b.{0,30}\b(?:or|vs|versus)\b.{0,30}\bresidenc(?:y|ies)\b`),
  new RegExp(String.raw`\b(?:straight|directly|direct)(?: to| into)? ${FELLOWSHIP}\b.{0,30}\b(?:or|vs|versus)\b.{0,30}\bresidenc(?:y|ies)\b`),
  new RegExp(String.raw`\bwhich (?:one )?(?:comes?|should come|goes|do i do|is) first\b.{0,50}\bresidenc(?:y|ies)\b.{0,20}\b(?:or|and|vs)\b.{0,30}${FELLOWSHIP}\b`),
  new RegExp(String.raw`\bresidenc(?:y|ies) or ${FELLOWSHIP} first\b|\b${FELLOWSHIP} or (?:the |a )?residenc(?:y|ies) first\b`),
];

/** A residency the member tells as done, under way or about to end, here or abroad. */
const OWN_RESIDENCY =
  /\b(?:finished|completed|complete|done|did|doing|finishing|completing|graduated from|in|during|currently in|after) (?:my |a |an |the )?(?:[\w-]+ ){0,2}residency\b(?! first)|\bresidency (?:(?:is |was )?(?:done|completed|finished)|(?:in|at|back) (?:home|india|pakistan|egypt|nigeria|my country|abroad)|abroad)\b|\bpgy ?\d|\bi am a resident\b|\bim a resident\b|\b(?:md|ms|fcps|mrcp|dnb|frcp)\b (?:in|medicine|internal)/;

/** True when the member asks whether to do a residency first or go straight to the fellowship. */
export function asksResidencyOrFellowshipFirst(question: string): boolean {
  const text = normalizeText(question);
  // (…or the order of the whole path asked, with both named: "which order: residency, fellowship,
  // boards? what comes first?")
  const pathOrder =
    /\b(?:what|which)(?: one)? (?:comes?|goes|should come) first\b|\b(?:which|what|right|correct) order\b/.test(text) && /\bresidenc(?:y|ies)\b/.test(text) && /\bfel+o\w*ships?\b/.test(text);
  const asked = pathOrder || ORDER_ASKED.some((re) => re.test(text));
  return asked && !OWN_RESIDENCY.test(text.replace(/\b(?:no|without|never did|never done|havent done|haven t done|didnt do|did not do) (?:a |any |my )?(?:[\w-]+ )?residency\b/g, ''));
}

/** What the reply is drawn from: the curated question on a fellowship without a residency. */
export const RESIDENCY_FIRST_QUERY = 'Can I apply to a CI fellowship straight after medical school, without doing a residency?';
export const RESIDENCY_FIRST_ENTRY = 'fellowship-without-residency';
export const RESIDENCY_FIRST_LEAD = '**Residency first.**';
