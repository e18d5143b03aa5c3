/**
 * Labels on issues and pull requests, in memory: the repository's labels (matched by name without regard
 * to case) and each issue's labels in the order they were put on it. Routes: list an issue's labels, and
 * set them (replacing the previous ones), which creates any label the repository does not have yet with
 * GitHub's defaults for that case (colour `ededed`, no description). Issues are the store's pull requests.
 */
import type { components, operations } from '@octokit/openapi-types';
import { HttpError, json, pathRe, type Ctx, type Reply, type Route } from './http.js';
import { linkHeader, nodeId, pageParams, repoApi, slicePage, stableId, type Site } from './shapes.js';

export type Label = components['schemas']['label'];
type SetBody = NonNullable<operations['issues/set-labels']['requestBody']>['content']['application/json'];

export interface StoredLabel {
  id: number;
  name: string;
  color: string;
  description: string | null;
}

/** What GitHub gives a label that an issue write creates (no colour or description can be passed there). */
export const CREATED_LABEL_COLOR = 'ededed';

const key = (name: string) => name.toLowerCase();

export class LabelStore {
  private readonly repository = new Map<string, StoredLabel>();
  private readonly issues = new Map<number, string[]>();

  /** A repository label, as a maintainer would create it (tests arrange colours and descriptions this way). */
  define(name: string, o: { color?: string; description?: string | null } = {}): StoredLabel {
    const existing = this.repository.get(key(name));
    if (existing) throw new Error(`label ${JSON.stringify(name)} exists`);
    const l: StoredLabel = { id: stableId(`label:${key(name)}`), name, color: o.color ?? CREATED_LABEL_COLOR, description: o.description ?? null };
    this.repository.set(key(name), l);
    return { ...l };
  }

  /** The repository's label of that name (any case), creating it as an issue write does. */
  private ensure(name: string): StoredLabel {
    return this.repository.get(key(name)) ?? (this.define(name), this.repository.get(key(name))!);
  }

  /** Replaces an issue's labels: labels it keeps stay where they were, new ones follow in the order given. */
  set(issue: number, names: readonly string[]): StoredLabel[] {
    const wanted: string[] = [];
    for (const n of names) {
      const k = key(this.ensure(n).name);
      if (!wanted.includes(k)) wanted.push(k);
    }
    const before = this.issues.get(issue) ?? [];
    this.issues.set(issue, [...before.filter((k) => wanted.includes(k)), ...wanted.filter((k) => !before.includes(k))]);
    return this.list(issue);
  }

  list(issue: number): StoredLabel[] {
    return (this.issues.get(issue) ?? []).map((k) => ({ ...this.repository.get(k)! }));
  }

  /** Takes every label off an issue (the repository keeps its labels). */
  clear(issue: number): void {
    this.issues.delete(issue);
  }

  /** Every label of the repository, oldest first. */
  all(): StoredLabel[] {
    return [...this.repository.values()].map((l) => ({ ...l }));
  }
}

export function labelObject(site: Site, l: StoredLabel): Label {
  return {
    id: l.id,
    node_id: nodeId('Label', l.id),
    url: `${repoApi(site)}/labels/${encodeURIComponent(l.name)}`,
    name: l.name,
    description: l.description,
    color: l.color,
    default: false
  };
}

/** The issue the path names: the stand-in's issues are its pull requests. */
function issueNumber(ctx: Ctx): number {
  const n = Number(ctx.params.issue_number);
  if (!Number.isSafeInteger(n) || n < 1 || ctx.state.pulls.get(n) === undefined) throw new HttpError(404, 'Not Found');
  return n;
}

/** The label names of a set-labels body in every form GitHub's description accepts. */
function namesOf(body: unknown): string[] {
  const invalid = () => new HttpError(422, 'Invalid request.\n\n"labels" wasn\'t supplied.');
  const one = (v: unknown): string => {
    const name = typeof v === 'string' ? v : typeof v === 'object' && v !== null ? (v as { name?: unknown }).name : undefined;
    if (typeof name !== 'string' || name.trim() === '') throw invalid();
    return name;
  };
  if (typeof body === 'string') return [one(body)];
  if (Array.isArray(body)) return body.map(one);
  const labels = (body as Partial<Record<keyof SetBody, unknown>> | undefined)?.labels;
  if (!Array.isArray(labels)) throw invalid();
  return labels.map(one);
}

async function list(ctx: Ctx): Promise<Reply> {
  const issue = issueNumber(ctx);
  const { page, perPage } = pageParams(ctx.query, 30, 100);
  const all = ctx.state.labels.list(issue);
  const link = linkHeader(ctx.selfUrl, ctx.query, page, perPage, all.length);
  return json(200, slicePage(all, page, perPage).map((l) => labelObject(ctx.state.site, l)), link ? { link } : {});
}

async function set(ctx: Ctx): Promise<Reply> {
  const issue = issueNumber(ctx);
  // The token that may not write comments (a fork's pull request, a read-only `permissions:` block) may not label either.
  if (ctx.state.commentsForbidden) throw new HttpError(403, 'Resource not accessible by integration');
  const labels = ctx.state.labels.set(issue, namesOf(ctx.body));
  return json(200, labels.map((l) => labelObject(ctx.state.site, l)));
}

export const labelRoutes: Route[] = [
  { method: 'GET', template: '/repos/{owner}/{repo}/issues/{issue_number}/labels', re: pathRe('/repos/{owner}/{repo}/issues/{issue_number}/labels'), handler: list },
  { method: 'PUT', template: '/repos/{owner}/{repo}/issues/{issue_number}/labels', re: pathRe('/repos/{owner}/{repo}/issues/{issue_number}/labels'), handler: set }
];
