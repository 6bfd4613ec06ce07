import type { Formatter } from './types.js';

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
const cdata = (text: string) => text.replace(/]]>/g, ']]]]><![CDATA[>');

/** JUnit XML, as ESLint writes it: a test suite per file, a failing test case per problem. */
export const junit: Formatter = (results) => {
  const suites = results.map((result) => {
    const path = xml(result.filePath);
    const cases = result.messages.map((message) => {
      const level = message.severity === 2 ? 'Error' : 'Warning';
      const name = xml(`invite-lint.${message.ruleId ?? 'unparsed'}`);
      const body = `line ${message.line}, col ${message.column}, ${level} - ${message.message}${message.ruleId ? ` (${message.ruleId})` : ''}`;
      return `<testcase time="0" name="${name}" classname="${path}"><failure message="${xml(message.message)}"><![CDATA[${cdata(body)}]]></failure></testcase>`;
    });
    if (cases.length === 0) cases.push(`<testcase time="0" name="${path}" classname="${path}" />`);
    return `<testsuite package="invite-lint" time="0" tests="${cases.length}" errors="${result.messages.length}" name="${path}">\n${cases.join('\n')}\n</testsuite>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n${suites.join('\n')}\n</testsuites>\n`;
};
