export { readCsvBatches, readCsvFile, CsvFileError, type CsvEvent } from './read.js';
export { exportKind, LINKEDIN_COLUMNS, preambleLines, type ExportKind } from './linkedin.js';
export { closestColumn, parseColumnMap, variableNames } from './columns.js';
export { csvText, formulaSafe } from './write.js';
