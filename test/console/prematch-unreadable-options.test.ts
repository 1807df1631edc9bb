import { describe, expect, it } from 'vitest';
import { useConsole } from '../helpers/console.js';

const { consoleRun } = useConsole();

// A member pastes the command and the email together; the kind is a word the bot cannot read.
const email = [
  'Dear Dr. Patel,',
  'Thank you for the conversation about the sepsis alert redesign at Mercy on Monday.',
  'What is the capital of France?',
  'Warm regards, Lina',
  '.',
];

describe('/prematch check in the console with options it cannot read', () => {
  it('holds the pasted email instead of reading its lines as commands or questions, and checks it once the options are fixed', async () => {
    const r = await consoleRun(
      ['/prematch check blorp interview=2026-11-30 Mercy', ...email, 'thank-you interview=2026-11-30 Mercy'],
      'pm-unreadable.sqlite',
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/I could not read the options: [^\n]*blorp/);
    expect(r.stdout).toMatch(/Your email is held, not checked yet/);
    expect(r.stdout).toMatch(/Pre-match email check: thank-you after an interview to Mercy/);
    // No line of the email reached /ask or the command reader.
    expect(r.stdout).not.toMatch(/guides don.t cover|not a command|Unknown command/i);
  });

  it('sets the email aside with a message naming the problem when the options stay unreadable', async () => {
    const r = await consoleRun(
      ['/prematch check blorp Mercy', ...email, 'blorp again', 'still-wrong', 'nope'],
      'pm-unreadable-2.sqlite',
    );
    expect(r.stdout).toMatch(/Still unreadable: /);
    expect(r.stdout).toMatch(/Your email was set aside \(not stored, not sent\): run \/prematch check again/);
    expect(r.stdout).not.toMatch(/Pre-match email check:/);
    expect(r.stdout).not.toMatch(/\n\s+at .*\.js:\d+/); // no stack trace
  });
});
