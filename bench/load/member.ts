/**
 * One simulated member of the load run, acting the way a person would through the fake Discord:
 * a profile (the guided setup with its selects and forms, or /profile import), /redflag, then a
 * short mock interview (start → answer → next → answer → end) in a DM. Each member's profile and
 * answers carry a unique marker, so any reply showing another member's data is caught.
 *
 * The member follows what the bot shows (the buttons on the latest message), so after a failed
 * interaction it can pick up where the bot really is: it runs the command again (/profile setup
 * says where the setup stopped, /mock start offers to resume) and carries on, as a person would.
 * Every write the bot acknowledged (a reply arrived) is noted in `acked` for the store checks.
 */
import type { APIEmbed, APIMessage } from 'discord.js';
import { SETUP_STEPS } from '../../src/core/profile/setup-flow.js';
import { APOLOGY, STORE_DOWN } from '../../src/discord/error-boundary.js';
import type { FakeDiscord, InteractionHandle, RecordedCall } from '../../test/fake-discord/server.js';
import { BENCH_PROFILE, MOCK_ANSWER } from '../fixtures.js';
import { StepFailed, type CallWatcher } from './watcher.js';

export interface MemberUser {
  id: string;
  username: string;
  global_name: string;
}

export type ProfilePath = 'setup' | 'import';
type Place = 'guild' | 'dm';

/** One interaction the member sent, for the latency figures and the reply checks. */
export interface Sent {
  label: string;
  token: string;
  dispatchedAt: number;
  /** undefined while running; true once its reply arrived. */
  ok?: boolean;
  /** Failed because of a planned kill (retried), not counted as a failure. */
  disrupted?: boolean;
  error?: string;
}

/** What the bot confirmed to this member, i.e. what must be in the store from then on. */
export interface Acked {
  /** Profile fields (a partial profile) the bot confirmed saving. */
  profile: Record<string, unknown>;
  /** The mock session the member is in, and how many of its answers the bot confirmed. */
  mock?: { sessionId: string; answers: number; ended: boolean; endSent: boolean };
}

export interface MemberState {
  n: number;
  user: MemberUser;
  marker: string;
  path: ProfilePath;
  /** Where the setup runs (import and /redflag run in the server, the mock in a DM). */
  setupPlace: Place;
  acked: Acked;
  sent: Sent[];
  /** Flows started again after a failed interaction. */
  retries: number;
  /** Feedback that quoted the member's own answer (k of `answer k`). */
  quotedAnswers: number;
  /** Problems that are not about one interaction (a mixed-up answer, a flow that could not go on). */
  problems: string[];
  done: boolean;
}

/** What a member needs from the run. */
export interface Lane {
  fake: FakeDiscord;
  watcher: CallWatcher;
  guildId: string;
  stepTimeoutMs: number;
  /** Mean pause before each interaction after a member's first, as a person reads and clicks (0: none). */
  thinkMs: number;
  /** Resolves when the bot and the store are up (members wait out a planned outage). */
  ready(): Promise<void>;
  /** True when an interaction over [from, to] (performance.now()) overlapped a planned outage. */
  inOutage(from: number, to: number): boolean;
  /** Counts an interaction that got its answer (drives the kill schedule). */
  completed(): void;
}

export const MARKER_RE = /Zorbia\d{5}/g;
export const markerOf = (n: number): string => `Zorbia${String(n).padStart(5, '0')}`;

export function memberUser(n: number): MemberUser {
  return { id: `42000000000${String(n).padStart(7, '0')}`, username: `load${n}`, global_name: `Load ${n}` };
}

/** The profile an importing member uploads: the bench profile with the marker in it. */
export function importedProfile(marker: string): Record<string, unknown> {
  return { ...BENCH_PROFILE, specialty: marker, medSchool: { country: marker, graduated: '2018-07' } };
}

/** The setup's first step (selects) and second (the school form), with the marker. */
const BASICS: ReadonlyArray<[string, string]> = [
  ['citizenship', 'non-us'],
  ['visa', 'j1'],
  ['target', 'ci-fellowship'],
];
const schoolForm = (marker: string): Record<string, string> => ({
  specialty: marker,
  // The setup reads the country question as a country (a made-up name is asked again): the
  // marker rides in the specialty, which the setup keeps as typed.
  country: 'Egypt',
  graduated: 'Jul 2018',
  ecfmgCertified: 'yes',
  matchAttempts: '1',
});

/** Questions in the mock session: answer, next, answer, end. */
export const MOCK_QUESTIONS = 2;
const answerText = (marker: string, k: number) => `${marker} answer ${k}: ${MOCK_ANSWER}`;

/** Steps the setup member skips after the school form (skipping professionalism covers its entries). */
const SKIPPED_STEPS = SETUP_STEPS.filter((s) => !['basics', 'school', 'professionalism-items'].includes(s.id)).length;

/** Interactions a member sends when nothing goes wrong (for the kill schedule and the report). */
export function plannedInteractions(path: ProfilePath): number {
  const profile = path === 'import' ? 1 : 1 + BASICS.length + 2 + SKIPPED_STEPS; // setup, picks, school form, skips
  return profile + 1 + (1 + MOCK_QUESTIONS * 2 + (MOCK_QUESTIONS - 1) + 1); // + redflag + mock
}

// ---------------------------------------------------------------------------------------------
// Reading what the bot sent

type Body = Record<string, unknown>;

function bodyOf(call: RecordedCall): Body | undefined {
  const body = call.body as Body | undefined;
  if (!body) return undefined;
  return call.route === 'interactionCallback' ? (body.data as Body | undefined) : body;
}

/** All text of a message body: content, embed titles, descriptions, fields, footers. */
export function fullText(body: Body | undefined): string {
  if (!body) return '';
  const embeds = (body.embeds as APIEmbed[] | undefined) ?? [];
  return [
    typeof body.content === 'string' ? body.content : '',
    ...embeds.flatMap((e) => [
      e.title,
      e.description,
      e.author?.name,
      ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
      e.footer?.text,
    ]),
  ]
    .filter(Boolean)
    .join('\n');
}

interface RawComponent {
  type: number;
  custom_id?: string;
  components?: RawComponent[];
  component?: RawComponent;
}
const flatten = (cs: RawComponent[] | undefined): RawComponent[] =>
  (cs ?? []).flatMap((c) => [c, ...flatten(c.components), ...(c.component ? flatten([c.component]) : [])]);
const customIds = (body: Body | undefined): string[] =>
  flatten(body?.components as RawComponent[] | undefined)
    .map((c) => c.custom_id ?? '')
    .filter(Boolean);

/** A message the bot showed the member: its text, its components' ids and the message to press on. */
export interface View {
  text: string;
  ids: string[];
  message: APIMessage | string;
}

const SENDS = new Set(['editWebhookMessage', 'createFollowUp']);

/** Throws on anything that means the interaction failed: a rejected call, an apology. */
function checkCalls(calls: readonly RecordedCall[]): void {
  for (const c of calls) {
    if (c.status >= 400) {
      throw new StepFailed(`${c.route} answered ${c.status} ${JSON.stringify(c.response).slice(0, 160)}`);
    }
    const text = fullText(bodyOf(c));
    if (text.includes(STORE_DOWN)) throw new StepFailed('the store was unreachable');
    if (text.includes(APOLOGY)) throw new StepFailed('the bot apologised (a handler error)');
  }
}

/** The newest message the bot sent for the interaction that carries components (the view to act on). */
function viewWithComponents(lane: Lane, calls: readonly RecordedCall[]): View | undefined {
  for (const c of [...calls].reverse()) {
    if (!SENDS.has(c.route) || c.status >= 300) continue;
    const body = bodyOf(c);
    const ids = customIds(body);
    if (!ids.length) continue;
    const response = c.response as APIMessage | undefined;
    const id = response?.id;
    const message = id && lane.fake.messages().has(id) ? id : response;
    if (!message) continue;
    return { text: fullText(body), ids, message };
  }
  return undefined;
}

/** The first reply message with text (edit of @original or follow-up). */
function firstReply(calls: readonly RecordedCall[]): string | undefined {
  const c = calls.find((x) => SENDS.has(x.route) && x.status < 300 && fullText(bodyOf(x)));
  return c ? fullText(bodyOf(c)) : undefined;
}

/** A form's inputs: text boxes (4) and the radio groups (21) the member picks yes/no and options in. */
function modalCallback(
  calls: readonly RecordedCall[],
): { customId: string; inputs: string[]; radios: string[] } | undefined {
  const cb = calls.find((c) => c.route === 'interactionCallback' && c.status < 300);
  if (!cb) return undefined;
  const body = cb.body as { type: number; data?: { custom_id: string; components?: RawComponent[] } };
  if (body.type !== 9) throw new StepFailed(`expected a form, got callback type ${body.type}`);
  const all = flatten(body.data?.components).filter((c) => (c.type === 4 || c.type === 21) && c.custom_id);
  return {
    customId: body.data!.custom_id,
    inputs: all.map((c) => c.custom_id!),
    radios: all.filter((c) => c.type === 21).map((c) => c.custom_id!),
  };
}

// ---------------------------------------------------------------------------------------------
// Sending

const MAX_ATTEMPTS = 6;
/** A member retries within this many ms after the bot (or the store) is back. */
const RETRY_SPREAD_MS = 2000;

class Member {
  constructor(
    readonly s: MemberState,
    readonly lane: Lane,
  ) {}

  private where(place: Place) {
    return { user: this.s.user, ...(place === 'guild' ? { guildId: this.lane.guildId } : {}) };
  }

  /** Sends one interaction and waits for `until` to find what the member needs in the reply. */
  async act<T>(
    label: string,
    dispatch: () => InteractionHandle,
    until: (calls: readonly RecordedCall[]) => T | undefined,
  ): Promise<T> {
    if (this.lane.thinkMs > 0 && this.s.sent.length > 0) {
      await new Promise((r) => setTimeout(r, this.lane.thinkMs * (0.5 + Math.random())));
    }
    await this.lane.ready();
    const h = dispatch();
    const sent: Sent = { label, token: h.token, dispatchedAt: h.dispatchedAt };
    this.s.sent.push(sent);
    try {
      const value = await this.lane.watcher.wait(
        h.token,
        (calls) => {
          checkCalls(calls);
          return until(calls);
        },
        this.lane.stepTimeoutMs,
      );
      sent.ok = true;
      this.lane.completed();
      return value;
    } catch (e) {
      const planned = (e instanceof StepFailed && e.disrupted) || this.lane.inOutage(h.dispatchedAt, performance.now());
      sent.ok = false;
      sent.disrupted = planned;
      sent.error = (e as Error).message;
      throw new StepFailed(`${label}: ${(e as Error).message}`, planned);
    }
  }

  slash(place: Place, name: string, subcommand: string | undefined, options: Record<string, unknown> = {}) {
    return () =>
      this.lane.fake.interaction.slash({
        name,
        ...(subcommand ? { subcommand } : {}),
        options: options as never,
        ...this.where(place),
      });
  }
  button(place: Place, view: View, customId: string) {
    return () => this.lane.fake.interaction.button({ customId, message: view.message, ...this.where(place) });
  }
  select(place: Place, view: View, customId: string, value: string) {
    return () =>
      this.lane.fake.interaction.select({ customId, values: [value], message: view.message, ...this.where(place) });
  }
  /** Sends a form: text as typed, and for a radio group the option picked. */
  submit(place: Place, view: View, customId: string, fields: Record<string, string>, radios: string[] = []) {
    const sent = Object.fromEntries(
      Object.entries(fields).map(([k, v]) => [k, radios.includes(k) ? { radio: v || null } : v]),
    );
    return () =>
      this.lane.fake.interaction.modalSubmit({ customId, fields: sent, message: view.message, ...this.where(place) });
  }

  /** Runs a flow; after a failed interaction waits for the bot and runs it again (it resyncs). */
  async flow(name: string, run: () => Promise<void>): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await run();
        return;
      } catch (e) {
        if (!(e instanceof StepFailed)) throw e;
        if (attempt >= MAX_ATTEMPTS) {
          this.s.problems.push(`${name}: gave up after ${attempt} attempts (${e.message})`);
          return;
        }
        this.s.retries++;
        await this.lane.ready();
        // People notice a failed interaction at different moments: retries spread out rather
        // than all landing on a freshly restarted bot in the same instant.
        await new Promise((r) => setTimeout(r, 50 + Math.random() * RETRY_SPREAD_MS));
      }
    }
  }

  // -------------------------------------------------------------------------------------------
  // Profile

  async importProfile(): Promise<void> {
    const profile = importedProfile(this.s.marker);
    const file = this.lane.fake.attachment({
      filename: 'profile.json',
      content: JSON.stringify(profile),
      contentType: 'application/json',
    });
    const text = await this.act('/profile import', this.slash('guild', 'profile', 'import', { file }), firstReply);
    if (!/Profile saved/.test(text)) throw new StepFailed(`/profile import: unexpected reply "${text.slice(0, 120)}"`);
    this.s.acked.profile = profile;
  }

  async setup(): Promise<void> {
    const place = this.s.setupPlace;
    const viewOf = (calls: readonly RecordedCall[]) => viewWithComponents(this.lane, calls);
    let view = await this.act('/profile setup', this.slash(place, 'profile', 'setup'), viewOf);
    for (let guard = 0; guard < 40; guard++) {
      const { ids } = view;
      if (/Not saved yet/.test(view.text)) throw new StepFailed(`setup refused an answer: ${view.text.slice(0, 200)}`);
      // Finished (the completion view), or finished before a failed reply (the "you have a profile" view).
      if (
        ids.includes('redflag:run') ||
        (ids.includes('profile:setup-review') && !ids.includes('profile:setup-resume'))
      )
        return;
      if (ids.includes('profile:setup-pick:basics:citizenship')) {
        for (const [key, value] of BASICS) {
          const current = view;
          view = await this.act(
            `setup pick ${key}`,
            this.select(place, current, `profile:setup-pick:basics:${key}`, value),
            viewOf,
          );
          this.s.acked.profile = { ...this.s.acked.profile, [key]: value };
        }
        continue;
      }
      if (ids.includes('profile:setup-open:school')) {
        const current = view;
        const form = await this.act(
          'setup open school form',
          this.button(place, current, 'profile:setup-open:school'),
          modalCallback,
        );
        const fields = schoolForm(this.s.marker);
        const missing = Object.keys(fields).filter((k) => !form.inputs.includes(k));
        if (missing.length) throw new Error(`load: the school form has no ${missing.join(', ')} inputs`);
        view = await this.act(
          'setup submit school form',
          this.submit(place, current, form.customId, fields, form.radios),
          viewOf,
        );
        this.s.acked.profile = {
          ...this.s.acked.profile,
          specialty: this.s.marker,
          medSchool: { country: 'Egypt', graduated: '2018-07' },
        };
        continue;
      }
      const next =
        ids.find((id) => id.startsWith('profile:setup-skip:')) ??
        ids.find((id) => id === 'profile:setup-answer:professionalism:no');
      if (!next) throw new StepFailed(`setup: no way on from a view with ${ids.join(', ')}`);
      const current = view;
      view = await this.act(
        `setup ${next.split(':')[1]} ${next.split(':')[2]}`,
        this.button(place, current, next),
        viewOf,
      );
    }
    throw new StepFailed('setup: still not finished after 40 steps');
  }

  // -------------------------------------------------------------------------------------------
  // Red flags and the mock interview

  async redflag(): Promise<void> {
    const text = await this.act('/redflag', this.slash('guild', 'redflag', undefined), firstReply);
    if (!/red flag/i.test(text)) throw new StepFailed(`/redflag: unexpected reply "${text.slice(0, 120)}"`);
  }

  async mock(): Promise<void> {
    const viewOf = (calls: readonly RecordedCall[]) => viewWithComponents(this.lane, calls);
    let view = await this.act('/mock start', this.slash('dm', 'mock', 'start', { count: MOCK_QUESTIONS }), viewOf);
    for (let guard = 0; guard < 12; guard++) {
      const { ids } = view;
      const find = (move: string) => ids.find((id) => id.startsWith(`mock:${move}:`));
      const resume = find('resume');
      if (resume) {
        view = await this.act('mock resume', this.button('dm', view, resume), viewOf);
        continue;
      }
      const answer = find('answer');
      const next = find('next');
      const end = find('end');
      const sessionId = (answer ?? next ?? end)?.split(':')[2];
      if (!sessionId) {
        // The summary (or "no session"): done once this member's session was ended.
        if (this.s.acked.mock?.endSent) return;
        throw new StepFailed(`mock: no session buttons in "${view.text.slice(0, 120)}"`);
      }
      const before = this.s.acked.mock;
      if (!before || before.sessionId !== sessionId) {
        // A fresh session after End was pressed (its reply lost in a kill): the member is done;
        // the store check confirms the ended session is in the history.
        if (before?.endSent) return;
        if (before?.answers) {
          this.s.problems.push(`mock: session ${before.sessionId} with confirmed answers was replaced`);
        }
        this.s.acked.mock = { sessionId, answers: 0, ended: false, endSent: false };
      }
      const mock = this.s.acked.mock!;
      if (answer) {
        const index = Number(answer.split(':')[4]);
        const k = index + 1;
        const current = view;
        const form = await this.act(`mock open answer ${k}`, this.button('dm', current, answer), modalCallback);
        const text = answerText(this.s.marker, k);
        view = await this.act(
          `mock submit answer ${k}`,
          this.submit('dm', current, form.customId, { answer: text }),
          viewOf,
        );
        if (!view.text.includes(`${this.s.marker} answer ${k}`)) {
          this.s.problems.push(`mock: the feedback on answer ${k} does not quote it`);
        } else this.s.quotedAnswers++;
        mock.answers = Math.max(mock.answers, k);
        continue;
      }
      const index = Number((next ?? end)!.split(':')[4]);
      if (next && index + 1 < MOCK_QUESTIONS) {
        view = await this.act('mock next', this.button('dm', view, next), viewOf);
        continue;
      }
      if (end) {
        const current = view;
        mock.endSent = true;
        const text = await this.act('mock end', this.button('dm', current, end), (calls) => {
          const follow = calls.find((c) => c.route === 'createFollowUp' && c.status < 300);
          return follow ? fullText(bodyOf(follow)) : undefined;
        });
        mock.ended = true;
        if (/not recognise|belongs to someone else/i.test(text))
          throw new StepFailed(`mock end: ${text.slice(0, 120)}`);
        return;
      }
      throw new StepFailed(`mock: no way on from ${ids.join(', ')}`);
    }
    throw new StepFailed('mock: still going after 12 steps');
  }
}

/** Runs one member from start to finish; never rejects (problems are recorded on the state). */
export async function runMember(s: MemberState, lane: Lane): Promise<void> {
  const m = new Member(s, lane);
  try {
    await m.flow('profile', () => (s.path === 'import' ? m.importProfile() : m.setup()));
    await m.flow('redflag', () => m.redflag());
    await m.flow('mock', () => m.mock());
  } catch (e) {
    s.problems.push(`driver error: ${(e as Error).stack ?? String(e)}`);
  } finally {
    s.done = true;
  }
}

export function newMember(n: number, path: ProfilePath): MemberState {
  return {
    n,
    user: memberUser(n),
    marker: markerOf(n),
    path,
    setupPlace: n % 2 === 0 ? 'dm' : 'guild',
    acked: { profile: {} },
    sent: [],
    retries: 0,
    quotedAnswers: 0,
    problems: [],
    done: false,
  };
}
