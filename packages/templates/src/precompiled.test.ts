import { describe, expect, it } from 'vitest';
import { loadLibrary } from './library.js';
import { templateFromSpec, type TemplateSpec } from './precompiled.js';
import { compileTemplate, precompileTemplate } from './render.js';
import { sampleRow } from './sample-row.js';

// What a bundler does with the precompiled source: it becomes code of the bundle.
const evaluate = (spec: string) => new Function(`return ${spec};`)() as TemplateSpec;

describe('templates precompiled for a browser', () => {
  it('render every library template as compileTemplate does, with the same variables', () => {
    for (const template of loadLibrary()) {
      const { spec, variables } = precompileTemplate(template.source);
      const compiled = compileTemplate(template.source, template.lang);
      const precompiled = templateFromSpec(evaluate(spec), variables, template.lang);
      expect(precompiled.variables, template.id).toEqual(compiled.variables);
      expect(precompiled.render(sampleRow(template)), template.id).toBe(compiled.render(sampleRow(template)));
    }
  });

  it("keep the subset: the library's helpers work, a missing field and `lookup` fail", () => {
    const { spec, variables } = precompileTemplate('Hi {{nameCase firstName}}, {{default company "your team"}} {{join topics}}.');
    const template = templateFromSpec(evaluate(spec), variables, 'es');
    expect(template.render({ firstName: 'ANA', company: '', topics: 'a; b; c' })).toBe('Hi Ana, your team a, b y c.');
    expect(() => template.render({ firstName: 'Ana' })).toThrow(/company/);
    expect(() => precompileTemplate('{{lookup this "x"}}')).toThrow();
  });
});
