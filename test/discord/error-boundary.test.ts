import type { Interaction, Message } from 'discord.js';
import { describe, expect, it } from 'vitest';
import type { Logger } from '../../src/app/logger.js';
import { UserError } from '../../src/core/errors.js';
import { APOLOGY, classify, guardInteraction, guardMessage, STORE_DOWN } from '../../src/discord/error-boundary.js';
import { StoreCorruptError, StoreUnavailableError } from '../../src/store/errors.js';

interface Sent {
  method: string;
  body: { content?: string; flags?: number; allowedMentions?: unknown };
}

/** Just enough of a repliable interaction to see which response method the boundary picks. */
function stubInteraction(state: {
  deferred?: boolean;
  replied?: boolean;
  ephemeral?: boolean | null;
  failSends?: boolean;
}) {
  const sent: Sent[] = [];
  const record = (method: string) => async (body: Sent['body']) => {
    if (state.failSends) throw new Error('network down');
    sent.push({ method, body });
  };
  const interaction = {
    id: '1',
    user: { id: '42' },
    deferred: state.deferred ?? false,
    replied: state.replied ?? false,
    ephemeral: state.ephemeral ?? null,
    isRepliable: () => true,
    isAutocomplete: () => false,
    reply: record('reply'),
    editReply: record('editReply'),
    followUp: record('followUp'),
  };
  return { interaction: interaction as unknown as Interaction, sent };
}

function recordingLogger() {
  const entries: Array<{ level: string; msg: string; fields: Record<string, unknown> }> = [];
  const at =
    (level: string) =>
    (msg: string, fields: Record<string, unknown> = {}) =>
      entries.push({ level, msg, fields });
  const logger: Logger = { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
  return { logger, entries };
}

const label = { kind: 'command' as const, name: 'redflag' };

describe('classify', () => {
  it('lists every problem of a UserError, one per line', () => {
    const c = classify(new UserError(['exams[0].date: not a month', 'version: must be 1']));
    expect(c.kind).toBe('user');
    expect(c.message).toBe('- exams[0].date: not a month\n- version: must be 1');
  });

  it('says storage could not be reached and nothing was saved', () => {
    expect(classify(new StoreUnavailableError('saveProfile', 'timeout'))).toEqual({
      kind: 'store',
      message: STORE_DOWN,
    });
    expect(STORE_DOWN).toMatch(/nothing was saved/);
  });

  it("passes on a damaged-data error's member-facing message", () => {
    const c = classify(new StoreCorruptError('tampered'));
    expect(c.kind).toBe('store');
    expect(c.message).toMatch(/left it untouched/);
  });

  it('turns anything else into the apology', () => {
    expect(classify(new TypeError('x is undefined'))).toEqual({ kind: 'bug', message: APOLOGY });
  });
});

describe('guardInteraction', () => {
  it('replies ephemerally when the interaction was not answered yet', async () => {
    const { interaction, sent } = stubInteraction({});
    const { logger } = recordingLogger();
    await guardInteraction(interaction, logger, label, async () => {
      throw new UserError('question: too short');
    });
    expect(sent).toEqual([
      {
        method: 'reply',
        body: { content: 'question: too short', flags: 64, allowedMentions: { parse: [], repliedUser: false } },
      },
    ]);
  });

  it('edits the deferred reply instead of leaving "thinking…" forever', async () => {
    const { interaction, sent } = stubInteraction({ deferred: true, ephemeral: true });
    await guardInteraction(interaction, recordingLogger().logger, label, async () => {
      throw new StoreUnavailableError('getProfile', 'timeout');
    });
    expect(sent.map((s) => s.method)).toEqual(['editReply']);
    expect(sent[0]!.body.content).toBe(STORE_DOWN);
  });

  it('follows up when the handler had already replied', async () => {
    const { interaction, sent } = stubInteraction({ replied: true, ephemeral: false });
    await guardInteraction(interaction, recordingLogger().logger, label, async () => {
      throw new Error('boom');
    });
    expect(sent).toHaveLength(1);
    expect(sent[0]!.method).toBe('followUp');
    expect(sent[0]!.body.flags).toBe(64);
    expect(sent[0]!.body.content).toBe(APOLOGY);
  });

  it('follows up (rather than wiping the message) after a deferred button update', async () => {
    const { interaction, sent } = stubInteraction({ deferred: true, ephemeral: null });
    await guardInteraction(interaction, recordingLogger().logger, label, async () => {
      throw new Error('boom');
    });
    expect(sent.map((s) => s.method)).toEqual(['followUp']);
  });

  it('logs a bug with the command name and the stack, but not the error as member text', async () => {
    const { interaction } = stubInteraction({});
    const { logger, entries } = recordingLogger();
    await guardInteraction(interaction, logger, label, async () => {
      throw new Error('cannot read properties of undefined');
    });
    const entry = entries.find((e) => e.level === 'error');
    expect(entry?.fields).toMatchObject({ kind: 'command', name: 'redflag', userId: '42', interactionId: '1' });
    expect((entry?.fields.error as { stack?: string }).stack).toMatch(/cannot read properties/);
  });

  it('never throws, even when answering the member fails too', async () => {
    const { interaction } = stubInteraction({ failSends: true });
    await expect(
      guardInteraction(interaction, recordingLogger().logger, label, async () => {
        throw new Error('boom');
      }),
    ).resolves.toBeUndefined();
  });

  it('does nothing when the handler succeeds', async () => {
    const { interaction, sent } = stubInteraction({});
    const { logger, entries } = recordingLogger();
    await guardInteraction(interaction, logger, label, async () => undefined);
    expect(sent).toEqual([]);
    expect(entries).toEqual([]);
  });

  it('answers a failed autocomplete with an empty list', async () => {
    const responses: unknown[] = [];
    const interaction = {
      id: '2',
      user: { id: '42' },
      responded: false,
      isAutocomplete: () => true,
      isRepliable: () => false,
      respond: async (choices: unknown[]) => void responses.push(choices),
    } as unknown as Interaction;
    await guardInteraction(
      interaction,
      recordingLogger().logger,
      { kind: 'autocomplete', name: 'lor-ask' },
      async () => {
        throw new Error('boom');
      },
    );
    expect(responses).toEqual([[]]);
  });
});

describe('guardMessage', () => {
  it('replies to the chat message with the apology, pinging nobody', async () => {
    const replies: unknown[] = [];
    const message = {
      id: '9',
      author: { id: '42' },
      reply: async (b: unknown) => void replies.push(b),
    } as unknown as Message;
    await guardMessage(message, recordingLogger().logger, async () => {
      throw new Error('boom');
    });
    expect(replies).toEqual([{ content: APOLOGY, allowedMentions: { parse: [], repliedUser: false } }]);
  });
});
