import { pathToFileURL } from 'node:url';

/**
 * A user's JavaScript file (a config, a plugin) imported as an ES module. The one dynamic import
 * of the CLI: its bundle, loaded with V8's code cache, hands it to the bin (scripts/bundle.js).
 */
export function importFile(path: string): Promise<unknown> {
  return import(pathToFileURL(path).href);
}
