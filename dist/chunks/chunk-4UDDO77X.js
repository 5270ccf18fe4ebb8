import { createRequire as __ropaCreateRequire } from 'node:module';
const require = __ropaCreateRequire(import.meta.url);

// src/core/pointer.ts
function escapePointerSegment(segment) {
  const text = String(segment);
  if (!text.includes("~") && !text.includes("/")) return text;
  return text.replace(/~/g, "~0").replace(/\//g, "~1");
}
function joinPointer(parent, segment) {
  return [parent, "/", escapePointerSegment(segment)].join("");
}
function pointerOf(...segments) {
  return segments.map((segment) => `/${escapePointerSegment(segment)}`).join("");
}
function parentPointer(pointer) {
  const slash = pointer.lastIndexOf("/");
  return slash <= 0 ? "" : pointer.slice(0, slash);
}
function lastSegment(pointer) {
  const slash = pointer.lastIndexOf("/");
  return pointer.slice(slash + 1).replace(/~1/g, "/").replace(/~0/g, "~");
}

export {
  escapePointerSegment,
  joinPointer,
  pointerOf,
  parentPointer,
  lastSegment
};
