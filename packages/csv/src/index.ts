export { readCsvBatches, readCsvFile, CsvFileError, type CsvEvent, type CsvReadOptions, type RecordDelimiter } from './read.js';
export { CsvRecordReader, type RecordPlace } from './reread.js';
export { exportKind, LINKEDIN_COLUMNS, preambleLines, type ExportKind } from './linkedin.js';
export { closestColumn, mapColumns, parseColumnMap, type ColumnMapping, type Columns } from './columns.js';
export { csvRows, csvText, formulaSafe } from './write.js';
