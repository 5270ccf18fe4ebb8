import { describe, expect, it, vi } from 'vitest';
import { discloses, githubSlug, namesPurpose, noticeEntries, noticeLookup, parseNotice, significantWords, wordsOf } from '../../src/core/notice.js';
import { yaml as md } from '../support/dedent.js';

describe('parseNotice: sections from marked tokens', () => {
  it('splits at headings, nests deeper headings in their parents and keeps the text before the first heading', () => {
    const notice = parseNotice(md`
      Intro before any heading.

      # Title

      Title text.

      ## First

      First text.

      ### Deeper

      Deeper text.

      ## Second

      Setext heading
      ---

      Under the setext heading.
    `);
    expect(notice.sections.map((section) => [section.depth, section.heading, section.parent?.heading ?? null])).toEqual([
      [0, '', null],
      [1, 'Title', null],
      [2, 'First', 'Title'],
      [3, 'Deeper', 'First'],
      [2, 'Second', 'Title'],
      [2, 'Setext heading', 'Title'],
    ]);
    expect(notice.sections[2]!.words).toEqual(wordsOf('First First text.'));
    expect(notice.sections[2]!.children.map((child) => child.heading)).toEqual(['Deeper']);
  });

  it('a heading-like line inside a code block or a paragraph is not a heading', () => {
    const notice = parseNotice('# Real\n\n```\n# not a heading\n```\n\nText with a # sign.\n');
    expect(notice.sections.map((section) => section.heading)).toEqual(['Real']);
  });

  it('collects explicit anchors: heading slugs (GitHub style, numbered when repeated), {#id}, <a id>, <a name> and ropa comments', () => {
    const notice = parseNotice(md`
      ## Smart replies & *more*!
      ## Smart replies & more
      ## Training {#custom-id}
      Text <a id="inline-anchor"></a> and <a name='named-anchor'>here</a>.

      <!-- ropa:first-purpose ROPA:Second-Purpose -->
      <!-- ropa: spaced-purpose -->
      <!-- not-ropa:ignored -->
    `);
    expect([...notice.anchors].sort()).toEqual(['custom-id', 'first-purpose', 'inline-anchor', 'named-anchor', 'second-purpose', 'smart-replies--more', 'smart-replies--more-1', 'spaced-purpose', 'training'].sort());
  });

  it('githubSlug keeps letters, digits, hyphens and underscores, and turns each space into a hyphen', () => {
    expect(githubSlug('Train the Reply-Model (v2)')).toBe('train-the-reply-model-v2');
    expect(githubSlug('Données  d’entraînement')).toBe('données--dentraînement');
    expect(githubSlug('snake_case 🚀 rocket')).toBe('snake_case--rocket');
  });

  it('an empty notice, or one of blank lines and comments, has no words', () => {
    expect(parseNotice('').empty).toBe(true);
    expect(parseNotice('\n\n<!-- nothing -->\n').empty).toBe(true);
    expect(parseNotice('# Title\n').empty).toBe(false);
  });

  it('survives hostile input: deep nesting, unclosed constructs, a megabyte of text', () => {
    expect(() => parseNotice(`${'> '.repeat(500)}train the model\n`)).not.toThrow();
    expect(() => parseNotice('<!-- ropa:x\n[link](\n```\n')).not.toThrow();
    expect(parseNotice(`# A\n\n${'train the model. '.repeat(60_000)}`).sections[0]!.training).toBe(true);
  });
});

describe('what a section says', () => {
  it('anchors tie the section they stand in: heading slug, {#id}, <a id>, <a href="#id">, [text](#id) and ropa comments', () => {
    const notice = parseNotice(md`
      ## Smart replies

      Text.

      ## Search {#Rank-Search}

      <a id="spam-filter"></a> Spam text, see [replies](#smart-replies) and <a href="#tune-assistant">the assistant</a>.

      ## Other

      Text <!-- ropa:evaluate-ranking --> more.
    `);
    expect(notice.sections.map((section) => [section.heading, [...section.anchors].sort()])).toEqual([
      ['Smart replies', ['smart-replies']],
      ['Search', ['rank-search', 'search', 'smart-replies', 'spam-filter', 'tune-assistant']],
      ['Other', ['evaluate-ranking', 'other']],
    ]);
  });

  it('an anchor or comment alone just before a heading belongs to that heading; elsewhere to the section it is in', () => {
    const notice = parseNotice('# Title\n\nIntro.\n\n<!-- ropa:first -->\n## First\n\nText.\n\n<a id="second"></a>\n\nMore text.\n\n<!-- ropa:last -->\n');
    expect(notice.sections.map((section) => [section.heading, [...section.anchors].sort()])).toEqual([
      ['Title', ['title']],
      ['First', ['first', 'last', 'second']],
    ]);
  });

  it('visible text only: no comments, no link targets, no attributes, no code blocks, no heading; soft line breaks are spaces', () => {
    const [section] = parseNotice(md`
      ## We train models

      Visible <!-- hidden words --> words, a [link text](https://acme.example/hidden-target) and <span title="hidden title">span text</span>,
      wrapped over a line.

      ~~~
      hidden code
      ~~~
    `).sections;
    expect(section!.text).not.toMatch(/hidden|train/);
    expect(section!.text).toContain('link text');
    expect(section!.text).toContain('span text');
    expect(section!.text).toContain('span text , wrapped over a line.');
  });

  it('training: the section states it in visible words, read by the training-statement reader', () => {
    const training = (body: string) => parseNotice(`## Section\n\n${body}\n`).sections[0]!.training;
    expect(training('We train our models on your messages.')).toBe(true);
    expect(training('Your messages help us improve our ranking algorithms.')).toBe(true);
    expect(training('A sample of searches is used to evaluate the ranking model.')).toBe(true);
    expect(training('We never use your messages to train models.')).toBe(false);
    expect(training('A pretrained model suggests replies.')).toBe(false);
    expect(training('We use machine learning.')).toBe(false);
    expect(training('We train our support staff every year.')).toBe(false);
    expect(training('<!-- we train models on your messages -->')).toBe(false);
    // A heading states what its section is about; the text under it may deny it.
    expect(parseNotice('## AI training\n\nWe do not train AI on your messages.\n').sections[0]!.training).toBe(false);
    expect(parseNotice('## How we train AI models\n\n### Replies\n\nFrom past conversations.\n').sections[0]!.training).toBe(true);
  });

  it('withdrawal: the heading or text tells people how to withdraw, opt out or object, and does not deny it', () => {
    const withdrawal = (markdown: string) => parseNotice(markdown).withdrawal;
    expect(withdrawal('## Choices\n\nYou can withdraw your consent at any time.\n')).toBe(true);
    expect(withdrawal('## How to opt out\n\nWrite to privacy@acme.example.\n')).toBe(true);
    expect(withdrawal('## Choices\n\nYou have the right to object.\n')).toBe(true);
    expect(withdrawal('## Choices\n\nYou cannot opt out.\n')).toBe(false);
    expect(withdrawal('## Choices\n\nThere is no way to withdraw consent.\n')).toBe(false);
    expect(withdrawal('## Choices\n\nWe store objects. <!-- you can opt out -->\n')).toBe(false);
  });
});

describe('naming a purpose', () => {
  it('significantWords drops function words and the words every training purpose shares', () => {
    expect(significantWords('Train the reply-suggestion model on past conversations.')).toEqual(['reply', 'suggestion', 'conversation']);
    expect(significantWords('Use data to train models.')).toEqual([]);
  });

  it('namesPurpose: the id as written or in words, or enough significant words of the description', () => {
    const purpose = { id: 'smart-replies', description: 'Train the reply-suggestion model on past conversations.' };
    expect(namesPurpose(wordsOf('About `smart-replies`'), purpose)).toBe(true);
    expect(namesPurpose(wordsOf('About smart replies'), purpose)).toBe(true);
    expect(namesPurpose(wordsOf('Suggestions of replies'), purpose)).toBe(true);
    expect(namesPurpose(wordsOf('Conversations'), purpose)).toBe(false);
    expect(namesPurpose(wordsOf('we train models'), { id: 'train-models' }), 'generic id words do not name anything').toBe(false);
  });
});

describe('discloses', () => {
  const purpose = { id: 'smart-replies', description: 'Train the reply-suggestion model on past conversations.' };

  it('a section that both names the purpose and speaks of training', () => {
    expect(discloses(parseNotice('## Replies\n\nWe train the model on past conversations to suggest replies.\n'), purpose)).toBe(true);
  });

  it('a parent section on training with a sub-section naming the purpose, and the reverse', () => {
    expect(discloses(parseNotice('# Notice\n\n## How we train models\n\n### Suggested replies\n\nFrom past conversations.\n'), purpose)).toBe(true);
    expect(discloses(parseNotice('# Notice\n\n## Suggested replies from conversations\n\n### Details\n\nWe train a model for this.\n'), purpose)).toBe(true);
  });

  it('not when the naming and the training sit in sibling sections, or only in the title\'s intro', () => {
    expect(discloses(parseNotice('# Notice\n\n## Suggested replies\n\nFrom past conversations.\n\n## Models\n\nWe train models.\n'), purpose)).toBe(false);
    expect(discloses(parseNotice('# Notice\n\nWe use machine learning.\n\n## Suggested replies\n\nFrom past conversations.\n'), purpose)).toBe(false);
  });

  it('an anchor only ties a section: it discloses nothing without visible words about training', () => {
    expect(discloses(parseNotice('## Smart replies\n\nSuggestions.\n'), purpose)).toBe(false);
    expect(discloses(parseNotice('Text <!-- ropa:smart-replies --> more.\n'), purpose)).toBe(false);
    expect(discloses(parseNotice('## Smart replies\n\nWhat you type trains our typing model.\n'), purpose)).toBe(true);
    expect(discloses(parseNotice('## Typing\n\n<!-- ropa:smart-replies -->\nWhat you type trains our typing model.\n'), purpose)).toBe(true);
    expect(discloses(parseNotice('## Typing\n\nWhat you type trains our typing model.\n'), purpose), 'the same words, not tied').toBe(false);
    expect(discloses(parseNotice('## Smart replies 2\n\nWhat you type trains our typing model.\n'), purpose), 'the heading names the purpose in words').toBe(true);
    expect(discloses(parseNotice('## Typing 2\n\nWhat you type trains our typing model. <!-- ropa:spam-filter -->\n'), purpose)).toBe(false);
  });

  it('a tied section that denies training does not disclose it', () => {
    expect(discloses(parseNotice('## Smart replies\n\nWe never use past conversations to train the reply model.\n'), purpose)).toBe(false);
  });

  it('a notice without headings is one section', () => {
    expect(discloses(parseNotice('We train a model on past conversations to suggest replies.\n'), purpose)).toBe(true);
    expect(discloses(parseNotice(''), purpose)).toBe(false);
  });
});

describe('notice entries and lookup', () => {
  it('reads `notice` as a string or a list of strings, with pointers', () => {
    expect(noticeEntries({ notice: 'a.md' })).toEqual([{ path: 'a.md', pointer: '/notice' }]);
    expect(noticeEntries({ notice: ['a.md', 3, '', 'b.md'] })).toEqual([
      { path: 'a.md', pointer: '/notice/0' },
      { path: 'b.md', pointer: '/notice/3' },
    ]);
    expect(noticeEntries({ notice: '' })).toEqual([]);
    expect(noticeEntries({ notice: { path: 'a.md' } })).toEqual([]);
    expect(noticeEntries(null)).toEqual([]);
  });

  it('asks the provider and parses each notice once, with the inventory it belongs to', () => {
    const provider = vi.fn((path: string) => ({ text: `# ${path}\n` }));
    const lookup = noticeLookup(provider, 'privacy/ropa.yaml');
    const first = lookup('a.md');
    expect(lookup('a.md')).toBe(first);
    lookup('b.md');
    expect(provider.mock.calls).toEqual([
      ['a.md', 'privacy/ropa.yaml'],
      ['b.md', 'privacy/ropa.yaml'],
    ]);
  });

  it('a map without the path counts the file as missing', () => {
    expect(noticeLookup(new Map(), 'ropa.yaml')('a.md')).toEqual({ problem: 'missing' });
  });
});

describe('no input makes the notice check slow', () => {
  it('unterminated comments, tags and anchors in bulk: the patterns over token text stay linear', () => {
    for (const unit of ['<!--', '<!-- ropa:', '<a ', '<', '<a id=', '{#x}', 'ropa: ']) {
      const started = performance.now();
      parseNotice(`<div>\n${unit.repeat(200_000)}\n`);
      // marked's own inline scan is superlinear on some of these (as other Markdown parsers were),
      // so the inline cases stay small; the CLI does not read notices above 1 MB.
      parseNotice(`# ${unit.repeat(5_000)}{#x}\n`);
      parseNotice(`text ${unit.repeat(5_000)}\n`);
      expect(performance.now() - started, unit).toBeLessThan(3_000);
    }
  });
});
