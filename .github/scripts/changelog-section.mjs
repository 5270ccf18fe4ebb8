// Prints the body of one version's section of CHANGELOG.md, for the release workflow to make it
// the text of the GitHub release: `node .github/scripts/changelog-section.mjs 1.2.0 [CHANGELOG.md]`.
// Fails, and so stops the release before anything is published, when the section is missing or
// empty: a release nobody described is a release nobody can review.
import { readFileSync } from 'node:fs';

const [version, file = 'CHANGELOG.md'] = process.argv.slice(2);
if (!version || !/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/.test(version)) {
  console.error(`changelog-section: give a version such as 1.2.0, not ${version ?? 'nothing'}`);
  process.exit(2);
}

const lines = readFileSync(file, 'utf8').replace(/\r\n/g, '\n').split('\n');
// `## [1.2.0] - 2026-12-01`, possibly followed by ` [YANKED]`.
const start = lines.findIndex((line) => line.startsWith(`## [${version}] - `));
if (start === -1) {
  console.error(`changelog-section: ${file} has no section "## [${version}] - YYYY-MM-DD"; move the Unreleased entries under it before tagging`);
  process.exit(1);
}
// The section ends at the next version's heading or at the link definitions at the bottom.
let end = lines.findIndex((line, index) => index > start && (line.startsWith('## ') || /^\[[^\]]+\]: /.test(line)));
if (end === -1) end = lines.length;
const body = lines.slice(start + 1, end).join('\n').trim();
if (body === '') {
  console.error(`changelog-section: the section of ${version} in ${file} is empty`);
  process.exit(1);
}
process.stdout.write(`${body}\n`);
