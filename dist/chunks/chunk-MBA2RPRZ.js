import { createRequire as __ropaCreateRequire } from 'node:module';
const require = __ropaCreateRequire(import.meta.url);

// src/baseline/words.ts
function baselineWords(summary, name = (file) => file) {
  const words = [`${summary.baselined} in the baseline ${name(summary.file)}`];
  if (summary.fixed > 0) words.push(`${summary.fixed} baselined ${summary.fixed === 1 ? "finding is" : "findings are"} fixed: --write-baseline drops ${summary.fixed === 1 ? "it" : "them"}`);
  return words;
}

export {
  baselineWords
};
