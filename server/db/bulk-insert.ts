import { getTableColumns, getTableName, type InferInsertModel } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { InStatement } from '@libsql/client';

/** Rows per INSERT statement: a few thousand bound values each, far under SQLite's limit. */
const ROWS_PER_STATEMENT = 200;

/**
 * Multi-row INSERT statements for complete rows of `table` (every column given), written straight
 * from the table's columns: each value goes through its column's own `mapToDriverValue` (JSON,
 * booleans), as drizzle's `insert().values()` would. For large imports: drizzle builds a query
 * parameter by parameter, about 50 µs a row on the event loop; this is a string join and one
 * array. Run them with `db.$client.batch(statements, 'write')`: one transaction, all rows or none.
 */
export function bulkInsertStatements<T extends SQLiteTable>(table: T, rows: readonly InferInsertModel<T>[]): InStatement[] {
  const columns = Object.entries(getTableColumns(table));
  const head = `insert into "${getTableName(table)}" (${columns.map(([, c]) => `"${c.name}"`).join(', ')}) values `;
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const statements: InStatement[] = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(i, i + ROWS_PER_STATEMENT);
    const args: unknown[] = [];
    for (const row of chunk) {
      for (const [key, column] of columns) {
        const value = (row as Record<string, unknown>)[key];
        if (value === undefined) throw new Error(`bulkInsertStatements: ${key} is missing (give every column)`);
        args.push(value === null ? null : column.mapToDriverValue(value));
      }
    }
    statements.push({ sql: head + chunk.map(() => tuple).join(', '), args: args as InStatement extends { args?: infer A } ? A : never });
  }
  return statements;
}
