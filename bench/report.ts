/** The human-readable tables the bench prints on stderr (the JSON goes to stdout). */
import type { EngineResult } from './engines.js';
import type { LatencyRow } from './latency.js';
import type { MemoryReport } from './memory.js';
import type { StartupReport } from './startup.js';

export interface BenchResult {
  machine: Record<string, unknown>;
  mode: 'full' | 'quick';
  experiment?: { messageCache: number };
  durationS: number;
  targets: Record<string, unknown>;
  engines: EngineResult[];
  startup?: StartupReport;
  discord: { rows: LatencyRow[]; missing: Array<{ scenario: string; reason: string }> };
  memory?: MemoryReport;
  botProblems: string[];
}

function table(header: string[], rows: Array<Array<string | number>>): string {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

const ms = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? '-' : x.toFixed(1));

export function formatReport(r: BenchResult): string {
  const out: string[] = [];
  const m = r.machine;
  if (r.experiment) out.push(`EXPERIMENT: discord.js message cache capped at ${r.experiment.messageCache} per channel`);
  out.push(
    `advisor bench (${r.mode}) — ${String(m.cpus)} × ${String(m.cpuModel)}, node ${String(m.node)}, ` +
      `load ${String(m.loadAvgStart)} → ${String(m.loadAvgEnd)}, ${r.durationS} s`,
    '',
  );

  out.push(
    'Through the fake Discord (ms from INTERACTION_CREATE; ratio = p99 / baseline p99 with the same place, members and limiter;',
    "limiter = discord.js's client-side global REST limit: 'bot' = the bot's own setting (off; rest-budget.ts holds only",
    "calls outside interactions to 50/s), or 'lifted' (1 000 000/s); REST = calls per interaction: the callback, then",
    'edits and follow-ups, all interaction endpoints, which Discord does not count against its global limit)',
  );
  out.push(
    table(
      [
        'command',
        'where',
        'members',
        'limiter',
        'n',
        'REST',
        'first p50',
        'p95',
        'p99',
        'final p50',
        'p95',
        'p99',
        'p99 ratio first/final',
        'errors',
      ],
      r.discord.rows.map((row) => [
        row.scenario,
        row.place,
        row.concurrency,
        row.restLimiter,
        row.final?.n ?? 0,
        row.restCalls ?? '-',
        ms(row.first?.p50),
        ms(row.first?.p95),
        ms(row.first?.p99),
        ms(row.final?.p50),
        ms(row.final?.p95),
        ms(row.final?.p99),
        row.ratioP99
          ? `${row.ratioP99.first.toFixed(2)} / ${row.ratioP99.final.toFixed(2)}`
          : row.status === 'ok'
            ? '-'
            : row.status,
        row.errors + (row.cooldowns ? ` (+${row.cooldowns} cooldown)` : ''),
      ]),
    ),
  );
  for (const row of r.discord.rows.filter((x) => x.reason))
    out.push(`  ${row.scenario} @${row.concurrency} (${row.restLimiter}): ${row.status}: ${row.reason}`);
  for (const miss of r.discord.missing) out.push(`  missing: ${miss.scenario} (${miss.reason})`);
  out.push('');

  out.push('Pure engines, in process');
  out.push(
    table(
      ['engine', 'ops/s', 'median ms/op', 'p99 ms/op', 'ops'],
      r.engines.map((e) => [e.engine, e.opsPerSec, e.medianMs.toFixed(4), e.p99Ms.toFixed(4), e.iterations]),
    ),
  );
  out.push('');

  if (r.startup) {
    const s = r.startup;
    out.push('Start-up (median of fresh processes)');
    out.push(
      table(
        ['process', 'runs', 'median ms', 'min', 'max'],
        [
          ['bot: spawn → "bot ready"', s.bot.runs, ms(s.bot.medianMs), ms(s.bot.minMs), ms(s.bot.maxMs)],
          ['CLI: advisor redflag --json', s.cli.runs, ms(s.cli.medianMs), ms(s.cli.minMs), ms(s.cli.maxMs)],
          [
            `knowledge: load + index ${s.knowledge.guides} guides (part of the bot's)`,
            s.knowledge.runs,
            ms(s.knowledge.medianMs),
            ms(s.knowledge.minMs),
            ms(s.knowledge.maxMs),
          ],
          ['node -e 0 (floor)', s.nodeBare.runs, ms(s.nodeBare.medianMs), '', ''],
        ],
      ),
    );
    out.push('');
  }

  if (r.memory) {
    const mem = r.memory;
    out.push('Bot process memory (after forced GC; users … messages = what discord.js caches)');
    out.push(
      table(
        ['interactions', 'RSS MB', 'heap MB', 'external MB', 'users', 'members', 'channels', 'messages', 'REST queues'],
        mem.checkpoints.map((c) => [
          c.interactions,
          c.rssMb,
          c.heapUsedMb,
          c.externalMb,
          c.cachedUsers,
          c.cachedMembers,
          c.cachedChannels,
          c.cachedMessages,
          c.restHandlers,
        ]),
      ),
    );
    const g = mem.steadyGrowth;
    const [mid, last] = mem.checkpoints.slice(-2);
    const caches =
      mid && last
        ? ` (meanwhile REST queues +${last.restHandlers - mid.restHandlers}, cached messages +${last.cachedMessages - mid.cachedMessages})`
        : '';
    out.push(
      `peak RSS ${mem.peakRssMb} MB; growth over the last half: ${g.heapMb} MB heap (${g.heapPct} %), ${g.rssMb} MB RSS: ` +
        (g.flagged ? 'GROWING' : 'flat') +
        caches,
    );
    const n = mem.newMembers;
    out.push(
      `${n.members} distinct new members: +${n.heapMb} MB heap (${n.heapKbPerMember} KB each, discord.js user/member caches: ${n.cachedUsersAfter} users)`,
    );
    if (mem.errors || mem.cooldowns) out.push(`memory phase: ${mem.errors} errors, ${mem.cooldowns} cooldown replies`);
    out.push('');
  }
  if (r.botProblems.length) {
    out.push(`The bot logged ${r.botProblems.length} warning/error line(s); first:`);
    out.push(`  ${r.botProblems[0]!}`);
  }
  return out.join('\n');
}
