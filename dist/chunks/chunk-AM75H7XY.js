import { createRequire as __ropaCreateRequire } from 'node:module';
const require = __ropaCreateRequire(import.meta.url);

// src/formatters/text.ts
var UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
function stripControlCharacters(text) {
  return text.replace(UNSAFE, "");
}
function displayLine(text) {
  return text.replace(/\t/g, " ").replace(UNSAFE, " ");
}
function oneLine(text) {
  return stripControlCharacters(text.replace(/\r\n|\r|\n/g, " "));
}
function plural(count, word) {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

export {
  stripControlCharacters,
  displayLine,
  oneLine,
  plural
};
