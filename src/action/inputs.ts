/**
 * The Action's inputs (action.yml), read and checked once. An empty input takes its documented
 * default, as the runner would, so that the step behaves the same when run by hand.
 */
import * as core from '@actions/core';
import type { FailOn } from '../core/types.js';
import { UsageError } from '../workspace/usage-error.js';

export interface ActionInputs {
  /** Files, folders or globs; empty: the config's `inventory`, else the default patterns. */
  inventory: string[];
  config: string | undefined;
  /** Undefined when the input is empty: the config's `fail-on` applies, else `error`. */
  failOn: FailOn | undefined;
  annotations: boolean;
  comment: boolean;
  /** Where to write the SARIF file, relative to the workspace (missing folders are made); undefined: no file. */
  sarif: string | undefined;
  /** The ref to compare with; undefined: the pull request's base sha, if any. */
  base: string | undefined;
  /** Only findings new since the base fail the step. */
  failOnNew: boolean;
  /** The baseline file (SPEC §7), relative to the workspace; undefined: none. */
  baseline: string | undefined;
  token: string;
}

const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'notice', 'never'];

function booleanInput(name: string, fallback: boolean): boolean {
  const value = core.getInput(name).trim();
  if (value === '') return fallback;
  if (/^true$/i.test(value)) return true;
  if (/^false$/i.test(value)) return false;
  throw new UsageError(`input ${name} must be true or false, not ${JSON.stringify(value)}`);
}

function optional(name: string): string | undefined {
  const value = core.getInput(name).trim();
  return value === '' ? undefined : value;
}

export function readInputs(): ActionInputs {
  // The token first: masked before anything else can print it.
  const token = core.getInput('token').trim();
  if (token !== '') core.setSecret(token);

  const failOn = optional('fail-on')?.toLowerCase();
  if (failOn !== undefined && !(FAIL_ON as readonly string[]).includes(failOn)) throw new UsageError(`input fail-on must be one of ${FAIL_ON.join(', ')}, not ${JSON.stringify(failOn)}`);

  const base = optional('base');
  if (base !== undefined && (base.startsWith('-') || /[\s\u0000-\u001f\u007f]/.test(base))) {
    throw new UsageError(`input base must be a commit sha or a ref such as main, not ${JSON.stringify(base)}`);
  }

  return {
    inventory: core
      .getMultilineInput('inventory')
      .flatMap((line) => line.split(','))
      .map((entry) => entry.trim())
      .filter(Boolean),
    config: optional('config'),
    failOn: failOn as FailOn | undefined,
    annotations: booleanInput('annotations', true),
    comment: booleanInput('comment', true),
    sarif: optional('sarif'),
    base,
    failOnNew: booleanInput('fail-on-new', false),
    baseline: optional('baseline'),
    token,
  };
}
