/**
 * `npm run store:reencrypt`: wrap every member key with the current master key (PROFILE_SECRET, or
 * the key file when it is unset) and bring every record to the current format, so that
 * PROFILE_SECRET_PREVIOUS can be removed afterwards (docs/store.md). Reads the same environment as
 * the bot. Prints counts and the keys it could not read; never prints stored values.
 * Exit codes: 0 done, 1 some records could not be read (left untouched), 2 bad configuration or
 * storage unreachable.
 */
import { pathToFileURL } from 'node:url';
import { loadConfig } from '../config.js';
import { isStoreError, StoreUnavailableError } from './errors.js';
import { openStore } from './open.js';

export async function runReencrypt(
  env: Record<string, string | undefined>,
  print: (line: string) => void = (l) => console.log(l),
): Promise<number> {
  const config = loadConfig(env);
  if (!config.ok) {
    for (const line of config.error) print(line);
    return 2;
  }
  let store;
  try {
    store = await openStore(config.value);
  } catch (e) {
    const detail = e instanceof StoreUnavailableError ? e.detail : undefined;
    print(
      `could not open the store: ${detail ?? (isStoreError(e) && e.cause instanceof Error ? e.cause.message : String(e))}`,
    );
    return 2;
  }
  try {
    const report = await store.reencryptAll();
    print(`store: ${store.backend}`);
    print(`records scanned: ${report.scanned}`);
    print(`rewritten (current master key, member-key format): ${report.rewritten}`);
    print(`already on the current key: ${report.alreadyCurrent}`);
    if (report.failed.length > 0) {
      print(`could not read ${report.failed.length} record(s), left untouched:`);
      for (const f of report.failed) print(`  ${f.key}: ${f.reason}`);
      return 1;
    }
    print('done: PROFILE_SECRET_PREVIOUS can now be removed');
    return 0;
  } catch (e) {
    print(`stopped: ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  } finally {
    await store.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await runReencrypt(process.env);
}
