/** A config that cannot be used: says which file, which key and what was expected (exit code 2). */
export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(
    readonly file: string,
    readonly key: string,
    message: string,
  ) {
    super(`${file}: ${key ? `\`${key}\` ` : ''}${message}`);
  }
}
