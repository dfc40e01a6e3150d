/** A `postgres://` or `postgresql://` URL names a PostgreSQL database; anything else is a SQLite file. */
export function isPostgresTarget(target: string): boolean {
  return /^postgres(ql)?:\/\//i.test(target.trim());
}

/**
 * The target as it may be shown: a password in a URL (user:password@host, or ?password=) is
 * replaced by "***", so error messages and logs never print it.
 */
export function redactTarget(target: string): string {
  if (!isPostgresTarget(target)) return target;
  return target
    .replace(/^(postgres(?:ql)?:\/\/[^/?#@:]*):[^@/?#]*@/i, '$1:***@')
    .replace(/([?&]password=)[^&#]*/gi, '$1***');
}
