// Which GraphQL documents the client sends unspaced (reads) and which through the write limiter (mutations):
// src/action/github/client.ts `isMutation`.
import { describe, expect, it } from '@jest/globals';
import { isMutation } from '../../../src/action/github/client.js';

describe('isMutation', () => {
  it('a mutation, also after comments and white space, is a write', () => {
    expect(isMutation('mutation($id: ID!) { addComment(input: {subjectId: $id, body: "x"}) { clientMutationId } }')).toBe(true);
    expect(isMutation('  # why\n\n  mutation Named { x }')).toBe(true);
  });
  it('queries, named or anonymous, and the shorthand form are reads', () => {
    expect(isMutation('query($owner: String!) { repository(owner: $owner, name: "x") { id } }')).toBe(false);
    expect(isMutation('{ viewer { login } }')).toBe(false);
    expect(isMutation('query mutationLike { viewer { login } }')).toBe(false);
  });
});
