/**
 * The data flows of a pull request, end to end: the Action, bundled from the source as the
 * release bundles it, runs on a pull request against the stand-in of the GitHub API (every
 * request checked against GitHub's OpenAPI description), and its sticky comment and job summary
 * say in words which flows the change adds or removes, and draw them as a Mermaid flowchart.
 * Mermaid's own parser and renderer (the `mermaid` package, in headless Chromium: it needs a DOM)
 * read every block, and show every hostile name as the text it is.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { marked } from 'marked';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, type TestContext } from 'vitest';
import { stringify } from 'yaml';
import { FLOWS_HEADING } from '../../src/datamap/diff-report.js';
import { launchBrowser } from '../support/browser.js';
import { completeNotice, COMPLETE_NOTICE_PATH, completeRecord } from '../support/complete-record.js';
import { GitHubStandIn } from './github-stand-in.js';
import { DEFAULT_INPUTS, pullRequestPayload, repository, root } from './support.js';

const require = createRequire(import.meta.url);
const TOKEN = `ghs_${'Fl0'.repeat(12)}`;
const MARKER = '<!-- ropa-lint:sticky -->';
const LIMIT = 65_536;

/** Names that attack the comment: HTML, Markdown, a Mermaid label break-out and directive, a mention. */
const HOSTILE_CATEGORY = '<img src=x onerror="window.__pwned=1"> "]) --> n0[["pwned %%{init: {"securityLevel": "loose"}}%%';
const HOSTILE_RECIPIENT = '<script>window.__pwned = 2</script> [x](javascript:alert(1)) @org/team ```';

/** A hiring record: a ranking model trained on applications, shown to two recipients. */
function hiring(change: (activity: Record<string, unknown>) => void = () => {}): string {
  const activity: Record<string, unknown> = {
    id: 'ranking',
    name: 'Candidate ranking',
    role: 'controller',
    data_subjects: ['applicants'],
    data_categories: ['applications'],
    purposes: [{ id: 'train-ranking-model', description: 'Train the ranking model on past applications.', ai_training: true, lawful_basis: 'consent' }],
    recipients: ['Hiring managers', HOSTILE_RECIPIENT],
    processors: [],
    transfers: [],
  };
  change(activity);
  return stringify({
    version: 1,
    controller: { name: 'Hirewise B.V.', contact: 'privacy@hirewise.example' },
    data_subjects: [{ id: 'applicants', name: 'Job applicants' }],
    data_categories: [
      { id: 'applications', name: 'CVs and cover letters', source: 'provided-by-subject' },
      { id: 'criminal-record-checks', name: HOSTILE_CATEGORY, source: 'third-party', criminal: true, criminal_condition: 'Rehabilitation of Offenders Act 1974' },
    ],
    processing_activities: [activity],
  });
}

/** The change of the story: criminal records feed the training purpose, a processor in the US, a recipient gone. */
const HEAD = hiring((activity) => {
  activity.data_categories = ['applications', 'criminal-record-checks'];
  activity.processors = [{ name: 'GPU Cloud Inc', dpa: true, country: 'US' }];
  activity.transfers = [{ country: 'US', mechanism: 'scc' }];
  activity.recipients = ['Hiring managers'];
});

let bundle: string;
let bundleFolder: string;
let browser: Browser;

beforeAll(async () => {
  // The Action as build.mjs bundles it, into a folder of this test's own: dist/ is left alone.
  bundleFolder = mkdtempSync(path.join(tmpdir(), 'ropa-flows-action-'));
  bundle = path.join(bundleFolder, 'index.js');
  await build({
    entryPoints: [path.join(root, 'src/index.ts')],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
    banner: { js: "import { createRequire as __ropaCreateRequire } from 'node:module';\nconst require = __ropaCreateRequire(import.meta.url);" },
  });
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (bundleFolder) rmSync(bundleFolder, { recursive: true, force: true });
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  summary: string;
}

/** Runs the bundle as the runner starts an Action: inputs as INPUT_* variables, the event as a file, the summary as a file. */
async function runAction(workspace: string, apiUrl: string, payload: object): Promise<Run> {
  const runnerTemp = mkdtempSync(path.join(tmpdir(), 'ropa-flows-runner-'));
  const files = { event: path.join(runnerTemp, 'event.json'), output: path.join(runnerTemp, 'output.txt'), summary: path.join(runnerTemp, 'summary.md') };
  writeFileSync(files.event, JSON.stringify(payload));
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  const inputs = { ...DEFAULT_INPUTS, token: TOKEN };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: runnerTemp,
    GIT_CONFIG_NOSYSTEM: '1',
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: 'acme/privacy',
    GITHUB_SHA: 'f'.repeat(40),
    GITHUB_WORKSPACE: workspace,
    GITHUB_API_URL: apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_OUTPUT: files.output,
    RUNNER_TEMP: runnerTemp,
    no_proxy: '127.0.0.1',
    ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])),
  };
  const child = spawn(process.execPath, [bundle], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const code = await new Promise<number | null>((done) => child.on('close', done));
  const summary = readFileSync(files.summary, 'utf8');
  rmSync(runnerTemp, { recursive: true, force: true });
  return { code, stdout, stderr, summary };
}

async function startStandIn(context: TestContext): Promise<GitHubStandIn> {
  const standIn = await new GitHubStandIn(TOKEN).start();
  context.onTestFinished(() => standIn.close());
  return standIn;
}

/** A pull request from `base` to `head` (files written over the base), run once; its sticky comment. */
async function pullRequest(context: TestContext, base: Record<string, string>, head: Record<string, string>) {
  const { dir, shas } = repository([base, head]);
  const github = await startStandIn(context);
  const run = await runAction(dir, github.url, pullRequestPayload(7, shas[0]!, shas[1]!));
  expect(github.invalid).toEqual([]);
  expect(run.stderr).toBe('');
  const comments = github.comments.filter((comment) => comment.body.startsWith(MARKER));
  expect(comments.length).toBeLessThanOrEqual(1);
  return { run, github, comment: comments[0]?.body };
}

function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```mermaid\n([\s\S]*?)^```$/gm)].map((match) => match[1]!);
}

interface Drawn {
  diagramType?: string;
  error?: string;
  /** The text of every box and line label, as a reader sees it. */
  labels: string[];
  /** Elements in the drawing that no flowchart has. */
  foreign: string[];
}

/** The little of the browser's DOM that the page script below uses (the project compiles without the DOM's types). */
interface PageElement {
  innerHTML: string;
  outerHTML: string;
  tagName: string;
  textContent: string | null;
  attributes: Iterable<{ name: string }>;
  querySelectorAll(selector: string): Iterable<PageElement>;
}
interface Page {
  mermaid: { initialize(config: object): void; parse(text: string): Promise<{ diagramType: string }>; render(id: string, text: string): Promise<{ svg: string }> };
  document: { createElement(tag: string): PageElement; body: { append(element: PageElement): void } };
  __pwned?: unknown;
}

/** Parses and draws each block with Mermaid in the browser, as GitHub does (securityLevel strict). */
async function drawInBrowser(blocks: string[]): Promise<{ drawn: Drawn[]; pwned: unknown }> {
  const page = await browser.newPage();
  try {
    await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
    await page.addScriptTag({ path: require.resolve('mermaid/dist/mermaid.min.js') });
    return await page.evaluate(async (texts) => {
      const { mermaid, document } = globalThis as unknown as Page;
      mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
      const drawn: Drawn[] = [];
      for (const [index, text] of texts.entries()) {
        try {
          const { diagramType } = await mermaid.parse(text);
          const { svg } = await mermaid.render(`drawing-${index}`, text);
          const host = document.createElement('div');
          host.innerHTML = svg;
          document.body.append(host);
          const labels = [...host.querySelectorAll('.nodeLabel, .edgeLabel')].map((element) => element.textContent ?? '');
          const foreign = [...host.querySelectorAll('script, img, iframe, a, object, embed')].map((element) => element.outerHTML);
          for (const element of host.querySelectorAll('*')) for (const attribute of element.attributes) if (/^on/i.test(attribute.name)) foreign.push(`${element.tagName} ${attribute.name}`);
          drawn.push({ diagramType, labels, foreign });
        } catch (error) {
          drawn.push({ error: error instanceof Error ? error.message : String(error), labels: [], foreign: [] });
        }
      }
      return { drawn, pwned: (globalThis as unknown as Page).__pwned };
    }, blocks);
  } finally {
    await page.close();
  }
}

describe('the data flows of a pull request (bundled Action, GitHub stand-in, Mermaid in Chromium)', () => {
  it('says in the comment and the job summary which flows the change adds or removes, and draws them as a flowchart Mermaid parses', async (context) => {
    const { run, comment } = await pullRequest(context, { 'hr/ropa.yaml': hiring() }, { 'hr/ropa.yaml': HEAD });
    expect(comment).toBeDefined();
    const body = comment!;
    expect(body.length).toBeLessThanOrEqual(LIMIT);

    // The words, above the findings.
    const section = body.slice(body.indexOf(`### ${FLOWS_HEADING}`), body.indexOf('### `hr/ropa.yaml`'));
    expect(section).toContain('This change lets the AI-training purpose `train-ranking-model` use `criminal-record-checks` (criminal records); adds processor GPU Cloud Inc in United States (US) (SCCs); removes recipient ');
    const words = marked.parse(section.split('\n\n')[1]!, { gfm: true, async: false });
    const text = words.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&').replace(/\u200b/g, '');
    expect(text).toContain(`removes recipient ${HOSTILE_RECIPIENT}.`);
    expect(words).not.toMatch(/<(script|img|a)\b/);

    // The job summary carries the same report.
    expect(run.summary).toContain(section);

    // Every Mermaid block parses: the change's picture and the record's whole map.
    const blocks = mermaidBlocks(body);
    expect(blocks).toHaveLength(2);
    expect(mermaidBlocks(section)).toEqual([blocks[0]]);
    const { drawn, pwned } = await drawInBrowser(blocks);
    for (const picture of drawn) {
      expect(picture.error).toBeUndefined();
      expect(picture.diagramType).toBe('flowchart-v2');
      expect(picture.foreign).toEqual([]);
    }
    expect(pwned).toBeUndefined();
    // The reader sees the hostile names as written, and what the change did to each box.
    const change = drawn[0]!.labels;
    expect(change.some((label) => label.startsWith(`${HOSTILE_CATEGORY}added · criminal records`)), change.join('\n')).toBe(true);
    expect(change.some((label) => label.startsWith(`${HOSTILE_RECIPIENT}removed · recipient`)), change.join('\n')).toBe(true);
    expect(change).toContain('GPU Cloud Incadded · processor, contract in place');
    expect(change).toContain('SCCs');
    expect(change.some((label) => label.startsWith('Train the ranking model on past applications.'))).toBe(true);
    // Boxes the change leaves alone stay out of its picture.
    expect(change).not.toContain('CVs and cover letters');
  }, 120_000);

  it('draws nothing when no flow changes', async (context) => {
    const renamed = hiring((activity) => void (activity.name = 'Ranking of candidates'));
    const { comment, run } = await pullRequest(context, { 'hr/ropa.yaml': hiring() }, { 'hr/ropa.yaml': renamed });
    // The record has findings, so there is a comment; only the record's whole map is drawn in it.
    expect(comment).toBeDefined();
    expect(comment).not.toContain(FLOWS_HEADING);
    expect(mermaidBlocks(comment!)).toHaveLength(1);
    expect(run.summary).not.toContain(FLOWS_HEADING);
  }, 120_000);

  it('comments on a clean pull request that changes a flow, and not on one that changes none', async (context) => {
    const clean = { [COMPLETE_NOTICE_PATH]: completeNotice, 'ropa.yaml': completeRecord };
    const withProcessor = completeRecord.replace(/^( *)recipients: \[\]\n/m, '$1recipients: []\n$1processors: [{name: Mail Relay GmbH, dpa: true, country: DE}]\n');
    expect(withProcessor).not.toBe(completeRecord);
    const changed = await pullRequest(context, clean, { 'ropa.yaml': withProcessor });
    expect(changed.run.code).toBe(0);
    expect(changed.comment).toContain('✅ **No problems**');
    expect(changed.comment).toContain('This change adds processor Mail Relay GmbH in Germany (DE).');
    const { drawn } = await drawInBrowser(mermaidBlocks(changed.comment!));
    expect(drawn.map((picture) => picture.error ?? picture.diagramType)).toEqual(['flowchart-v2', 'flowchart-v2']);

    const same = await pullRequest(context, clean, { 'ropa.yaml': completeRecord.replace('Message delivery', 'Delivery of messages') });
    expect(same.run.code).toBe(0);
    expect(same.comment).toBeUndefined();
    expect(same.github.calls('issues/create-comment')).toEqual([]);
  }, 120_000);
});
