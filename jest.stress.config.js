// Heavy suites (bursts, fault injection across many runs): `npm run test:stress`, not part of `npm test`.
import base from './jest.config.js';

/** @type {import('jest').Config} */
export default { ...base, testPathIgnorePatterns: ['/node_modules/'], testMatch: ['<rootDir>/__tests__/e2e/stress/**/*.test.ts'], testTimeout: 600000, maxWorkers: 1 };
