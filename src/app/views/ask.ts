/**
 * /ask and chat: a cited answer from the guides. Each cited passage is listed with its address
 * (`doc#section`), its heading and the source article it was written from. When the member has a
 * profile, guides meant for the other side of the citizenship split are left out; the reply
 * names no profile facts, so it can be public.
 *
 * With a model configured, the answer is the model's, written from the top passages and citing
 * them inline (src/llm/features/ask.ts); only the question and the passages are sent, never the
 * profile. Its text is untrusted and shown escaped; the sources listed are the ones it cited.
 */
import type { CooldownRule } from '../../discord/command.js';
import { formatRef } from '../../knowledge/outline.js';
import type { Profile } from '../../core/profile/schema.js';
import type { Guide } from '../../knowledge/load.js';
import { audienceForCitizenship } from '../../knowledge/retrieval.js';
import { askWithLlm } from '../../llm/features/ask.js';
import { isStoreError } from '../../store/errors.js';
import type { AppContext } from '../context.js';
import { llmNoteSections, memberLlm } from '../llm.js';
import { memberText, type Field, type View } from '../view.js';

/** The /ask option's limit; chat messages are answered whatever their length. */
export const ASK_MAX_CHARS = 300;

/** Retrieval is cheap but not free: 5 questions per 30 s per member, slash command and chat together. */
export const ASK_COOLDOWN: CooldownRule = { seconds: 30, uses: 5 };

/** The member's profile, for the audience; a store problem only costs the tailoring. */
async function profileOf(ctx: AppContext, userId: string | undefined): Promise<Profile | undefined> {
  if (!userId) return undefined;
  try {
    return await ctx.store.getProfile(userId);
  } catch (e) {
    if (!isStoreError(e)) throw e;
    ctx.logger.warn('ask without profile tailoring: store error', { error: e.name });
    return undefined;
  }
}

/** Where a guide's text comes from: the seed articles and/or the primary sources it cites. */
function provenance(guide: Guide): string {
  const parts: string[] = [];
  if (guide.source.length) parts.push(`Written from: ${guide.source.join('; ')}.`);
  if (guide.sources.length) {
    const names = guide.sources.slice(0, 3).map((s) => s.title);
    const more = guide.sources.length > names.length ? ` and ${guide.sources.length - names.length} more` : '';
    parts.push(`Facts checked against: ${names.join('; ')}${more}.`);
  }
  return parts.join(' ');
}

export async function askView(ctx: AppContext, question: string, opts: { userId?: string } = {}): Promise<View> {
  const profile = await profileOf(ctx, opts.userId);
  const audience = audienceForCitizenship(profile?.citizenship);
  // The quota key is the asker. Consent is read only to decide whether the passages offered to
  // the model may be chosen for the member's audience (without it: guides for everyone only).
  const llm = opts.userId ? await memberLlm(ctx, opts.userId, { profileFacts: audience !== undefined }) : undefined;
  const { answer, llm: use } = await askWithLlm(llm, ctx.knowledge.index, question, audience, profile);
  const titles = new Map(ctx.knowledge.guides.map((g) => [g.id, g]));
  const sources: Field[] = answer.passages.map((p) => {
    const guide = titles.get(p.doc);
    const from = guide ? `Guide: ${guide.title}. ${provenance(guide)}` : 'Guide section';
    return { name: `${formatRef({ doc: p.doc, section: p.section })}: ${p.heading}`, value: from };
  });
  const footer = [
    ...(use.used
      ? ['Written by the AI model from the guide sections cited in [brackets], each listed with its guide.']
      : []),
    ...(audience ? ['Guides chosen for your situation, from your profile.'] : []),
  ];
  return {
    text: `**You asked:** ${memberText(question)}`,
    sections: [
      {
        title: answer.covered ? 'Answer' : 'Not in the guides',
        // The model's text is untrusted: shown as text, never as markdown or mentions.
        body: use.used ? memberText(answer.answer) : answer.answer,
        tone: answer.covered ? 'info' : 'neutral',
        ...(footer.length ? { footer: footer.join(' ') } : {}),
      },
      ...(sources.length ? [{ title: 'Sources', fields: sources }] : []),
      ...llmNoteSections(use),
    ],
    personal: false,
  };
}
