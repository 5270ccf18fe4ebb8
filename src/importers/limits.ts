/**
 * How large an input may be. A real record has hundreds of rows, a large one tens of
 * thousands; past these limits a file is refused before it is read whole, so that a crafted
 * file (a zip bomb, a sheet claiming a million rows) costs neither the memory nor the time.
 */
export const LIMITS = {
  /** Any input file as stored on disk. */
  fileBytes: 32 * 1024 * 1024,
  /** All entries of an XLSX or ODS archive once decompressed. */
  unzippedBytes: 128 * 1024 * 1024,
  /** Entries of an XLSX or ODS archive. */
  zipEntries: 5_000,
  /** Rows of one table (data and title rows), and declarations of one manifest. */
  rows: 100_000,
  /** Columns of one table. */
  columns: 500,
  /** Cells of one file, all tables together. */
  cells: 2_000_000,
  /** Characters of one CSV record. */
  recordCharacters: 1_000_000,
} as const;
