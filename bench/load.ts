/**
 * `npm run load [-- --members 1000] [-- --backend sqlite|redis|both] [-- --think-ms 3000] [-- --no-kill]`: the long
 * version of the load test (test/load/ runs a short one in CI). Drives the members through profile
 * setup or import, /redflag and a short mock interview against the real bot process, on each
 * backend, killing the bot (and redis-server) mid-run. JSON on stdout, a summary on stderr; exit
 * code 1 when anything failed, was lost or was mixed up. Loopback only.
 */
import { parseArgs } from 'node:util';
import { formatLoadReport, runLoad, type Backend, type LoadReport } from './load/run.js';

const { values } = parseArgs({
  options: {
    members: { type: 'string', default: '1000' },
    backend: { type: 'string', default: 'both' },
    'setup-share': { type: 'string', default: '0.2' },
    'no-kill': { type: 'boolean', default: false },
    'max-minutes': { type: 'string', default: '15' },
    'think-ms': { type: 'string', default: '3000' },
  },
});

const members = Number(values.members);
const setupShare = Number(values['setup-share']);
const maxMinutes = Number(values['max-minutes']);
const thinkMs = Number(values['think-ms']);
const backends: Backend[] =
  values.backend === 'both'
    ? ['sqlite', 'redis']
    : values.backend === 'sqlite' || values.backend === 'redis'
      ? [values.backend]
      : [];
if (!Number.isInteger(members) || members < 1 || members > 5000) {
  process.stderr.write('--members: a whole number from 1 to 5000\n');
  process.exit(2);
}
if (!backends.length) {
  process.stderr.write('--backend: sqlite, redis or both\n');
  process.exit(2);
}
if (!(setupShare >= 0 && setupShare <= 1) || !(maxMinutes > 0) || !(thinkMs >= 0)) {
  process.stderr.write('--setup-share: 0 to 1; --max-minutes: above 0; --think-ms: 0 or more\n');
  process.exit(2);
}

const reports: LoadReport[] = [];
for (const backend of backends) {
  process.stderr.write(`[load] ${backend}: ${members} members\n`);
  const report = await runLoad({
    backend,
    members,
    setupShare,
    thinkMs,
    ...(values['no-kill'] ? {} : { killBotAt: 0.3, killRedisAt: 0.6 }),
    // A thousand members at once queue behind discord.js's client-side REST limit (50 per second).
    rampMs: Math.min(10_000, members * 5),
    stepTimeoutMs: Math.max(30_000, members * 60),
    maxDurationMs: maxMinutes * 60_000,
    progress: (msg) => process.stderr.write(`[load] ${msg}\n`),
  });
  reports.push(report);
  process.stderr.write(`${formatLoadReport(report)}\n`);
}
process.stdout.write(`${JSON.stringify(reports, null, 2)}\n`);
process.exitCode = reports.every((r) => r.ok) ? 0 : 1;
