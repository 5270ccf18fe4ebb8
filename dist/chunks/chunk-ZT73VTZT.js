import { createRequire as __ropaCreateRequire } from 'node:module';
const require = __ropaCreateRequire(import.meta.url);

// src/formatters/json-chunks.ts
var LazyArray = class {
  constructor(items) {
    this.items = items;
  }
  items;
};
var BATCH = 64;
function itemLines(items, depth) {
  let nested = items;
  for (let level = 0; level < depth; level += 1) nested = [nested];
  const text = JSON.stringify(nested, null, 2);
  let start = 0;
  for (let level = 0; level <= depth; level += 1) start = text.indexOf("\n", start) + 1;
  let end = text.length;
  for (let level = 0; level <= depth; level += 1) end = text.lastIndexOf("\n", end - 1);
  return text.slice(start, end);
}
function* jsonPieces(value) {
  const lazy = [];
  const nonce = `\0lazy-${Math.random().toString(36).slice(2)}-`;
  const skeleton = JSON.stringify(value, (_key, field) => field instanceof LazyArray ? `${nonce}${lazy.push(field) - 1}` : field, 2);
  const escapedNonce = JSON.stringify(nonce).slice(1, -1);
  const marker = new RegExp(`"${escapedNonce.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&")}(\\d+)"`, "g");
  let pending = "";
  let last = 0;
  for (let match = marker.exec(skeleton); match !== null; match = marker.exec(skeleton)) {
    pending += skeleton.slice(last, match.index);
    last = match.index + match[0].length;
    const lineStart = skeleton.lastIndexOf("\n", match.index) + 1;
    const indent = /^ */.exec(skeleton.slice(lineStart, match.index))[0];
    let batch = [];
    let written = false;
    for (const item of lazy[Number(match[1])].items) {
      batch.push(item);
      if (batch.length < BATCH) continue;
      yield `${pending}${written ? ",\n" : "[\n"}`;
      yield itemLines(batch, indent.length / 2);
      pending = "";
      written = true;
      batch = [];
    }
    if (batch.length > 0) {
      yield `${pending}${written ? ",\n" : "[\n"}`;
      yield itemLines(batch, indent.length / 2);
      pending = "";
      written = true;
    }
    pending += written ? `
${indent}]` : "[]";
  }
  pending += `${skeleton.slice(last)}
`;
  yield pending;
}

export {
  LazyArray,
  jsonPieces
};
