/**
 * /lor-ask email and `advisor lor-ask` with a model: a personal version of the ask email, which
 * must still contain the honourable way to decline and the target, word for word, greet the same
 * writer and invent nothing; one repair turn, else the composer's email. Needs consent.
 */
import { declineSentence, type LorEmail } from '../../composers/lor-email.js';
import { targetPhrase } from '../../composers/lor-context.js';
import type { Profile } from '../../core/profile/schema.js';
import type { LetterFinding } from '../../rules/letters.js';
import { lorEmailSchema } from '../schemas.js';
import { sanitizeModelText } from '../sanitize.js';
import { withholdInstructions } from '../claims/planted.js';
import { factBase } from '../claims/verify.js';
import { outputProblems } from '../output-check.js';
import { loadBudget, NO_MODEL, runChecked, skipped, todayOf, type LlmContext, type LlmUse } from './common.js';
import { inventedProblem, plantedInProfile, profileFacts } from './facts.js';

export interface LorInput {
  profile: Profile;
  /** The composer's email (its `writer` is the one addressed). */
  email: LorEmail;
  /** reviewLetters(profile, today).findings; only those about this writer or the whole set are sent. */
  findings: readonly LetterFinding[];
}

export interface PersonalLorEmail {
  subject: string;
  body: string;
  fromModel: boolean;
  llm: LlmUse;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** What the email must keep, as problems the model can fix. */
export function lorEmailProblems(profile: Profile, email: LorEmail, subject: string, body: string): string[] {
  const problems: string[] = [];
  const text = squash(body);
  if (!subject.trim()) problems.push('the subject is empty');
  if (!text.includes(squash(declineSentence())))
    problems.push(`it must contain this sentence word for word: "${declineSentence()}"`);
  if (!text.includes(squash(targetPhrase(profile))))
    problems.push(`it must name the target word for word: "${targetPhrase(profile)}"`);
  const name = email.writer?.writer;
  if (name && !text.includes(squash(name))) problems.push(`it must greet the writer by name: "${name}"`);
  if (!/\bstrong\b/i.test(body)) problems.push('it must ask for a strong letter');
  return problems;
}

export async function personalLorEmail(llm: LlmContext | undefined, input: LorInput): Promise<PersonalLorEmail> {
  const standard = (use: LlmUse): PersonalLorEmail => ({
    subject: input.email.subject,
    body: input.email.body,
    fromModel: false,
    llm: use,
  });
  if (!llm) return standard(NO_MODEL);
  if (!llm.consent) return standard(skipped('no-consent'));
  const prompt = llm.prompts.get('lor-email');
  if (!prompt) return standard(skipped('unavailable'));

  const writer = input.email.writer;
  const facts = profileFacts(input.profile, { letters: writer ? [writer] : [] }).join('\n');
  const findings = input.findings
    .filter((f) => f.writer === undefined || f.writer === writer?.writer)
    .map((f) => `${f.id} (${f.severity}): ${f.message}`)
    .join('\n');
  // The composer's email quotes the member's own text (names, notes): instructions are withheld.
  const composer = withholdInstructions(`Subject: ${input.email.subject}\n\n${input.email.body}`, 'narrative');
  const composerEmail = composer.text;
  const { fitVars } = await loadBudget();
  const vars = fitVars(
    prompt,
    {
      facts,
      findings: findings || 'No findings.',
      composerEmail,
      declineSentence: declineSentence(),
      target: targetPhrase(input.profile),
    },
    [],
  );
  if (!vars) return standard(skipped('over-budget'));
  const sources = [facts, findings, composerEmail];
  const checks = {
    voice: 'first' as const,
    mode: 'strict' as const,
    facts: factBase({ profile: input.profile, today: todayOf(llm) }),
    sources,
    withheld: [...plantedInProfile(input.profile, writer ? [writer] : []), ...composer.withheld],
  };

  const result = await runChecked(llm, {
    prompt: 'lor-email',
    vars,
    schema: lorEmailSchema,
    prepare: (raw) => ({
      subject: sanitizeModelText(raw.subject.replace(/\s+/g, ' '), 150),
      body: sanitizeModelText(raw.body),
    }),
    check: (e) => [
      ...lorEmailProblems(input.profile, input.email, e.subject, e.body),
      ...inventedProblem(`${e.subject}\n${e.body}`, sources),
      ...outputProblems(`${e.subject}\n${e.body}`, checks),
    ],
    shown: (e) => `Subject: ${e.subject}\n\n${e.body}`,
    repair: true,
  });
  if (!result.ok) return standard(result.use);
  return { ...result.value, fromModel: true, llm: result.use };
}
