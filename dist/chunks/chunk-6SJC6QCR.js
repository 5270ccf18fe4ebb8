import { createRequire as __ropaCreateRequire } from 'node:module';
const require = __ropaCreateRequire(import.meta.url);

// src/formatters/rich-text.ts
function segments(message) {
  const parts = message.split(/(?<!`)`(?!`)/);
  const closed = parts.length % 2 === 1 ? parts.length : parts.length - 1;
  const result = [];
  parts.forEach((text, index) => {
    const code = index % 2 === 1 && index < closed;
    const piece = !code && index % 2 === 1 ? `\`${text}` : text;
    if (piece !== "") result.push({ code, text: piece });
  });
  return result;
}
function truncate(text, max) {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}\u2026`;
}

export {
  segments,
  truncate
};
