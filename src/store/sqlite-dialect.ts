// Kysely's own SQLite dialect on Node's built-in node:sqlite, so the embedded store needs no native addon. Kysely's
// driver expects better-sqlite3's statements; node:sqlite's differ in three ways, bridged here: parameters are spread,
// not passed as an array; a statement says whether it returns rows by its columns, not a `reader` flag; and every
// transaction starts IMMEDIATE, taking the write lock at once, so two processes writing one file wait for each
// other (busy timeout) instead of one failing with SQLITE_BUSY when its read turns into a write.
import { DatabaseSync, type SQLInputValue, type StatementSync } from 'node:sqlite';
import { SqliteDialect, type SqliteDatabase, type SqliteStatement } from 'kysely';

function statement(stmt: StatementSync): SqliteStatement {
  const params = (parameters: ReadonlyArray<unknown>) => parameters as SQLInputValue[];
  return {
    // INSERT ... RETURNING has columns too, and must be read with all().
    reader: stmt.columns().length > 0,
    all: (parameters) => stmt.all(...params(parameters)),
    run: (parameters) => stmt.run(...params(parameters)),
    iterate: (parameters) => stmt.iterate(...params(parameters)) as IterableIterator<unknown>,
  };
}

/** A DatabaseSync as Kysely's SqliteDialect reads it. */
export function adaptDatabase(db: DatabaseSync): SqliteDatabase {
  return {
    prepare: (sql: string) => statement(db.prepare(sql === 'begin' ? 'begin immediate' : sql)),
    close: () => db.close(),
  };
}

export interface SqliteFileOptions {
  /** The database file, or ':memory:'. */
  file: string;
  /** How long a writer waits for another process's write lock before failing, in milliseconds. */
  busyTimeoutMs?: number;
}

/** Opens the file in WAL mode (readers never wait for the writer) with foreign keys enforced. */
export function openSqlite({ file, busyTimeoutMs = 5000 }: SqliteFileOptions): { dialect: SqliteDialect; database: DatabaseSync } {
  const database = new DatabaseSync(file, { timeout: busyTimeoutMs });
  database.exec('PRAGMA journal_mode = WAL');
  database.exec('PRAGMA foreign_keys = ON');
  // WAL's recommended durability: a crash may lose the last commits, never corrupt the file.
  database.exec('PRAGMA synchronous = NORMAL');
  return { dialect: new SqliteDialect({ database: adaptDatabase(database) }), database };
}
