/**
 * A GitHub REST API stand-in on 127.0.0.1, backed by a real bare git repository and held to GitHub's
 * OpenAPI description at run time. See server.ts for the options, and the files named after what they
 * serve (contents, compare, commits, pulls, comments, labels, graphql) for each route.
 */
export { startStandIn, ROUTES, type StandIn, type StandInOptions, type RecordedRequest } from './server.js';
export { PullStore, type PullInput, type PullRecord, PULL_FILES_CAP, PULL_COMMITS_CAP } from './pulls.js';
export { CommentStore, type IssueComment, type StoredComment, COMMENT_MAX } from './comments.js';
export { LabelStore, type Label, type StoredLabel, CREATED_LABEL_COLOR } from './labels.js';
export { FaultInjector, mulberry32, type FaultKind, type FaultPlan } from './faults.js';
export { openApiValidator, OpenApiValidator, toJsonSchema } from './openapi.js';
export { createRepoFixture, type RepoFixture, type RepoFixtureOptions, type CommitOptions, type Person } from './fixture.js';
export {
  pushEvent,
  pullRequestEvent,
  runnerEnv,
  readOutputs,
  writeEventFile,
  inputEnvName,
  outputBlock,
  type PushEventOptions,
  type PullRequestEventOptions,
  type RunnerEnvOptions,
  type EventUrls
} from './events.js';
export { githubBase64, JSON_CONTENT_MAX, RAW_CONTENT_MAX } from './contents.js';
export { COMPARE_FILES_CAP, COMPARE_DEFAULT_PAGE } from './compare.js';
export { COMMIT_FILES_CAP, COMMIT_FILES_PAGE } from './commits.js';
export { ZERO_SHA, EMPTY_TREE } from './git.js';
