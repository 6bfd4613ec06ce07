import type { PlaceholderLanguage } from '../types.js';

export default {
  senderPossessives: { words: ['your', 'my', 'from', 'our'], examples: ['[Your Name]', '[your company]', '{{ my_name }}', '{fromName}', '[Our Product]'], not: ['[Their Company]'] },
  roles: {
    // A value proposition is the sender's pitch, not an offer made to the reader: `{value_prop}`.
    sender: { words: ['sender*', 'seller*', 'rep', 'reps', 'signature*', 'closing', 'signoff*', 'calendly', 'booking', 'user', 'prop', 'props', 'proposition*', 'usp'], examples: ['{{sales_rep_name}}', '{{seller}}', '[Signature]', '[your closing line]', '{!User.FirstName}', '{value_prop}'] },
    'shared-contact': {
      words: ['mutual*', 'common*', 'shared*', 'referr*', 'referral*', 'introduc*', 'intro', 'friend*', 'colleague*', 'classmate*', 'teammate*', 'coworker*', 'acquaintance*', 'recommend*', 'connector', 'ref', 'refs'],
      examples: ['[mention mutual connection]', '{ref_name}', '[Mutual Connection]', '{{mutualConnection}}', '[Referrer Name]', '{mutual}', '[Name of mutual friend]', '[Shared Contact]'],
      not: ['[Company Name]', '[Contact Name]', '[Connection Count]'],
    },
    event: {
      words: ['event', 'events', 'eventname', 'met', 'reunion*', 'conference*', 'summit*', 'meetup*', 'expo*', 'fair', 'tradeshow*', 'show', 'shows', 'webinar*', 'workshop*', 'hackathon*', 'panel*', 'session*', 'festival*', 'convention*', 'forum*', 'booth*', 'gathering*', 'roundtable*', 'congress*', 'symposi*', 'colloqui*', 'gala*', 'league*', 'tournament*', 'competition*', 'contest*', 'moot*', 'regatta*', 'marathon*', 'retreat*', 'supper*', 'bazaar*', 'concert*', 'wedding*', 'fundraiser*', 'mixer*', 'luncheon*', 'reception*', 'showcase*', 'premiere*', 'screening*', 'jam', 'jams', 'gamejam*', 'ctf', 'ctfs', 'bsides', 'defcon', 'qualifier*', 'race', 'races', 'regatta*', 'championship*', 'triathlon*'],
      examples: ['[Event]', '[Event Name]', '{{ event_title | default("our meetup") }}', '[Conference Name]', '{conference}', '[Webinar]', '%EVENT%', '{{congress_name}}', '[Symposium]'],
      not: ['[Eventual Outcome]'],
    },
    school: {
      words: ['school*', 'universit*', 'college*', 'bootcamp*', 'batch*', 'institute*', 'academy', 'academies', 'polytechnic*', 'intake*', 'program', 'programs', 'programme*', 'course*', 'cohort*', 'class', 'major*', 'degree*', 'alma', 'campus*', 'accelerator*', 'incubator*', 'mba', 'alumni', 'alum'],
      examples: ['[University]', '[School]', '{{ school_name }}', '[Bootcamp]', '{{program}}', '[Major]', '[Accelerator Name]'],
    },
    specific: {
      words: ['personali*', 'background*', 'liked', 'loved', 'enjoyed', 'stat', 'stats', 'statistic*', 'finding*', 'result*', 'goal*', 'overlap*', 'trigger*', 'admir*', 'impress*', 'resonat*', 'caught', 'purpose*', 'custom', 'customised', 'customized', 'icebreaker*', 'breaker*', 'signal*', 'research*', 'opener*', 'hook*', 'specific*', 'detail*', 'project*', 'achievement*', 'initiative*', 'insight*', 'observation*', 'point*', 'question*', 'challenge*', 'problem*', 'accomplishment*', 'milestone*', 'announcement*', 'reason*', 'aspect*', 'something', 'thing', 'pain*', 'goal*', 'win', 'wins', 'news', 'reference*', 'highlight*', 'takeaway*', 'recent*', 'update*', 'launch*', 'funding', 'promotion*', 'award*', 'overlap*', 'why', 'personal', 'mention*', 'note', 'notes', 'line', 'lines', 'snippet*', 'ground', 'memory', 'memories', 'story', 'stories', 'moment*', 'anecdote*', 'commonalit*', 'similarit*'],
      examples: ["[their recent win]", "[what you liked]", "[a relevant stat]", "[what you admire about their work]", "{{trigger}}", "[what caught your eye]", "[purpose of connecting]", "{{recent_news}}", "[Reference]", "[why you are reaching out]", "[personal note]", "[mention their work]", '[specific point]', '[the point you liked]', '[Project]', '[specific project or win]', '{specific_remark}', '[specific challenge]', '[one specific thing they built]', '{{personalized_opening}}', '{icebreaker}', '{{ice_breaker}}', '{{hiring_signal}}', '{{research}}', '{{ai_line}}', '{{snippet1}}', '[common ground]', '[1-2 sentences on why you want to connect]', '{{shared_memory}}', '[Your reason for connecting]', '{{commonality}}'],
    },
    content: {
      words: ['post', 'posts', 'format', 'formats', 'article*', 'blog*', 'talk', 'talks', 'podcast*', 'episode*', 'newsletter*', 'video*', 'paper*', 'publication*', 'interview*', 'keynote*', 'presentation*', 'thread*', 'comment*', 'writeup*', 'book', 'content*', 'slides', 'speech*', 'activity', 'activities'],
      examples: ['[Post]', '{{ recent_post }}', '{{ recent_activity }}', '{{ article_kind | default("essay") }}', '[Article Title]', '[Podcast Name]', '[Newsletter]', '[Publication]', '[a specific post they wrote]'],
      not: ['[Position]', '[Postcode]'],
    },
    praise: { words: ['compliment*', 'flatter*', 'praise*', 'generic*', 'kudos'], examples: ['[Compliment about their profile]', '{{personalised compliment}}', '[generic praise]'], not: ['[compliment on their recent post]'] },
    offer: {
      words: ['offer*', 'resource*', 'magnet*', 'freebie*', 'guide*', 'template*', 'checklist*', 'report*', 'ebook*', 'whitepaper*', 'demo*', 'trial*', 'benefit*', 'value*', 'discount*', 'audit*', 'teardown*', 'casestudy', 'playbook*', 'loom', 'looms', 'walkthrough*'],
      examples: ['[OFFER]', '{value_offer}', '[free resource]', '[free guide]', '[Checklist]', '[benefit]'],
    },
    topic: {
      words: ['topic*', 'subject*', 'theme*', 'discussed', 'conversation*', 'interest*', 'hobby', 'hobbies', 'passion*'],
      examples: ["[shared interest]", "[shared experience]", "[Hobby]", '[topic]', '{{ topic | default("your field") }}', '[topic we covered]', '{Topic}', '[Subject]'],
    },
    company: {
      words: ['outlet', 'outlets', 'newsroom', 'newsrooms', 'company', 'companies', 'companyname', 'org', 'orgs', 'organisation*', 'organization*', 'employer*', 'business*', 'firm', 'firms', 'agency*', 'agencies', 'client*', 'startup*', 'brand*', 'fund', 'funds', 'competitor*', 'portfolio*', 'team',
        // Workplaces that are not called companies: a studio, a practice, a clinic, a restaurant.
        'studio', 'studios', 'studioname', 'practice', 'practices', 'clinic*', 'hospital*', 'restaurant*', 'hotel*', 'salon*', 'bakery', 'cafe', 'cafes', 'store', 'stores', 'shop', 'shops', 'gallery', 'galleries',
        // A research group is a workplace too: `[Lab Name]`.
        'lab', 'labs', 'laboratory', 'laboratories'],
      examples: ['[Company]', '{{company}}', '[Company Name]', '[ClientOrgName]', '[Agency]', '[Competitor A]', '[Current Company]', '%COMPANY%', '{studioName}', '[Practice Name]', '[Restaurant Name]', '[Lab Name]'],
    },
    field: {
      words: ['beat', 'beats', 'industry*', 'industries', 'sector*', 'field*', 'area*', 'space', 'domain*', 'specialty*', 'specialit*', 'vertical*', 'market*', 'niche*', 'skill*', 'expertise', 'segment*', 'technolog*', 'stack', 'process', 'processes'],
      examples: ['[industry]', '{{ industry | default("retail") }}', '[Field]', '[their niche]', '{specialty}', '[Skill]', '[Market]'],
    },
    place: { words: ['city', 'cities', 'location*', 'country*', 'countries', 'region*', 'town', 'state', 'hometown'], examples: ['[City]', '{{city}}', '[Location]'] },
    group: { words: ['group*', 'community*', 'communities', 'association*', 'club*', 'network', 'church*', 'parish*', 'congregation*', 'choir*', 'mosque*', 'temple*', 'synagogue*', 'society', 'societies', 'union*', 'channel', 'channels', 'subreddit*', 'server', 'servers', 'slack', 'discord', 'workspace'], examples: ['[Group Name]', '[LinkedIn Group Name]', '[Community]', '[Church Name]', '{{ channel }}', '[Subreddit]'] },
    date: { words: ['date*', 'day', 'days', 'today', 'yesterday', 'tomorrow', 'year*', 'month*', 'week*', 'when', 'time'], examples: ['[yesterday/last week]', '[Year]', '[Date]', '{{ day }}'] },
    role: { words: ['role*', 'title*', 'position*', 'job*', 'function*', 'occupation*', 'seniority', 'department*', 'profession*'], examples: ['[Role]', '[Job Title]', '{job_title}', '{{ current_role }}', '[Position]', '{function}'] },
    person: { words: ['person', 'persons', 'people', 'contact', 'contacts', 'connection', 'connections', 'employee*', 'staff', 'coworker*', 'teammate*', 'organiser*', 'organizer*', 'host', 'hosts', 'moderator*', 'curator*', 'csm', 'csms', 'champion', 'sponsor', 'candidate*', 'investor*', 'speaker*', 'mentor*', 'expert*', 'professor*', 'teacher*', 'tutor*', 'supervisor*', 'manager*', 'boss', 'coach*', 'advisor*', 'adviser*', 'founder*', 'cofounder*', 'ceo', 'cto', 'cfo', 'coo', 'cmo', 'member*', 'owner*', 'agent', 'agents', 'broker', 'brokers', 'realtor*', 'lawyer*', 'attorney*', 'accountant*', 'recruiter*', 'sourcer*', 'executive*', 'exec', 'execs', 'director*', 'editor*', 'producer*', 'pi', 'pis'], examples: ['[Person]', '[Contact]', '[Recruiter Name]', '{{ exec_name }}', '[Organizer Name]', '[Investor Name]', '[Speaker]', '<<professor_name>>', '[Hiring Manager]', '[Founder Name]', '[Board Member Name]', '{{ceo_name}}', '[Event Organizer Name]', '[Class Agent Name]'] },
    name: {
      words: ['name*', 'first*', 'last*', 'full', 'given', 'surname*', 'nickname*', 'recipient*', 'prospect*', 'lead', 'salutation*', 'fn', 'ln'],
      examples: ['[Name]', '[First Name]', '{{firstName}}', '{{ first_name }}', '${firstName}', '%FIRSTNAME%', '#first_name#', '<First Name>', '{toFirstName}', 'FIRST_NAME', '[Recipient Name]', '{first_name.title()}'],
    },
  },
  bothHave: { words: ['common*', 'shared*'], examples: ['[common background]', '[shared goal]', '[shared interest]'] },
} satisfies PlaceholderLanguage;
