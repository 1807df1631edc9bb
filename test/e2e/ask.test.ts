import { describe, expect, it } from 'vitest';
import { ASK_COOLDOWN } from '../../src/app/views/ask.js';
import { customIdsOf, expectNoPings, expectWithinLimits, member, textOf, useBot } from '../helpers/bot.js';

describe('/ask and chat against the fake Discord', () => {
  const h = useBot({}, { checks: false });

  it('answers /ask in a server publicly, deferred first, with a cited passage and its source article', async () => {
    const i = h.fake.interaction.slash({
      name: 'ask',
      options: { question: 'how many informatics letters do I need?' },
      guildId: h.guildId,
      user: member(1),
    });
    const callback = await i.callback();
    expect(callback.type).toBe(5);
    expect(callback.data?.flags ?? 0).toBe(0);
    const original = await i.waitForOriginal();
    const text = textOf(original);
    expect(text).toMatch(/Sources: .*\(letters#[a-z-]+\)/);
    expect(text).toMatch(/at least half/);
    expect(text).toContain('how many informatics letters do I need?');
    expectNoPings(h.fake.calls);
    expectWithinLimits(h.fake.calls);
  });

  it('answers /ask in a DM as a normal message', async () => {
    const i = h.fake.interaction.slash({
      name: 'ask',
      options: { question: 'what is a J-1 waiver?' },
      user: member(2),
    });
    const callback = await i.callback();
    expect(callback.type).toBe(5);
    expect(callback.data?.flags ?? 0).toBe(0);
    expect(textOf(await i.waitForOriginal())).toMatch(/visas#/);
    expectNoPings(h.fake.calls);
    expectWithinLimits(h.fake.calls);
  });

  it('keeps the answer to the asker when private:true in a server', async () => {
    const i = h.fake.interaction.slash({
      name: 'ask',
      options: { question: 'what goes in a thank-you note?', private: true },
      guildId: h.guildId,
      user: member(3),
    });
    const callback = await i.callback();
    expect(callback).toMatchObject({ type: 5, data: { flags: 64 } });
    await i.waitForOriginal();
  });

  it('shows member text as text: markdown escaped, mentions defused', async () => {
    const i = h.fake.interaction.slash({
      name: 'ask',
      options: { question: '**visa** @everyone <@123456789012345678> sponsorship?' },
      guildId: h.guildId,
      user: member(4),
    });
    const original = await i.waitForOriginal();
    expect(original.content).toContain('\\*\\*visa\\*\\*');
    expect(original.content).not.toMatch(/@everyone/);
    expect(original.content).not.toMatch(/<@123456789012345678>/);
    expectNoPings(h.fake.calls);
  });

  it('answers an @mention in a server channel in a thread started from the message, without pinging', async () => {
    const sent = h.fake.message.create({
      content: `<@${h.fake.applicationId}> who should write my letters?`,
      guildId: h.guildId,
      channelId: h.channelId,
      author: member(5),
      mentions: [h.fake.botUser],
    });
    expect(sent.delivered).toBe(true);
    const thread = await h.fake.waitForCall((c) => c.route === 'startThreadFromMessage');
    expect(thread.params.messageId).toBe(sent.message.id);
    const threadId = (thread.response as { id: string }).id;
    const reply = await h.fake.waitForChannelMessage(threadId);
    expect(textOf(reply.body)).toMatch(/letters#/);
    expectNoPings(h.fake.calls);
    expectWithinLimits(h.fake.calls);
  });

  it('ignores server messages that do not mention the bot, and messages from bots', async () => {
    h.fake.message.create({ content: 'who should write my letters?', guildId: h.guildId, author: member(6) });
    h.fake.message.create({
      content: `<@${h.fake.applicationId}> hello`,
      guildId: h.guildId,
      author: { id: '400000000000000001', username: 'otherbot', bot: true },
    });
    // A DM afterwards proves the bot was listening; nothing came for the first two.
    const dm = h.fake.message.create({ content: 'what is USCE?', author: member(6) });
    await dm.waitForReply();
    const sends = h.fake.calls.filter((c) => c.route === 'createMessage' || c.route === 'startThreadFromMessage');
    expect(sends).toHaveLength(1);
  });

  it('answers a plain DM message as a reply that does not ping', async () => {
    const sent = h.fake.message.create({ content: 'how do I explain a gap in training?', author: member(7) });
    const reply = await sent.waitForReply();
    expect(textOf(reply.body)).toMatch(/explaining-red-flags#|red-flags#/);
    expect(reply.body.message_reference).toMatchObject({ message_id: sent.message.id });
    expect(reply.body.allowed_mentions).toMatchObject({ parse: [], replied_user: false });
    expect(customIdsOf(reply.body).some((c) => c.startsWith('ask:vote:up:'))).toBe(true);
  });

  it('asks for a question when the mention comes alone', async () => {
    const sent = h.fake.message.create({
      content: `<@${h.fake.applicationId}>`,
      guildId: h.guildId,
      author: member(8),
      mentions: [h.fake.botUser],
    });
    const reply = await sent.waitForReply();
    expect(String(reply.body.content)).toMatch(/Ask me anything/);
  });

  it('slows down a member who asks too often, with a live countdown to when they may ask again', async () => {
    const who = member(9);
    for (let n = 0; n < 5; n++) {
      await h.fake.interaction
        .slash({ name: 'ask', options: { question: 'what is a CMIO?' }, user: who })
        .waitForOriginal();
    }
    const sixth = h.fake.interaction.slash({ name: 'ask', options: { question: 'what is a CMIO?' }, user: who });
    const callback = await sixth.callback();
    expect(callback.type).toBe(4);
    // A Discord timestamp (<t:unix:R>) each member's app counts down live, in their own language.
    const at = /try again <t:(\d+):R>/.exec(callback.data.content as string);
    expect(at).not.toBeNull();
    const seconds = Number(at![1]) - Date.now() / 1000;
    expect(seconds).toBeGreaterThan(0);
    expect(seconds).toBeLessThanOrEqual(ASK_COOLDOWN.seconds + 1);
    expect(callback.data.flags).toBe(64);
  });

  it('never holds back a member who tells of an emergency, even past the limit', async () => {
    const who = member(10);
    for (let n = 0; n < 5; n++) {
      await h.fake.interaction
        .slash({ name: 'ask', options: { question: 'what is a CMIO?' }, user: who })
        .waitForOriginal();
    }
    const urgent = h.fake.interaction.slash({
      name: 'ask',
      options: {
        question: 'my chest is tight and the pain is going down my left arm, should I still go to my interview',
      },
      user: who,
    });
    const answer = textOf(await urgent.waitForOriginal());
    expect(answer).toMatch(/emergency number/);
    expect(answer).not.toMatch(/try again/);
    // Chat too: the same member, still inside the 30 s window, writes to the bot in a DM.
    const sent = h.fake.message.create({
      content: 'i keep thinking about ending my life since i went unmatched',
      author: who,
    });
    const reply = await sent.waitForReply();
    expect(textOf(reply.body)).toMatch(/988/);
    expect(textOf(reply.body)).not.toMatch(/try again/);
  });
});
