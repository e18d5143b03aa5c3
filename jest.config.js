// ESM TypeScript through ts-jest; type-checking is `tsc --noEmit` (npm run typecheck), not jest's job.
/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, diagnostics: false }]
  },
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  // Heavy suites run with `npm run test:stress` (jest.stress.config.js).
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/__tests__/stress/'],
  testTimeout: 60000,
  maxWorkers: 2
};
