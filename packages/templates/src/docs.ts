import { loadLibrary, renderSample } from './library.js';

/** A scenario page's generated part: each template's id, limit and note rendered with its samples. */
export function scenarioSamples(scenario: string): string {
  return loadLibrary()
    .filter((template) => template.scenario === scenario)
    .map((template) => {
      const note = renderSample(template);
      const limit = template.account === 'free' ? 200 : 300;
      return `### \`${template.id}\` (${template.lang}, ${template.account}, ${note.length}/${limit} characters with the samples)\n\n> ${note}`;
    })
    .join('\n\n');
}
