/**
 * A member who tells of thoughts of self-harm in a server channel is answered privately: the
 * crisis text (988 in the US, the local emergency number elsewhere) goes to their DMs, and the
 * channel gets no thread, no reply and nothing that repeats what they wrote.
 */
import { describe, expect, it } from 'vitest';
import { member, textOf, useBot } from '../helpers/bot.js';

describe('a crisis message in a server channel', () => {
  const h = useBot({ fake: { guilds: [{ channels: [{ name: 'general' }] }] } });
  const mention = () => `<@${h.fake.applicationId}>`;

  it.each([
    [70, 'honestly after this second unmatched cycle I keep thinking about ending my life'],
    [72, 'i dont want to be alive anymore, nothing is working out with the match'],
  ])('member %i: answers "%s" by DM with the crisis text and posts nothing in the channel', async (n, words) => {
    const who = member(n);
    const channelId = h.fake.guilds[0]!.channels.find((c) => c.name === 'general')!.id;
    const sent = h.fake.message.create({
      content: `${mention()} ${words}`,
      guildId: h.guildId,
      channelId,
      author: who,
      mentions: [h.fake.botUser],
    });
    const dm = await h.fake.waitForCall(
      (c) => c.route === 'createDM' && (c.body as { recipient_id?: string }).recipient_id === who.id,
    );
    const dmChannel = (dm.response as { id: string }).id;
    const reply = await h.fake.waitForChannelMessage(dmChannel);
    const text = textOf(reply.body);
    expect(text).toMatch(/\b988\b/);
    expect(text).toMatch(/emergency number/);
    await h.settled();
    const inServer = h.fake.calls.filter(
      (c) =>
        c.method === 'POST' &&
        c.status < 400 &&
        (c.route === 'startThreadFromMessage' || (c.route === 'createMessage' && c.params.channelId !== dmChannel)),
    );
    expect(inServer).toEqual([]);
    expect(sent.message.id).toBeDefined();
  });

  it('still answers an ordinary question in a public thread', async () => {
    h.fake.message.create({
      content: `${mention()} what is a CMIO?`,
      guildId: h.guildId,
      author: member(71),
      mentions: [h.fake.botUser],
    });
    const thread = await h.fake.waitForCall((c) => c.route === 'startThreadFromMessage');
    expect(thread.status).toBeLessThan(400);
  });
});
