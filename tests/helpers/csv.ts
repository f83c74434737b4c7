import { parse } from "csv-parse/sync";

/** CSV with a header row as objects (csv-parse: the reader of the csv-stringify project we write with). */
export function parseCsvObjects(text: string): Record<string, string>[] {
  return parse(text, { columns: true, bom: true, skip_empty_lines: true, relax_column_count: true }) as Record<
    string,
    string
  >[];
}
