/**
 * The GitHub Action's edge: reads the inputs and the run's context, runs the same check as the
 * CLI, and reports through the Checks API, a sticky comment, the job summary, a SARIF file and
 * the step's outputs. Anything the token may not do degrades to workflow commands and a line
 * naming the permission; the step's result always comes from the findings.
 */
import path from 'node:path';
import * as core from '@actions/core';
import { locateConfinedBaseline, useBaseline } from '../baseline/index.js';
import { ConfigError, RuleCrashError } from '../core/errors.js';
import { type Finding, isAtLeast, type LintReport } from '../core/types.js';
import { escapeMarkdown, formatMarkdown } from '../formatters/markdown.js';
import { formatSarifPieces } from '../formatters/sarif.js';
import { oneLine, plural } from '../formatters/text.js';
import type { FormatContext } from '../formatters/types.js';
import { rules } from '../rules/index.js';
import { VERSION } from '../version.js';
import { type BaseSource, checkWorkspace, failOnOf } from '../workspace/check.js';
import { DEFAULT_MAX_FILE_BYTES } from '../workspace/read-inventory.js';
import { UsageError } from '../workspace/usage-error.js';
import { checkWritable, writeFileAtomically } from '../workspace/write-file.js';
import { BaseUnavailableError, chooseBase } from './base.js';
import { bySeverity, conclusionOf, publishCheckRun } from './check-run.js';
import { upsertStickyComment } from './comment.js';
import { type RunContext, readRunContext } from './event.js';
import { fallbackAnnotations } from './fallback.js';
import { type ActionInputs, readInputs } from './inputs.js';
import { reviewSuggestions } from './review.js';
import { type Client, createClient, describeFailure, isRefusal, limitsFromEnvironment } from './octokit.js';
import { writeJobSummary } from './summary.js';

function countsOf(report: LintReport): string {
  const { errors, warnings, notices } = report.summary;
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(notices, 'notice')}`;
}

/** Says something in the log and in the job summary. */
function tell(notes: string[], line: string): void {
  const clean = oneLine(line);
  core.info(`ropa-lint: ${clean}`);
  notes.push(clean);
}

async function checkWithBase(inputs: ActionInputs, context: RunContext, base: BaseSource | undefined, notes: string[]) {
  const options = { cwd: context.workspace, paths: inputs.inventory, confinePaths: true, config: inputs.config };
  try {
    return await checkWorkspace({ ...options, ...(base === undefined ? {} : { base }) });
  } catch (error) {
    if (!(error instanceof BaseUnavailableError)) throw error;
    // Only a refusal is about the token; a network failure or a server error is not mended by a permission.
    const advice = isRefusal(error.cause) ? ' (the token needs `contents: read`)' : '';
    tell(notes, `${error.message}; the comparison with the base is skipped and findings are not marked new${advice}.`);
    return checkWorkspace(options);
  }
}

async function annotate(client: Client | undefined, context: RunContext, report: LintReport, format: FormatContext, markdown: string, failing: boolean, sarif: string | undefined, notes: string[]): Promise<void> {
  const findings = bySeverity(report.files.flatMap((file) => file.findings));
  let annotated = 0;
  if (client !== undefined) {
    const result = await publishCheckRun(client, context, {
      title: findings.length === 0 ? 'No problems' : countsOf(report),
      summary: markdown,
      conclusion: conclusionOf(failing, findings.length),
      findings,
    });
    annotated = result.annotated;
    if (result.error === undefined) {
      core.info(`ropa-lint: check run ${result.checkRunId} on ${context.sha} with ${plural(annotated, 'annotation')}`);
      return;
    }
    const failure = describeFailure(result.error);
    if (isRefusal(result.error)) {
      tell(notes, `the token cannot write check runs (${failure}); add \`checks: write\` to the workflow's \`permissions:\` to get every finding as an annotation (a pull request from a fork gets a read-only token: its findings are shown as workflow-command annotations).`);
    } else {
      tell(notes, `the check run could not be ${annotated > 0 ? 'completed' : 'created'} (${failure}); the findings it misses are shown as workflow-command annotations.`);
    }
  } else {
    tell(notes, 'no token: findings are shown as workflow-command annotations instead of a check run.');
  }
  const elsewhere = sarif === undefined ? 'the job summary' : 'the job summary and the SARIF file';
  const commands = fallbackAnnotations(report, findings.slice(annotated), format, elsewhere, failing ? { error: 1 } : {});
  process.stdout.write(commands.text);
}

async function comment(client: Client | undefined, context: RunContext, markdown: string, worthSaying: boolean, notes: string[]): Promise<void> {
  const pullRequest = context.pullRequest;
  if (pullRequest === undefined) return;
  if (client === undefined) return tell(notes, 'no token: no pull request comment.');
  try {
    const outcome = await upsertStickyComment(client, context, pullRequest.number, markdown, worthSaying);
    if (outcome.action !== 'skipped') core.info(`ropa-lint: ${outcome.action} the pull request comment ${outcome.id}`);
  } catch (error) {
    const failure = describeFailure(error);
    if (isRefusal(error)) tell(notes, `the token cannot comment on the pull request (${failure}); add \`pull-requests: write\` to the workflow's \`permissions:\` for the sticky comment (a pull request from a fork gets a read-only token).`);
    else tell(notes, `the pull request comment could not be written (${failure}).`);
  }
}

async function check(notes: string[]): Promise<void> {
  const inputs = readInputs();
  const context = readRunContext();
  if (inputs.sarif !== undefined) checkWritable(inputs.sarif, context.workspace);
  const client = inputs.token === '' ? undefined : createClient(inputs.token, limitsFromEnvironment());

  const base = await chooseBase(inputs.base, context, client);
  if (base.note !== undefined) tell(notes, base.note);
  const { report: checked, config } = await checkWithBase(inputs, context, base.source, notes);
  // The baseline comes with the checkout: untrusted, so confined to the workspace and size-limited.
  const report = inputs.baseline === undefined ? checked : withBaseline(checked, inputs.baseline, context.workspace);

  const failOn = failOnOf(inputs.failOn, config);
  const findings: Finding[] = report.files.flatMap((file) => file.findings);
  // fail-on-new: only what the base did not have fails the step; the rest is reported as existing.
  const onlyNew = inputs.failOnNew && report.base !== undefined;
  if (inputs.failOnNew && report.base === undefined) tell(notes, 'fail-on-new: there is no base to compare with (this is no pull request and the `base` input is empty, or the base could not be read), so every finding counts.');
  const atFailOn = findings.filter((finding) => isAtLeast(finding.severity, failOn));
  const failingFindings = onlyNew ? atFailOn.filter((finding) => finding.isNew !== false) : atFailOn;
  const failing = failingFindings.length > 0;
  const newCount = findings.filter((finding) => finding.isNew === true).length;
  core.info(`ropa-lint: ${countsOf(report)} in ${plural(report.summary.files, 'file')}${report.base === undefined ? '' : ` (${newCount} new since ${report.base})`}${report.baseline === undefined ? '' : `; ${report.baseline.baselined} in the baseline, ${report.baseline.fixed} of it fixed`}`);

  const format: FormatContext = {
    rules: rules.map((rule) => rule.meta),
    color: false,
    version: VERSION,
    linkBase: `${context.serverUrl}/${context.owner}/${context.repo}/blob/${context.sha}`,
  };
  const markdown = formatMarkdown(report, format);

  let sarifFile = '';
  if (inputs.sarif !== undefined) {
    writeFileAtomically(inputs.sarif, context.workspace, formatSarifPieces(report, format));
    sarifFile = path.resolve(context.workspace, inputs.sarif);
  }
  core.setOutput('errors', report.summary.errors);
  core.setOutput('warnings', report.summary.warnings);
  core.setOutput('notices', report.summary.notices);
  core.setOutput('sarif-file', sarifFile);

  try {
    if (inputs.annotations) await annotate(client, context, report, format, markdown, failing, inputs.sarif, notes);
    // A change to the data flows is worth a comment even when it brings no finding: reviewers see the picture.
    if (inputs.comment) await comment(client, context, markdown, findings.length > 0 || (report.flows ?? []).length > 0, notes);
    // The safe fixes as suggested changes: a review beside the comment, so the same input turns both off.
    if (inputs.comment && client !== undefined && context.pullRequest !== undefined) {
      const note = await reviewSuggestions(client, context, report);
      if (note !== undefined) tell(notes, note);
    }
  } finally {
    await writeJobSummary(markdown, notes);
  }
  if (failing && onlyNew) {
    const existing = atFailOn.length - failingFindings.length;
    core.setFailed(`ropa-lint: ${plural(failingFindings.length, 'new finding')} since ${report.base} at or above fail-on (${failOn}) ${failingFindings.length === 1 ? 'fails' : 'fail'} the step (fail-on-new: ${existing} existing ${existing === 1 ? 'one is' : 'ones are'} reported, not counted)`);
  } else if (failing) {
    core.setFailed(`ropa-lint: ${countsOf(report)}; findings at or above fail-on (${failOn}) fail the step`);
  }
}

/** The report less the findings of the `baseline` input's file (SPEC §7). */
function withBaseline(report: LintReport, given: string, workspace: string): LintReport {
  const location = locateConfinedBaseline(given, workspace);
  return useBaseline(report, { location, cwd: workspace, maxBytes: DEFAULT_MAX_FILE_BYTES, root: workspace }).report;
}

export async function run(): Promise<void> {
  const notes: string[] = [];
  try {
    await check(notes);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError) {
      const message = oneLine(error.message.split('\n').join('; '));
      core.setFailed(`ropa-lint: ${message}`);
      await writeJobSummary(`## ropa-lint report\n\n❌ The inventory could not be checked: ${escapeMarkdown(message)}\n`, notes);
      return;
    }
    const reason = error instanceof RuleCrashError || error instanceof Error ? error.message : String(error);
    if (error instanceof Error && error.stack) core.debug(error.stack);
    const message = `internal error: ${oneLine(reason)} (please report this with the file that caused it)`;
    core.setFailed(`ropa-lint: ${message}`);
    await writeJobSummary(`## ropa-lint report\n\n❌ ${escapeMarkdown(message)}\n`, notes);
  }
}
