export { run } from './main.js';
export { discoverFiles, type Discovery } from './files.js';
export { formatters, type Formatter, type FormatterContext } from './formatters/index.js';
