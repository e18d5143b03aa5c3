// ESM TypeScript through ts-jest; type-checking is `tsc --noEmit` (npm run typecheck), not jest's job.
/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, diagnostics: false }]
  },
  // __tests__/unit: in process, no child processes, servers or git (`npm run test:unit`); __tests__/e2e: the rest.
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  // Heavy suites run with `npm run test:stress` (jest.stress.config.js).
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/__tests__/e2e/stress/'],
  testTimeout: 60000,
  maxWorkers: 2
};
