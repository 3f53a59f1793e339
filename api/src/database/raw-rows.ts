import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

export type RawRow = Record<string, unknown>;

/**
 * Raw rows ⇄ entities with TypeORM's own per-driver conversions (dates, booleans), for the hot
 * paths that run prepared statements on the raw SQLite handle instead of TypeORM's query builder.
 */
export function hydrateRow<T extends ObjectLiteral>(dataSource: DataSource, target: EntityTarget<T>, row: RawRow): T {
  const metadata = dataSource.getMetadata(target);
  const entity = metadata.create() as T;
  const fields = entity as unknown as RawRow;
  for (const column of metadata.columns) fields[column.propertyName] = dataSource.driver.prepareHydratedValue(row[column.databaseName], column);
  return entity;
}

/** `SET a = ?, b = ?` (or the column list of an INSERT) and the values to bind, converted as TypeORM would store them. */
export function persistentColumns<T extends ObjectLiteral>(
  dataSource: DataSource,
  target: EntityTarget<T>,
  values: Partial<T>,
): { names: string[]; values: unknown[] } {
  const metadata = dataSource.getMetadata(target);
  const names: string[] = [];
  const bound: unknown[] = [];
  for (const [property, value] of Object.entries(values)) {
    const column = metadata.findColumnWithPropertyName(property);
    if (!column) throw new Error(`${metadata.name} has no column ${property}`);
    names.push(`"${column.databaseName}"`);
    bound.push(dataSource.driver.preparePersistentValue(value, column));
  }
  return { names, values: bound };
}

/** The table name to put in a raw statement. */
export function tableOf<T extends ObjectLiteral>(dataSource: DataSource, target: EntityTarget<T>): string {
  return `"${dataSource.getMetadata(target).tableName}"`;
}
