// The share of a V8 CPU profile (node --cpu-prof) spent in the garbage collector.
import { readFileSync } from 'node:fs';

/** @param {string} file a .cpuprofile @returns {{ totalMs: number, gcMs: number, share: number }} */
export function gcShare(file) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const gcNodes = new Set(profile.nodes.filter((node) => node.callFrame.functionName === '(garbage collector)').map((node) => node.id));
  let total = 0;
  let gc = 0;
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index] ?? 0;
    total += delta;
    if (gcNodes.has(id)) gc += delta;
  });
  return { totalMs: total / 1000, gcMs: gc / 1000, share: total === 0 ? 0 : gc / total };
}
