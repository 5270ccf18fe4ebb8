/**
 * A stand-in for the GitHub REST API on 127.0.0.1, with just the endpoints the Action uses.
 * Every request is checked against GitHub's published OpenAPI description (@octokit/openapi):
 * method and path must name an operation, path and query parameters must match their schemas
 * (no unknown query parameter), and the JSON body must match the operation's request body
 * schema. OpenAPI 3.0 schemas are JSON Schema draft 04 with `nullable`, hence ajv-draft-04.
 * In read-only mode every write is refused with 403, as GitHub refuses a read-only token.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import ajvDraft04 from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import type { ValidateFunction } from 'ajv';

const require = createRequire(import.meta.url);
const AjvDraft04 = ajvDraft04.default;
const addFormats = addFormatsModule as unknown as (ajv: InstanceType<typeof AjvDraft04>) => void;

type Json = Record<string, unknown>;

/** The operations the Action calls. */
const OPERATIONS = [
  'checks/create',
  'checks/update',
  'issues/list-comments',
  'issues/create-comment',
  'issues/update-comment',
  'repos/get-content',
  'pulls/list-files',
  'pulls/list-reviews',
  'pulls/create-review',
] as const;
export type OperationId = (typeof OPERATIONS)[number];

interface Operation {
  id: OperationId;
  method: string;
  template: string;
  pattern: RegExp;
  pathNames: string[];
  validatePath: ValidateFunction;
  validateQuery: ValidateFunction;
  validateBody: ValidateFunction | undefined;
}

let compiled: Operation[] | undefined;

/** Inlines `#/components/...` references (the few operations here have no cycles). */
function resolve(value: unknown, spec: Json, depth = 0): unknown {
  if (depth > 64) throw new Error('reference too deep');
  if (Array.isArray(value)) return value.map((item) => resolve(item, spec, depth + 1));
  if (value === null || typeof value !== 'object') return value;
  const record = value as Json;
  if (typeof record.$ref === 'string') {
    const target = record.$ref
      .replace(/^#\//, '')
      .split('/')
      .reduce<unknown>((node, key) => (node as Json)[key.replace(/~1/g, '/').replace(/~0/g, '~')], spec);
    return resolve(target, spec, depth + 1);
  }
  return Object.fromEntries(Object.entries(record).map(([key, item]) => [key, resolve(item, spec, depth + 1)]));
}

function parametersSchema(parameters: Json[], where: 'path' | 'query'): Json {
  const chosen = parameters.filter((parameter) => parameter.in === where);
  const required = chosen.filter((parameter) => parameter.required === true).map((parameter) => parameter.name as string);
  return {
    type: 'object',
    properties: Object.fromEntries(chosen.map((parameter) => [parameter.name as string, parameter.schema as Json])),
    // Draft 04 wants at least one name in `required`.
    ...(required.length > 0 ? { required } : {}),
    additionalProperties: false,
  };
}

/** Compiles the few operations once: the description is 13 MB, the schemas needed are small. */
export function operations(): Operation[] {
  if (compiled) return compiled;
  const spec = JSON.parse(readFileSync(require.resolve('@octokit/openapi/generated/api.github.com.json'), 'utf8')) as Json;
  if (!String(spec.openapi).startsWith('3.0.')) throw new Error(`expected an OpenAPI 3.0 description, got ${String(spec.openapi)}`);
  const bodies = new AjvDraft04({ allErrors: true, strict: false });
  const parameters = new AjvDraft04({ allErrors: true, strict: false, coerceTypes: true });
  addFormats(bodies);
  addFormats(parameters);
  const found: Operation[] = [];
  for (const [template, item] of Object.entries(spec.paths as Record<string, Json>)) {
    for (const [method, raw] of Object.entries(item)) {
      const operation = raw as Json;
      const id = operation.operationId as OperationId;
      if (!OPERATIONS.includes(id)) continue;
      const resolved = resolve(operation, spec) as Json;
      const params = [...((item.parameters as Json[] | undefined) ?? []), ...((resolved.parameters as Json[] | undefined) ?? [])].map((parameter) => resolve(parameter, spec) as Json);
      const body = ((resolved.requestBody as Json | undefined)?.content as Record<string, Json> | undefined)?.['application/json']?.schema as Json | undefined;
      const pathNames = [...template.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!);
      // A parameter marked x-multi-segment (a file path) may hold slashes.
      const multi = new Set(params.filter((parameter) => parameter['x-multi-segment'] === true).map((parameter) => parameter.name as string));
      const pattern = new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_, name: string) => (multi.has(name) ? '(.+)' : '([^/]+)'))}$`);
      found.push({
        id,
        method: method.toUpperCase(),
        template,
        pattern,
        pathNames,
        validatePath: parameters.compile(parametersSchema(params, 'path')),
        validateQuery: parameters.compile(parametersSchema(params, 'query')),
        validateBody: body ? bodies.compile(body) : undefined,
      });
    }
  }
  if (found.length !== OPERATIONS.length) throw new Error(`found ${found.length} of ${OPERATIONS.length} operations in the OpenAPI description`);
  compiled = found;
  return found;
}

export interface RecordedRequest {
  operation: OperationId | undefined;
  method: string;
  url: string;
  path: Json;
  query: Json;
  body: unknown;
  authorization: string | undefined;
  accept: string | undefined;
  /** The status the stand-in answered. */
  status: number;
}

export interface CheckRun {
  id: number;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string | null;
  output: { title?: string; summary?: string };
  annotations: Json[];
}

/** A pull request review as the Action posts it (the suggestions of src/action/review.ts). */
export interface Review {
  id: number;
  body: string;
  commit_id: string;
  event: string;
  comments: { path: string; line: number; side?: string; body: string }[];
}

/** A file of the pull request, as `pulls/list-files` lists it. */
export interface PullFile {
  filename: string;
  status: string;
  patch?: string;
}

export interface Comment {
  id: number;
  body: string;
}

export interface Injection {
  status: number;
  message: string;
  headers?: Record<string, string>;
  /** Close the connection instead of answering, after the delay if any (status and message unused). */
  drop?: boolean;
  /** Wait this long before answering (or dropping): longer than the client waits is a timeout. */
  delayMs?: number;
}

export class GitHubStandIn {
  readonly requests: RecordedRequest[] = [];
  /** Every request that the OpenAPI description does not allow, with why. */
  readonly invalid: string[] = [];
  readonly checkRuns: CheckRun[] = [];
  readonly comments: Comment[] = [];
  readonly reviews: Review[] = [];
  /** The pull request's files with their patches, for `pulls/list-files`. */
  pullFiles: PullFile[] = [];
  /** Files at a commit, for the contents API: `contents[sha][path]`. */
  readonly contents: Record<string, Record<string, string>> = {};
  readOnly = false;
  url = '';
  private readonly injections = new Map<OperationId, Injection[]>();
  private nextId = 1000;
  private readonly server = createServer((request, response) => {
    this.handle(request, response).catch((error: unknown) => {
      this.invalid.push(`stand-in crashed: ${String(error)}`);
      response.writeHead(500).end();
    });
  });

  constructor(readonly token: string) {
    operations();
  }

  async start(): Promise<this> {
    await new Promise<void>((done) => this.server.listen(0, '127.0.0.1', done));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  close(): Promise<void> {
    const closed = new Promise<void>((done) => this.server.close(() => done()));
    this.server.closeAllConnections();
    return closed;
  }

  /** The next `injections.length` calls of `operation` fail with these answers, in order. */
  inject(operation: OperationId, ...injections: Injection[]): void {
    this.injections.set(operation, [...(this.injections.get(operation) ?? []), ...injections]);
  }

  seedComments(count: number, body: (index: number) => string): void {
    for (let index = 0; index < count; index += 1) this.comments.push({ id: this.nextId++, body: body(index) });
  }

  calls(operation: OperationId): RecordedRequest[] {
    return this.requests.filter((request) => request.operation === operation);
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', this.url);
    const method = request.method ?? 'GET';
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const record: RecordedRequest = {
      operation: undefined,
      method,
      url: url.pathname + url.search,
      path: {},
      query: Object.fromEntries(url.searchParams),
      body: undefined,
      authorization: request.headers.authorization,
      accept: request.headers.accept,
      status: 0,
    };
    this.requests.push(record);
    const answer = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      record.status = status;
      const raw = typeof body === 'string' || Buffer.isBuffer(body);
      response.writeHead(status, { 'content-type': raw ? 'application/vnd.github.raw; charset=utf-8' : 'application/json; charset=utf-8', ...headers });
      response.end(raw ? body : JSON.stringify(body));
    };

    const operation = operations().find((candidate) => candidate.method === method && candidate.pattern.test(url.pathname));
    if (!operation) {
      this.invalid.push(`${method} ${url.pathname}: no such operation in the OpenAPI description (or not one the stand-in serves)`);
      return answer(404, { message: 'Not Found' });
    }
    record.operation = operation.id;
    const values = operation.pattern.exec(url.pathname)!.slice(1).map((value) => decodeURIComponent(value));
    record.path = Object.fromEntries(operation.pathNames.map((name, index) => [name, values[index]]));
    const check = (what: string, validate: ValidateFunction, value: unknown) => {
      if (!validate(value)) this.invalid.push(`${method} ${operation.template} ${what}: ${JSON.stringify(validate.errors)}`);
    };
    check('path parameters', operation.validatePath, record.path);
    check('query', operation.validateQuery, record.query);
    if (operation.validateBody) {
      if (!/^application\/json\b/.test(request.headers['content-type'] ?? '')) this.invalid.push(`${method} ${operation.template}: body sent as ${request.headers['content-type']}`);
      try {
        record.body = JSON.parse(text);
        check('body', operation.validateBody, record.body);
      } catch {
        this.invalid.push(`${method} ${operation.template}: body is not JSON`);
      }
    } else if (text !== '') {
      this.invalid.push(`${method} ${operation.template}: a body where the operation takes none`);
    }

    if (request.headers.authorization !== `token ${this.token}`) return answer(401, { message: 'Bad credentials' });
    const injected = this.injections.get(operation.id)?.shift();
    if (injected) {
      if (injected.delayMs !== undefined) await new Promise((done) => setTimeout(done, injected.delayMs));
      // A client that gave up meanwhile has closed the connection: nothing to answer.
      if (request.socket.destroyed) return;
      if (injected.drop) {
        record.status = -1;
        request.socket.destroy();
        return;
      }
      return answer(injected.status, { message: injected.message, documentation_url: 'https://docs.github.com/rest' }, injected.headers);
    }
    if (this.readOnly && method !== 'GET') {
      return answer(403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest', status: '403' });
    }
    this.serve(operation.id, record, answer);
  }

  private serve(id: OperationId, record: RecordedRequest, answer: (status: number, body: unknown, headers?: Record<string, string>) => void): void {
    const body = (record.body ?? {}) as Json;
    const output = (body.output ?? {}) as { title?: string; summary?: string; annotations?: Json[] };
    switch (id) {
      case 'checks/create': {
        const run: CheckRun = {
          id: this.nextId++,
          name: String(body.name),
          head_sha: String(body.head_sha),
          status: String(body.conclusion === undefined ? (body.status ?? 'queued') : 'completed'),
          conclusion: (body.conclusion as string | undefined) ?? null,
          output: { title: output.title, summary: output.summary },
          annotations: [...(output.annotations ?? [])],
        };
        this.checkRuns.push(run);
        return answer(201, { id: run.id, name: run.name, head_sha: run.head_sha, status: run.status, conclusion: run.conclusion });
      }
      case 'checks/update': {
        const run = this.checkRuns.find((candidate) => candidate.id === Number(record.path.check_run_id));
        if (!run) return answer(404, { message: 'Not Found' });
        run.output = { title: output.title ?? run.output.title, summary: output.summary ?? run.output.summary };
        run.annotations.push(...(output.annotations ?? []));
        if (typeof body.conclusion === 'string') run.conclusion = body.conclusion;
        return answer(200, { id: run.id, status: run.status, conclusion: run.conclusion });
      }
      case 'issues/list-comments': {
        const perPage = Number(record.query.per_page ?? 30);
        const page = Number(record.query.page ?? 1);
        const slice = this.comments.slice((page - 1) * perPage, page * perPage);
        const headers: Record<string, string> = {};
        if (page * perPage < this.comments.length) {
          const next = new URL(record.url, this.url);
          next.searchParams.set('page', String(page + 1));
          next.searchParams.set('per_page', String(perPage));
          headers.link = `<${next.href}>; rel="next"`;
        }
        return answer(200, slice.map((comment) => ({ id: comment.id, body: comment.body, user: { login: 'someone', type: 'User' } })), headers);
      }
      case 'issues/create-comment': {
        const comment = { id: this.nextId++, body: String(body.body) };
        this.comments.push(comment);
        return answer(201, comment);
      }
      case 'issues/update-comment': {
        const comment = this.comments.find((candidate) => candidate.id === Number(record.path.comment_id));
        if (!comment) return answer(404, { message: 'Not Found' });
        comment.body = String(body.body);
        return answer(200, comment);
      }
      case 'repos/get-content': {
        const ref = String(record.query.ref ?? '');
        const file = this.contents[ref]?.[String(record.path.path)];
        if (file === undefined) return answer(404, { message: 'Not Found' });
        if (/raw/.test(record.accept ?? '')) return answer(200, file);
        return answer(200, { type: 'file', encoding: 'base64', path: record.path.path, content: Buffer.from(file).toString('base64') });
      }
      case 'pulls/list-files': {
        const { slice, headers } = this.page(record, this.pullFiles);
        return answer(200, slice.map((file, index) => ({ sha: `${index}`.padStart(40, '0'), additions: 0, deletions: 0, changes: 0, blob_url: '', raw_url: '', contents_url: '', ...file })), headers);
      }
      case 'pulls/list-reviews': {
        const { slice, headers } = this.page(record, this.reviews);
        return answer(200, slice.map((review) => ({ id: review.id, body: review.body, state: 'COMMENTED', commit_id: review.commit_id, user: { login: 'github-actions[bot]', type: 'Bot' } })), headers);
      }
      case 'pulls/create-review': {
        const review: Review = { id: this.nextId++, body: String(body.body ?? ''), commit_id: String(body.commit_id ?? ''), event: String(body.event ?? ''), comments: (body.comments as Review['comments'] | undefined) ?? [] };
        this.reviews.push(review);
        return answer(200, { id: review.id, body: review.body, state: 'COMMENTED', commit_id: review.commit_id });
      }
    }
  }

  /** One page of a list, with the `link` header of the next one, as GitHub paginates. */
  private page<T>(record: RecordedRequest, items: readonly T[]): { slice: T[]; headers: Record<string, string> } {
    const perPage = Number(record.query.per_page ?? 30);
    const page = Number(record.query.page ?? 1);
    const headers: Record<string, string> = {};
    if (page * perPage < items.length) {
      const next = new URL(record.url, this.url);
      next.searchParams.set('page', String(page + 1));
      next.searchParams.set('per_page', String(perPage));
      headers.link = `<${next.href}>; rel="next"`;
    }
    return { slice: items.slice((page - 1) * perPage, page * perPage), headers };
  }
}
