// Runs before every test file: hands the redis-server that test/global-setup.ts found to the helper.
import { inject } from 'vitest';
import { configureRedis } from './helpers/redis.js';

configureRedis(inject('redisServer'), inject('redisMissing'));
