import { describe, expect, it } from 'vitest';
import { findPlaceholders, findUnclosedMustaches } from './placeholders.js';

/** `raw@start syntax name` for each placeholder, the way a reader checks spans. */
function found(text: string): string[] {
  return findPlaceholders(text).map((placeholder) => `${placeholder.raw}@${placeholder.start} ${placeholder.syntax} ${placeholder.name}`);
}

describe('findPlaceholders', () => {
  it('finds every common syntax on its own span', () => {
    expect(found('Hi {{firstName}}, {{{company}}} and {{ role }}')).toEqual([
      '{{firstName}}@3 mustache firstName',
      '{{{company}}}@18 mustache company',
      '{{ role }}@36 mustache role',
    ]);
    expect(found('at [Event] with [[Mutual]] about {topic} for ${firstName}')).toEqual([
      '[Event]@3 square Event',
      '[[Mutual]]@16 square Mutual',
      '{topic}@33 curly topic',
      '${firstName}@45 dollar firstName',
    ]);
    expect(found('Dear %%first%% from %COMPANY% at #event_name# <Company> FIRST_NAME, see ____.')).toEqual([
      '%%first%%@5 percent first',
      '%COMPANY%@20 percent COMPANY',
      '#event_name#@33 hash event_name',
      '<Company>@46 angle Company',
      'FIRST_NAME@56 caps FIRST_NAME',
      '____@72 blank ',
    ]);
  });

  it('finds format strings as scripts fill them, named or by position', () => {
    expect(found('Hi %s, we met at %(event)s; {} and {1} said hi')).toEqual(['%s@3 format ', '%(event)s@17 format event', '{}@28 format ', '{1}@35 format ']);
    expect(found('Up 20% since 2019, 50%s of people, {Hi|Hello} and %sure')).toEqual(['{Hi|Hello}@35 curly ', '|Hello}@38 curly ']);
    expect(found('Hi <%= first_name %>, at <%- lead.event %> with $mutual_name')).toEqual(['<%= first_name %>@3 erb first_name', '<%- lead.event %>@25 erb lead.event', '$mutual_name@48 dollar mutual_name']);
    expect(found('A $5 fee on $TSLA, US$40 and 5$ later')).toEqual([]);
  });

  it('finds a dollar slot in capitals when it names one, and in camel case', () => {
    expect(found('Hey $FIRST, $MUTUAL says hi from $EVENT, $FirstName')).toEqual(['$FIRST@4 dollar FIRST', '$MUTUAL@12 dollar MUTUAL', '$EVENT@33 dollar EVENT', '$FirstName@41 dollar FirstName']);
    expect(found('Long $NVDA and $AAPL, short $XYZ')).toEqual([]);
  });

  it('reads a Jinja or Liquid filter as the slot and its fallback', () => {
    const [slot] = findPlaceholders('about {{ topic | default("your field") }}.');
    expect(slot).toMatchObject({ name: 'topic', words: 'topic', fallback: 'your field', start: 6, end: 41 });
    expect(findPlaceholders("{{ event_title | default: 'our meetup' | capitalize }}")[0]).toMatchObject({ words: 'event title', fallback: 'our meetup' });
    // A method that prints the value is not part of its name.
    expect(findPlaceholders('{first_name.title()} at {company.strip()}').map((slot) => slot.words)).toEqual(['first name', 'company']);
    expect(findPlaceholders('{{default company "your team"}}')[0]).toMatchObject({ name: 'default company', fallback: 'your team' });
  });

  it('reads a spin block and spintax as alternatives, and a Jinja tag as a control tag', () => {
    // The first alternative is left between the block's opening and the rest, which is not read.
    const [spin, rest, name] = findPlaceholders('{% spin %}{% variation %}Hello{% variation %}Hi{% endspin %} {{firstName}}');
    expect(spin).toMatchObject({ syntax: 'spin', start: 0, end: 25, alternatives: ['Hello', 'Hi'], raw: '{% spin %}{% variation %}Hello{% variation %}Hi{% endspin %}' });
    expect(rest).toMatchObject({ start: 30, end: 60, control: true, unchosen: true });
    expect(name).toMatchObject({ syntax: 'mustache', start: 61 });
    expect(findPlaceholders('{Hi|Hello|Hey} Ana')[0]).toMatchObject({ syntax: 'curly', start: 0, end: 1, alternatives: ['Hi', 'Hello', 'Hey'] });
    // Alternatives apart by "|", with slots of their own and a slot's filter.
    expect(found('{% spin %} {{mutual}} told me|{{ mutual | default("a friend") }} said{% endspin %}!')).toEqual([
      '{% spin %} {{mutual}} told me|{{ mutual | default("a friend") }} said{% endspin %}@0 spin ',
      '{{mutual}}@11 mustache mutual',
      '|{{ mutual | default("a friend") }} said{% endspin %}@29 spin ',
    ]);
    expect(findPlaceholders('{% spin %}Hi|Hey{% endspin %}')[0]?.alternatives).toEqual(['Hi', 'Hey']);
    expect(findPlaceholders('{% if event %}at {{event}}{% endif %}').map((placeholder) => [placeholder.syntax, placeholder.control])).toEqual([
      ['jinja', true],
      ['mustache', undefined],
      ['jinja', true],
    ]);
  });

  it('raises no false alarm on real text', () => {
    for (const text of [
      'Loved the #DevOps and #AI threads, and C# and F# too.',
      'Write to <ana@example.com> or see <https://example.com>; it is <b>bold</b>.',
      'He wrote "teh" [sic] and cited [1] and [2].',
      'See [the checklist](https://example.com) and [docs][ref].\n[ref]: https://example.com',
      '  [guide]: ./docs/guide.md "Guide"',
      '- [x] done\n- [ ] to do',
      'Prices rose 20% and then 30%; a $5 fee, $10 later.',
      'If a < b and c > d, then x.',
      'Our API returns HTTP_OK and uses __init__.',
      'Intro\n\n___\n\nNext part',
      'Hi Ana <3 see you {soon',
      'Henrik (he says hi!) mentioned your talk (the one on caching) and the specifics (sic).',
    ]) {
      expect(found(text), text).toEqual([]);
    }
  });

  it("reads a guide's instruction in brackets as a slot, and an aside as text", () => {
    expect(found('Hi [Name], (mention one detail of their latest project). Thanks!')).toEqual([
      '[Name]@3 square Name',
      '(mention one detail of their latest project)@11 paren mention one detail of their latest project',
    ]);
    expect(found('Hola, (algo concreto de su perfil) y (añade tu propuesta).').map((slot) => /@\d+ (\S+)/.exec(slot)?.[1])).toEqual(['paren', 'paren']);
  });

  it("reads a blog template's slot noun in brackets as a slot, and asides that end in one as text", () => {
    expect(found('Hey (First Name), we met at (event name). My work is with (type of company) teams on (Particular Challenge).').map((slot) => slot.split('@')[0])).toEqual([
      '(First Name)',
      '(event name)',
      '(type of company)',
      '(Particular Challenge)',
    ]);
    expect(found('Hola (nombre), te escribe (tu nombre) por (nombre de la empresa).').map((slot) => slot.split('@')[0])).toEqual(['(nombre)', '(tu nombre)', '(nombre de la empresa)']);
    expect(found('great to meet you at (event\u00a0name)!').map((slot) => slot.split('@')[0])).toEqual(['(event\u00a0name)']);
    for (const text of ['We met at Lumen (the company I left) and talk in the field (in the field).', 'A remote role (contract role), names withheld (name withheld), built with (Claude Code) and (London Event Space).']) {
      expect(found(text), text).toEqual([]);
    }
  });

  it("reads Mailchimp's merge tags as slots", () => {
    expect(found('Hey *|FNAME|*, *|REFERRER_NAME|* said hi')).toEqual(['*|FNAME|*@4 merge FNAME', '*|REFERRER_NAME|*@15 merge REFERRER_NAME']);
  });

  it("reads Salesforce's merge fields as slots", () => {
    expect(found('Hi {!Contact.FirstName}, {!User.Name} here.')).toEqual(['{!Contact.FirstName}@3 curly Contact.FirstName', '{!User.Name}@25 curly User.Name']);
  });

  it('reads doubled brackets as a slot whatever they hold, and a call in code as text', () => {
    expect(found('Hi ((first name)), I was at ((conference)). See f((x)).')).toEqual(['((first name))@3 paren first name', '((conference))@28 paren conference']);
  });

  it("reads a guide's count of what to write as part of a slot, and a footnote's number as text", () => {
    expect(found('Hi [Name], [1-2 sentences on why you want to connect]. [2 – 3 lines on their work]')).toEqual([
      '[Name]@3 square Name',
      '[1-2 sentences on why you want to connect]@11 square 1-2 sentences on why you want to connect',
      '[2 – 3 lines on their work]@55 square 2 – 3 lines on their work',
    ]);
    expect(found('As in [1], [12] and [2024 report].')).toEqual([]);
  });

  it('reads a slot before a colon, as a formal greeting writes it', () => {
    expect(found('Estimado [Nombre]:\nLe escribo por su proyecto.')).toEqual(['[Nombre]@9 square Nombre']);
    expect(found('[Name]: thank you for the talk.')).toEqual(['[Name]@0 square Name']);
  });

  it('reads a slot a wrapped line breaks once, and not one a blank line parts', () => {
    expect(found('we met at [name of the\nconference] in May')).toEqual(['[name of the\nconference]@10 square name of the\nconference']);
    expect(found('your {{ kind |\ndefault("post") }} and <nom du\r\nsalon>')).toEqual(['{{ kind |\ndefault("post") }}@5 mustache kind', '<nom du\r\nsalon>@38 angle nom du\r\nsalon']);
    expect(found('see [a note\n\nhere] and {x\n  \ny}')).toEqual([]);
  });

  it('stays linear on text made of delimiters', () => {
    // Not a timing test: the work done is bounded per match, so 200,000 delimiters finish.
    const text = '{{'.repeat(50_000) + '[['.repeat(50_000) + '%%'.repeat(50_000) + '<<'.repeat(50_000);
    expect(findPlaceholders(text)).toEqual([]);
    expect(findUnclosedMustaches('{{ a\n{{b}} {{c\nfine').map((span) => span.start)).toEqual([0, 11]);
  });
});
