/**
 * The sticky comment's last guard on GitHub's limit of 65,536 characters: the report fits by
 * itself, but should a body not, its pictures go before any word is cut.
 */
import { describe, expect, it } from 'vitest';
import { PICTURE_LEFT_OUT, STICKY_MARKER, stickyBody } from '../../src/action/comment.js';

const picture = (lines: number) => `\`\`\`mermaid\nflowchart LR\n${'  n0 --> n1\n'.repeat(lines)}\`\`\`\n`;

describe('stickyBody', () => {
  it('keeps a body within the limit as it is, pictures and all', () => {
    const markdown = `## ropa-lint report\n\nThis change adds processor X.\n\n${picture(10)}\n### \`ropa.yaml\`\n`;
    expect(stickyBody(markdown)).toBe(`${STICKY_MARKER}\n${markdown}`);
  });

  it('leaves the pictures out of a body above the limit, keeping every word', () => {
    const words = `This change lets \`train\` use \`records\`.\n\n${'- a finding\n'.repeat(2_000)}`;
    const markdown = `## ropa-lint report\n\n${picture(3_000)}\n${words}<details><summary>Data map</summary>\n\n${picture(2_000)}\n</details>\n`;
    expect(markdown.length).toBeGreaterThan(65_536);
    const body = stickyBody(markdown);
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).not.toContain('```');
    expect(body).toContain(words);
    expect(body.split(PICTURE_LEFT_OUT)).toHaveLength(3);
  });

  it('cuts the text only when it is too long without its pictures', () => {
    const body = stickyBody(`${picture(5)}${'y'.repeat(70_000)}`);
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body.startsWith(`${STICKY_MARKER}\n${PICTURE_LEFT_OUT}yyy`)).toBe(true);
    expect(body.endsWith('…\n')).toBe(true);
  });
});
