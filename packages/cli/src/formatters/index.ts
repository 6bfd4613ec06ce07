import { json } from './json.js';
import { stylish } from './stylish.js';
import type { Formatter } from './types.js';

export const formatters: Readonly<Record<string, Formatter>> = { stylish, json };
export type { Formatter, FormatterContext } from './types.js';
