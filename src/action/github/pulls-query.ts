// The pull requests' parts of a run's GraphQL request, as text: the open pull requests' connection (open-pulls.ts
// pages through it) and the fields a pull request run folds into its snapshot request (pull-read.ts reads their
// answers). Apart from the readers so that the first request can be built before they load (first-read.ts).
import type { SnapshotExtra } from './snapshot-query.js';

/** GitHub's largest page of a connection. */
export const PULLS_PER_PAGE = 100;
/** Changed files read per pull request (one page); a pull request with more gets a `problem`. */
export const FILES_PER_PULL = 100;

/** The open pull requests' connection, over the variables $first, $after and $claims (also folded into a PR run's read). */
export const PULL_REQUESTS_FIELD = `pullRequests(states: [OPEN], first: $first, after: $after, orderBy: {field: UPDATED_AT, direction: DESC}) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        number title isDraft headRefName changedFiles
        author { login }
        files(first: ${FILES_PER_PULL}) { pageInfo { hasNextPage } nodes { path } }
        headRef { target { __typename ... on Commit { file(path: $claims) { mode object { __typename ... on Blob { text isBinary byteSize isTruncated } } } } } }
      }
    }`;

/** GitHub's largest page of a connection: the files and comments read in the folded request. */
export const FOLDED_PAGE = 100;

export const ALIASES = { files: 'prFiles', comments: 'prComments', radar: 'radar' } as const;

/** The first page of open pull requests (the radar and in-flight claims), read in the snapshot's request instead of
 *  a request of its own: a push run's one extra part, and part of a pull request run's. */
export function radarExtra(claims: string): SnapshotExtra {
  return {
    decl: ['$first: Int!', '$after: String', '$claims: String!'],
    vars: { first: PULLS_PER_PAGE, after: null, claims },
    repositoryFields: '',
    // Its own `repository` alias: pullRequests is non-null, so its failure would otherwise null the files' repository.
    topFields: `${ALIASES.radar}: repository(owner: $owner, name: $name) { ${PULL_REQUESTS_FIELD} }`,
    aliases: [ALIASES.radar]
  };
}

/** The extra fields of a pull request run's read; `radar` false leaves the open pull requests out. */
export function pullExtra(number: number, claims: string, radar: boolean): SnapshotExtra {
  const connection = (fields: string): string => `totalCount pageInfo { hasNextPage } nodes { ${fields} }`;
  const open = radar ? radarExtra(claims) : null;
  return {
    decl: ['$pr: Int!', ...(open?.decl ?? [])],
    vars: { pr: number, ...open?.vars },
    // Two aliases of the pull request: a failure in one part (comments is a non-null connection) nulls only its own.
    repositoryFields:
      `${ALIASES.files}: pullRequest(number: $pr) { files(first: ${FOLDED_PAGE}) { ${connection('path changeType')} } } ` +
      `${ALIASES.comments}: pullRequest(number: $pr) { comments(first: ${FOLDED_PAGE}) { ${connection('databaseId url body author { login }')} } }`,
    topFields: open?.topFields ?? '',
    aliases: Object.values(ALIASES)
  };
}
