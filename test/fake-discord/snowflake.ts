// Snowflake helpers: ids look like Discord's (timestamp << 22 | worker | increment), so
// anything that decodes them (sharding, createdAt) behaves as it would against Discord.

const DISCORD_EPOCH = 1_420_070_400_000n;
let increment = 0n;

/** A fresh, unique snowflake for the given time (default: now). */
export function snowflake(timestampMs: number = Date.now()): string {
  increment = (increment + 1n) & 0xfffn;
  return (((BigInt(timestampMs) - DISCORD_EPOCH) << 22n) | (1n << 17n) | increment).toString();
}

/** Shard that owns a guild, per Discord's formula `(guild_id >> 22) % shard_count`. */
export function shardForGuild(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/** A guild id that Discord would route to `shardId` out of `shardCount` shards. */
export function guildIdForShard(shardId: number, shardCount: number): string {
  let ts = Date.now() - 86_400_000;
  while (Number((BigInt(ts) - DISCORD_EPOCH) % BigInt(shardCount)) !== shardId) ts += 1;
  return snowflake(ts);
}

/** A random interaction token (Discord's are long url-safe strings). */
export function interactionToken(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  let out = 'aW50ZXJhY3Rpb246';
  for (let i = 0; i < 120; i++) out += alphabet[Math.floor(Math.random() * alphabet.length)];
  return out;
}
