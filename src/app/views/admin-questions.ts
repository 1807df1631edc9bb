/**
 * `/admin questions`: this month's most asked and unanswered /ask questions in one server, for
 * its admins. Aggregates only: a question (or curated topic) is named only when at least
 * `ASK_STATS.textMinMembers` different members asked it; the rest are counted together.
 */
import type { FaqEntry } from '../../knowledge/faq-types.js';
import { ASK_STATS, readStats, type QuestionStat } from '../ask-stats.js';
import type { AppContext } from '../context.js';
import { memberText, type Section, type View } from '../view.js';

export const ADMIN_QUESTIONS_LIMIT = 10;

function nameOf(key: string, q: QuestionStat, faq: readonly FaqEntry[]): string | undefined {
  if (q.by.length < ASK_STATS.textMinMembers) return undefined;
  if (key.startsWith('faq.')) {
    const entry = faq.find((e) => e.id === key.slice(4));
    return entry ? entry.q : undefined;
  }
  return q.text ? `"${memberText(q.text)}"` : undefined;
}

function votes(q: QuestionStat): string {
  return q.up || q.down ? ` · 👍 ${q.up} 👎 ${q.down}` : '';
}

export async function adminQuestionsView(ctx: AppContext, guildId: string): Promise<View> {
  const now = ctx.now();
  const stats = await readStats(ctx.store, guildId, now);
  const month = now.toISOString().slice(0, 7);
  const entries = Object.entries(stats?.questions ?? {});
  if (!entries.length) {
    return { text: `No /ask questions in this server yet in ${month}.`, sections: [], personal: true };
  }
  const faq = ctx.knowledge.index.faq;
  const total = entries.reduce((n, [, q]) => n + q.n, 0);
  const section = (title: string, list: Array<[string, QuestionStat]>, empty: string): Section => {
    const lines: string[] = [];
    let hidden = 0;
    let hiddenAsks = 0;
    for (const [key, q] of list.sort((a, b) => b[1].n - a[1].n || b[1].by.length - a[1].by.length)) {
      const name = nameOf(key, q, faq);
      if (!name) {
        hidden++;
        hiddenAsks += q.n;
        continue;
      }
      if (lines.length < ADMIN_QUESTIONS_LIMIT)
        lines.push(`- ${name}: asked ${q.n}× by ${q.by.length} members${votes(q)}`);
    }
    if (hidden) {
      lines.push(
        `- ${hidden} other question${hidden === 1 ? '' : 's'} (${hiddenAsks} asks), each asked by fewer than ${ASK_STATS.textMinMembers} members: not shown, to keep members' questions private`,
      );
    }
    return { title, body: lines.length ? lines.join('\n') : empty };
  };
  const answered = entries.filter(([, q]) => q.answered);
  const unanswered = entries.filter(([, q]) => !q.answered && q.kind !== 'out-of-scope');
  const outOfScope = entries.filter(([, q]) => q.kind === 'out-of-scope');
  return {
    text: `**/ask in this server, ${month}:** ${total} question${total === 1 ? '' : 's'} (${entries.length} different).`,
    sections: [
      section('Most asked', answered, 'No answered questions yet.'),
      section('Not covered by the guides', unanswered, 'None: every question was answered from the guides.'),
      ...(outOfScope.length ? [section('Outside what the advisor covers', outOfScope, '')] : []),
      {
        footer: `Counts only: no member names or ids are stored, and each question's text is kept only once ${ASK_STATS.textMinMembers} different members asked it. Counts reset each month.`,
      },
    ],
    personal: true,
  };
}
