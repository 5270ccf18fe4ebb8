import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

// A language client small enough to read in one sitting: the Language Server Protocol is
// JSON-RPC 2.0 over stdio, each message framed by a `Content-Length` header. Writing the framing
// here keeps the test free of packages that are only in node_modules by way of the server.

/** Zero-based, as on the wire (an editor shows line + 1). */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface Diagnostic {
  range: Range;
  message: string;
  severity?: number;
  source?: string;
}

export interface MarkupContent {
  kind: 'markdown' | 'plaintext';
  value: string;
}

export interface CompletionItem {
  label: string;
  kind?: number;
  detail?: string;
  documentation?: string | MarkupContent;
  insertText?: string;
}

export interface CompletionList {
  isIncomplete: boolean;
  items: CompletionItem[];
}

export interface Hover {
  contents: MarkupContent | string | Array<string | { language: string; value: string }>;
  range?: Range;
}

/** What `yaml/get/jsonSchema` answers: the schemas the server applies to a document. */
export interface SchemaInfo {
  uri: string;
  name?: string;
  description?: string;
}

interface Message {
  jsonrpc: '2.0';
  id?: number | string | null;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string };
}

interface Pending {
  method: string;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

export interface StartOptions {
  /** The workspace folder, as the editor opens it: relative `yaml.schemas` paths resolve from here. */
  root: string;
  /** The `yaml` settings section, as a user writes it in an editor's settings. */
  yamlSettings: Record<string, unknown>;
  /** Upper bound for one request, and for the server to come up. */
  timeoutMs?: number;
}

const require = createRequire(import.meta.url);

/** The server's own launcher, found the way Node finds the package, so a hoisted copy also works. */
function serverBin(): string {
  return path.join(path.dirname(require.resolve('yaml-language-server/package.json')), 'bin', 'yaml-language-server');
}

export function fileUri(file: string): string {
  return pathToFileURL(path.resolve(file)).href;
}

/** The text of a hover or a completion's documentation, whichever shape the server chose. */
export function markupText(content: Hover['contents'] | CompletionItem['documentation']): string {
  if (content === undefined) return '';
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) return content.map((part) => (typeof part === 'string' ? part : part.value)).join('\n');
  return content.value;
}

/**
 * One `yaml-language-server --stdio` child process and the editor's side of the conversation.
 * `close()` always ends the child, politely first (shutdown, exit) and by signal otherwise.
 */
export class LspClient {
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly diagnostics = new Map<string, Array<(diagnostics: Diagnostic[]) => void>>();
  private readonly notifications = new Map<string, Array<(params: unknown) => void>>();
  private readonly versions = new Map<string, number>();
  private stderr = '';
  private exited = false;

  private constructor(
    private readonly child: ChildProcessWithoutNullStreams,
    private readonly options: Required<StartOptions>,
  ) {
    child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')));
    child.on('exit', (code, signal) => {
      this.exited = true;
      this.failAll(new Error(`yaml-language-server exited (${signal ?? code}); stderr:\n${this.stderr}`));
    });
    // A write after the child died must fail the request that made it, not the test process.
    child.stdin.on('error', () => undefined);
  }

  /**
   * Starts the server and completes the handshake an editor makes: initialize, initialized, and
   * the settings pull. Resolves once the server has applied the settings, so that the first
   * validation of a document opened afterwards already uses the schemas.
   */
  static async start(options: StartOptions): Promise<LspClient> {
    // The server fetches http(s) schemas through HTTP(S)_PROXY when set, with no NO_PROXY: a test
    // that serves a schema on the loopback must not be sent to a proxy, nor anywhere else.
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(https?|all)_proxy$/i.test(name)));
    const child = spawn(process.execPath, [serverBin(), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env });
    const client = new LspClient(child, { timeoutMs: 15_000, ...options });
    try {
      await client.handshake();
    } catch (error) {
      await client.close();
      throw error;
    }
    return client;
  }

  private async handshake(): Promise<void> {
    const settingsApplied = this.nextNotification('yaml/schema/store/initialized');
    // Awaited below; marked handled now, so that a failed initialize does not leave it unhandled.
    settingsApplied.catch(() => undefined);
    await this.request('initialize', {
      processId: process.pid,
      rootUri: fileUri(this.options.root),
      workspaceFolders: [{ uri: fileUri(this.options.root), name: path.basename(this.options.root) }],
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true },
        textDocument: {
          synchronization: { dynamicRegistration: false },
          completion: {
            completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] },
          },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          publishDiagnostics: { relatedInformation: true },
        },
      },
    });
    // VS Code's YAML extension sends this too; it makes the server announce when settings are in.
    this.notify('yaml/supportSchemaSelection', {});
    this.notify('initialized', {});
    await settingsApplied;
  }

  /** Resolves with the params of the next notification of this method, within the timeout. */
  nextNotification(method: string): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${method} within ${this.options.timeoutMs} ms; stderr:\n${this.stderr}`)), this.options.timeoutMs).unref();
      const listeners = this.notifications.get(method) ?? [];
      listeners.push((params) => {
        clearTimeout(timer);
        resolve(params);
      });
      this.notifications.set(method, listeners);
    });
  }

  request<T>(method: string, params: unknown): Promise<T> {
    if (this.exited) return Promise.reject(new Error(`yaml-language-server is not running; stderr:\n${this.stderr}`));
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${method} got no answer within ${this.options.timeoutMs} ms; stderr:\n${this.stderr}`));
      }, this.options.timeoutMs).unref();
      this.pending.set(id, { method, resolve: resolve as (value: unknown) => void, reject, timer });
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /**
   * Opens a document as an editor does on opening a file, and resolves with the first
   * diagnostics the server publishes for it (it validates after a short debounce).
   */
  open(uri: string, text: string): Promise<Diagnostic[]> {
    const published = new Promise<Diagnostic[]>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${this.options.timeoutMs} ms; stderr:\n${this.stderr}`)), this.options.timeoutMs).unref();
      const waiters = this.diagnostics.get(uri) ?? [];
      waiters.push((diagnostics) => {
        clearTimeout(timer);
        resolve(diagnostics);
      });
      this.diagnostics.set(uri, waiters);
    });
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    if (version === 1) {
      this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version, text } });
    } else {
      this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    }
    return published;
  }

  completion(uri: string, position: Position): Promise<CompletionItem[]> {
    return this.request<CompletionList | CompletionItem[] | null>('textDocument/completion', { textDocument: { uri }, position }).then(
      (answer) => (answer === null ? [] : Array.isArray(answer) ? answer : answer.items),
    );
  }

  hover(uri: string, position: Position): Promise<Hover | null> {
    return this.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position });
  }

  /** The schemas the server associates with a document (what VS Code shows in its status bar). */
  schemasOf(uri: string): Promise<SchemaInfo[]> {
    return this.request<SchemaInfo[]>('yaml/get/jsonSchema', uri);
  }

  /** Ends the server: shutdown and exit as an editor does, then a signal if it lingers. */
  async close(): Promise<void> {
    if (!this.exited) {
      try {
        await Promise.race([this.request('shutdown', null), delay(2_000)]);
        this.notify('exit', null);
      } catch {
        // Already gone or not answering: the signal below ends it.
      }
    }
    if (!this.exited) {
      const gone = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
      await Promise.race([gone, delay(2_000)]);
    }
    if (!this.exited) this.child.kill('SIGKILL');
    for (const pending of this.pending.values()) clearTimeout(pending.timer);
    this.pending.clear();
  }

  private failAll(error: Error): void {
    for (const pending of this.pending.values()) {
      clearTimeout(pending.timer);
      pending.reject(error);
    }
    this.pending.clear();
  }

  private send(message: Message): void {
    if (this.exited) return;
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }

  /** Splits the byte stream into messages: the header counts bytes, not characters. */
  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const header = this.buffer.subarray(0, headerEnd).toString('ascii');
      const length = /^Content-Length: *(\d+)$/im.exec(header)?.[1];
      if (length === undefined) {
        // Thrown here, it would surface as an uncaught error of the test process: fail the
        // requests instead, and end a server that no longer speaks the protocol.
        this.failAll(new Error(`yaml-language-server sent a header without Content-Length: ${header}`));
        this.child.kill('SIGKILL');
        return;
      }
      const start = headerEnd + 4;
      const end = start + Number(length);
      if (this.buffer.length < end) return;
      const message = JSON.parse(this.buffer.subarray(start, end).toString('utf8')) as Message;
      this.buffer = this.buffer.subarray(end);
      this.dispatch(message);
    }
  }

  private dispatch(message: Message): void {
    if (message.method === undefined) {
      const pending = typeof message.id === 'number' ? this.pending.get(message.id) : undefined;
      if (!pending || typeof message.id !== 'number') return;
      this.pending.delete(message.id);
      clearTimeout(pending.timer);
      if (message.error) pending.reject(new Error(`${pending.method} failed: ${message.error.message}`));
      else pending.resolve(message.result);
      return;
    }
    if (message.id !== undefined) {
      this.send({ jsonrpc: '2.0', id: message.id, result: this.answer(message.method, message.params) });
      return;
    }
    if (message.method === 'textDocument/publishDiagnostics') {
      const { uri, diagnostics } = message.params as { uri: string; diagnostics: Diagnostic[] };
      const waiter = this.diagnostics.get(uri)?.shift();
      waiter?.(diagnostics);
      return;
    }
    const listener = this.notifications.get(message.method)?.shift();
    listener?.(message.params);
  }

  /** The editor's answers to the server's own requests. */
  private answer(method: string, params: unknown): unknown {
    if (method === 'workspace/configuration') {
      const { items } = params as { items: Array<{ section?: string }> };
      return items.map((item) => (item.section === 'yaml' ? this.options.yamlSettings : null));
    }
    // client/registerCapability, window/workDoneProgress/create and the like need only an answer.
    return null;
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

/**
 * A document with named cursors written as `<<name>>`: returns the text without them and where
 * each stood, so a test says where the editor's caret is in the YAML itself.
 */
export function withCursors(marked: string): { text: string; at: Record<string, Position> } {
  const at: Record<string, Position> = {};
  const lines = marked.split('\n').map((line, index) =>
    line.replace(/<<([\w-]+)>>/g, (_match, name: string, offset: number) => {
      // Markers before this one on the same line are already gone from the text.
      const before = line.slice(0, offset).replace(/<<[\w-]+>>/g, '');
      at[name] = { line: index, character: before.length };
      return '';
    }),
  );
  return { text: lines.join('\n'), at };
}
