/** RFC 6901 JSON Pointer helpers. */

export function escapePointerSegment(segment: string | number): string {
  const text = String(segment);
  if (!text.includes('~') && !text.includes('/')) return text;
  return text.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function joinPointer(parent: string, segment: string | number): string {
  // Joined, a pointer is one string; added up, it was a chain of pieces, and the model and the
  // findings keep tens of thousands of pointers that the garbage collector copies piece by piece.
  return [parent, '/', escapePointerSegment(segment)].join('');
}

export function pointerOf(...segments: (string | number)[]): string {
  return segments.map((segment) => `/${escapePointerSegment(segment)}`).join('');
}

export function parentPointer(pointer: string): string {
  const slash = pointer.lastIndexOf('/');
  return slash <= 0 ? '' : pointer.slice(0, slash);
}

export function lastSegment(pointer: string): string {
  const slash = pointer.lastIndexOf('/');
  return pointer.slice(slash + 1).replace(/~1/g, '/').replace(/~0/g, '~');
}
