/** The output formats, known without loading any formatter. */
export const FORMAT_NAMES = ['github', 'html', 'json', 'markdown', 'sarif', 'stylish'] as const;

export type FormatName = (typeof FORMAT_NAMES)[number];

export function isFormatName(name: string): name is FormatName {
  return (FORMAT_NAMES as readonly string[]).includes(name);
}
