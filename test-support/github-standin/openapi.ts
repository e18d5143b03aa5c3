/**
 * Holds the stand-in to GitHub's official OpenAPI description: loads openapi-subset.json (cut by
 * scripts/openapi-cut.ts), turns its OpenAPI 3.0 schemas into JSON Schema for ajv, and checks every
 * JSON response the stand-in sends (for its status code) and every JSON request body a client sends.
 *
 * OpenAPI → JSON Schema:
 * - 3.0 `nullable: true` → `type: [T, 'null']` (or `anyOf: [{type: 'null'}, …]` where there is no `type`);
 *   3.0 boolean `exclusiveMinimum/Maximum` → the numeric form. 3.1 documents are JSON Schema already.
 * - `oneOf` is checked as `anyOf`: GitHub's description uses oneOf for alternatives that overlap (the 409 of
 *   the contents PUT is basic-error *or* repository-rule-violation-error, both all-optional), so an exact-one
 *   check would reject GitHub's own answers.
 * - Statuses the description does not list are checked against `basic-error` when ≥ 400 (GitHub documents
 *   few error statuses per operation but answers all of them with that shape); an undocumented 2xx/3xx is
 *   a violation.
 */
import { readFileSync } from 'node:fs';
import AjvModule, { type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

const Ajv = AjvModule.default;
const addFormats = addFormatsModule.default;

interface MediaSpec {
  schema: unknown;
}
interface OperationSpec {
  operationId: string;
  requestBody?: { required?: boolean; content: Record<string, MediaSpec> };
  responses: Record<string, { content?: Record<string, MediaSpec> }>;
}
export interface Subset {
  openapi: string;
  info: { title: string; version: string };
  'x-subset-of': Record<string, unknown>;
  paths: Record<string, Record<string, OperationSpec>>;
  components: { schemas: Record<string, unknown> };
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

const ROOT_ID = 'https://standin.invalid/openapi-subset';

/** OpenAPI schema object → JSON Schema (draft-07 as ajv's default class reads it). */
export function toJsonSchema(s: unknown, openapi30: boolean): unknown {
  if (Array.isArray(s)) return s.map((x) => toJsonSchema(x, openapi30));
  if (!isObj(s)) return s;
  const out: Obj = {};
  for (const [k, v] of Object.entries(s)) {
    if (k === 'properties' || k === 'patternProperties') {
      out[k] = isObj(v) ? Object.fromEntries(Object.entries(v).map(([p, ps]) => [p, toJsonSchema(ps, openapi30)])) : v;
    } else if (k === 'oneOf') {
      out.anyOf = toJsonSchema(v, openapi30);
    } else if (['items', 'additionalProperties', 'not', 'allOf', 'anyOf', 'prefixItems'].includes(k)) {
      out[k] = toJsonSchema(v, openapi30);
    } else if (k === '$ref' && typeof v === 'string') {
      const m = /^#\/components\/schemas\/(.+)$/.exec(v);
      out.$ref = m ? `${ROOT_ID}#/definitions/${m[1]}` : v;
    } else if (k === 'discriminator' || k === 'example' || k === 'xml' || k === 'externalDocs') {
      // documentation / code-generation hints
    } else if (openapi30 && (k === 'exclusiveMinimum' || k === 'exclusiveMaximum') && typeof v === 'boolean') {
      const bound = k === 'exclusiveMinimum' ? s.minimum : s.maximum;
      if (v && typeof bound === 'number') out[k] = bound;
    } else if (k === 'nullable') {
      // handled below
    } else {
      out[k] = v;
    }
  }
  if (openapi30) {
    if (out.exclusiveMinimum !== undefined && out.minimum === out.exclusiveMinimum) delete out.minimum;
    if (out.exclusiveMaximum !== undefined && out.maximum === out.exclusiveMaximum) delete out.maximum;
  }
  if (openapi30 && s.nullable === true) {
    if (typeof out.type === 'string') {
      out.type = [out.type, 'null'];
      if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
      return out;
    }
    if (Array.isArray(out.type)) {
      if (!out.type.includes('null')) out.type = [...out.type, 'null'];
      return out;
    }
    return { anyOf: [{ type: 'null' }, out] };
  }
  return out;
}

export class OpenApiValidator {
  private readonly ajv: InstanceType<typeof Ajv>;
  private readonly cache = new Map<string, ValidateFunction | null>();
  readonly openapi30: boolean;

  constructor(readonly subset: Subset) {
    this.openapi30 = subset.openapi.startsWith('3.0');
    this.ajv = new Ajv({ strict: false, allErrors: true, allowUnionTypes: true, validateFormats: true, logger: false });
    addFormats(this.ajv);
    // Formats GitHub's description names that carry no checkable rule of their own.
    for (const f of ['int64', 'int32', 'double', 'float', 'binary', 'byte', 'repo.nwo', 'timestamp', 'password']) {
      this.ajv.addFormat(f, true);
    }
    const definitions = Object.fromEntries(Object.entries(subset.components.schemas).map(([k, v]) => [k, toJsonSchema(v, this.openapi30)]));
    this.ajv.addSchema({ $id: ROOT_ID, definitions });
  }

  private op(method: string, template: string): OperationSpec | undefined {
    return this.subset.paths[template]?.[method.toLowerCase()];
  }

  has(method: string, template: string): boolean {
    return this.op(method, template) !== undefined;
  }

  operationId(method: string, template: string): string | undefined {
    return this.op(method, template)?.operationId;
  }

  private compiled(key: string, schema: unknown): ValidateFunction | null {
    if (this.cache.has(key)) return this.cache.get(key)!;
    const fn = schema === undefined ? null : this.ajv.compile(toJsonSchema(schema, this.openapi30) as Obj);
    this.cache.set(key, fn);
    return fn;
  }

  private static pickJson(content: Record<string, MediaSpec> | undefined): MediaSpec | undefined {
    if (!content) return undefined;
    return content['application/json'] ?? Object.entries(content).find(([m]) => /json/.test(m))?.[1];
  }

  private static describe(prefix: string, fn: ValidateFunction): string[] {
    return (fn.errors ?? []).slice(0, 8).map((e) => {
      const extra = e.keyword === 'additionalProperties' ? ` (${String((e.params as { additionalProperty?: string }).additionalProperty)})` : e.keyword === 'enum' ? ` ${JSON.stringify((e.params as { allowedValues?: unknown }).allowedValues)}` : '';
      return `${prefix}: ${e.instancePath || '/'} ${e.message ?? e.keyword}${extra}`;
    });
  }

  /** Messages for a JSON response body that does not fit the description (empty when it fits). */
  validateResponse(method: string, template: string, status: number, body: unknown): string[] {
    const op = this.op(method, template);
    if (!op) return [`${method} ${template}: not in the OpenAPI subset`];
    const label = `${op.operationId} ${status} response`;
    const documented = op.responses[String(status)];
    if (!documented) {
      if (status < 400) return [`${label}: status ${status} is not documented for this operation`];
      const fn = this.compiled('basic-error', { $ref: '#/components/schemas/basic-error' })!;
      return body === undefined || fn(body) ? [] : OpenApiValidator.describe(`${label} (as basic-error)`, fn);
    }
    const media = OpenApiValidator.pickJson(documented.content);
    if (!media) return body === undefined ? [] : [`${label}: the description has no JSON body for this status`];
    if (body === undefined) return [`${label}: body missing`];
    const fn = this.compiled(`${method} ${template} ${status}`, media.schema);
    return !fn || fn(body) ? [] : OpenApiValidator.describe(label, fn);
  }

  /** Messages for a JSON request body that does not fit the operation's request schema. */
  validateRequest(method: string, template: string, body: unknown): string[] {
    const op = this.op(method, template);
    if (!op?.requestBody) return [];
    const label = `${op.operationId} request body`;
    if (body === undefined) return op.requestBody.required ? [`${label}: missing`] : [];
    const media = OpenApiValidator.pickJson(op.requestBody.content);
    const fn = media ? this.compiled(`${method} ${template} request`, media.schema) : null;
    return !fn || fn(body) ? [] : OpenApiValidator.describe(label, fn);
  }
}

let shared: OpenApiValidator | undefined;

/** The process-wide validator over openapi-subset.json (compiled lazily, per operation and status). */
export function openApiValidator(): OpenApiValidator {
  if (!shared) {
    const subset = JSON.parse(readFileSync(new URL('./openapi-subset.json', import.meta.url), 'utf8')) as Subset;
    shared = new OpenApiValidator(subset);
  }
  return shared;
}
