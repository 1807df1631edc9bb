import { describe, expect, it } from 'vitest';
import { customId, groupCommand, parseCustomId, slashCommand, type Command } from '../../src/discord/command.js';
import { COMMANDS, createRegistry } from '../../src/discord/registry.js';

const noop = async () => undefined;

describe('the command registry', () => {
  it('registers every command for servers and bot DMs (server settings: servers only), installed to servers', () => {
    for (const c of COMMANDS) {
      const json = c.data.toJSON();
      expect(json.contexts, json.name).toEqual(json.name === 'admin' ? [0] : [0, 1]);
      expect(json.integration_types, json.name).toEqual([0]);
    }
  });

  it('builds from the real commands without duplicate names or prefixes', () => {
    const r = createRegistry();
    expect([...r.commands.keys()].sort()).toEqual(COMMANDS.map((c) => c.data.name).sort());
    expect(r.components.has('profile:delete')).toBe(true);
    expect(r.components.has('help:glossary')).toBe(true);
  });

  it('has a real handler for every button the red-flag report, setup offer and setup end show', () => {
    const r = createRegistry();
    for (const prefix of ['explain-gap:open', 'mock:flag', 'mock:new', 'profile:setup', 'redflag:run']) {
      expect(r.components.has(prefix), prefix).toBe(true);
    }
  });

  it('rejects a component key that does not start with its command name', () => {
    const bad: Command = { data: slashCommand('lor-ask', 'x'), execute: noop, components: { 'mock:answer': noop } };
    expect(() => createRegistry([bad])).toThrow(/must be "lor-ask:<action>"/);
  });

  it('rejects two commands with the same name', () => {
    const a: Command = { data: slashCommand('ask', 'x'), execute: noop };
    expect(() => createRegistry([a, a])).toThrow(/two commands are named "ask"/);
  });
});

describe('custom ids', () => {
  it('round-trips command, action and arguments', () => {
    const id = customId('explain-gap', 'open', '2022-07', '2023-03');
    expect(id).toBe('explain-gap:open:2022-07:2023-03');
    expect(parseCustomId(id)).toEqual({
      prefix: 'explain-gap:open',
      command: 'explain-gap',
      action: 'open',
      args: ['2022-07', '2023-03'],
    });
  });

  it('refuses arguments containing ":" and ids over 100 characters', () => {
    expect(() => customId('mock', 'answer', 'a:b')).toThrow(/must not contain/);
    expect(() => customId('mock', 'answer', 'x'.repeat(100))).toThrow(/max 100/);
  });
});

describe('groupCommand', () => {
  it('lists subcommands, merges their components and dispatches the console form on the first word', async () => {
    const seen: string[] = [];
    const cmd = groupCommand({
      name: 'demo',
      description: 'Demo',
      subcommands: [
        { name: 'one', description: 'One', execute: noop, components: { 'demo:one': noop } },
        {
          name: 'two',
          description: 'Two',
          execute: noop,
          console: {
            usage: ['/demo two <x>'],
            run: async (input) => {
              seen.push(`${input.args.join(',')}|${input.rest}`);
              return { sections: [], personal: false };
            },
          },
        },
      ],
    });
    expect(cmd.data.toJSON().options?.map((o) => o.name)).toEqual(['one', 'two']);
    expect(Object.keys(cmd.components ?? {})).toEqual(['demo:one']);
    await cmd.console!.run({ args: ['two', 'a', 'b'], rest: 'two a  b' }, {} as never, {} as never);
    expect(seen).toEqual(['a,b|a  b']);
    await expect(cmd.console!.run({ args: ['zzz'], rest: 'zzz' }, {} as never, {} as never)).rejects.toThrow(
      /choose one of two/,
    );
  });
});
