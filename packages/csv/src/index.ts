export { readCsvBatches, readCsvFile, CsvFileError, type CsvEvent, type RecordDelimiter } from './read.js';
export { CsvRecordReader, type RecordPlace } from './reread.js';
export { exportKind, LINKEDIN_COLUMNS, preambleLines, type ExportKind } from './linkedin.js';
export { closestColumn, parseColumnMap, variableNames } from './columns.js';
export { csvText, formulaSafe } from './write.js';
