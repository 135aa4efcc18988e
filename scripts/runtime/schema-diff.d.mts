export function diffMigrationsAgainstSchema(url: string): Promise<string>;
