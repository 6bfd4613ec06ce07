import type { ReasonPhrases } from '../types.js';

// Where a topic named no more than that ends: the clause goes no further ("…about your journey so far.").
// Dashes as escapes: a bundle writes String.raw's characters past ASCII so, and the phrase words'
// table is keyed by each phrase as written (see phrase-words.ts).
const TOPIC_ENDS = String.raw`(?=[\s\p{Extended_Pictographic}\uFE0F]*(?:[.!?;\u2014\u2013]|$)|[\s,]+(and|or|if|so|when|whenever|sometime|some time|one day|at some point|soon|with you|these days|today|lately|too|over (a |an )?(coffee|call|chat|drink|beer|lunch|zoom))(?!\p{L}))`;

// Whom a note written to many is for, and how they are praised without saying anything.
const VAGUE_QUALITY = '(inspiring|inspirational|amazing|great|ambitious|strategic|top|smart|passionate|like-minded|forward-thinking|visionary|talented|experienced|influential|fresh|remarkable|distinguished|knowledgeable|diverse|strong|interesting|brilliant|exceptional|outstanding|innovative|committed|driven|motivated|curious)';
// A company named by its possessive, as what a pitch is like: "sales teams like Ibotta's"; not a day or anyone ("like today's", "like everyone's").
const NAMED_ONES = "(?!(today|tomorrow|yesterday|everyone|everybody|anyone|anybody|someone|somebody|nobody|mine|ours|theirs)'s)[\\p{L}&.-]+'s(?!\\p{L})";
const PEOPLE_SOUGHT = '(people|folks|leaders|professionals|experts|founders|voices|speakers|guests|partners|minds|builders|innovators|changemakers|thinkers|executives|members|participants|talent|candidates|enthusiasts|practitioners|entrepreneurs|supporters|companies|brands|businesses|investors|creators|operators|engineers|developers|designers|marketers|researchers|clinicians)';

// Their company's news as when the sender found them: "…came across your profile when Sprout Bio announced its pre-seed".
// A hook, and where a clause of its own opens after stock talk.
// A topic named after their posts, not where they post or everything: "your posts on asset management", not "your posts on LinkedIn".
const ON_A_TOPIC = '(on|about|around|covering) (?!(linkedin|here|this platform|the platform|social media|twitter|x|everything|anything|all sorts|various topics|many topics)(?!\\p{L}))[\\p{L}]';
const NEWS_WHEN_FOUND = String.raw`(when|after) (<slot>|[\p{L}\p{N}&.-]+)( [\p{L}\p{N}&.-]+){0,2} (announced|raised|closed|launched) (its|their|a|the)(?!\p{L})`;

export default {
  hooks: [
    // Worked together, thanked for a recommendation, a thesis defended with them, a catch-up (between people who know each other):
    // "the people I loved working with", "after eight years on the same floor", "thanks for your recommendation at [Company]",
    // "I defended my thesis with you", "shall we grab a coffee to catch up?".
    "(people|folks|colleagues|everyone|team|those) (i|i've|we|we've) (loved|enjoyed|liked|was lucky|were lucky|been lucky) (working|to work) with(?!\\p{L})",
    '(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|many|several|a few) years (on the same (floor|team|corridor|project|desk|shift)|side by side|next to each other|working together)(?!\\p{L})',
    '(thank you|thanks) (so much )?for (your|the) (recommendation|referral|good word|reference|introduction|intro|vouching)(?!\\p{L})',
    '(defended|presented|wrote|did) my (thesis|dissertation|viva|phd|master\'s thesis|masters thesis)( [\\p{L}-]+){0,3} (with|under|before) you(?!\\p{L})',
    '(coffee|beer|drink|lunch|call|chat) to catch up(?!\\p{L})',
    // What someone said they know: "Flo reckons you know your way around BAFA funding applications".
    '(reckons|says|said|thinks|thought|mentioned|told me)( that)? you know (your way around|a lot about|all about|everything about|loads about|plenty about|the ins and outs of)(?!\\p{L})',
    // Work passed between two in one trade: "shall we connect and pass each other work when there's too much?".
    '(pass|send|refer|throw|swap|share) (each other|one another) (work|clients|jobs|gigs|referrals|leads|projects|overflow|patients|customers)(?!\\p{L})',
    // Said without "each other": "we're both in Salt Lake real estate. Let's connect and share leads!".
    '(share|swap|trade|exchange|pass) (leads|referrals)( with (each other|one another))?(?!\\p{L})',
    // A new profile after losing the old one: "I made a new profile because the old one got hacked".
    "(made|created|opened|started|set up|had to make|had to create) a new (profile|account)(?!\\p{L})",
    "my (old |previous |other )?(profile|account) (got|was|has been) (hacked|locked|deleted|suspended|banned|compromised)(?!\\p{L})",
    // The old one no longer used, or the new one written from: "adding you here too, I don't use the other account anymore", "from my new account".
    "(don't|do not|no longer|never) use (the|my) (other|old|previous) (account|profile)(?!\\p{L})",
    "(from|on|with) (my|this) new (account|profile)(?!\\p{L})",
    // Something remembered together, what they did for the sender once (degree 1): "remember the hackathon we won in 2019?", "you trained me when I joined Ocado".
    '(remember|do you remember|you remember) (the|our|that|when we|when you and i)(?!\\p{L})',
    '(you|u) (trained|onboarded|mentored|coached|taught|hired|interviewed|managed|supervised) me(?!\\p{L})',
    // Not talked since a shared time, their role over the sender once (degree 1): "we haven't talked since university", "you were my manager at Orange".
    "(we haven't|we have not|we haven’t) (talked|spoken|caught up|seen each other) since",
    'you (were|used to be) my (manager|boss|mentor|supervisor|team lead|teacher|professor|coach|lead)(?!\\p{L})',
    // A shared past and a shared occasion (degree 1 above all): "we were colleagues at Renault back then", "great evening yesterday at the team dinner".
    '(we|we both) (were|used to be) (colleagues|classmates|teammates|neighbou?rs|flatmates|roommates|housemates|coworkers|co-workers|bandmates)(?!\\p{L})',
    '(great|lovely|fun|nice|good|brilliant) (evening|night|afternoon|day|time) (yesterday |last night |last week )?(at|during) (the|our)(?!\\p{L})',
    // Their offer thanked for, a referral asked for one role, their company's culture asked about: "thank you for offering to look at our [deck]", "refer me for the [Job Title] role", "tell me a little about the culture there".
    '(thanks|thank you|grateful|thankful) for (offering|agreeing|volunteering|the offer) to (look at|look over|review|read|check|share|help|introduce|meet|chat)(?!\\p{L})',
    '(refer|recommend|put) me (forward )?for (the|a|an|your|this|that) (<slot>|[\\p{L}-]+)( [\\p{L}-]+){0,3} (role|position|opening|job|vacancy|opportunity)(?!\\p{L})',
    '(tell|share with|walk) me( a little| a bit)?( more)? about (the|your|their) (culture|team culture|hiring process|interview process|onboarding)( (there|at <slot>|at your company|at your firm))?(?!\\p{L})',
    // Something done with or bought from them for years: "loved co-hosting the Saturday call-in show with you", "we've bought flour from you for eleven years".
    '(co-hosting|co-running|co-organi[sz]ing|co-presenting|co-writing|co-teaching) (the|our)(?!\\p{L})',
    "(we've|we have|i've|i have) (bought|ordered|sourced)( [\\p{L}-]+){0,2} from you(?!\\p{L})",
    // What the sender is working out, what they did for the reader, what is waiting for them, whom they are hiring: "I'm comparing how panels handle crop hail", "I was your translator on [Title]", "the copyedits are in your inbox", "looking for translators from Japanese for two projects".
    "(i'm|i am) (comparing|researching|looking into|mapping|studying|benchmarking) how(?!\\p{L})",
    // How people in their seat decide, asked; a search for a role with its pay: "to understand how they evaluate [Product Category]",
    // "a search I'm running for a {{role}}", "Compensation is {{comp_range}}".
    // A job opening named, followed up; their line a fit for the sender's: "as discussed on phone today regarding the [Position] opening",
    // "[Brand]'s clean-beauty line looks like a great fit for our labs".
    "(regarding|about|re|for|concerning) (the|your|this) (<slot>|[\\p{L}-]+( [\\p{L}-]+)?) (opening|role|position|vacancy|job|opportunity)(?!\\p{L})(?! (at|in|with) (a|an|some|any)(?!\\p{L}))",
    "(<slot>|your)('s)? ([\\p{L}-]+ ){0,3}(line|range|products?|brand|collection|menu|catalog|catalogue|portfolio|roaster|formula|formulas) (looks|seems|would be|could be|is)( like)? (a )?(great|good|perfect|natural|strong|ideal) fit (for|with) (our|my)(?!\\p{L})",
    // A plan both made, a debt owed, the sender a former teammate, a role fitted to their background: "Still up for that climbing trip?",
    // "I still owe you that book from the Madrid offsite", "Ex-teammate from {{old_company}} here", "a Staff iOS role that fits your SwiftUI background".
    "(still )?(up for|on for|keen for|keen on|down for|game for) (that|our) ([\\p{L}-]+ ){0,2}(trip|hike|climb|run|ride|dinner|lunch|coffee|beer|drink|game|match|session|jam|swim|surf|walk|visit|tour|plan|idea|project|collab|collaboration|podcast|workshop)s?(?!\\p{L})",
    "(i )?still owe you (that|a|the|one|those|your)(?!\\p{L})",
    "(ex-?|former |old )(teammate|team-mate|colleague|coworker|co-worker|classmate|bandmate|flatmate|roommate|manager|boss|intern|mentee) (from|at|of) (<slot>|[\\p{L}&.'-]+)",
    // It ends before their background: what that leads to may name nothing ("…your background in {{skill}}") and the role is still the reason.
    "(role|position|opening|job|vacancy) (that|which) (fits|matches|suits|would suit|is perfect for|aligns with|is made for)(?= your( [\\p{L}\\p{N}-]+){0,2} (background|experience|profile|skills|skill set|expertise|work)(?!\\p{L}))",
    // Something both know of, still on offer: "lmk if u still want that recipe".
    "(if|whether) (you|u) still (want|need) (that|those)( [\\p{L}-]+){1,2}(?!\\p{L})",
    // Who does one job at their place, asked: "do you know who handles vendor security reviews there?".
    "(do|would|might) you (happen to )?know who (handles|owns|runs|manages|leads|looks after|is in charge of|is responsible for|takes care of|deals with|signs off on|approves|buys|decides on)(?!\\p{L})",
    "(understand|learn|find out|hear|see) how ([\\p{L}-]+ ){0,2}(they|you|teams|people|companies|firms|buyers|leaders|managers|[\\p{L}-]+s) (evaluate|choose|pick|select|buy|handle|manage|approach|decide on|measure|price|hire|budget for|vet|compare)(?!\\p{L})",
    "(search|mandate|brief|requisition|req) (i'm|i am|we're|we are) (running|working on|leading|handling|recruiting) for(?!\\p{L})",
    "(compensation|comp|salary|base salary|base pay|pay|day rate|package|ote)( range)? (is|of|ranges from|up to|:)( around| about| up to)? (<slot>|[$£]|\\p{N})",
    'i was your( [\\p{L}-]+){1,2} (on|for|at|during)(?!\\p{L})',
    '(are|is) in your inbox(?!\\p{L})',
    'looking for( [\\p{L}-]+){0,2} (translators|illustrators|editors|writers|designers|developers|engineers|nurses|drivers|photographers|adjusters|consultants|freelancers|contractors|narrators) (from|for|with|who|in|to)(?!\\p{L})',
    'so i can keep (pestering|bugging|asking|badgering) you about(?!\\p{L})',
    // Years in one office, a place on their list offered, thanks for what would have failed without them: "two years sharing an office at the ABB service center", "we'd love you on our recommended florists list", "the Basel mock inspection wouldn't have survived without you".
    'sharing an? (office|desk|lab|bench|floor|shift|workshop) (at|in|with)(?!\\p{L})',
    // Time in the reader's own unit, or their company in the sender's field: "It was a privilege to work in your lab during my master's", "I'm an investor focused on {sector}. Saw that {company} is in that space".
    "(work|worked|working|intern|interned|interning|train|trained|training|volunteer|volunteered|rotate|rotated|rotating) (in|at|on|for|under|with) your (lab|laboratory|research group|group|team|department|clinic|studio|kitchen|firm|office|practice|ward|unit|newsroom|restaurant|shop|class|course|seminar)(?!\\p{L})",
    "(saw|see|noticed|notice|seeing|noticing) (that )?(<slot>|your (company|team|startup|firm)) (is|are|works|operates|plays) in (that|this|the same|our|my) (space|sector|market|field|niche|area|vertical)(?!\\p{L})",
    '(love|like) (you|to have you|to add you|to include you|to list you) (on|in) our( [\\p{L}-]+){0,2} (list|directory|roster|lineup|line-up|panel|guide)(?!\\p{L})',
    "(wouldn't|would not|couldn't|could not) have (survived|happened|worked|made it|shipped|passed|gone ahead) without you(?!\\p{L})",
    // An email thread both are on, something of one kind to talk over: "Maya put us on the same email thread about the ultramarathon medical cover", "thought we should talk shockwave protocols for plantar fasciopathy".
    '(put|added|looped|copied) us (on|in|into) the same( [\\p{L}-]+)? (thread|chain|email|call|group|channel|chat) (about|for|on)(?!\\p{L})',
    '(talk|discuss|compare|swap|trade)( [\\p{L}-]+){0,2} (protocols|plans|approaches|setups|workflows|strategies|results|programs|programmes|rigs|pipelines) (for|on|in|around)(?!\\p{L})',
    // Something named sent their way, a question without its mark: "she figured you'd want the screener we use…, so I'll send it over", "I wonder how your team scopes native-app audits".
    "(i'll|i will) send (it|them) (over|across|your way)(?!\\p{L})",
    // Not asking after them: "I've often wondered how you've been".
    // Not whether they remember the sender, which says nothing of why: "I wonder whether you might remember me".
    "(i )?(wonder|wondered|am wondering|was wondering) (how|what|why|whether|if) (your|you)(?!\\p{L})(?! (might |may |would |could |still |even )?(remember|recall|know who i am)(?!\\p{L}))(?!(?<=how you)('ve been|'re doing|'re| have been| are doing| were doing| are| were)(?=[\\s,]*([.!?;:]|and|$)))",
    // A shared past picked up, an ask for their eyes on something, their work still in use: "reconnecting after the [Test Campaign] wrap-up", "need a fresh pair of eyes on the assembly", "your telemetry scripts still run our ground station".
    'reconnecting after (the|our)(?= )',
    '(need|could use|looking for|want) a (fresh|second|new|another) (pair of eyes|set of eyes|opinion|read) on(?!\\p{L})',
    'your( [\\p{L}\\p{N}-]+){1,3} (still )?(runs?|powers?|keeps?|drives?|runs half of) our(?!\\p{L})',
    // Thanks for something they did, heard from someone: "he told me how kind you were on my reference check".
    "how (kind|helpful|generous|patient|gracious|supportive) (you were|you had been|you'd been) (on|with|during|about|in|over)(?!\\p{L})",
    // Asking to reuse their work, a rollout both are doing, notes of one kind to trade, an invitation owed since something: "Could I adapt section 3…?", "we're both rolling out…", "trade implementation notes".
    '(could|can|may|might) i (adapt|reuse|re-use|borrow|quote|cite|translate|repost|reference|build on|fork) (section|part|chapter|parts|sections|your|it|some|a few|one|bits)(?!\\p{L})',
    "(we're|we are) both (rolling out|implementing|migrating to|moving to|adopting|evaluating|piloting|deploying|launching|hiring for)(?!\\p{L})",
    '(compare|comparing|swap|swapping|trade|trading|share|sharing|exchange|exchanging) (study|exam|revision|implementation|rollout|migration|deployment|launch|hiring|pricing|onboarding|integration|vendor|tooling|setup|benchmark|field) (notes|learnings|lessons|war stories|playbooks|tips|stories)(?!\\p{L})',
    "(i've|i have) owed you (this|a|an|the) (invite|invitation|connection|note|message) since(?!\\p{L})",
    // A piece of theirs named by its quoted title: 'Read the "boring B2B" essay twice'.
    "(read|reread|watched|heard|saw|loved|enjoyed) the \"[^\"]{2,40}\" (essay|post|article|talk|piece|thread|paper|episode|video|newsletter)(?!\\p{L})",
    // A deal or matter they worked on, the sender on it too; what they taught or supervised (1st degree): "the Mercer–Talbot deal you worked on", "you taught me most of what I know about discharge planning", "for supervising my MSc dissertation".
    "(the|that)( [\\p{L}\\p{N}&'’–-]+){1,4} (deal|transaction|acquisition|merger|case|matter|arbitration|negotiation|tender|contract) you (worked on|led|advised on|handled|ran)(?!\\p{L})",
    "you (taught|showed|trained|mentored|coached) me( [\\p{L}'’-]+){0,6} (about|how|on)(?!\\p{L})",
    "(supervising|examining|marking|reviewing|chairing|supervised|examined|chaired) my (thesis|dissertation|phd|msc|ma|mba|project|capstone)( panel| committee| defen[cs]e)?(?!\\p{L})",
    // Shared work or a shared goal, said of both: "after four years sharing a desk on the payments team", "we're both hiring ML engineers in Berlin".
    "(after|over|for) (\\d+|two|three|four|five|six|seven|eight|ten|many|several|so many) (years|months) (sharing a desk|working together|side by side|on the same team|in the same team|in the same office|of working together)(?!\\p{L})",
    "(we're|we are|we were) both (hiring|recruiting|raising|fundraising|migrating|rebuilding|launching|expanding|opening)(?!\\p{L})",
    // Their help on something of the sender's, or a gift: "your code review on my Go library was gold", "your donation to our Movember page".
    "your( [\\p{L}-]+)? (review|reviews|notes|feedback|comments|edits|suggestions) (on|of|to) (my|our)(?!\\p{L})",
    "your (donation|gift|pledge|contribution|sponsorship) (to|for) (our|my|the)(?!\\p{L})",
    // Thanks for what a slot names: "Thank you for {{ help }} last spring".
    "(thank you|thanks|many thanks) for <slot>",
    // Something shared and rare: "there aren't many of us", "I don't know anyone else who keeps bees in the city".
    "(there aren't|there are not|there's not) (many|a lot) of us(?!\\p{L})",
    "(i don't|i do not) know (anyone|anybody) else (who|that) (does|keeps|makes|plays|builds|collects|brews|breeds|restores|races)(?!\\p{L})",
    // Added after an occasion together: "adding you here after the climbing trip".
    "(adding you|connecting|add you)( here| on here| on linkedin)? (after|following) (the|our|last night's|yesterday's|saturday's|sunday's|friday's)( [\\p{L}'-]+){0,2} (trip|dinner|lunch|party|wedding|game|match|hike|climb|ride|run|class|workshop|meetup|barbecue|bbq|retreat)(?!\\p{L})",
    // Something they are starting, heard of: "from Joost I heard you start a podcast on agritech".
    "(i )?(heard|hear|learned|learnt)( that)? you( are|'re|'ve| have| just|'ve just| have just)? (start|starting|started|launch|launching|launched|open|opening|opened|organi[sz]e|organi[sz]ing|organi[sz]ed|host|hosting) (a|an|the|your|new)(?!\\p{L})",
    // The sender made known by the years both shared: "it's me Venkat from the Cognizant Kochi days".
    "(it's|it is) me,? [\\p{L}'-]+( [\\p{L}'-]+)?,? from (the|our)( [\\p{L}\\p{N}&.'-]+){1,3} (days|times|years|team|batch|class|project)(?!\\p{L})",
    // Something to plan together: "Let's use this to plan the ten-year reunion".
    "(let's|let us)( use this to)? (plan|organi[sz]e|arrange|sort out|coordinate) (the|our|a|that)(?!\\p{L})",
    // The days both spent somewhere: "like in the old Lisbon office days".
    "(in|from|like in|like) the old( [\\p{L}\\p{N}&.'-]+){0,3} (office|team|school|uni|college|lab|band|club|shop|startup) days(?!\\p{L})",
    // What they offered to do, taken up: "you kindly offered at the reunion in Aldershot to introduce me to the trustees".
    "you (kindly |generously )?(offered|promised|agreed)( [\\p{L}\\p{N}&.'’-]+){0,10} to (introduce|connect|put me in touch|send|share|review|look at|show)(?!\\p{L})",
    // Time spent together, thanked for: "thanks again for the dinner after VivaTech on Thursday".
    "(thanks|thank you)( again| so much)? for (the|a|that|last night's|yesterday's)( lovely| great| nice| fun| delicious)? (dinner|lunch|breakfast|drinks|coffee|beer|evening|tour|ride|lift|party|barbecue|bbq|walk|hike|round|game)(?!\\p{L})",
    // Meeting again after a named occasion: "Reconnecting after the class reunion".
    "reconnecting after (the|our|last (week|month|year)'s)( [\\p{L}\\p{N}'-]+){0,3} (reunion|wedding|party|conference|summit|trip|dinner|retreat|offsite|course|meetup|fair|expo)(?!\\p{L})",
    // What they need, passed on: "Ulrike informed me that you search a partner for functional safety trainings".
    "(told|informed|let) (me|us)( know)?( that)? you( are|'re)? (search|searching|look|looking|seek|seeking|need|needing|plan|planning) (a|an|for|to|new|someone|some)(?!\\p{L})",
    // Something to arrange together: "adding you so we can coordinate the Youth Service Day roster".
    "so (that )?we can (coordinate|plan|organi[sz]e|sort out|sort|arrange|finali[sz]e|schedule|line up|confirm|book)(?!\\p{L})",
    // What someone passed on that they did: "[Mutual Connection] passed on that you've booked [Venue] for your wedding".
    "(passed on|let me know|mentioned|told me|said) (that )?you('ve| have| just|'ve just| have just)? (booked|bought|hired|chosen|picked|signed|moved|started|joined|launched|opened|taken on)(?!\\p{L})",
    // Whether their named company needs what the sender does: "to discuss whether LinguaBridge needs freelance interpreters".
    "(if|whether) (<slot>|your (team|company|agency|studio|firm|practice|newsroom|department)|(?!(it|you|they|we|anyone|someone|anybody|somebody|there|this|that|he|she|one)(?!\\p{L}))[\\p{L}\\p{N}&.'’-]+( [\\p{L}\\p{N}&.'’-]+){0,2}) (needs|might need|could use|is hiring|takes on|commissions) (freelance|extra|more|another|additional|part-time|contract|outside|external|new)(?!\\p{L})",
    // Work to pass between the two: "other translators I can pass overflow to", "happy to send clients your way".
    "(pass|send|refer|hand)( you)? (overflow|extra work|work|jobs|clients|cases|projects|referrals)( your way| to| on to| over to)(?!\\p{L})",
    // Work to show them, asked leave for: "would you be open to me sending my portfolio?".
    "(open to|mind|okay with|ok with) me (sending|sharing|showing)( you)? my (portfolio|reel|showreel|samples|book|cv|resume|work)(?!\\p{L})",
    // Whether they still do what the sender brings: "wondered if you're still commissioning for the weekend section".
    "(wondered|wondering|wonder) (if|whether) you('re| are)? (still )?(commissioning|hiring|taking|accepting|looking for|open to|booking|buying|recruiting)(?!\\p{L})",
    // Someone wanted for their own style, named: "need a composer with your folk-ambient sound", "an editor with your eye for pacing".
    "(need|needs|want|wants|looking for|look for|hiring)( an?| the| someone| somebody)?( [\\p{L}-]+){0,2} (with|who has) your( [\\p{L}-]+){1,3} (sound|style|eye|ear|voice|touch|approach|aesthetic|look|palette|edits|range|feel)(?!\\p{L})",
    // Their next milestone, as what a pitch is for: "on your next product launch".
    "(on|with|for) your (next|upcoming|new)( [\\p{L}\\p{N}&'-]+){0,2} (launch|campaign|release|rebrand|raise|round|opening|expansion|tour|season)(?!\\p{L})",
    // Their work as what would serve the sender's: "she thought your drift dataset might fit my third chapter".
    "your( [\\p{L}\\p{N}&'-]+){1,3} (dataset|data set|paper|study|model|code|library|method|framework|survey|archive|collection|corpus) (might|could|would|may) (fit|help|work|suit|answer|solve)",
    // Their review of the sender's work asked for: "I am still hoping you will review my chapter on transformer protection".
    "(you will|you'll|you could|you would|you'd|you can|you might|to) (review|read|look over|proofread|check|comment on) (my|our) (chapter|draft|paper|thesis|manuscript|proposal|article|report|application|dissertation)( (on|about|for) [\\p{L}\\p{N}'-]+)",
    // Their programme named as the one they lead; openings on their team asked about.
    "the( [\\p{L}\\p{N}&'-]+){1,4} (programme|program|project|initiative|study|trial|lab|fund|unit|clinic|service) you (lead|led|run|ran|head|manage|started|founded|built|set up)",
    "(learn|hear|ask|know) (more )?about (any |possible |potential |future )?(openings|opportunities|roles|positions|vacancies) (on|in|at|within) your (team|company|group|department|lab|programme|program|unit)",
    // Something to do together, named: "a joint pilot offer could shorten both our sales cycles".
    'joint (pilot|offer|webinar|event|proposal|bid|study|paper|campaign|report|workshop|venture)s?',
    // Work done with them; their firm's hiring asked with the role: "working alongside you on the Harbourfront tender", "Is Benevity hiring backend devs?".
    // A meeting already set: "Lisa introduced us by email yesterday… See you Thursday."
    '(see|meet|speak to|talk to|speak with|talk with)(?<!to (see|meet|speak to|talk to|speak with|talk with)) you (on |next |this )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|week)(?!\\p{L})',
    '(working|worked|collaborating|collaborated|serving|served|volunteering|volunteered|(good|great|nice|lovely|a pleasure|a privilege|an honou?r|fun) to (work|serve|volunteer)) (alongside|with) you on',
    // Time spent on one piece of work together, thanked for: "thanks for a great few weeks on the {client} year-end audit".
    "(thanks|thank you) for (a|an|the|those|these)( great| good| fun| brilliant| amazing| intense| productive| busy)?( few| couple of| two| three| six)? (days|weeks|months|years|sprints|shifts|seasons) (on|at|in|with) (the|our|your)(?!\\p{L})",
    '(is|are) (<slot>|[\\p{L}&.-]+|your (team|company|firm|startup|agency)) (still )?(hiring|recruiting)(?= (for )?(a |an |any )?[\\p{L}-]+)',
    // A recruiter's placement of them: "since I placed you at [Company]".
    '(i|we) placed you (at|with|in)',
    // A shared past, missed or recalled: "miss our Acme standups", "we sat together in the Lahore office for 3 years".
    '(miss|missing) our( [\\p{L}\\p{N}&-]+){1,3}', '(we|you and i) (sat|worked|studied|lived|played|trained|volunteered|sang|rowed|coached|taught|collaborated|served|shared an office)(( [\\p{L}\\p{N}-]+){1,3} together(?!\\p{L})| together (in|at|on|for|before|when|while|back|during)(?!\\p{L}))',
    // A shared past at the sender's old place, or as their supplier or client: "We collaborated briefly while I was at {{old_company}}", "your firm handled our office relocation", "as one of my longtime clients".
    '(we|you and i) (collaborated|worked)( briefly| closely| a lot)? (while|when) (i|you) (was|were) (at|with)(?!\\p{L})',
    '(your|<slot>) (firm|team|agency|company|office|practice|studio) (handled|ran|managed|did|built|designed|audited|organi[sz]ed|supplied|catered|printed) (our|my)(?!\\p{L})',
    'as (one of )?my (longtime|long-time|loyal|valued|first|favourite|favorite) (clients?|customers?|suppliers?|partners?)(?!\\p{L})',
    // A role at their organisation sought: "a supply chain internship at your esteemed organisation".
    // Not any at all, nor a job of no kind: "If any opening in your company please refer me", "looking job in your esteemed organisation".
    '(internship|role|position|job|opening|traineeship|apprenticeship)(?<!any (internship|role|position|job|opening|traineeship|apprenticeship))(?<!(a|an|looking|seeking|for|some|suitable|new) (role|position|job|opening)) (at|in|with|on) your (esteemed |reputed |great )?(organi[sz]ation|company|firm|team|bank|institution|school|hospital|lab|group)',
    // Their work beside the sender's: "you build drones for farms, I make the software that plans their routes".
    "(you|you're) (build|make|develop|supply|sell|run|lead|design|building|making|developing|supplying|selling|running|leading|designing)( [\\p{L}\\p{N}-]+){1,3} (for|in|at|with|on|to)( [\\p{L}\\p{N}-]+){1,3},? (and |while )?((i|we) (build|make|develop|supply|sell|design)|(i'm|we're) (building|making))",
    // Business already done with them, or asked of their practice: "we ship through your terminal every week", "do you take new referrals?".
    '(we|i) (already )?(ship|deliver|buy|order|source|sell|supply|send) (through|via|from|to|with|into) (your|ur)(?! (network|profile|page|feed)(?!\\p{L}))',
    '(do|does) (you|your (clinic|practice|team|firm|office|studio|school|shop|agency|lab)) (still )?(take|accept|have room for|work with) (new )?(referrals|patients|clients|students|interns|apprentices|freelancers|volunteers|commissions|bookings)',
    // An informational interview about their path or field: "an informational interview about how you got into [their field]".
    '(informational|informative|info) (interview|chat|call|conversation)s? (about|on|regarding)',
    // A meeting the note follows on from, with when, where or what: "following our lunch on Tuesday", "further to our call about the Q3 budget".
    '(following|further to|after|following up on) our (recent |last |brief |quick )?(call|chat|conversation|meeting|lunch|dinner|coffee|talk|discussion|exchange|catch-?up|zoom)(?= (on|at|in|about|regarding|yesterday|today|last|this)(?!\\p{L}))',
    // Ideas the sender has for them: "I have a few quick ideas if you're open to it".
    "(i have|i've got|i've|we have|we've got) (a few|some|a couple of|two|three|\\d+) (quick |concrete |specific |small |practical )?(ideas|suggestions|fixes|observations|recommendations)(?!\\p{L})(?! (that|which) (could|can|might|will|would|may) (help|benefit|boost|improve)(?!\\p{L}))",
    // Someone's pointer to them as the one to ask about a thing: "Jake recommended you as the person to talk to about the Series A process".
    "(as|is|are|were) the (person|one|people|go-to person|go-to) to (talk to|ask|speak to|speak with|talk with) (about|on|regarding)(?!\\p{L})",
    // Something to send after an occasion together: "adding you here after the climbing trip, I'll send the photos".
    "(i'll|i will|i'm going to|let me) (send|share|forward|pass on)( you)? (the|those|these|our|my)( [\\p{L}\\p{N}'-]+){0,3} (photos|pictures|pics|slides|notes|recording|video|videos|files|deck)(?!\\p{L})",
    // The sender's application to their programme: "my application to the Northbridge accelerator you mentor at goes in Friday".
    "my application (to|for) (the|your)( [\\p{L}\\p{N}&'-]+){0,4} (accelerator|programme|program|fellowship|residency|grant|scholarship|incubator|course|mba|phd|lab|role|position|opening)(?!\\p{L})",
    // Spare tickets or seats offered: "I've got two spare tickets for Saturday's Arsenal game".
    "(i've got|i have|i've|we've got|we have|got) (a|one|two|three|\\d+) spare (ticket|tickets|seat|seats|pass|passes|place|places|spot|spots)(?!\\p{L})",
    // A role or path of theirs the sender wants into: "I'm very interested in the [Role] path".
    "(i'm|i am) (very |really |particularly |most )?interested in (the |a |an |your )?<slot>( [\\p{L}-]+)? (path|role|roles|position|positions|field|career|track|team|programme|program)(?!\\p{L})",
    // Their view from their seat asked for: "thought your perspective at [Company] would be valuable".
    "(your|their) (perspective|experience|view|insight|insights|take|expertise|work|role)( [\\p{L}-]+){0,3} (at|in|with) (<slot>|[\\p{L}&.-]+) (would be|could be|is|will be) (valuable|useful|helpful|relevant|insightful|invaluable)",
    // A move of their company's, told by someone: "Dana mentioned the expansion of your clinic to Leeds".
    "(the|a) (launch|expansion|opening|relocation|acquisition|rebrand|migration|rollout|pilot|move) of (your|<slot>)(?!\\p{L})",
    // A launch of theirs praised: "loved the new {{product}} launch".
    "(loved|love|liked|enjoyed|saw|noticed|congrats on|congratulations on) (the|your) (new |recent |latest |big )?(<slot> |[\\p{L}&.-]+ )?(launch|release|rollout|rebrand|announcement|funding round|raise)(?!\\p{L})",
    // A partnership with their product: "we integrate with {{their_product}}", "a few shared customers keep asking".
    "(we|our (product|platform|app|tool|api)) (integrate|integrates|integrated|connect|connects|sync|syncs) with (your|<slot>)",
    "(a few|some|several|many|a handful of|\\d+) (shared|mutual|joint|common) (customers|clients|users|accounts)",
    // Openings on their team asked about; the old days together (1st degree).
    "(hear|learn|ask) about (the )?(openings|roles|opportunities|vacancies|positions) (on|at|in) (the|your|<slot>)",
    "(catch up on|remember|miss|reminisce about) the (good )?old( [\\p{L}-]+| <slot>){0,3} days",
    // What they did or know, heard from someone: "Apparently you did yours with zero lost deals", "apparently you're the one to ask about rota software".
    "apparently (you|you've|you're|your team)( also| already| just)? (did|built|ran|fixed|moved|migrated|shipped|led|cut|doubled|grew|solved|handled|managed|pulled off|got|know|wrote|rebuilt|launched|have done|done|the (person|one)|are the (person|one))(?!\\p{L})",
    // Their opinion asked on a topic named in three words or more: "what do you make of the new EU rail interoperability rules?".
    "what do you (think|make) (of|about) (the|this|that|these|those)(?!( [\\p{L}-]+){0,4} (connect|connecting|networking|network|linking))( [\\p{L}-]+){3,}(?=[^.!?\\n]*\\?)",
    // Something from a shared meeting to send on (1st degree): "so I can send over the deck from Thursday's board prep".
    "so (i|we) can (send|share|pass)( over| on)? (the|my|our) [\\p{L}-]+ from",
    // A memory shared (1st degree): "still think about that fire alarm at 3am".
    "(still|often) (think|thinking) (about|of) (that|the|our|those)",
    // Their product fitting the sender's, said plainly: "Ravelin's fraud scores would slot neatly into our checkout".
    "would (slot|fit|plug|integrate|drop)( neatly| nicely| well| right| straight)? into (our|my)",
    // Their stack, seen: "I am seeing that {{company}} is using Salesforce for forecasting".
    "(see|seeing|saw|noticed|noticing)( that)? (<slot>|your (team|company|org)|you)( is| are|'s|'re) (using|running|built on|moving to|migrating to|switching to)(?= \\p{L})",
    // Whether they still do something, someone close looking for it: "are you still doing wedding photography? My sister's looking for someone".
    "(are|is) you still (doing|running|selling|making|offering|teaching|taking|shooting|building|working on|into)",
    "(my|our) [\\p{L}-]+('s| is) looking for (someone|a|an)",
    // A few questions for a piece, asked: "could I ask you three quick questions for a news piece".
    '(could|can|may) i ask you (two|three|four|five|a few|a couple of|\\d+)( quick| short| brief)? questions (for|about|on)',
    // The same thing they did, notes from others who did it, users that overlap, a time shared by its slot: "the same monolith split you led", "I have migration notes from three teams", "our users overlap a lot", "It's <<my_name>> from the <<old_team>> days".
    "the same( [\\p{L}\\p{N}-]+){0,3} (you|your team) (led|did|ran|built|went through|made|shipped|migrated|tackled)",
    "(i|we)( have|'ve)( got)? ([\\p{L}-]+ ){0,2}(notes|data|numbers|benchmarks|case studies|playbooks?|checklists?) from",
    "(our|your) (users|customers|audiences|clients|buyers) overlap",
    "co-?marketing (swap|partnership|campaign|push|webinar)",
    "(it's|it is|this is) (me|<slot>|[\\p{L}'-]+) from the (<slot>|[\\p{L}-]+) days",
    // Roles of a kind by their slot: "working on {{role_title}} roles in {{location}}".
    "(working on|hiring for|recruiting for|sourcing for|searching for|filling|have) (a |an |two |three |several )?(open |new )?<slot> (roles?|positions?|openings?|vacanc(y|ies))",
    // An opening of the sender's, for a role it names: "we have an opening for a [Role] at [Company]", "a [Role] opening we have at [Company]",
    // "as I was searching for a [Role] for [Company]"; not a teaser ("we have an opening for the right person", "an exciting role we have").
    "((we|i)( currently| now| also)? (have|have got|got)|(we've|i've) got) (a|an|one|two|three|several|a few|some)( new| open)? (openings?|positions?|vacanc(y|ies)|roles?|reqs?|seats?) (for|on) (an?|our|my|<slot>)(?!\\p{L})(?! (right|perfect|ideal|great|good|talented|motivated|strong|passionate|driven|experienced) (person|candidate|candidates|fit|people|individuals?|professionals?)(?!\\p{L}))",
    "(a|an|the) (?!(exciting|great|amazing|interesting|unique|awesome|fantastic|incredible|new|open|perfect|good|few|couple)(?!\\p{L}))(<slot>|[\\p{L}-]+( [\\p{L}-]+){0,2}) (opening|role|position|vacancy|req|search) (we have|we've got|i have|i've got|we're hiring for|i'm hiring for|we're recruiting for|i'm recruiting for|we're trying to fill|i'm trying to fill|(we|i) just opened|(we've|i've) (just )?opened)(?!\\p{L})",
    "(searching|looking|hunting|recruiting|sourcing|hiring|headhunting) for (an?|our next|a new) <slot> (for|(at|to join|on|with)(?! (an?|any|some)(?!\\p{L})))(?!\\p{L})",
    // Their work that saved the sender, the only one of its kind, two things that share a problem, deadlines that line up: "your async-trait workaround kept our service alive", "your returns portal is the only one I know of that…", "your kombucha and my cold brew both blow their caps", "your lease ends the same quarter as ours", "your pricing-page experiment is why…".
    "your( [\\p{L}\\p{N}-]+){0,3} (workaround|fix|patch|library|crate|package|plugin|script|guide|tutorial|post|thread|talk|video|article|template|answer|config|dataset)( [^.!?]{0,40})? (kept|saved|fixed|helped|unblocked|rescued|solved)",
    // A piece of their work named, and what it did to the sender: "your group's flood-forecasting model at Hydrosense impressed me".
    "your( (group|team|lab|company|firm)('s|’s))?( [\\p{L}\\p{N}-]+){0,3} (model|study|paper|project|method|pipeline|simulation|forecast|algorithm|prototype|redesign|rollout|migration)( [^.!?]{0,40})? (impressed|inspired|fascinated|struck|intrigued) (me|us)(?!\\p{L})",
    "(is|are) the only (one|ones|team|company|firm|clinic|shop|person|people|place|plant|school)( (i|we) (know( of)?|have seen|'ve seen|can find|found))?",
    "your( [\\p{L}-]+){1,3} and (my|our)( [\\p{L}-]+){1,3} both",
    "the same (quarter|month|week|year|day|season) as (ours|mine|us)",
    "your( [\\p{L}-]+){0,3} (experiment|pilot|migration|rollout|redesign|rebrand|study|trial) (is|was|made|doubled|halved|cut|drove|worked|tripled)",
    // Their field tied to the sender's work: "I work on X, and since you're in [their industry]…".
    "(since|as|because|given that) (you're|you are) (in|at|working in|working at) <slot>",
    // A concrete ask of them: "any chance your Thursday crew has someone?".
    '(any chance|is there any chance) (you|your)',
    // Not where: "connect with you on LinkedIn" names the platform, not a topic.
    "(connect|talk|speak|chat) with you (about|regarding|on)(?! (linkedin|here|this (app|site|platform))(?!\\p{L}))",
    '(looking for|seeking) (a|an) (partner|co-?founder|collaborator|advisor|adviser) (on|for)',
    // Not a chase of an unanswered message: "just following up on my previous message".
    // The sender's own earlier message, without what it was about ("following up on my email from {{ email_date }}"), says nothing more.
    '(following up|follow up|as a follow-up) (on|to) ((<slot>|your|the)(?! (previous|last|earlier|prior|other|first) (message|note|email|e-mail|invite|invitation|request|inmail|dm)(?!\\p{L}))|(my|our)(?! ((previous|last|earlier|prior|other|first) )?(message|note|email|e-mail|invite|invitation|request|inmail|dm|voicemail)(?!\\p{L})(?! (about|on|regarding|re|with)(?!\\p{L}))))',
    '(call|meeting|demo|intro) (about|on|regarding)',
    // Talk about something, with someone or not: "talking with our CTO about [topic]".
    "((talking|chatting|speaking)( with( [\\p{L}'-]+| <slot>){1,3})?|(the|our) (conversation|chat|discussion)) (about|on|regarding|around|of)",
    // Or discussed: "{{mutual}} brought up your name while we were discussing {{topic}}".
    '(were|while|when) discussing(?= (<slot>|\\p{L}))',
    // An exchange they began, named: "following your email to our support team about the export bug", "further to your enquiry".
    "(following|further to|in response to|in reply to|re:?) (your|ur)( recent| last)? (email|e-mail|message|call|ticket|request|enquiry|inquiry|question|application|order|booking|complaint|feedback|rfp|rfq|voicemail)(?!\\p{L})",
    // A conversation had, and what about: "we spoke briefly on the phone last week about the warehouse role", "thanks for the call yesterday about the audit".
    "((we|you and i)(?<!(everything|anything|all|things|stuff)( that)? (we|you and i)) (spoke|talked|chatted|had (a|an|our)( quick| short| brief| great| good)? (call|chat|conversation|exchange))|thanks for (the|our|your) (call|chat|conversation|time on the phone))( [\\p{L}\\p{N}'-]+){0,6} (about|regarding)(?! (everything|anything|it all|all of it|all sorts|things|stuff|a lot|lots|so much|this and that)(?!\\p{L}))",
    // A board or committee both sit on: "we both serve on the board of the chamber of commerce".
    "(we're|we are|we both|you and i) (both )?(serve |sit |are )?on the (same )?(board|committee|council|advisory board|steering committee|jury) (of|for|at)",
    // What was said, named after: "I've been thinking about what we discussed on [topic]".
    '(what|everything|the things) we (discussed|talked about|covered|chatted about|went over) (on|about|around|regarding)',
    // Their name heard somewhere in particular: "your name came up when I was talking with our CTO".
    'your name (came up|comes up|was mentioned|keeps coming up) (when|while|during|in (a|our|my) (conversation|chat|call|meeting)|as (the|a|an) (person|one|expert|go-to|specialist|authority))',
    // Asked to an event of the sender's: "I'd love to invite you to our webinar on [topic]".
    '(invite|inviting|invitation for) (you|them) to (join |speak at |attend |be part of )?(our|my|the|a|an|this)(?!( [\\p{L}-]+){0,4} (network|circle|connections|contacts)(?!\\p{L}))',
    // A role, not a teaser: "I have a Backend Engineer role", "and have a [Job Title] position", not "an exciting role".
    "((i|we|and) (have|got|have got|am filling|are filling|am recruiting for|are recruiting for)|(i've|we've) got) an? (?!(exciting|great|amazing|interesting|unique|awesome|fantastic|incredible|new|open|perfect|good)( new)? (opening|role|position|vacancy|req)(?!\\p{L}))([\\p{L}-]+ ){1,4}(opening|role|position|vacancy|req)(?! in mind)",
    // A recruiter's search said as the work in hand: "at [Agency] working on a [Job Title] role with a remote [Industry] company".
    "(working on|recruiting for|hiring for|filling) an? (?!(exciting|great|amazing|interesting|unique|awesome|fantastic|incredible|new|similar)( new)? (opening|role|position|vacancy|req|search)(?!\\p{L}))(<slot> |[\\p{L}-]+ ){1,4}(opening|role|position|vacancy|req|search)(?! in mind)",
    '(years|time) together (at|on|in)',
    "how (we|<slot>|our (team|product|platform|tool|service)) (could|can|might) (support|help|work with|partner with|serve) (<slot>|your|[\\p{L}&.-]+( [\\p{L}&.-]+)?('s|’s))",
    '(lost|lose) touch (since|after|when)',
    // What they know, said as why them: "since you know the Lisbon climate-tech scene well".
    '(since|because) you know (the|a lot|so much|more|all about|everyone)',
    '(share|sharing|tell me|explain) how you (got|started|made|moved|broke|landed|built|grew|chose|picked|decided|prepared|handled|managed|approached|negotiated|switched|transitioned)',
    // Their job ad: "about the warehouse supervisor job you posted".
    "(the|your)( [\\p{L}-]+){0,3} (job|role|position|opening|vacancy|posting|listing|ad) (you|your team) (posted|shared|advertised|listed|put up)",
    // A question about what they did or how they work: "how did you make the case for the switch?";
    // not how they built a career.
    "(how|why) (did|do|does|have|has|had|were|are|is) (you|your team|your company) (?!(like|want|wanna|think|feel|say|know|mind|doing|going|been|keeping|today|finding|and|brother|sister|bro|sis|dear|sir|madam|my|friend|all|guys|there|man|mate|buddy|both|ji|bhai)(?![\\p{L}]))\\p{L}+(?! (your|such an?|a|this|that) (career|network|brand|personal brand|audience|following|reputation|path|journey)(?!\\p{L}))",
    "what (made|led|got|pushed|convinced|drew|brought) (you|your team)",
    // The same asked of their company's team, the verb before it as questions have it: "how does Canva's sales team split deals?".
    `(how|why) (did|do|does|is|are|has|have) ${NAMED_ONES}( [\\p{L}-]+){0,2} (team|teams|org|department|group|engineers|designers|marketers|recruiters|reps|staff)(?!\\p{L})`,
    // A role asked about, as many write it: "regarding the volunteer teacher position for your NGO's project".
    "(regarding|concerning|about) (the|a|an|your)( [\\p{L}'-]+){0,3} (position|role|vacancy|opening|post) (for|at|in|with)",
    "(which|what)( [\\p{L}-]+){0,3} (did|do|does|have|has|would|could|should) (you|your team) (use|pick|choose|try|build|run|measure|track|handle|price|hire|migrate|standardi[sz]e|point|recommend|suggest|advise)",
    // A problem in common, said with where it lies: "similar challenges in logistics pricing".
    '(similar|the same|shared|common) (challenges|problems|issues|pain points|headaches) (in|with|around|on|when)',
    // What they have written or said a lot about: "you've written more about Terraform drift than anyone".
    "you've (written|posted|spoken|talked) (a lot |so much |more |most )?(about|on)",
    // Passed on to them about something: "pointed me your way re: the data room templates".
    // Not how long: "I have been meaning to write to you for some time".
    '(your way|to you|(ping|message|email|call|text|pm|dm) you) (re|about|regarding|for(?! (some time|a (long |little )?while|quite (some time|a while)|ages|years|months|weeks|days|a long time|so long)(?!\\p{L}))|on)',
    // Roles to fill: "a couple of senior {{role}} roles".
    '(have|got|with) (a couple of|a few|some|several|two|three|\\d+)( (?!(exciting|great|amazing|interesting|awesome|fantastic|incredible|new|open)(?!\\p{L}))[\\p{L}\\p{N}-]+| <slot>){0,3} (roles|positions|openings|vacancies|reqs)(?! (that|which) (could|might|would|may|will|match|fit|suit|align)(?!\\p{L}))',
    // The recipient's role: "in your role as".
    'in your (role|capacity|position) (as|of)',
    // A job, a project, a plan.
    // Not what the sender's company is building, said of it: "co-founder of <Startup>, where we're building…".
    "(we're|we are|i'm|i am|she's|he's|they're|you're|you are)(?<!where (we're|we are))(?<!any (opening|openings|role|roles|position|positions|job|jobs) (you're|you are))( both| also| each| currently| now)? (hiring|recruiting|building|developing|assembling|launching|opening|raising|organi[sz]ing|hosting|running|judging|chairing|speaking at|presenting at|exhibiting at|scoping|planning|evaluating|migrating|rebuilding|starting|leading|moving|putting together|setting up|curating|researching|looking into|relocating|co-investing)(?! (something|stuff|things)(?= (that|which|i|we|you|cool|exciting|new|interesting|great|big|special|relevant|in)(?!\\p{L})|\\s*[.!?,]|\\s*$))(?!(?<=(i'm|i am|we're|we are)( both| also| each| currently| now)? (moving|relocating)) to <slot>)",
    // A pitch put to their company's slot: "worth a 15-min chat to see if it fits [Company]?".
    "(see|know|check|find out|tell|explore|hear) (if|whether|how) (it|this|that|we|they|our [\\p{L}-]+) (fits|could fit|would fit|might fit|works for|could work for|would work for|might work for|could help|would help|might help|applies to|could apply to|would apply to) <slot>(?!\\p{L})",
    // What they make at their company, as "building" is said: "what you're creating at {company} caught my eye".
    "what (you're|you are|your team is) (creating|making|designing|shipping) (at|with|over at)(?!\\p{L})",
    // Someone or something the sender has coming to their place: "one of our pupils is transferring to your school in September".
    "(is|are|will be|'s|'re)( [\\p{L}-]+)? (transferring|moving|coming|switching|being referred|being transferred) (to|into) your (school|team|ward|practice|company|firm|unit|department|class|clinic|office|site|store|branch|lab|studio|service|hospital|care|caseload)",
    // A placement or a job sought at their workplace: "I'm after a work placement at {studioName} this summer".
    "(looking for|seeking|after|hoping for|hoping to find|applying for|interested in)( a| an)?( [\\p{L}-]+){0,2} (placement|internship|apprenticeship|traineeship|work experience|residency|rotation|clerkship|shadowing|summer job|graduate job|job|role|position) (at|with) (<slot>|your (company|firm|practice|studio|team|clinic|ward|school|restaurant|hotel|lab|office|agency|studio))",
    // What they bring fits a need the sender names: "your background in cold chain is exactly what we need for a pilot".
    "(is|are|sounds like|looks like) (exactly|just|precisely) (what|the kind of (thing|experience|profile|background)) ((we|i|our team|my team)( really)? (need|needs|are looking for|am looking for|have been looking for)|(we're|i'm)( really)? looking for|(we've|i've)( really)? been looking for) (for|on) (a|an|our|my|the|this) (?!(network|community|circle|feed|page)(?!\\p{L}))(<slot>|[\\p{L}-]+)",
    // The same of a team that hires: "that's exactly the kind of experience our [Company] team is looking for".
    "(exactly|just|precisely) (what|the kind of (experience|profile|background|skills?|person)) our( <slot>| [\\p{L}&-]+){0,2} (team|company|firm|practice|clinic|lab|studio) (is|has been) (looking for|hiring for|after)",
    // A thing the sender's team weighs, named: "we're exploring a move to Kubernetes", "we're considering HubSpot"; not opportunities in general.
    "(we're|we are)( currently| now| actively)? (exploring|considering|weighing|piloting|trialling|trialing)(?! (a |an |the |new |different |other |some |more |potential |possible |career |job |business |new career |collaboration )*(opportunit(y|ies)|options|ways|possibilities|roles?|positions?|jobs?|careers?|paths?|(changes?|moves?|switch)(?! (to|from|into|off|onto|away)(?!\\p{L}))|partnerships?|collaborations?|synergies|connections|ideas|something|stuff|things|market|idea|space|field|industry|world|sector|landscape|it|this|that)(?!\\p{L}))(?= (a |an |the |our |my )?(<slot>|[\\p{L}\\p{N}-]+))",
    '(writing|researching|preparing|editing) (a|an|my|our) (book|article|paper|piece|report|thesis|story|guide|series|study|survey|history|biography|chapter|profile|feature|memoir|dissertation|documentary|retrospective)',
    '(studying|researching|investigating) (how|why|whether|what|which)',
    '(compiling|putting together|curating) (a|an|my|our)( [\\p{L}0-9-]+){0,4} (list|ranking|report|roundup|guide|directory)',
    // News of theirs: "your company just won the contract for…".
    '(your|you)( [\\p{L}-]+){0,2} (just |recently )?(won|raised|launched|opened|announced|acquired|closed|released|shipped|published|reached|crossed|signed) (the|a|an|its|their|your|\\d)',
    // Looking for someone is a purpose; looking for "new opportunities" is not (see generic).
    "(we're|we are|she's|he's|they're|you're|you are) (looking for|searching for|seeking)",
    // Someone who knows a thing, sought: "I'm looking for someone who has run a Kafka cluster".
    "(i'm|i am|we're|we are|i|we) (looking for|searching for|trying to find|need|needed) (someone|somebody|a person|an expert)( [\\p{L}-]+){0,2} (who|that) (knows?|has|had|understands?|works?|worked|did|does|ran|runs|built|builds|speaks)",
    // A thing of theirs asked after: "is the workbench still available?".
    "(is|are) (it|they|that|this|the( [\\p{L}-]+){1,2}) still (available|for sale|on|open|going ahead|happening)",
    "(integrate|integrating|integration) (with )?(your|their|<slot>'s) (api|platform|tool|product|app|system|software|sdk|plugin)",
    // A problem they share, solved by the sender: "we fixed that with usage-based billing", "happy to share how".
    "(we|i)( have|'ve)? (fixed|solved|cracked|tackled) (that|this|it|the same)",
    "share how( we did it| we did that)?(?=\\s*[.!?]|\\s*$)",
    // A question put to them: "quick question as a {job_title}: …", "I ask because…".
    "(quick|specific|concrete|practical|short) question( for you)?( as (a|an) <slot>)?:",
    "(i ask|i'm asking|asking) because",
    // The talk picked up by its topic's slot: "picking up our {{topic}} conversation", "keep riffing on <topic>".
    "(picking up|pick up|continuing|continue|carrying on|carry on|resuming|resume|following up on) (our|the|that) <slot> (conversation|discussion|chat|convo|thread)(?!\\p{L})",
    "(keep|keeping|continue|continuing) (riffing|chatting|talking|brainstorming|nerding out|jamming|swapping notes) (on|about) <slot>",
    "(keep|continue|pick up|carry on) (the|our) (conversation|discussion|chat|convo)( going| (we|you and i) (began|started|had))? (on|about|around)",
    // The talk kept going, its topic said before it: "let's keep the pricing convo going".
    "(keep|continue|pick up|carry on) (the|our)(?! (great|good|nice|lovely|interesting|fun|little)(?!\\p{L}))( [\\p{L}\\p{N}-]+){1,2} (conversation|discussion|chat|convo)( going| alive)?(?!\\p{L})(?! (on|about|around|with))",
    '(keep|continue|pick up) (the|our) <slot> (conversation|chat|discussion)',
    "(pick up|carry on|continue|keep going)( with| on)? what we (started|began|were discussing|were talking about|talked about|got into) (on|about|around|re|regarding)(?!\\p{L})",
    '(pick up|carry on|continue) (from )?where we left (off|it) (on|about|with|regarding) (<slot>|(the|your|our|that|those) [\\p{L}]+)',
    // Asking whether they own a thing: "are you still the right person for vendor onboarding at {{company}}?".
    '(are you|would you be|is this) (still )?the (right|best|correct) (person|contact|one) (for|to talk to|to speak to|on|at)',
    // Whether they hire or use something, asked; an opening of theirs asked about.
    "(are you|is your (team|company|firm|store|clinic|school)|is <slot>)( still| currently)? (hiring|recruiting|using|running|stocking|buying|outsourcing)( [\\p{L}-]+| <slot>){1,3}(?=\\s*\\?)",
    "(ask|asking|hear|learn|know) (more )?about the( [\\p{L}-]+| <slot>){0,3} (role|position|opening|vacancy)(?! (at|in) (general|the industry))",
    // Who owns something at their company, asked: "who handles vendor onboarding at {{company}}?".
    "who (handles|owns|runs|manages|leads|looks after|is in charge of|is responsible for|takes care of|decides on)( [\\p{L}-]+){1,4} (at|in|for) (<slot>|your|[\\p{L}&-]+)",
    // Their open roles: "I'd like to hear more about {company} and the roles you have open".
    "(roles|positions|openings|opportunities|vacancies|jobs) (you have|you've got|you currently have|you now have|you have currently|you're hiring for|you are hiring for|you're currently hiring for)( open| available)?",
    // A referral asked for: "would you consider referring me?".
    '(consider|mind|open to|willing to) (referring|recommending) me',
    // Not for any job at all: "can u refer me for any job in ur company?".
    '(referral|refer me) (for|to)(?! (any|a|some)( open| suitable| available| relevant| vacant| good)? (job|jobs|role|roles|position|positions|opening|openings|opportunity|opportunities|vacancy|vacancies)(?!\\p{L}))',
    // News about them read, a growth figure of theirs, a gathering they are asked to: "saw the Forbes mention of Sproutly's expansion", "your team's headcount is up 40%", "the alumni dinner is on 14 March — you in?".
    '(saw|read|noticed|spotted|caught) (the|a|your)( [\\p{L}-]+){0,2} (mention|article|news|piece|announcement|coverage|story|feature|write-?up|profile) (of|about|on|in)',
    '(headcount|team|revenue|sales|traffic|users|customers|team size|downloads) (is|are|has|have) (up|grown|doubled|tripled)',
    '(want the link|can you make it)(?=\\s*\\?)',
    '(reunion|alumni (dinner|drinks|night|lunch|meetup)|catch-up|get-together) (is|on|this|next)',
    // The same problem on the sender's side, said after what they did: "— we're tackling exactly that this quarter".
    "(we're|we are|i'm|i am) (tackling|facing|solving|fighting|working on|dealing with|wrestling with|in the middle of|about to tackle|planning) (exactly |precisely )?(that|this|the same( thing| problem| challenge| migration| project)?|something similar|a similar)",
    // Material gathered, for which theirs is asked: "I'm compiling PLG case studies for a workshop".
    '(compiling|collecting|gathering|putting together|curating)( [\\p{L}\\p{N}-]+){0,3} (case studies|examples|stories|benchmarks|quotes|resources|tools|data points) (for|on|about)',
    // Them asked to speak: "you'd be a great speaker for the {{month}} session".
    "(you'd|you would) be (a )?(great|perfect|brilliant|fantastic|ideal) (speaker|guest|panelist|panellist|judge|keynote) (for|at|on) (our|the|my|this)",
    // A debt from a shared past (1st degree): "still owe you a beer for that perf fix you helped me land".
    'you helped me( [\\p{L}-]+){0,3} (with|land|ship|fix|get|find|build|debug|solve|through)',
    // The sender's old place in their working life (1st degree): "as your former account manager at %COMPANY%…".
    "(as|i was|i used to be|i'm) your (former|old|previous|ex-?) ?(account manager|account executive|manager|colleague|teammate|mentor|coach|teacher|tutor|intern|csm|rep|consultant|recruiter|classmate|landlord|agent)",
    // Thanks for something of theirs done for the sender, photos of a time shared (1st degree): "thanks again for the intro to {{intro_name}}", "so I can send you the photos from {{trip_name}}".
    '(thanks|thank you)( again| so much)? for (the|your|that) (intro|introduction|referral|recommendation|reference|help|advice|tip|pointer) (to|with|on|about|for)',
    // A favour of theirs, dated: "thanks again for the referral last month: {{referred_candidate}} starts Monday!".
    '(thanks|thank you)( again| so much)? for (the|your|that) (intro|introduction|referral|recommendation|reference|help|advice|tip|pointer) ((last|this) (week|month|year|spring|summer|autumn|fall|winter|quarter)|yesterday|the other day|earlier this (week|month|year))(?!\\p{L})',
    // A letter they wrote for the sender: "thanks again for the recommendation letter last spring".
    '(thanks|thank you)( again| so much)? for (the|your|that) (recommendation|reference) letter',
    '(send|share|show) you (the|those|all the|my) (photos|pictures|pics|videos?|recordings?|slides|notes) (from|of)',
    "(found|came across|dug up|stumbled on|was going through)( all)? (the|some|those|our|my|all the) (old )?(photos|pictures|pics|videos|notes|slides) (from|of) (the|our|that)",
    // A favour owed, advice of theirs that paid off: "I still owe you a coffee for covering my shift", "your tip about the clause saved us £2k".
    "owe you (a |one |big |an? )?([\\p{L}-]+ )?(coffee|beer|drink|dinner|lunch|pint|round|favou?r|one|time)( [\\p{L}-]+)? (for|after)",
    "(your|that) (tip|advice|suggestion|recommendation|intro|introduction|pointer|nudge|heads-up)( (about|on|with|regarding|re|to) [^.!?]{1,60})? (saved|helped|worked|paid off|got|landed|made)",
    // The résumé put before their hiring manager, a job of theirs applied for: "I've just applied for the open [Position]".
    '(pass|passing|forward|forwarding|send|sending|share|sharing|put|putting|get|getting) my (resume|cv|application|portfolio) (to|along to|on to|in front of|through to) (the|your)( [\\p{L}-]+){0,2} (hiring manager|recruiter|recruiting team|hiring team|manager|lead|hr team|team)',
    // A resource of the sender's offered to their role: "as someone leading growth at [Company], you might find our benchmark report on trial-to-paid conversion useful".
    "(you|your team) (might|may|could|would) find (our|my|this|the|a) ([\\p{L}\\p{N}-]+ ){0,4}(report|benchmark|guide|study|analysis|checklist|template|teardown|dataset|playbook|breakdown|write-up|case study|survey)",
    // Joining their company, how its hiring went for them: "interested in joining [Company]'s engineering team", "what the interview process looked like for you".
    "(interested in|keen on|considering|thinking about|thinking of|planning on|hoping to|looking to) (joining|applying to|applying for a role at|working at|working for) (<slot>|your (team|company|firm|group|lab))",
    "(interview|hiring|application|onboarding|recruiting) process (looked|looks|was|is|felt|feels) like",
    // Interviews coming up at a place named: "I'm preparing for interviews at [Company] and would appreciate any advice".
    "(preparing|prepping|getting ready) for (an |my |the |a final |final |upcoming |my upcoming )?(interview|interviews|interview loop|onsite|assessment centre|assessment center) (at|with) (<slot>|your|[\\p{L}&.'-]+)(?!\\p{L})",
    // Applying to their company, a referral asked: "I'm applying to [Company] and would be grateful for a referral".
    "(i'm|i am|i've been|i have been) applying (to|at) <slot>",
    '(applied|applying|apply) (for|to) (the|your|one of your)( [\\p{L}\\p{N}-]+| <slot>){0,4} (role|position|opening|vacancy|job|internship|posting|req|fellowship|residency|apprenticeship|graduate scheme|<slot>)',
    // A job by its requisition number: "encouraged me to apply for req 4471 on your team".
    '(applied|applying|apply) (for|to) (the )?(req|requisition|job id|job|role|position|opening)( (no|number|id))?\\.? ?#?\\p{N}{3,}(?!\\p{L})',
    // What they work on, noticed: "I noticed you're working on {{topic}} at {{company}}".
    "(see|saw|noticed|notice|read)( that)? (you're|you are|you've been|you have been) (working on|researching|writing about|exploring|tackling|building) (<slot>|an? [\\p{L}-]+|the [\\p{L}-]+|(?!(something|anything|things|stuff|it|this|that|your|my|our|some|many|lots|a lot)(?!\\p{L}))[\\p{L}-]+ [\\p{L}-]+)",
    // A job at a place, named and wanted: "very interested in the Junior Project Engineer role at Granite Ridge".
    "(interested in|applying for|applied for|apply for|excited about|considering) (the|your|this|that)( [\\p{L}\\p{N}&'-]+| <slot>){1,5} (role|position|opening|vacancy|internship|job|post|traineeship|apprenticeship)(?= (at|with|on|in) (<slot>|the|your|[\\p{L}\\p{N}&.-]+))",
    // Their work on something named, praised: "great work on the Leeds rollout", "impressive work you're doing with {{initiative}}".
    "(great|impressive|brilliant|amazing|fantastic|excellent|nice|solid|incredible|awesome|stellar|terrific) (work|job) (you're doing |you are doing |you've done |you have done |you did )?(on|with) (the|your|that|this|<slot>)(?! (profile|page|content|posts?|network|career|journey|linkedin|feed|platform|channel|brand|team|company)(?!\\p{L}))( [\\p{L}\\p{N}&'-]+| <slot>){1,4}",
    // Their company's news congratulated: "congratulations on the product launch of Vardhman Precision".
    "(congratulations|congrats|kudos)( again)? (on|for) (the|your)( [\\p{L}-]+){0,2} (launch|release|funding|raise|round|acquisition|merger|expansion|ipo|listing)( of| at| by)?(?!\\p{L})",
    // What they did on something named: "really liked what you did on the churn-model revamp".
    "(liked|loved|enjoyed|admired|appreciated|impressed by|blown away by) what (you|your team) (did|built|shipped|led|pulled off|wrote|designed|delivered) (on|with|for) (the|your|that|this|<slot>)(?! (profile|page|content|posts?|network|career|journey|linkedin|feed|platform|channel|brand|team|company)(?!\\p{L}))( [\\p{L}\\p{N}&'-]+| <slot>){1,4}",
    // Thanked for something done for the sender: "thx again for covering my shift".
    // Their time given to the sender's people: "thank you again for taking the time last Thursday to walk our support team through the new console".
    "(thanks|thank you)( again| so much| a lot)? for taking the time( [\\p{L}\\p{N}-]+){0,3} to (walk|take|talk|show|run|guide|train|onboard) (me|us|our|my)(?!\\p{L})",
    // A season or a course they led, thanked for (someone the sender knows): "Thanks for an amazing season with the U12 girls".
    "(thanks|thank you)( so much| again)? for (an?|the)( amazing| great| fantastic| brilliant| wonderful| fun| incredible)? (season|term|semester|year|camp|course|residency|tour) (with|at|of|coaching|teaching|leading)(?!\\p{L})",
    // What their organisation needs or plans, passed on by someone: "Lotte said Borgstad needs a forklift fleet quote".
    "(said|says|mentioned|told me|thinks)(?<!(?<![\\p{L}])(i|we|you|it|this|that) (said|says|mentioned|told me|thinks))( that)?( [\\p{L}\\p{N}&.-]+){1,3} (needs|is looking for|wants|is adding|is hiring|is planning|should be)(?!\\p{L})",
    // Their firm recommended to the sender for a job of the sender's: "a friend recommended your agency for our rebrand".
    "recommended (your|ur) (agency|firm|studio|practice|company|team|services|shop|consultancy|office|clinic|lab) (for|to (us|me) for) (our|my|the)(?!\\p{L})",
    "(thanks|thank you)( again| so much| a lot)? for (covering|taking|sending|reviewing|fixing|lending|introducing|hosting|organi[sz]ing|judging|mentoring|answering|recommending|referring|checking|proofreading|vouching)(?! (your|the|my) (time|knowledge|insights?|content|posts?|thoughts)(?!\\p{L}))",
    // Someone thought the two should talk about a thing: "she thought we should talk re: the climate grant".
    "(thought|said|suggested|reckoned) (that )?(we|you and i) should (talk|chat|connect|meet|speak)( about| re:?| regarding| on)(?=:? )",
    // Someone's advice to write about a thing: "Dana advised me to get in touch with you about supplier audits".
    "(advised|told|asked|encouraged|urged|suggested|recommended) (me |that i |i )?(to )?(get in touch|contact|talk|speak|reach out|write|message)( with| to)?( you)? (about|regarding|re|on)",
    // Both on one piece of work, named: "since we're both working on [shared interest]".
    "(we're|we are|we've been|we have been) both (working on|building|researching|tackling|focused on|focusing on) (<slot>|the same|similar)",
    // Wanting to hear about their work: "I'd love to hear more about what you're working on at {{company}}", "the work you're doing over at [Company]".
    "(learn|hear|know|find out|curious|interested) (a bit |a little )?(more )?(about |in )?(what|the (work|projects|things|product|products|platform|tool|app)( that)?) (you're|you are|your team is|your team's|you've been|you and (your|the) team are|you all are|you guys are|the team is) (working on|building|shipping|launching|doing|creating|developing|making|designing|up to) (at|with|in|on|for|over at) (<slot>|[\\p{L}\\p{N}]+)",
    // People wanted, said as what the sender's thing needs: "we need mentors in civil engineering".
    "((we|i) (need|are looking for|am looking for|are seeking|are recruiting)|(we're|i'm) (looking for|seeking|recruiting)) (a few |some |more |new |two |three |\\d+ )?(mentors|speakers|volunteers|advisors|advisers|judges|panelists|panellists|guests|reviewers|beta testers|testers|contributors|interviewees|moderators|coaches|trainers|instructors)(?!\\p{L})",
    // Their company or work set against what the sender invests in or hires for: "your startup fits our thesis".
    "(startup|company|business|product|team|work|research|profile|background|experience) (fits|matches|is a (great |good |strong )?(fit|match) for|aligns with|sits squarely in) (our|my) (thesis|portfolio|mandate|fund|investment focus|criteria|open role|role|opening|search|brief)",
    // People wanted for something of the sender's: "we want seasoned operators on our advisory board".
    "(want|need|would love|'d love|looking for|seeking|hunting for|searching for|on the hunt for|on the lookout for|recruiting)( [\\p{L}-]+){0,3} (on|for|to join|to sit on|to serve on) (our|my|the) (advisory board|board of advisors|founding team|panel|podcast)",
    "(you|you've) (did|ran|led|built|delivered|designed|made) (for|with) (her|his|their|my|our)( [\\p{L}-]+){0,2} (team|company|startup|clinic|school|business|department)",
    // How they made a thing of theirs, not a career: "did you build the firebox yourself?".
    "(did|where did) you (make|build|design|source|choose|pick|decide|manage|handle|set up|price|cut|finish|train)(?! (your|such an?|a|this|that) (career|network|brand|personal brand|audience|following|reputation|path|journey)(?!\\p{L}))",
    // Something of theirs seen, from research or a change they made: "{company} came up in our research", "your team's move to Kubernetes".
    '(came up|showed up|stood out) in (our|my) (research|analysis|review|study|benchmark|shortlist|list)',
    "your (team's |company's )?(move|migration|switch|transition|shift|rebrand|expansion|pivot) (to|from|off|into)",
    // What their own pages say, what their money went into: "your API docs say webhooks retry once".
    "(your|(?<=('s|’s) ))( [\\p{L}-]+)? ?(docs|documentation|website|site|pricing page|changelog|careers page|job (post|ad|listing)|release notes|roadmap|readme|faq|status page|spec|datasheet|manual) (still )?(says?|said|mentions?|lists?|shows?|states?|notes?|promises?)",
    // Their team's own posts about a problem: "your ops team at {{company}} keeps posting about dock scheduling chaos".
    "your( [\\p{L}-]+){0,2} (team|company|people|folks|ceo|founder|cto)( at <slot>)? (keeps|kept|has been|have been|is always|are always) (posting|talking|writing|tweeting|complaining) about",
    // What their company does, said concretely: "your marketplace connects translators with agencies".
    "your (company|startup|marketplace|platform|app|product|tool|service|agency|firm|shop|store|clinic|studio|lab) (connects|matches|lets|sells|serves|ships|runs|handles|offers|provides|turns|builds|makes)(?! (great|amazing|awesome|incredible|fantastic|beautiful|a difference|an impact|waves|things|stuff)(?!\\p{L}))",
    "you (led|co-led|backed|seeded|funded|invested in|wrote (the|a) (first )?(check|cheque) (into|for|in))( [\\p{L}0-9-]+){0,4} (startups?|companies|rounds?|seed|series [a-d]|founders|teams|deals?)(?!\\p{L})",
    '(hiring|recruiting) (for )?(a|an|the|our|your|\\d|senior|junior|staff|lead)',
    // Not any at all: "refer me to any open position at your company".
    '(open|new)(?<!any (open|new)) (role|position|opening|vacancy|req)',
    // The ones open now, at a place the note names; not new ones in general ("new roles opening every month").
    'open(?<!any open) (roles|positions|openings|vacancies|reqs)',
    // A pain their kind of business is known for, by its slot, before the sender's fix: "a recurring complaint among {{industry}} plants is that…".
    "(a |the )?(common|recurring|frequent|typical|constant|top|biggest|number one|#1) (complaint|problem|pain point|pain|issue|headache|frustration|struggle|challenge|bottleneck) (among|from|for|in|at|of) <slot>",
    // Their posts or articles on a topic named, read or followed: "I follow your posts on asset management and sustainability".
    `your (posts|articles|pieces|threads|videos|essays|columns) ${ON_A_TOPIC}[\\p{L}-]+`,
    // A choice of the sender's, its two ways put to them: "is it realistic to go straight into labor & delivery as a new grad, or should I do med-surg first?".
    "(should i|is it (realistic|possible|worth it|smart|smarter|wise|better|common|normal|feasible) to)( [\\p{L}\\p{N}&/'-]+){1,10},? or (should i|would it be (better|smarter|wiser) to|is it (better|smarter|wiser) to|do i (need|have) to|would you)(?!\\p{L})",
    // A vacancy found, named, at their company: "I found the vacancy of MEP Design Engineer in your company Arabtec".
    "(found|saw|noticed|came across|read|spotted)( that)?( the| a| an| your)? (vacancy|opening|job post|job posting|job ad|job opening|open position|open role) (of|for)( (a|an|the))?( [\\p{L}&/-]+){1,4} (in|at|with|on) (your|<slot>|the)(?!\\p{L})",
    // A recruiter's or an account team's purpose: "a great fit for a Staff Engineer opening on our team".
    "(you'd|you would|you'll|you will|you might|you could) be (a|an) (great|good|perfect|strong|ideal|natural|excellent) fit(?! for (our|my) (new )?([\\p{L}-]+ ){0,2}(product|tool|platform|app|assistant|software|solution|service|offer|system)(?!\\p{L})| for[\\s\\p{Extended_Pictographic}]*([.!?]|$))",
    '(role|position|opening|vacancy)(?<!(any|suitable) (role|position|opening|vacancy)) (on|in|with) (our|my|your)',
    // How they made a move, asked; what they recruit for; their stand thanked for a visit:
    // "could I … ask how you made the switch?", "I noticed you recruit for [Company]'s engineering org".
    "(ask|hear|learn|know) (you )?how you (made|handled|managed|navigated|approached|pulled off) (the|that|your) (switch|move|transition|jump|leap|change|pivot)",
    "(you|your team) (recruit|recruits|hire|hires|source|sources|hire engineers|hire people) (for|at) <slot>",
    // An opening of theirs by its slot, a board being formed, how their company does a thing:
    // "interested in the [Role] opening", "we're forming an advisory board for {{my_company}}", "curious how {{company}} handles the handoff".
    "(interested in|applying for|excited about|curious about|asking about) (the|your) <slot>( [\\p{L}-]+)? (role|position|opening|vacancy|req|job|internship)",
    "(forming|building|putting together|assembling|creating|setting up) (an|a|our|my) (advisory board|board of advisors|advisory council|founding team|customer advisory board)",
    "(curious|wondering|keen to (learn|know|hear)|interested to (learn|know|hear)) (how|whether|if|what|why) (<slot>|you|your team|your company)( [\\p{L}-]+){0,2} (handles?|manages?|runs?|does|do|approaches?|thinks about|structures?|decides?|measures?|prices?|splits?|hires?|plans?)",
    "(i'm|i am) (your|the) new( [\\p{L}-]+){0,2} (account|customer success|partner|client|relationship) (manager|executive|rep|representative|lead)",
    '(covering|cover|managing|manage|own|owning) your (account|region|territory)',
    // The press asks for a reason of its own: a journalist with a story in hand, not their masthead alone ("I'm a journalist at Rest of World.").
    "(i'm|i am) (a|an) ([\\p{L}-]+ )?(journalist|reporter|correspondent|editor|producer|podcast host) ((at|for|with) ([\\p{L}\\p{N}&'.-]+ |<slot> ){1,4}(and )?)?(covering|writing|working on|reporting|researching|preparing|putting together|doing a (piece|story|feature|segment|series))",
    // Asking them to be something: a mentor for a project, a judge, a speaker.
    "(we need|i need|we are looking for|we're looking for|i am looking for|i'm looking for|we are seeking|we're seeking|i am seeking|i'm seeking) (a|an|someone|somebody)( [\\p{L}-]+){0,2} (mentor|advisor|adviser|speaker|judge|volunteer|coach|co-?founder|contributor|reviewer|guest|panelist|moderator)",
    '(the|a|this) (role|position|opportunity|vacancy) (at|on|in|for|that)(?! (could|might|would|may|will|i think|i believe)(?!\\p{L}))',
    '(raising|closing) (a|our)( [\\p{L}-]+)? (round|fund)',
    '(speak|present|talk) at (our|the|my)',
    "(would|i'd) love (you|for you) to (speak|join|present|contribute)",
    // Asking them to join something: a board, a team, a panel.
    '(looking for|searching for|seeking|recruiting|inviting)( [\\p{L}-]+){0,3} (to join|to have on|to sit on|for) (our|my|the) (advisory board|board|founding team|team|panel|podcast|pilot|beta|cohort)',
    // A pilot with someone or on something; not "collaboration on exciting projects" or "a partnership between our companies".
    "(pilot|partnership|collaboration|integration|proposal|introduction|intro) (with|for|on|between)(?! (exciting|interesting|future|new|potential|possible|any|some|great|meaningful|innovative|projects|opportunities|you|us|each other|our (companies|businesses|teams|organi[sz]ations|firms|brands)|(professionals|people|companies|teams|businesses|colleagues|peers|experts|leaders))(?!\\p{L}))",
    // A specific ask or topic.
    // A problem in common: "wrestling with the same timezone coverage problem".
    '(the same|a similar|the exact same)( [\\p{L}-]+){0,3} (problem|challenge|issue|pain point|migration|project|question|bottleneck|headache|struggle|fight|battle|nightmare|mess|boat|spot|situation|predicament)',
    // The same work in hand, or theirs taken over: "I'm designing a similar pipeline for a payments company", "I'm about to do the same",
    // "I'm taking over the Hartwell account you used to manage".
    "(i'm|i am|we're|we are)( now| currently| just)? (designing|building|planning|running|rolling out|migrating|setting up|launching|starting|scaling|rebuilding|implementing|deploying|redesigning|opening)( [\\p{L}-]+)? (a|an|the) (similar|same|comparable)(?!\\p{L})",
    "(i'm|i am|we're|we are) about to (do|try|attempt|start|tackle|go through|make) (the same|something similar|a similar)(?!\\p{L})",
    // A piece of their work named by what they did with it and where: "the returns dashboard you built at Zalando".
    "(the|that) ([\\p{L}\\p{N}&'.-]+ ){1,5}(you|your team) (built|launched|shipped|designed|wrote|published|led|ran|created|released|open-sourced|set up|put together|rolled out) (at|for|with) (?!(work|home|school|scale|speed|length)(?!\\p{L}))(<slot>|[\\p{L}\\p{N}&.-]+)",
    // Their advice taken, said back to them; connecting to ask them again (degree 1): "you were right about the headshot lighting", "connecting so I can ask you again next quarter".
    "you were (right|spot on|so right|totally right|dead right) about (the|my|that|our|your)(?!\\p{L})",
    // Something of a shared occasion asked for (degree 1): "pls send me the slides from Thursday's retro".
    "(send|share|forward|pass) me (the|your) (slides|deck|notes|recording|doc|file|spreadsheet|photos|pics|link|minutes) (from|of|for) (the|your|last|yesterday's|today's|<slot>|[\\p{L}\\p{N}]+'s)(?!\\p{L})",
    // What happened at a place they shared once one of them left, asked: "Did the radiator ever get fixed after I left?".
    "(after|since) (i|you|we) left(?=\\s*[?])",
    "(connecting|adding you|linking up) so (that )?(i|we) can (ask|check with|tag|send|loop in) (you|your)(?!\\p{L})",
    // One thing they did singled out, after learning from them in general: "I'd love to learn from you, especially how you scaled support from 10 to 80 people".
    "(especially|particularly|in particular|above all) (how|the way) you (\\p{L}+ed|built|grew|ran|led|made|won|cut|set up|took|brought|got|kept)(?!\\p{L})",
    "((i'm|i am|we're|we are|i'll be|we'll be)( just| now)? (taking over|inheriting|stepping into|picking up)|(i|we|i've|we've|i have|we have)( just| recently)? (took over|taken over|inherited|picked up)) (the|your)( [\\p{L}\\p{N}&.'-]+){0,3} (account|accounts|role|position|portfolio|territory|project|contract|clients?|caseload|patch|desk|team|class|classes|route|beat|shift|practice|list)(?!\\p{L})",
    // Notes compared on something; with nothing said of what, they say nothing either way.
    "(compare|comparing|swap|swapping|trade|trading|share|sharing|exchange|exchanging) (notes|ideas|experiences|learnings|lessons|thoughts|war stories|approaches|playbooks|insights|perspectives|best practices|knowledge|tips|stories|views) (to|on|about|around|regarding|re|over|from|with you on|with you about)(?! (the|our|this) (industry|field|space|sector|market)(?!\\p{L}))",
    '(learn|learning|hear|hearing|know|understand|ask)(?<!(?<!\\p{L})(i|we|you|they) (know|understand)) (more )?(how|what|why|whether|about your|about how)',
    // Their own past move asked about: "when you moved the Lisbon warehouse to cross-docking, did…".
    '(when|after|once|since) you (moved|switched|migrated|rolled out|introduced|launched|rebuilt|redesigned|adopted|replaced|automated|outsourced|restructured|scaled|opened|closed|merged|rewrote|renamed|repriced|unbundled)',
    // Their product weighed up by the sender: "we're choosing between your product and two others".
    "(choosing|deciding|picking) between (your|<slot>('s)?)",
    "(evaluating|trialling|trialing|piloting|considering|testing|shortlisted|shortlisting) (your|<slot>('s)?)( [\\p{L}-]+){0,2} (product|platform|tool|software|service|app|api|solution|system)",
    // A shared past or a promise picked up: "long time since the grad scheme", "the connection I promised",
    // "that bus-route idea we had in final year".
    '(long time|ages|years|too long) since (the|our|we|that|you and i)',
    '(i|we) (promised|swore|vowed)',
    // Who the sender is to them, by a team or class once shared (1st degree): "it's jun from the ludum dare team".
    "(it's|its|it is|this is) [\\p{L}'-]+( [\\p{L}'-]+)? from (the|our)( [\\p{L}\\p{N}'-]+){1,3} (team|crew|squad|class|cohort|course|project|band|club|shift|ward|lab)",
    // Their company's news read, by its name: "saw Hotel Lale just reopened after the renovation".
    "(saw|noticed|read|heard|see)( that)?( [\\p{L}&.'-]+){1,3} (just |recently )(reopened|opened|launched|raised|won|acquired|closed|expanded|moved|rebranded|hired)",
    // Work to pass between two firms, a job opening of theirs named: "room to send business each other's way", "about the {{role_title}} opening on your team".
    "(send|refer|pass) (business|clients|customers|leads|work|referrals|deals) (each other's|to each other|one another's)",
    '(work with|serve|sell to|share) (a lot of |many of |most of |some of )?the same (clients|customers|buyers|accounts)',
    'about the( [\\p{L}-]+| <slot>){1,3} (opening|vacancy|posting|req|position)( on| in| at| with)',
    // A favour thanked for or owed, with nothing after it: "thanks again for lending me your laptop", "I owe you dinner".
    '(thanks|thank you)( again| so much)? for (lending|covering for|covering|helping|saving|rescuing|hosting|driving|feeding|putting up with|letting|lending) me',
    "i (still )?owe you (a |an |one |that |the )?(coffee|beer|drink|dinner|lunch|pint|round|favou?r|pizza|meal)",
    // A need asked around for, an opening asked about, a fit with their product named: "when I asked who still does heritage leadwork", "any openings on your team?", "a natural fit with [Their Company]'s marketplace".
    "(would you be|are you|you'd be) (up for|interested in|open to|keen on|keen for|available for) (some |a |an )?([\\p{L}-]+ ){0,2}(work|jobs?|contracts?|gigs?|shifts?|projects?) (on|for|at|in)",
    // Asked to take a part in something of the sender's: "our meetup has a slot for a case study in March; would you be up for presenting?".
    "(would you be|are you|you'd be|would you consider|would you like to be) (up for|interested in|open to|keen on|available for)? ?(presenting|speaking|giving (a|the) talk|judging|mentoring|moderating|hosting|joining (the|our) panel|being on (the|our) panel|a guest on|guesting on)(?!\\p{L})",
    '(i|we) asked (around )?(who|whether|if) (still )?(does|do|did|can|could|knows|knew|would|handles|fixes|makes|repairs)',
    '(are there|do you have|is there) any (openings|open roles|roles|positions|vacancies|opportunities) (on|in|at|within)(?= your (team|company|department|group|firm|practice))',
    "(natural|good|great|obvious|clear|strong) fit (with|for|between) (<slot>|your)( ?'s)?",
    // Their role, named, as why a pitch bears on them: "given your role as COO at Harlow & Pike, this could save your associates hours".
    "given your (role|position|job|work) (as|at|leading|running|heading)( the| a| an)? (<slot>|[\\p{L}\\p{N}&.-]+)",
    // A fit that might be there, with a team or product of theirs: "there could be a fit with your ecosystem team".
    "(could|might|may) be a (fit|match) (with|for) (<slot>|your)( ?'s)?(?=( [\\p{L}\\p{N}&-]+){1,3})",
    // A reference asked of them: "would you write me a short recommendation?", "be one of my referees".
    "(write|give|provide) me (a|an)( short| brief| quick)? (recommendation|reference|testimonial|endorsement|letter of recommendation)",
    "(be|act as) (one of )?my (referees?|references?)",
    "(lining up|gathering|collecting|asking for) (references|referees)",
    // Their company's openings: "hearing more about {recipient_company} and its current openings".
    "(<slot>|your (company|firm|team|startup)) and (its|their|your) (current |open |upcoming )?(openings|vacancies|open roles|open positions)(?!\\p{L})",
    // A thing of theirs in the making, asked about: "curious about the logistics tooling your crew at Freightly is putting together".
    "(curious|hear|learn|know) (more )?about the( [\\p{L}-]+){1,3} (you|your (team|crew|company|startup))( at (<slot>|[\\p{L}&.-]+))?( are| is|'re| have been| has been) (putting together|building|developing|shipping|making|rolling out|working on)(?!\\p{L})",
    // What working at their company is like, asked: "what is it like working at {company}?".
    "what( it's| it is|'s it|s it| is it) like (to work|working|to intern|interning) (at|for) (<slot>|your (company|firm|startup|team|studio|agency)|(?!(home|night|nights|weekends|scale|a |an |the )(?!\\p{L}))[\\p{L}\\p{N}&.-]+)",
    // A programme or opening of theirs asked about: "recommended I ask you about your lab's [Program] internship".
    "(ask|asking|hear|learn|know) (you )?(more )?about (your|the)( [\\p{L}'-]+| <slot>){0,3} (internship|internships|program|programme|residency|fellowship|apprenticeship|graduate scheme|traineeship)",
    // What someone thought the sender's thing could do for them: "{mutual} thought our scheduling tool could help your clinic".
    "(thought|thinks|said|mentioned|suggested) (that )?((our|my) ([\\p{L}-]+ ){0,3}|<slot> )(could|might|would|can) (help|fit|work for|be useful|save (you|your)|cut (your|you)|simplify (your|you))",
    // Their eye on something of the sender's: "could I send you a few photos for an opinion?".
    "(send|show) you( [\\p{L}'-]+){0,4} (photos|pictures|images|drawings|plans|files|samples|scans|slides|recordings) (for|to get) (an|your|a second|an expert|a quick) (opinion|view|take|eye|look)",
    // What the sender asks them for: "could you send me your rates?", "I'd like to get a quote from you".
    "(send|share|quote) (me )?(your|a) (rates|prices|price list|day rate|quote|availability)",
    "(get|ask for|request) a (quote|price|estimate) from you",
    // A thing of theirs that fits the sender's need: "your plant in Querétaro looks like a fit".
    "your (plant|factory|facility|mill|warehouse|site|shop|farm|clinic|lab|studio|kitchen|fleet|yard|workshop)( in [\\p{L}-]+)? (looks like|seems like|could be|might be|would be) (a )?(good |great |strong |perfect )?(fit|match)",
    // Customers both serve, asking for something between them: "our joint customers have asked for a deeper [Product] integration".
    "our (joint|shared|mutual) (customers|clients|users|partners)",
    // A course or a stretch sat through together: "We sat through every CPA review lecture together in 2016".
    "(sat|went|got|slogged|suffered|survived) through( [\\p{L}\\p{N}'-]+){0,4} together(?!\\p{L})",
    // Work done with their team on something: "I worked with the team there on their data migration last year".
    "(i|we)( have|'ve)? (worked|partnered|collaborated) (with|alongside) (your|the) (team|company|folks|engineers|designers|crew|group|staff|firm)( there| at (<slot>|[\\p{L}&.'-]+( [\\p{L}&.'-]+){0,2}))? on (the|their|your|a|an|<slot>)(?!\\p{L})",
    // The sender's part in something of theirs to come: "I'll be your point of contact at Gusto for the payroll migration".
    "(i'll|i will|i'm going to|i am going to) be (your|the) (new |main |dedicated |primary |day-to-day )?(point of contact|contact person|account manager|account executive|rep|representative|consultant|coordinator|case manager|caseworker|recruiter|advisor|adviser|liaison|success manager|csm|onboarding (specialist|manager|lead)|project manager|tutor|instructor|coach|mentor|buddy|trainer|interviewer|host|guide)( (at|from|for|on|with|during)(?!\\p{L}))",
    // The sender known by what they did for them: "I'm the one who found your dog last weekend".
    "(i'm|i am|i was) the (one|person|guy|woman|girl|neighbou?r|driver|nurse|tech|technician) who (found|returned|helped|fixed|drove|lent|sent|rescued|delivered|repaired|towed|treated|served|hosted|interviewed|emailed|messaged|called|picked up|dropped off) (you|your)(?!\\p{L})",
    // A shared past at one company: "after we both left [Company]", "we worked at [Company] around the same time".
    "(after )?we both (left|worked at|were at|started at|joined|interned at|overlapped at|spent (time|years|a year|a summer|two years|three years|\\d+ years) at) (<slot>|[\\p{L}&.'-]+)",
    "we (worked|were) (at|in) (<slot>|[\\p{L}&.'-]+( [\\p{L}&.'-]+){0,2}) (around|at) the same time",
    // What their company needs or does now: "I noticed your company needs daily loads moved out of Hosur".
    // A piece of work of theirs named by what it is: "the fintech report you published", "the study your lab co-authored".
    "(report|study|survey|whitepaper|white paper|playbook|book|paper|benchmark|dataset|analysis|breakdown|guide|case study|research|thesis|framework|toolkit|library|plugin|course|curriculum|map|model|index|standard)(?<=(the|that|this)( [\\p{L}\\p{N}'-]+){0,3} (report|study|survey|whitepaper|white paper|playbook|book|paper|benchmark|dataset|analysis|breakdown|guide|case study|research|thesis|framework|toolkit|library|plugin|course|curriculum|map|model|index|standard)) (you|your team|your lab|your group|your firm|your company) (wrote|published|put out|released|authored|co-?authored|led|ran|built|made|designed|shared|presented|drafted|developed|created|compiled|maintain|maintained)(?!\\p{L})",
    // A shared past, said as the time spent together: "after our years on the planning desk together".
    "(our|the) (years|time|days|months|summers?|stint|shifts) (on|at|in|with)( the)?( [\\p{L}&'-]+){1,4} together(?!\\p{L})",
    // An introduction made for something: "Professor Lee introduced us by email about the clinic externship", "Dana put us in touch about the depot tender".
    "((introduced|connected) (us|me to you|you to me|the two of us)|put (us|me|you) in touch)( [\\p{L}-]+){0,4} (about|regarding|re:?|over|around) (the|your|my|our|a|an|<slot>)(?!\\p{L})(?! (few |couple of )?(months?|weeks?|years?|days?|while|fortnight|hours?|minutes?|time|same time|other day)(?!\\p{L}))",
    // A named piece of work the sender would bid on: "would be pleased to quote for the village hall contract".
    "(quote|quoting|bid|bidding|tender|tendering|submit a (quote|bid|proposal|tender)) (for|on) (the|your)(?! (next|future|upcoming|new|latest|coming)(?!\\p{L}))( [\\p{L}\\p{N}'-]+){1,4} (contract|tender|job|project|works|refurb|refurbishment|renovation|extension|fit-out|rfp|rfq)(?!\\p{L})",
    "your (company|team|firm|business|restaurant|hotel|shop|store|site|farm|practice|clinic|club|kitchen|warehouse|fleet|agency|studio|salon|gym|venue) (needs|is looking for|is hiring|is recruiting|is expanding|is opening|is moving|just opened|has just opened|requires|is tendering|put out a tender)",
    // Connecting for something to do with them: "connecting here so I can share the final edits with you".
    "(connecting|adding you|connect)( here| on here| on linkedin)? so (that )?(i|we) can (send you (the|your|those|these|that)|share (the|your|those|these|that)( [\\p{L}'-]+){1,6}( with you|(?=\\s*[.!?]|\\s*$))|tag you|pay you|invoice you|credit you|return your)",
    // Back from a new account: "I lost access to my old account, so I'm re-adding you".
    '(lost access to|locked out of|can no longer get into) (my|the) (old |previous |other )?(account|profile|linkedin)',
    "(i'm|i am) (re-?adding|adding) (you|everyone)( again| back)? (from|on|with) (my|a|this) (new|second|fresh) (account|profile)",
    'as (promised|agreed)',
    // Who they were to the sender, said outright: "it was a privilege to have you as my thesis supervisor", "you were the best manager I've had".
    "((having|have|had) you as|(you were|you've been|you have been|thanks for being|thank you for being|for being) (my|our|the best|such a( great| good)?|a (great|good|brilliant|wonderful|fantastic))) ([\\p{L}-]+ ){0,2}(manager|supervisor|mentor|boss|teacher|professor|lecturer|tutor|coach|team lead|line manager|advisor|adviser|teammate|colleague|co-?founder|client|trainer|instructor)s?(?!\\p{L})",
    // Leaving a workplace as the reason to connect: "last day at Brightwell, so connecting here".
    "((my|today is my|tomorrow is my|friday is my|it's my) )?last day(?<!(the|our|their|your|his|her|a|every|each) last day) (at|with) (<slot>|[\\p{L}\\p{N}&.-]+)",
    // Work offered: "I've got a full rewire in Headingley next month if you want it".
    "(i've got|i have|we've got|we have|got) (a|an)( [\\p{L}-]+){0,3} (job|project|contract|gig|shift|commission|rewire|refit|install|build|booking)(?=[\\s,]+(in|at|for|next|coming|starting|on|if|this)(?!\\p{L}))(?![\\s,]+in the (works|pipeline|making|planning)(?!\\p{L}))",
    // A question about a thing of theirs: "Is the Tromsø cold store still running…?", "Still got the spare kiln?".
    "(is|are|was|were) (the|your|that|their) ([\\p{L}\\p{N}'’-]+ ){1,5}still (running|open|going|on|in use|using|there|for sale|available|looking|hiring)",
    "(still|do you still|does your [\\p{L}-]+ still|are you still) (got|have|run|running|use|using|sell|selling|hire|hiring|offer|offering|need|needing|do|doing|make|making) (a|an|the|that|your|any|those|spare)",
    "did you (finally |ever |end up )?(swap|switch|move|replace|fix|sell|close|open|hire|find|keep|finish|launch|rebuild|scrap|drop|get rid of|use|try|pick|choose|outsource|run|measure|automate|train|recruit)",
    // A project of theirs by their part in it: "I noticed you're the maintainer of pg-partman".
    "(you're|you are) the (maintainer|author|creator|founder|organi[sz]er|host|owner|lead developer|editor) of",
    // Their words quoted back, a shared past recalled: "You wrote that a spreadsheet is…", "Remember swearing 'never again'…".
    "you (wrote|said|posted|argued|claimed|joked|told (us|me|the room|the audience|the panel)) (that|once|last|on|in|')",
    "remember (swearing|saying|losing|winning|building|running|our|us|when (we|you and i)|the (day|night|time|year|week) (we|you and i))",
    "(i )?remember(ed)? (that )?you (went through|did|had|faced|dealt with|handled|ran|built|made|fixed|solved)",
    // What they or their firm did, done with the sender's problem in view: "you rebuilt Orkney's agency roster",
    // "your practice drew the original plans"; not a career or a network.
    "(you|your (practice|firm|team|company|studio|office|agency|lab|clinic|school|council|charity|club|crew)) (rebuilt|ran|led|fixed|solved|set up|turned around|rescued|redesigned|overhauled|drew|restored|restructured|reorgani[sz]ed|migrated|negotiated|designed|organi[sz]ed|built|installed|supplied) (the|a|an|[\\p{L}-]+('s|’s)|our|their|that|this|its)(?! (career|network|brand|reputation|following|audience|journey|path|name)(?!\\p{L}))",
    // A piece of work they did for someone: "noticed your studio did the packaging for Wild Oat Bakery"; not "did a great job".
    "(you|your (practice|firm|team|company|studio|office|agency|lab|clinic|crew)) did the( [\\p{L}-]+)? (packaging|branding|rebrand|redesign|design|logo|website|site|app|campaign|fit-?out|interiors?|lighting|sound|photography|photos|shoot|copy|copywriting|translation|audit|migration|build|renovation|refurb|menu|identity|artwork|illustrations?|mural|signage|landscaping|catering|pr|seo|ads|launch|rollout|valuation|survey|plans|drawings|install|installation|wiring|plumbing|roof|extension) (for|on|at)(?! (a|an|some|any|many|lots of|all kinds of)(?!\\p{L}))",
    "your (practice|firm|team|company|studio|office|agency|lab|clinic|school|hospital|council|charity|club|crew|farm|shop|restaurant|hotel) (is|are) (restoring|building|running|hiring|opening|launching|moving|planning|organi[sz]ing|bidding|tendering|renovating|expanding|rebuilding|closing|relocating)",
    // Their situation about to change: "your bottling line is about to get slammed".
    "your( [\\p{L}\\p{N}-]+){1,3} (is|are) (about to|going to be|due to|set to)",
    // Something of theirs the sender bought, used, read or visited: "Bought two of your oak desks", "Read your thesis".
    "(bought|ordered|tried|installed|stayed at|ate at|visited|listened to|watched|forked|read|finished|borrowed|used) ((two|three|four|a few|some|both|all|one|most) of )?your(?! (profile|post|posts|content|feed|updates|bio|about|about section|headline|summary|linkedin)(?!\\p{L}))(?! (videos|reels|shorts|streams|articles|episodes|papers|books|podcasts|newsletter|newsletters|blog|substack|column|channel)(?!\\p{L})(?! (on|about)(?!\\p{L})))",
    // A pitch tied to their company with what it does in plain words: "we help manufacturers like
    // {{company}} reduce scrap with…"; not a promise of growth in general ("help companies like yours grow").
    `((we|i)( have|'ve)? (help|helped|work with|partner with|support)|(our|my) (platform|tool|product|software|service|solution|app|agency|team) (helps|supports)|helping) ([\\p{L}&-]+ ){0,3}(like|such as) (<slot>|yours|you|your (company|team|business|firm|clinic|practice|shop|store|school|hospital|agency|brand)|${NAMED_ONES})(?! ?(and |or |& )?<slot>)(,)? (to )?(?!(to|grow|scale|succeed|thrive|achieve|reach|hit|win|get more|generate more|boost|increase|improve|double|triple|multiply|10x|2x|3x|maximi[sz]e|transform|level up|unlock|save (time|money))(?!\\p{L}))\\p{L}+`,
    "(you|we) (keep|kept) (promising|talking about|meaning to|saying we'd)",
    // What they make for companies like theirs, by its slot: "builds Shopify Plus storefronts for outdoor brands like {company}";
    // several slots are the sender's clients: "with brands like [Client 1], [Client 2] and [Client 3]".
    "(for|with) ([\\p{L}&-]+ ){0,3}(?!(people|leaders|founders|professionals|experts|folks|minds|executives|peers)(?!\\p{L}))[\\p{L}-]+s like <slot>(?! ?(and |or |& )?<slot>)",
    // Why them and no one else: "you're the only person I know who's rebuilt a dry-stone wall".
    "(you're|you are) the (only|one) (person|one|people)( i know| i can think of)? (who|that|who's|who has|who've)",
    // A fact of their organisation's: "your hospital's decision to…", "your firm's apprentice pass rate".
    "(your [\\p{L}-]+|<slot>)('s|’s|') ([\\p{L}-]+ ){0,2}(decision|switch|move|launch|rollout|roll-out|pilot|policy|pass rate|results|figures|stats|statistics|metrics|ratings|scores|safety record|track record|expansion|acquisition|merger|rebrand|redesign|migration|shift|partnership|campaign|report|numbers|win|award|trial|approach to)(?!\\p{L})",
    "(put|puts|putting) (you|your( [\\p{L}-]+)?) forward (for|as)",
    // Research of the sender's with people like them: "I'm interviewing PMs about how they pick tools".
    "(i'm|i am|we're|we are) interviewing( [\\p{L}-]+){0,3} (about|on|for)",
    // Asked of their organisation: "does your practice still take small clients?".
    "(does|do|did|is|are|will|would|can|could|has|have) your (practice|firm|team|company|shop|clinic|school|hospital|farm|lab|agency|store|restaurant|office|department|charity|organisation|organization|council|trust|studio|kitchen|brewery|distillery|hotel|club|ward|unit|site|plant) (still |ever |already |currently )?\\p{L}+",
    "what (do|did) you do (in|with|about|for|when|differently|to)(?!\\p{L})",
    // Their openings, as a job seeker asks: "any junior openings on your web team".
    "(openings|roles|positions|vacancies) on your ([\\p{L}-]+ )?team",
    // Referrals traded, a concrete purpose: "grab a coffee and swap referrals".
    "(swap|trade|exchange|share|send) referrals",
    // Their work of a named kind: "your tissue engineering work at Genentech".
    "your( [\\p{L}-]+){1,3} (work|research) (on|at|in)(?!\\p{L})",
    // Whether they take on work like the sender's: "are you taking new matters in Q3?".
    "(are|is) (you|your (firm|practice|team|clinic|office|studio|agency)) (still |currently |now )?(taking|accepting) (on )?(new )?\\p{L}+(?=[^.!?\\n]*\\?)",
    // Asked of how they work now: "do you currently see out-of-state patients by video?".
    "do you (currently|still|already) (see|take|treat|offer|use|run|stock|sell|ship|serve|work with|accept new|cover|support|do|build|make|teach|host|organi[sz]e|handle)(?!\\p{L})(?=[^.!?\\n]*\\?)",
    // Customers in common, a product of theirs by its slot: "an integration could help both our customers", "the [Product] launch".
    "(help|helps|benefit|benefits|serve|serves|delight) both (of )?our (customers|users|clients|patients|members|audiences|communities)",
    "(the|your) <slot> (launch|release|rollout|roll-out|redesign|rebrand|beta|relaunch)(?!\\p{L})",
    "(bug|leak|memory leak|issue|crash|regression|typo|error|vulnerability|glitch) in your",
    "(test|try|pilot|trial|review) (the|your) (beta|app|tool|product|software|prototype|plugin|course)",
    // Their work set against the sender's: "your gritters cleared the B-roads before ours".
    "your( [\\p{L}\\p{N}-]+){1,8} (than|before) (ours|we did|mine|i did)",
    // The sender's project on a named subject: "I'm working on a project about [topic]".
    "(i'm|i am|we're|we are) (working on|writing|researching|putting together|preparing|developing|producing) (a|an|my|our)( [\\p{L}-]+)? (project|study|report|book|article|paper|thesis|guide|podcast|series|piece|course|documentary|survey) (about|on|into|for) (<slot>|[\\p{L}\\p{N}-]+)",
    // One organisation in common: "we both volunteer with [Organization]".
    "(we )?both (volunteer|volunteered|serve|served|sit|sat|coach|coached|mentor|mentored|play|played|sing|sang) (with|at|for|on) (<slot>|[\\p{L}\\p{N}-]+)",
    // A plan of the sender's they could help with: "I'm trying to set up a homecare service", "I'm looking for a mentor".
    "(i'm|i am|we're|we are) (trying to|about to|planning to|getting ready to|hoping to) (set up|launch|start|build|open|roll out|introduce|move|switch|migrate|bring in|pilot)",
    "(i'm|i am) looking for (a|an) (mentor|sponsor|coach|advisor|adviser|co-?founder|cofounder)",
    // Side by side at a sprint or a bench: "#pycon2024 sprint table buddy here".
    "(sprint|hackathon|workshop|lab|bench|study|desk) (table )?(buddy|neighbou?r|partner|mate|teammate)(?!\\p{L})",
    // Something the sender told them of before, named: "the ceramics shop I told you about at book club".
    "(the|that|my|our)( [\\p{L}\\p{N}'-]+){1,3} (i|we) (told you about|mentioned to you|showed you|was telling you about)(?!\\p{L})",
    // A decision of the sender's, named, to ask them about: "I'm trying to figure out trial lengths for a dev tool"; not their own career ("figure out my next step").
    "(i'm|i am|we're|we are) (trying to|about to|hoping to|still trying to) (figure out|work out|decide on|decide between|choose between|pick between|settle on|benchmark|price)(?! (my|our) (career|next|path|life|future|options|way|direction)(?!\\p{L}))(?! (what|where|which way|how) (to do|to go|i want|next)(?!\\p{L}))(?= [\\p{L}\\p{N}])",
    "what worked (for you|at|in|with|when)",
    "(could|can|might) (bring|offer) (to|for) yours",
    '(idea|plan|project|side project|side-project|startup idea|app idea) (we|you and i) (had|discussed|talked about|came up with|sketched|started|dreamed up|kicked around)',
    '(learn|hear|know) more about the (team|role|roles|opening|openings|position)',
    "(curious|wondering|keen to know|interested to hear|interested to know) (how|what|why|whether|if|about) (you|your)(?! (might |may |would |could |still |even )?(remember|recall|know who i am)(?!\\p{L}))",
    "(i'd|i would|would) (love|like) your (view|take|input|perspective|opinion|advice) (on|about)",
    // Not the sender's own content: "I share daily tips on sales automation".
    '(question|questions|advice|perspective|input|feedback|thoughts|tips|opinion|opinions)(?<!(share|shares|sharing|post|posts|posting|write|writes|writing|publish|publishes|publishing)( daily| weekly| free| regular| practical| quick)? (question|questions|advice|perspective|input|feedback|thoughts|tips|opinion|opinions)) (on|about|regarding|re)',
    // Pointers asked for one step, named: "any tips for the case interview round?".
    "(any|some|your) (tips|advice|pointers) for (the|my|your|a|an)( [\\p{L}\\p{N}'-]+){1,4}(?=\\s*\\?)",
    // Starting on their team or at their company: "I'm the intern starting on her team in June", "I'll be joining your team next month".
    "(i'm|i am|i'll be|i will be) (the |a |an |your )?(new )?([\\p{L}-]+ ){0,2}(intern|hire|starter|joiner|analyst|engineer|associate|graduate|trainee|apprentice|resident|teammate|colleague) (starting|joining)( [\\p{L}-]+){0,2} (on|in|at|with) (your|her|his|their|the) (team|department|group|unit|office|lab|ward|site)",
    // Ideas for something of theirs: "a few ideas on the onboarding flow".
    '(a few|some|a couple of|two|three|\\d+) (ideas|suggestions|questions|thoughts|observations) (on|about|for|regarding)',
    // To talk about something; the way they talk about things is praise, not a purpose.
    '(talk|chat|speak|discuss|connect)(?<!(you|they|she|he) (talk|chat|speak|discuss|connect)) (about|on|regarding|re(?=:))',
    // The same, "discuss" with its topic straight after: "I'd love to connect to discuss {{ industry }}", "to discuss your Q3 hiring plan".
    "(to|and) discuss (<slot>|(your|the)(?! (industry|field|space|sector|market|future|latest|possibilities|opportunit(y|ies)|needs|goals|challenges|business|work|career|experience|journey|plans|priorities|company|team|growth|vision|ideas|thoughts|options)(?!\\p{L})))(?!\\p{L})",
    // Asked of them or heard from them, about something: "to ask you about {{topic}}", "hear from you about the Leeds rollout".
    "(ask|asking|hear from|hearing from) you (a (quick |few |couple of )?(question|questions|things) )?(about|on|regarding)",
    // Not about something unsaid: "I'm reaching out about something I think you'll find interesting".
    '(reach|reaching|reached) out( to you)? (about|regarding|re)(?! (something|an idea|a matter|a topic|a thing)(?!\\p{L}))',
    '(contact|write to|email|message) you (about|regarding|re)',
    '(writing|getting in touch|contacting you|messaging you) (about|regarding|re)',
    // Asked about something; with nothing after it, a brain to pick is stock talk (see filler).
    `(pick your brain|get your (take|view|thoughts))(?!( sometime| some time| one day| at some point)?( (about|on) (your|the) (industry|field|career( path)?|path|journey|story|experience|work|space|sector|background))?${TOPIC_ENDS})`,
    '(would|i\'d) (value|appreciate) (your|a|ten|\\d+|some)',
    // A slot for the subject stands for it: "I'd love to learn more about [topic]".
    '(learn|hear|find out) more about <slot>',
    '(given|because of|with) your (work|role|experience|background|portfolio|expertise|research) (at|in|on|with|leading|running|heading|building|managing|scaling|driving|overseeing)',
    // The work their company does on a named thing: "love the work Figma is doing on multiplayer editing".
    "the work (<slot>|[\\p{L}&.-]+( [\\p{L}&.-]+)?|you|your team) (is|are|has been|have been) doing (on|around|with) (?!(the|this|that|your) (space|industry|field|sector|market|world|company|business|team)(?!\\p{L}))\\p{L}+",
    // Their years doing a thing: "given your years chairing the audit committee at Corvane".
    '(given|because of|with) your (years|decade|decades|time) (of |as |at |in |on |chairing|leading|running|building|managing|heading|advising)',
    // What the sender is doing that calls for them: "as we restructure ours".
    // Not where both move: "as we move in the same circles".
    '(as|while|now that) we (restructure|rebuild|build|migrate|redesign|launch|scale|plan|prepare|evaluate|set up|roll out|expand|hire|replace|move(?! (in|around|among|through|within)(?!\\p{L})))',
    // Reaching out for a reason, not because "I believe there's a great opportunity for us".
    "(i am|i'm)( also)? (reaching out|writing|getting in touch) (because|about|regarding|to ask|since)(?! (something|an idea|a matter|a topic|a thing)(?!\\p{L}))(?! (i'm|i am) (passionate|excited|enthusiastic) about)(?! (i'm|i am) (the )?(founder|co-?founder|ceo|owner|head|director) of (a|an|our)(?!\\p{L}))(?! (our|my) (agency|company|team|firm|studio|startup|platform|tool|product|service|consultancy)(?!\\p{L}))(?! (i (believe|think|feel|know) )(that )?(networking|connecting|connections|relationships|community|collaboration|meeting new people|it's important|it is important|growing (my|our|your) network)(?!\\p{L}))(?! (our |a |an )?(mutual|common|shared) (friend|connection|contact|acquaintance)(?!\\p{L}))(?! we (both |all )?(work|are|operate) in (the same|similar|<slot>)(?!\\p{L}))(?! (i (believe|think|feel) )?(that )?(there's|there is|there could be|there might be|we (could|might|can|should)|it (would|could|might) be|(we|i)('ve| have)? (help|helped|work with|worked with|partner with|support|supported) (companies|businesses|brands|teams|clients|people|professionals|leaders|organi[sz]ations))(?!\\p{L}))",
    // Something noticed about the recipient.
    // What they did at their organisation, said to them: "you scaled the support team at Kinetiq to cover 4 time zones".
    "you (scaled|grew|rebuilt|migrated|doubled|tripled|cut|rolled out|shipped|launched|built|set up|moved|took|turned around|restructured|automated) (the|your|a|an)( [\\p{L}\\p{N}-]+){0,3} (at|for) (<slot>|[\\p{L}\\p{N}&.-]+)(?!\\p{L})",
    // How a piece of their work is going, asked: "how are you finding building a design system from scratch?".
    "how (are|is) (you|your team) (finding|handling|approaching|tackling|managing|going about) [\\p{L}-]+ing(?!\\p{L})",
    // Openings counted at their company: "noticed [Company] has three open director roles".
    "(noticed|saw|see|read|heard|gather)( that)? (<slot>|[\\p{L}\\p{N}&.-]+( [\\p{L}\\p{N}&.-]+){0,2}) (has|have|is advertising|lists|posted) (two|three|four|five|several|a few|multiple|a couple of|\\d+) (open |new )?([\\p{L}-]+ ){0,2}(roles|positions|openings|vacancies|reqs)(?!\\p{L})",
    "(noticed|saw|see|read|heard|learned|learnt|came to know|come to know|got to know|gather|i hear)( that)?(?! (i|we|my|our|i've|we've|i'm|we're)(?!\\p{L}))( [\\p{L}0-9'’&.-]+){1,5} (opened|launched|raised|announced|acquired|won|released|expanded|closed|published|shipped|hired|joined|moved|started|posted|advertised|listed|opened up|merged|partnered|signed|secured|landed|redesigned|rebuilt|relaunched|revamped|overhauled|just got|received|was awarded|is taking on|crossed|just crossed|hit|topped|picked up|bagged|is testing|is trialling|is trialing|is piloting|went public|was acquired|got acquired|joined forces|is hiring|is looking for|is searching for|is recruiting|is seeking|has taken on|took on|has won|has signed|has landed|has secured|took over|just took over|is taking over|bought|purchased|is growing|is expanding|is scaling|has grown to|grew to|has doubled|has tripled|is building|is moving|is opening|is launching|is raising|is acquiring|is adding|is switching|is migrating|is rolling out|went live|is live|is now live|came out|was released|was launched|runs|uses|is using|relies on|is a user|is an early user|is a customer|is an adopter|is a sponsor|sells|ships|offers|stocks|operates|switched|rolled out|added)(?! (great|amazing|awesome|incredible|things|stuff)(?!\\p{L}))(?!(?<=is (growing|expanding|scaling))( (fast|quickly|rapidly|so fast|so quickly|like crazy|a lot|really fast))?(?=\\s*([.!?,;]|\\p{Extended_Pictographic}|$)))",
    // Something they did lately, seen: "spotted that you've rebuilt your team's onboarding from scratch".
    "(i )?(see|saw|noticed|spotted|read|heard)( that)? (you've|you have|your team has|your company has) (just |recently )?(rebuilt|redesigned|rolled out|launched|migrated|switched|shipped|opened|restructured|automated|overhauled|revamped|expanded|raised|published|moved|been hiring|been expanding|been scaling|been opening)(?!\\p{L})",
    // Not their echo of what the sender said of themselves: "I'm passionate about X and see you are too".
    "(i )?(see|saw|noticed|read|heard|learned|understand)( that)? (you|your team|your company)( [\\p{L}']+)?( (are|were|have|just|recently|lead|led|run|work|moved|joined|started|opened|launched|built|wrote|manage|own|head|use|uses|maintain|maintained|created|founded|co-founded|organi[sz]e|organi[sz]ed|host|hosted|teach|taught|designed|developed|chair|chaired|curate|curated|edit|edited|mentor|mentored|volunteer|volunteered))(?! (too|as well)(?!\\p{L}))(?!( [\\p{L}']+)? (viewed|visited|checked out|looked at|stopped by|liked|followed) (my|our)(?!\\p{L}))",
    '(told|tells|telling) me (about )?(you|your|that you)',
    '(mentioned|said|says) (that )?(you|your)',
    '(congrats|congratulations) on',
    // Not "as you may have seen", which tells of the sender's own news.
    "(since|because|as|now that) you(?! (may|might|probably|will|would|could|can|already) (have )?(seen|heard|noticed|read|know)(?!\\p{L}))( [\\p{L}]+)? (run|lead|manage|own|head|oversee|scaled|built|led|ran|launched|wrote|spoke|grew|founded|started|moved|joined|left|shipped|hired|raised|managed|created|designed|are|were|have|had)",
    // Not their field named and praised: "your work in the fintech space caught my eye", "your experience in cybersecurity."
    "your (work|team|research|book|project|experience|company|role|approach) (on|at|with|building|scaling|in(?! (the )?([\\p{L}-]+ ){0,2}(space|industry|sector|field|world|market|area|domain|arena|landscape)(?!\\p{L}))(?! ([\\p{L}-]+ )?[\\p{L}-]+(?=\\s*([.!?,;—–]|$)|\\s+(really|truly|caught|stands|stood|is|has|inspires|impressed|impresses)(?!\\p{L}))))",
    "(you're|you are) (the person|one of the few|the go-to)",
    // A group in common is a (weak) reason, though never a 3rd-degree context.
    "(both|we're both|we are both) (in|members of|part of|active in) (the|a|same)",
    // Life in common: the same team, class, building.
    '(our|my) (kids|children|son|daughter|dogs|dog) (are|is|go|goes|play|plays|train|trains) (in|on|at|to|for) the same',
    "(we're|we are|we were|we both) (now )?(on|in|at) the same (team|squad|crew|project|shift|unit|department|ward|class|school|gym|club|building|street|floor|choir|course|flight|table)",
    // A shared past (1st degree).
    // Not a third person's past with the sender: "{{mutual}} and I worked together for years".
    '(worked|shipped|built|studied|played|served|launched|hacked|made|wrote|ran|started|organi[sz]ed|coded|designed|founded)(?<!((?<!you) and (i|me)|(?<![^\\p{L}](i|me)) and you|you two|you both|both of you|the two of you|they) (worked|shipped|built|studied|played|served|launched|hacked|made|wrote|ran|started|organi[sz]ed|coded|designed|founded)) (together|with you)',
    '(working|collaborating) with you (on|at|in)',
    '(nominating|nominate|nominated|recommending|recommended) you for',
    '(you )?remember me (from|at)(?! all(?!\\p{L}))',
    '(still thinking|still laughing|thinking back) about (that|our|the)',
    // Not "since we last spoke!" with nothing after: any two who ever talked.
    '(since|when) we (worked|shipped|met|last|were)(?!(?<=last) (spoke|talked|chatted|caught up|connected|met|saw each other)(?=\\s*[.!?,;]|\\s*$))',
    // An offer of theirs still standing, years spent in one place: "is your offer to read my chapter still open?", "after the Strathclyde lab years".
    'your offer to (read|review|look at|help|introduce|share|send|mentor|check)',
    "(the|our) ([\\p{L}'-]+ )?(lab|team|office|uni|grad school|school|college|startup|agency|newsroom|residency) (years|days)(?!\\p{L})",
    // Time since something lived together; "it's been a while!" and nothing more says nothing.
    "(it's been|been) (ages|a while|years|so long|forever) since",
    // "the team at {{company}}" alone is theirs: "the work you and the team at {{company}} are doing".
    '(our (old |former )?|the (old|former) )(project|team|days|thesis|startup) (together|at|in|on|back)',
    '(our|the) time (at|in|on|back)',
    // Looking up the people of a time shared: "I'm tracking down everyone from the {{team_name}} crew".
    "(tracking down|rounding up|reconnecting with|catching up with|getting back in touch with|looking up) (everyone|everybody|all of us|the people|the folks|folks|people|old friends|old colleagues|the old gang) (from|at) (the|our|my) (old )?(<slot>|[\\p{L}&'-]+)( [\\p{L}&'-]+){0,2} (crew|team|days|gang|squad|class|cohort|office|group|lab|days|years)(?!\\p{L})",
    // Not a duration measured ("cut onboarding time in half").
    "back(?<!(go|goes|going|way|now|i'm|am|be|been|being|get|getting|got|come|coming|came|moved|moving) back) (at|in|when)(?! touch(?!\\p{L}))|(my|your|our|the) time (at|in|when)",
    // Their company's news, seen somewhere or heard from someone: "saw the news that Arbor Health is opening three clinics", "saw on your company page that Kora crossed 1M downloads", "{{mutual}} mentioned {{company}} just opened a Berlin office".
    "(saw|noticed|read|heard|learned|spotted)( the news| on (your|their|the) (company page|company's page|website|site|blog|newsletter|careers page|page|feed))( that)?(?! (i|we|my|our|i've|we've|i'm|we're)(?!\\p{L}))( [\\p{L}0-9'’&.-]+| <slot>){1,4} (is|are|has|have|had|just|recently)?( )?(opening|opened|launching|launched|expanding|expanded|hiring|raising|raised|crossed|hit|passed|topped|reached|won|acquired|moving|moved|building|rolling out|rolled out)(?!\\p{L})",
    "(mentioned|said|says|told me)( that)? (<slot>|[\\p{L}&.'-]+( [\\p{L}&.'-]+){0,2}) (just |recently )?(opened|launched|raised|acquired|won|expanded|moved|rebranded|hired|closed|signed|is opening|is launching|is expanding|is hiring|is moving|is raising|is rolling out)(?!\\p{L})",
    // Their team's news congratulated: "congrats to the Ferrox team on the new pump launch".
    "(congrats|congratulations|kudos) to (the|you and the|your|you and your)( [\\p{L}\\p{N}&.'-]+| <slot>){0,3} (team|crew|folks|gang) (on|for)",
    // A shared past, a place named after it: "long time since Imperial", "we sat next to each other for three years at Oracle".
    "(long time|ages|too long) since(?! (i|i've|i'd|i'm|my|we've)(?!\\p{L}))( [\\p{L}&.'-]+){1,3}",
    "(we|you and i) (sat|worked|shared (a desk|an office|a bench|a room)) (next to each other|side by side|across from each other|opposite each other|two desks apart|together)",
    // A feature or an interview for the sender's own publication: "I'd love to feature how [Company] runs its subscription boxes".
    "(love|like|want|hoping|keen|glad) to (feature|interview|profile|spotlight|showcase) (you|your|how|what|<slot>)",
    "(come on|be a guest on|guest on|appear on|join us on) (my|our|the)( [\\p{L}-]+){0,2} (podcast|show|episode|stream|livestream|newsletter|panel)",
    "(would|will|could) you (come on|be a guest)(?=\\s*[?])",
    // A job at their company, sought: "referrals for the Data Engineer opening at {company}", "any chance of a referral?", "applying for Senior Backend at Tidewell", "a final-round interview at {{company}}".
    "referrals (for|to) (the|a|an|your|one of your)",
    "(any chance of|hoping for|ask(ing)? (you )?for|could i (get|ask for)) a referral",
    "(applying|applied) (for|to)( [\\p{L}\\p{N}&-]+){1,3} (at|with) (<slot>|[\\p{L}\\p{N}&.-]+)",
    // Roles at a named place looked at: "I'm looking at product marketing roles at HubSpot".
    "(looking at|looking into|exploring|considering|eyeing)( [\\p{L}\\p{N}&-]+){0,3} (roles?|positions?|openings?|internships?|jobs?|programmes?|programs?) (at|with) (<slot>|(?!(the|a|an|this|that|my|our|some|any|various|different|companies|firms|places|startups)(?!\\p{L}))[\\p{L}\\p{N}&.-]+)",
    "(i have|i've got|i've|i'm having|i am having) an? ([\\p{L}-]+ ){0,2}interview (at|with|for) (<slot>|the|your|[\\p{L}\\p{N}&.-]+)",
    // How something of theirs went, asked: "what the lab-matching process was like", "what the panel tends to focus on".
    "what the( [\\p{L}-]+){1,3} (was|is|were|are|looked|looks|felt|feels) like",
    "what the( [\\p{L}-]+){1,2} (tends|tend|likes|like) to (focus on|ask|ask about|look for|cover|probe)",
    // What they are doing, said by whoever told the sender: "you're rolling out HubSpot at Parcelly".
    "(you're|you are) (rolling out|migrating|moving to|switching to|implementing|adopting|setting up|replacing|evaluating|piloting|trialling|trialing|overhauling|rebuilding|redesigning|opening|expanding into)(?!\\p{L})",
    // Their company's move, followed: "I've been following Huspy's expansion into Spain".
    "(following|watching|tracking|admiring|reading about) (<slot>|[\\p{L}&.-]+( [\\p{L}&.-]+)?)('s|’s) (move|migration|switch|expansion|pivot|launch|rebrand|entry|push|rollout) (to|from|off|into|in|of)",
    // Something their team made, praised: "impressed by the smart-grid sandbox your team launched at Voltaris".
    "(impressed by|loved|liked|enjoyed|admired|admire) the( [\\p{L}\\p{N}-]+){1,4} (you|your team|your company|your crew) (launched|built|shipped|released|designed|published|ran|started|created|opened|put together|wrote)",
    // What they said, still thought about: "I've been mulling over what you said about warehouse robotics".
    "(mulling over|thinking about|thought about|reflecting on|chewing on|pondering) what you (said|shared|wrote|mentioned|posted|told me|explained) (about|on|regarding|re)",
    // Sent their work by someone, or recommended by someone: "Yuki sent me your new pricing page", "you were recommended to me by someone at the Federation".
    "(sent|forwarded|shared|showed) me your(?! (name|number|email|e-mail|contact|details|profile|linkedin|page|cv|resume)(?!\\p{L}))",
    "(you were|you've been|you have been) (recommended|suggested|mentioned|pointed out) (to me )?(by|as)",
    "(told|tells|telling) me( that)? your(?! (name|number|email|e-mail|contact|details|profile|linkedin|page|cv|resume)(?!\\p{L}))",
    // Seen where they are now: "saw you're at DeepMind now".
    "(see|saw|noticed|spotted|heard)( that)? (you're|you are) (now )?(at|with|over at|heading|leading|running)(?!\\p{L})",
    // A pitch aimed at their organisation by its name: "it could support UT Austin's employer partners", "a great fit at UT Austin".
    "(could|would|might|can|will) (help|support|serve|benefit) (?!(your|our|my|their|his|her|its|the|a|an|teams|companies|businesses|brands|firms|people)(?!\\p{L}))(<slot>|[\\p{L}&.-]+( [\\p{L}&.-]+)?)('s|’s)",
    "(great|good|perfect|natural|strong|real) fit (at|for|with|in) (?!(you|your|yours|our|my|us|them|teams|companies|businesses|brands|organi[sz]ations|firms|startups|people|anyone|everyone|growing|small|mid-sized|any|many|most|all|those|this|that|it)(?!\\p{L}))(<slot>|[\\p{L}&.-]+)",
    "(it |this )?(fits|suits|matches) what (<slot>|(?!(you|your|we|i|they)(?!\\p{L}))[\\p{L}&.-]+( [\\p{L}&.-]+)?) (is|are) (doing|building|running)",
    // A job at their company, by its name: "the [Position] openings at [Company]", "Parabola Labs + any open roles".
    "(the|any|its|their)( [\\p{L}\\p{N}&-]+| <slot>){0,3} (openings|positions|roles|vacancies|opening|position|role|internships|internship) (at|with|in) (?!(companies|firms|businesses|organi[sz]ations|startups|places|teams|your company|your organi[sz]ation|your firm|your (esteemed|reputed|good|great) [\\p{L}]+|a company|the industry|the field|tech)(?!\\p{L}))(<slot>|[\\p{L}\\p{N}&.-]+)",
    "(and|\\+|&) (its|their|your|any) (open |current )?(roles|positions|openings|vacancies)",
    "(comfortable|willing|happy) (referring|recommending|to refer|to recommend) me|(could|would|can) you refer me",
    // Their own work as the reason an invitation fits them: "given your thesis on recommender systems".
    "(given|because of|thanks to) your (thesis|research|paper|talk|post|article|book|project|study|podcast|newsletter|work) (on|about|in|into)",
    // What someone said their team is doing: "she said Paystack's growth team is looking at WhatsApp onboarding", "he mentioned Larkspur is wrestling with the same thing".
    "(said|says|mentioned|told me)( that)?( [\\p{L}&.'’-]+| <slot>){1,4} (is|are) (looking at|looking into|exploring|evaluating|planning|considering|rolling out|moving to|switching to|struggling with|wrestling with|hunting for)",
    // A topic the sender is exploring, left for the template's user: "I'm exploring [topic] and would value your perspective".
    "(i'm|i am|we're|we are|i've been|we've been) (exploring|researching|looking into|digging into|writing about|studying|working on) <slot>",
    // Put forward by someone, or a search the sender was hired for: "your former CFO put your name forward", "I am retained by a logistics group to find their next CTO".
    "(put|puts|putting|has put) your name (forward|in)",
    "(retained|engaged|mandated|hired) by (an?|the|one)( [\\p{L}\\p{N}&-]+){0,3} (group|company|firm|client|board|fund|startup|business|organi[sz]ation|bank|hospital|university) to (find|hire|recruit|search for|identify)",
    // The same said as a partnership: "I am partnering with a government-related entity in Abu Dhabi to appoint a Director…".
    "(partnering|working|partnered) with (an?|the|one)( [\\p{L}\\p{N}&-]+){0,3} (entity|group|company|firm|client|board|fund|startup|business|organi[sz]ation|bank|hospital|university|ministry|authority)( in [\\p{L}]+( [\\p{L}]+)?)? to (appoint|find|hire|recruit|search for|identify)(?!\\p{L})",
    // Someone asked to meet a company like theirs; their product asked for by the sender's customers: "one of our LPs … asked to meet someone doing exactly what Clinora does", "900 of ours keep asking for exactly your product".
    "(asked|wants|wanted|would like|has asked) to meet (someone|a company|a founder|a team|a startup) (doing|building|working on) (exactly )?what",
    "(keep|keeps|kept) asking (us )?for (exactly )?(your|a product like your|a tool like your) (product|service|tool|platform|app)(?!\\p{L})",
    // Their company's news, as when the sender found them: "I came across your profile when Sprout Bio announced its pre-seed".
    NEWS_WHEN_FOUND,
    // What is being made at their company, asked about: "what's being built over at {{company}}".
    "(what's|what is|what's been|what has been) being (built|made|developed|designed|shipped|cooked up) (over )?at (<slot>|[\\p{L}\\p{N}&.-]+)",
    // The same leap made before the sender: "I saw you made a similar switch from [previous field]".
    "you (made|did|went through|pulled off|navigated) (a |the )?(similar|same) (switch|move|transition|leap|jump|pivot|career change|change)",
    // Pointed to their work by someone, or what someone shared about their company: "a mutual friend pointed me to your thesis", "{{mutual}} shared that {{company}} just opened an office".
    "(pointed|directed|referred) me (to|towards) your(?! (linkedin )?(profile|page|account|linkedin)(?!\\p{L}))",
    "shared( with me)? that (<slot>|[\\p{L}&.'-]+( [\\p{L}&.'-]+){0,2}) (just |recently )?(opened|launched|raised|acquired|won|expanded|moved|rebranded|hired|is opening|is launching|is expanding|is hiring|is moving|is raising)(?!\\p{L})",
    // A board or panel formed, with room for them: "we're forming a 5-person clinical advisory board".
    "(forming|assembling|putting together|building|setting up) (a|an|our)( [\\p{L}\\p{N}-]+){0,3} (advisory board|board of advisors|advisory council|advisory panel|steering committee|expert panel)",
    // Their programme as the model the sender adapts; work ahead together: "the model we hope to adapt for Oklahoma", "we'll be working together on the flu clinics".
    "(the|a) (model|template|blueprint|example|playbook) (we|i) (hope|want|plan|would like|intend|are hoping) to (adapt|follow|copy|replicate|borrow|reuse)",
    "(we'll|we will|we're going to|we are going to|we'll soon|we will soon) be (working|collaborating|partnering) (together|with you|closely) (on|at|for)",
    // Their fit for something, said by whoever suggested them: "thinks you'd be a great advisor for our move into Italy", "thought you'd enjoy our new routing role".
    "(thinks|thought|suggested|said|reckons|mentioned|figured)(?<!(i|we) (thinks|thought|suggested|said|reckons|mentioned|figured))( that)? (you'd|you would) (be a (great|good|perfect|natural|brilliant) (advisor|adviser|mentor|speaker|guest|voice|addition|fit|person(?! to (know|meet|connect with|have in (my|your) network)(?!\\p{L})))|enjoy|love|like|be interested in)",
    // Where their company and the sender's product meet: "real overlap between what [Company] does for [audience] and our [product]".
    "(overlap|fit) between what (<slot>|(?!(you|we|i|they)(?!\\p{L}))[\\p{L}&.-]+( [\\p{L}&.-]+)?) (does|is doing|builds|sells|offers|makes)",
    // Their team at their company, named: "your localisation team at Vestra has the same backlog".
    "your( [\\p{L}-]+){0,2} team at (<slot>|[\\p{L}\\p{N}&.-]+) (has|is|are|faces|needs|might|could|would|was|uses)(?!\\p{L})",
    // Their work seen or bought somewhere: "I saw your ceramics at the Saatchi show".
    "(saw|loved|admired|bought|picked up|spotted) (one of )?your( [\\p{L}-]+){0,2} (ceramics|paintings|prints|designs|photos|photographs|pieces|illustrations|installation|exhibit|collection|jewellery|jewelry|furniture|sculptures|stall) (at|in|on)",
    // What their organisation is doing, understood or read: "I understand [Trust Name] is re-tendering in the autumn", "having read that your firm is tendering for…".
    "(i understand|i hear|i gather|i've heard|i have heard|i'm told|i am told|word is)( that)? (<slot>|your (team|company|firm|trust|school|clinic|hospital|practice|agency|group|department|council|board)|(?!(you|we|i|they|he|she)(?!\\p{L}))[\\p{L}&.-]+( [\\p{L}&.-]+){0,2}) (is|are) (re-?tendering|tendering|hiring|expanding|moving|switching|migrating|replacing|reviewing|looking|planning|opening|launching|raising|rolling out|restructuring|consolidating|piloting)(?!\\p{L})",
    "(read|heard|learned|seen) that your (firm|company|team|trust|practice|clinic|school|agency|lab|hospital|group|department|council|startup|business) (is|was|has|had|just|recently)(?!\\p{L})",
    // How something goes for them, asked: "ask how you're handling Scope 3 data", "hear where payments break down at your sites".
    "(ask|hear|learn|know|understand) (how|where|why|whether|what) (you're|you are|you've|you have|you handle|you deal|you manage|your team)",
    "(ask|hear|learn|know|understand) (how|where|why|when|what)( [\\p{L}-]+){1,4} (at|in|across|for|on) your (sites?|teams?|clinics?|stores?|plants?|company|firm|practice|schools?|wards?|labs?|warehouses?|branches|offices?|hospitals?)",
    // A job posted on their team: "I saw Optum's MBA associate posting on your team".
    "(saw|noticed|spotted|found) (<slot>|[\\p{L}&.-]+)('s|’s)( [\\p{L}&-]+){0,3} (posting|opening|vacancy|job ad|listing|role|req)(?= (on|in|for) your (team|department|group|unit)(?!\\p{L}))",
    // A piece of their work named: "your audit of the GOV.UK date picker".
    "your (audit|teardown|review|analysis|breakdown|write-?up|case study|benchmark|survey|report|thesis|dissertation|paper) (of|on|about|into) (the|a|an|<slot>|[\\p{L}\\p{N}.-]+)",
    // Someone with their experience sought: "looking for someone who's implemented Workday in the public sector".
    "(looking|searching) for (someone|a person|an expert|people|experts) (who's|who has|who have|who|with|that has|that have) (implemented|built|run|led|done|scaled|migrated|rolled out|set up|managed|shipped|launched|navigated|been through)",
    "as (an|the)( lead| first| senior)? (author|co-author|organi[sz]er|speaker|host|maintainer|creator|editor) of (the|a|an|<slot>|[\\p{L}\\p{N}.-]+)",
    // The sender's own work about theirs: "my dissertation is on your practice's timber housing".
    "(my|our) (dissertation|thesis|research|study|article|book|report|paper|project|documentary|podcast episode) (is|was|will be) (on|about|partly about) your",
    // What they have done with something of theirs, praised: "love what you've done with [Restaurant]'s wine list".
    "what (you've|you have|your team has|your team's) (done|built|made|achieved|created) (with|at|on|for) (<slot>|the|your|[\\p{L}\\p{N}&.-]+)(?! (profile|page|content|posts?|network|career|journey|linkedin|feed)(?!\\p{L}))",
    // Something new at their workplace: "your clinic's new menopause service".
    "your (clinic|practice|team|company|firm|school|shop|store|restaurant|hotel|lab|hospital|ward|gallery|studio|museum|library|charity|council)('s|’s) (new|recent|latest|upcoming) [\\p{L}-]+",
    // Seen on their page, the news or in a release: "noticed on your page you now do EV charger installs", "saw on the news [Company]'s reopening the site", "saw {{company}}'s press release on the new line".
    "(noticed|saw|see|read|spotted) on your (page|site|website|profile|feed|company page|blog|instagram)( that)? (you|your)(?!\\p{L})",
    "(saw|read|heard|caught) (on|in) the (news|paper|papers|press|local paper|trade press)( that)?(?!\\p{L})",
    "(saw|read|noticed|spotted|caught) (<slot>|[\\p{L}&.-]+( [\\p{L}&.-]+)?)('s|’s) (press release|announcement|news|update|article|feature|interview|report|newsletter|tender|job ad) (on|about|for|announcing)",
    // Their organisation's plans, read or heard, named or a slot: "having read that [Hospital] is tendering for an automated dispensing system".
    "(read|heard|learned|seen|noticed) that (<slot>|(?!(you|we|i|they|he|she|it)(?!\\p{L}))[\\p{L}&.-]+( [\\p{L}&.-]+){0,2}) (is|are) (re-?tendering|tendering|hiring|expanding|moving|switching|migrating|replacing|reviewing|planning|opening|launching|raising|rolling out|restructuring|consolidating|piloting|taking on)(?!\\p{L})",
    // A programme of theirs that caught the sender's eye, not their profile: "the Year 9 coding club at {school} caught our eye".
    // Not their field in general: "your experience in talent acquisition caught my eye".
    "(the|your)(?! (experience|background|profile|career|journey|expertise|skills|skillset) in(?!\\p{L}))( [\\p{L}\\p{N}&-]+){1,4} (at|of|in) (<slot>|[\\p{L}\\p{N}&.-]+( [\\p{L}\\p{N}&.-]+)?) (caught|grabbed|got) (our|my) (eye|attention)",
    // Their work as a reference: "{company}'s wayfinding at the Kelvin Gallery is the reference our director keeps showing"; a brief or a commission for them.
    "(is|are|was|has been) (the|our) (reference|benchmark|gold standard|model|template|example) (our|my|we|i|everyone|the whole)",
    "(brief|commission|hire|book) you (on|for|to)(?!\\p{L})",
    // What they are after, heard: "heard from Steve Doyle you're after a second-fix chippy".
    "(you're|you are) (after|on the lookout for|in need of|short of|short on|recruiting) (an?|some|two|three|four|\\d+|another) [\\p{L}\\p{N}-]+",
    // Samples or an internship offered or asked for at their place: "could I drop off samples next week?", "a summer internship at your site on the Metro Line 3 project".
    "(drop off|drop by with|send|bring|post|courier) (you )?(some |a few |two |three )?(samples|a sample|swatches|a tasting kit)",
    "(internship|placement|apprenticeship|work experience|shadowing|site visit) (at|with|in) your (site|company|firm|office|lab|hospital|school|practice|clinic|studio|team|project|restaurant|kitchen|farm|plant)",
    // The sender's situation that calls for their trade: "we're a 40-person engineering firm facing our first TUPE transfer".
    "(we're|we are|i'm|i am)( [\\p{L}\\p{N}-]+){0,5} (facing|going through|heading into|preparing for|about to start|about to begin|about to go through) (our|a|an|the|my)( first| next)? [\\p{L}-]+",
    // Their plans, to talk about; a session with their team: "a conversation about your Fund III plans", "co-host a session with {{company}}'s design team".
    "(conversation|chat|call|talk) about your( [\\p{L}\\p{N}-]+| <slot>){1,3} (plans|strategy|roadmap|raise|round|launch|expansion|fund|rollout|migration|pilot)",
    "co-?host (a|an)( [\\p{L}-]+){0,2} (session|event|webinar|workshop|meetup|panel|night|evening) with",
    // What they shared, a figure of theirs, where their business stands: "the 40% MoM growth you shared", "[Hotel] sits at 3.9 stars on Google".
    "(the|your)( [\\p{L}\\p{N}%$.+-]+){1,4} you (shared|posted|announced|published|reported)(?!\\p{L})",
    "(<slot>|[\\p{L}&.-]+( [\\p{L}&.-]+)?) (sits|is sitting|is rated|is ranked|scores|averages|is averaging) (at )?(around |about |only )?\\d",
    // Their time at a company as the fit: "your time scaling payments at [Their Company] fits both".
    "your (time|years|stint) (scaling|running|leading|building|managing|growing|at)( [\\p{L}\\p{N}-]+){0,3} (at|with) (<slot>|[\\p{L}\\p{N}&.-]+)",
    // An opening on their team, a search of theirs asked after: "the opening for a [Job Title] on your team", "are you still looking for someone to sublet the desk?".
    "opening (for|as) (a|an|the)( [\\p{L}\\p{N}-]+| <slot>){1,4}(?= (on|in|at|with) your(?!\\p{L}))",
    "(are you|is your team|are you guys|you're|you are) still (looking for|hiring|after|searching for|in need of)(?!\\p{L})",
    // Their company's filings and comebacks, read or heard: "noticed {{company}} filed for a battery-cooling patent", "read that your restaurant is reopening".
    "(noticed|saw|see|read|heard|learned)( that)?(?! (i|we|my|our|i've|we've|i'm|we're)(?!\\p{L}))( [\\p{L}0-9'’&.-]+){1,4} (just |recently )?(filed|registered|patented|trademarked|broke ground|reopened|is reopening|is relocating|relocated|rebranded|is rebranding|survived|is celebrating|turned|is turning)(?!\\p{L})",
    // What their place does that the sender needs, heard or understood: "heard your firm sometimes takes apprentices on solar installs".
    "(heard|read|saw|noticed|learned|understand|gather|hear)( that)? your (firm|company|team|practice|shop|clinic|school|studio|lab|agency|office|kitchen|restaurant|hospital|ward|department|org|organi[sz]ation|charity|group|site|store|farm|workshop|crew|unit)( (sometimes|often|occasionally|still|now|usually|regularly|also))? (takes|takes on|accepts|hires|trains|buys|sources|stocks|sponsors|funds|hosts|offers|needs|works with|is looking for|is after|is short of)(?!\\p{L})",
    // What they do, as told to the sender: "I understand you direct one", "I'm told you run the Harrow food bank".
    "(i understand|i gather|i hear|i'm told|i am told|i've heard|i have heard|word is|rumou?r has it)( that)? you (direct|run|lead|manage|own|teach|coach|organi[sz]e|host|conduct|curate|chair|edit|produce|coordinate|look after|oversee|need|are looking for|are hiring|are after)(?!\\p{L})",
    // A situation both are in: "we're both bidding on the Millbrook refit", "I think we're both stuck with the same recall".
    "(we're|we are|we were) both (trying to|working on|bidding|tendering|pitching|competing|applying|stuck|dealing|waiting|fighting|struggling|hiring|hunting|chasing|racing|preparing|recovering|going through|navigating|exhibiting|judging|shortlisted|suppliers to|customers of|clients of)(?!\\p{L})",
    // Their programme open to the sender: "is the residency at [Hospital] taking applications?".
    "(taking|accepting|open for|open to) (new )?(applications|applicants|submissions|interns|apprentices|trainees|residents|referrals|volunteers)(?!\\p{L})",
    // Someone sought for a seat that fits them: "I'm looking for a board treasurer for our charity and your CPA background would be ideal".
    "your( [\\p{L}&-]+){0,3} (background|experience|expertise|skills|skill set|track record) (would be|is|sounds|seems) (ideal|perfect|exactly what|just what|a (great|perfect|strong) (fit|match))",
    // Interest in a programme of theirs, named: "very interested in your hepatology fellowship at UCSF".
    "interested in (your|the) ([\\p{L}&-]+ ){0,3}(fellowship|residency|programme|program|internship|apprenticeship|scheme|course|lab|studio|clinic|grant|opening|vacancy|role|position|research|trial|study)(?!\\p{L})",
    // A programme where they teach, the sender in it: "I've joined the spring cohort of [Programme], where you mentor".
    "(where|in which) ((you're|you are|you were) (a |an |one of the )?(mentor|mentors|tutor|tutors|lecturer|teacher|coach|coaches|faculty|judge|judges|instructor)|you (mentor|teach|lecture|coach|judge|instruct))(?!\\p{L})",
    // Their company's news read somewhere, or said outright: "I read in ET that your plant in Sanand is adding a line", "[Hotel] is opening in Abu Dhabi", "Stone just launched its new POS".
    "(read|saw|heard|learned|learnt|noticed)( (in|on|from|via)( [\\p{L}\\p{N}&.'’-]+){1,4})? that (<slot>|your (company|plant|factory|site|hotel|store|firm|team|clinic|practice|school|lab|startup|brand|agency|restaurant|office|warehouse|fleet|department|org|organi[sz]ation|charity|hospital|airline|bank|fund|studio|shop|farm|mill|port))( [\\p{L}\\p{N}&.'’-]+){0,4} (is|are|was|were|has|have|had|will)( (just|now|recently|currently|about to|be|been))? (opening|launching|adding|expanding|moving|relocating|building|hiring|raising|rolling|switching|migrating|piloting|rebuilding|renovating|closing|merging|acquiring|bidding|tendering|testing|trialling|planning|awarded|selected|shortlisted|won|signed|opened|launched|added|expanded|moved|built|hired|raised|switched|migrated|rebuilt|renovated|merged|acquired)(?!\\p{L})",
    "(<slot>|your (company|plant|factory|site|hotel|store|firm|team|clinic|practice|school|lab|startup|brand|agency|restaurant|office|warehouse|fleet|kitchen|bakery|salon|farm|studio|shop))('s|’s)? (is|are) (opening|launching|expanding|moving|relocating|building|hiring|looking for|recruiting|seeking|raising|rolling out|adding|switching|migrating|piloting|rebuilding|renovating|refurbishing)(?!\\p{L})",
    "(just|recently) (launched|opened|raised|announced|released|acquired|won|signed|closed|expanded|hired|moved|rebranded|was awarded|got awarded)(?<!(?<![\\p{L}])(i|we|you|they|he|she|it|i've|we've|you've|i have|we have|you have) (just|recently) (launched|opened|raised|announced|released|acquired|won|signed|closed|expanded|hired|moved|rebranded|was awarded|got awarded))(?<=[\\p{Lu}\\p{L}\\p{N}>\\]}] (just|recently) (launched|opened|raised|announced|released|acquired|won|signed|closed|expanded|hired|moved|rebranded|was awarded|got awarded))",
    // A move of their company the sender's offer is for: "I believe [Company]'s 400-staff expansion could use it".
    "(<slot>|your (company|plant|site|hotel|store|firm|team|clinic|practice|startup|brand|agency|restaurant|warehouse|fleet))('s|’s)( [\\p{L}\\p{N}-]+){0,3} (expansion|growth|launch|rollout|relocation|move|opening|build|project|contract|tender|migration|refit)( [\\p{L}\\p{N}-]+){0,4} (could use|would benefit from|might need|may need|will need|needs)(?!\\p{L})",
    // Something of theirs the sender's trade would redo: "{{company}}'s site looks due for a refresh", "your onboarding could use a revamp".
    "(your|(?<=('s|’s) ))( [\\p{L}-]+){0,2} ?(site|website|homepage|landing pages?|app|online store|store|shop|checkout|onboarding|branding|logo|menu|packaging|blog|newsletter|ads|listings?|careers page|pricing page|help cent(er|re)|docs|documentation)( still)? ((looks|seems|feels|is)( a bit| a little| slightly| somewhat| long)? (due|overdue|ready|ripe) for|(could use|could do with|would benefit from|needs) (a|an|some)( [\\p{L}-]+)? (refresh|redesign|rebrand|update|facelift|overhaul|revamp|makeover|audit|tune-up|rework))(?!\\p{L})",
    // Their time asked for a paid piece of work, or the sender's trouble that calls for their trade: "would you have 30 minutes for a paid consult?", "our desulphurisation keeps failing".
    "(a|for a) paid (consult|consultation|call|session|review|advisory|engagement|gig|workshop)(?!\\p{L})",
    "(our|my)( [\\p{L}-]+){1,3} (keeps|kept) (failing|breaking|crashing|clogging|leaking|tripping|jamming|fouling|overheating|corroding)(?!\\p{L})",
    // Who handles what the sender brings: "Do you handle partnerships?".
    "(do|would) you (handle|look after|own|manage|run|lead|cover|oversee) (partnerships|procurement|purchasing|hiring|recruitment|recruiting|sponsorships|vendors|suppliers|integrations|sourcing|vendor relations|supplier relations|the budget)(?!\\p{L})",
    // Asked to take a part in the sender's event: "would love you to give a 10-min lightning talk", "we'd like to invite you to judge".
    // What the sender runs with someone: "{mutual_contact} and I are running a fintech meetup".
    "and (i|me) are (running|organi[sz]ing|hosting|launching|starting|putting together|planning|building|hiring for) (a|an|the|our)(?!\\p{L})",
    "(would love|'d love|would like|'d like|want|hoping|keen|love)( for)? (you|to have you|to invite you|to get you) to (give|speak|present|talk|host|judge|mentor|moderate|guest|chair|join (us|the panel|our panel|the jury|our jury)|be (our|a|the) (guest|speaker|panell?ist|judge|mentor|moderator|keynote))(?!\\p{L})",
    // A question of what their organisation takes: "does <Company> still accept unsolicited grant proposals?", "Would {Company} consider a private-label partner?".
    "(do|does|would|will|is|are) <slot> (still |ever |currently |now )?(accept|take|fund|sponsor|offer|run|hire|consider|work with|partner with|buy|stock|source|need|use|have|taking on|taking|hiring|recruiting|accepting|looking for|open to)(?!\\p{L})",
    // Their careers page looked at: "I came across {{company}}'s careers page".
    "(came across|saw|checked|looked at|visited|noticed|found) (<slot>('s|’s)?|your) (careers|jobs|job|hiring|open roles|vacancies) (page|board|site|listings?|section)(?!\\p{L})",
    // A referral with its topic: "@Marco Bellini suggested I talk to you specifically about scaling cell therapy manufacturing".
    "(suggested|recommended|said) (that )?(i|we) (talk|speak|chat|reach out|get in touch)( to you| with you)?( specifically| directly)? about(?!\\p{L})",
    // A programme of theirs the sender applies to or eyes, or a shift to shadow: "applying to the PA program affiliated with your hospital", "eyeing {{company}}'s apprenticeship program", "shadowing an ER shift".
    "(applying|applied|apply|eyeing|considering) (to|for)? ?(the |a |an |<slot>('s|’s)? |your )?([\\p{L}-]+ ){0,3}(program|programme|residency|fellowship|apprenticeship|internship|returnship|scheme|course|placement)( (at|affiliated with|run by|of|with) (your|<slot>|[\\p{L}\\p{N}&.-]+))?(?!\\p{L})(?<=(your|<slot>|\\p{L}('s|’s)) ([\\p{L}-]+ ){0,3}(program|programme|residency|fellowship|apprenticeship|internship|returnship|scheme|course|placement)|(at|affiliated with|run by|of|with) (your|<slot>|[\\p{L}\\p{N}&.-]+))",
    "(shadow|shadowing|observe|observing) (a|an|one of your|your)( [\\p{L}-]+)? (shift|day|surgery|clinic|session|rounds|class|lesson|site visit)(?!\\p{L})",
    // The sender as the one they will meet: "I'm the candidate you'll be speaking to on Thursday".
    "(i'm|i am) the (candidate|applicant|intern|student|person|one|designer|engineer) (you'll|you will|you're|you are) (be )?(speaking|meeting|interviewing|talking|seeing)(?!\\p{L})",
    // Their part in a role the sender seeks: "you're the hiring manager for the backend apprenticeship at Monzo".
    "(you're|you are) the (hiring manager|recruiter|talent partner|hiring lead|program lead|programme lead|programme manager|program manager|coordinator) (for|on|of)(?!\\p{L})",
    // Whether their programme is open, asked without a question mark: "would love to know if HubSpot's returnship is open this cycle".
    "(know|ask|find out|check) (if|whether)( [\\p{L}\\p{N}&.'’-]+| <slot>){1,3} (returnship|internship|apprenticeship|residency|fellowship|graduate scheme|program|programme|role|position|vacancy|opening)s? (is|are) (open|still open|running|taking)(?!\\p{L})",
    // Their organisation's move, as told to the sender: "I understand your company commissioned a tailings plant", "I hear {{ union }} is balloting over shift patterns".
    "(i understand|i gather|i hear|i'm told|i am told|i've heard|i have heard|word is)( that)? (<slot>|your [\\p{L}-]+)( [\\p{L}-]+)? ((is|are|has|have|was|were|just|recently) )?(commissioned|built|opened|launched|won|acquired|building|opening|balloting|planning|expanding|hiring|moving|merging|closing|relocating|switching|tendering|bidding)(?!\\p{L})",
    // Tips asked for their programme's steps, their round of funding, their product's openness or its fault, a reference asked: "any tips for [Company]'s summer internship assessment?", "{Company}'s Series B", "Is Lexly's API open to integrations?", "your app's bank sync breaks for N26 users", "if you'd be a reference for my PMP".
    "(tips|advice|pointers|guidance) (for|on|about) (<slot>|your (company|team|firm))('s|’s)? ([\\p{L}-]+ ){0,2}(internship|apprenticeship|graduate|residency|fellowship|assessment|interview|application|program|programme|scheme)(?!\\p{L})",
    "(<slot>|your (company|team|startup|firm))('s|’s)? (series [a-e]|seed round|pre-seed|raise|funding round|ipo|acquisition|merger)(?!\\p{L})",
    "(is|are) ([\\p{L}\\p{N}&.-]+('s|’s)|your|<slot>('s|’s)?) (api|sdk|platform|app|product|marketplace|store|program|programme|data) (open|available) (to|for)(?!\\p{L})",
    "your (app|product|tool|site|website|api|sdk|plugin|integration|checkout|form|portal)('s|’s)?( [\\p{L}-]+){0,3} (breaks|crashes|fails|is broken|doesn't work|does not work|errors|times out)(?!\\p{L})",
    "(be|act as) (a|my) (reference|referee) for (my|me)(?!\\p{L})",
    // A seat offered in the sender's programme, a property of theirs, the party the sender acts for, a role they came to mind for: "Would you join our mentoring panel?", "your office on [Street] is listed for lease", "I act for the buyer who viewed…", "thought of you straight away for a remote role".
    "(would|could|will) you (join|be on|speak at|sit on|be part of) (our|my|the) ([\\p{L}-]+ ){0,2}(panel|board|committee|jury|podcast|webinar|event|programme|program|cohort|session|network of mentors)(?!\\p{L})",
    "(is|was|are|were) (listed|up|advertised) for (lease|sale|rent|let)(?!\\p{L})",
    "(i|we) (represent|act for|work for|am acting for|are acting for) (a|the|two|several) ([\\p{L}-]+ )?(tenants?|buyers?|clients?|sellers?|landlords?|investors?|purchasers?)(?!\\p{L})",
    "your (building|property|unit|office|shop|house|flat|site|premises|warehouse|lot|listing) (on|at|in) (<slot>|[\\p{L}\\p{N}]+ (street|road|avenue|lane|st|rd|ave))(?!\\p{L})",
    "(thought of you|you came to mind|you sprang to mind)( straight away| immediately| right away| at once)? (for|when)(?!\\p{L})",
    "(matching|matches|fits|suits)(?= your (experience|profile|background|skills|skill set)(?!\\p{L}))",
    // Their company's move said beside the sender's offer, or asked about: "since {{company}} just posted a {{job_title}} opening", "With %COMPANY% just expanding into %REGION%", "how is {{company}} handling SOC 2 evidence".
    "(since|as|now that|given that|with) <slot> (just |recently |now |currently )?(posted|listed|advertised|opened|launched|raised|announced|hired|moved|expanded|expanding|moving|launching|opening|hiring|raising|scaling|growing)(?!\\p{L})",
    "how (is|are|does|do|did) <slot> (handling|managing|dealing with|tackling|approaching|planning|handle|manage|tackle|approach|plan)(?!\\p{L})",
    // A piece of theirs asked for, their framework to license, a plan the two once talked about, their company's work cited: "would love a piece from you on funding small libraries", "your framework is one we'd like to license", "the cookbook we always talked about", "Given Coral's festival activations last summer".
    "(would love|'d love|would like|'d like) (a|an) (piece|essay|chapter|contribution|quote|comment|article|post|talk|foreword|blurb) from you(?!\\p{L})",
    "(we'd|we would|i'd|i would) (like|love) to (license|adapt|translate|feature|cite|reprint|republish)(?!\\p{L})",
    "(we|you and i) (always |once |often |used to |kept )?(talked|spoke|joked|dreamed|dreamt|talk|speak) about(?<=the( [\\p{L}-]+){1,3} (we|you and i) (always |once |often |used to |kept )?(talked|spoke|joked|dreamed|dreamt|talk|speak) about)",
    "given (<slot>|[\\p{L}\\p{N}&.'’-]+)('s|’s) ([\\p{L}-]+ ){0,3}(activations|launch|campaign|expansion|rollout|sponsorship|sponsorships|partnership|partnerships|move|moves|work|events)(?!\\p{L})",
    // Their company's news told by its shape, whatever the verb: a name, then "is" and a verb in -ing or "has" and one in -ed ("I read that Bodegas Altamira is entering the Canadian market", "I understand Kurohane is evaluating suppliers"); not doing well in general ("is doing great things", "is killing it").
    "(noticed|saw|see|read|heard|learned|learnt|understand|gather)( that)?(?! (i|we|my|our|you|your|i've|we've|i'm|we're|you're|you've|there|it|this|that)(?!\\p{L}))( [\\p{L}0-9'’&.-]+){1,4} (is|are|was|were) (now |currently |just |also |actively )?(?!(doing|making|killing|crushing|rocking|going|getting|looking|trying|thinking|working|growing|leading|changing|setting|taking|pushing|breaking|building)(?!\\p{L}))\\p{L}{3,}ing(?!\\p{L})",
    "(noticed|saw|see|read|heard|learned|learnt|understand|gather)( that)?(?! (i|we|my|our|you|your|i've|we've|i'm|we're|you're|you've|there|it|this|that)(?!\\p{L}))( [\\p{L}0-9'’&.-]+){1,4} (has|have) (just |recently |now |also )?(?!(done|made|killed|crushed|rocked|been|grown|become|changed|set|taken|built|achieved)(?!\\p{L}))\\p{L}{3,}ed(?!\\p{L})",
    // A piece of their past work seen, with its object: "I noticed you worked on the EMA submission for Lumeris"; not many things in general.
    "(see|saw|noticed|read|heard|learned|understand)( that)? you (worked|were working|contributed|helped) on (the|that|a|an|their|[\\p{L}\\p{N}&.-]+'s|[\\p{L}\\p{N}&.-]+’s)(?! (lot|lots|few|number|variety|range|bunch)(?!\\p{L}))( [\\p{L}\\p{N}&.-]+)",
    // Their goods wanted by the sender's business: "would love to stock ur croissants", "keen to carry your candles".
    "(love|like|want|keen|hoping|happy|looking) to (stock|carry|sell|resell|retail|distribute|order|buy|source|license|licence) (your|ur) (?!(network|profile|page|feed|content|posts?|time|attention|brain|ideas?|thoughts?|services?)(?!\\p{L}))\\p{L}{3,}",
    // What they may know that the sender needs: "you might know about speech therapy jobs in Auckland".
    "you (might|may|could|would) (know|have heard) (about|of|whether|if|where|who)(?! (anyone|someone|somebody|people|me|us)(?!\\p{L}))",
    // Someone introduced them in person, somewhere: "Sergio introduced us at the barbecue"; not by email.
    "introduced us (at|during|over|on) (the|a|an|his|her|their|our|lunch|dinner|drinks)(?!\\p{L})",
    // Something they did, seen, told by its shape: "I saw you argued the [case] appeal", "noticed you rebuilt the intake form"; not joining, starting or moving, which their profile says.
    "(saw|noticed|read|heard|see)( that)? you (recently |just )?(?!(joined|started|became|moved|got|were|have|had|liked|followed|viewed|visited|accepted|connected|worked|studied|posted|shared|commented|reacted|changed|switched|updated|graduated)(?!\\p{L}))\\p{L}{3,}ed (the|a|an|your|their|this|that|<slot>)(?!\\p{L})",
    // Their company's plan told by its shape: "I read that [Company] will hire 200 engineers", "…plans to open in Porto".
    "(noticed|saw|see|read|heard|learned|learnt|understand|gather)( in [\\p{L}\\p{N}&.'’-]+( [\\p{L}\\p{N}&.'’-]+){0,2})?( that)?(?! (i|we|my|our|you|your|there|it|this|that)(?!\\p{L}))( [\\p{L}0-9'’&.-]+){1,4} (will|plans to|is set to|is about to|is going to|are going to|intends to) (?!(be|love|like|want|need|do|make|grow)(?!\\p{L}))\\p{L}{3,}",
    // The same shapes reported by someone: "Pete said Alder Labs is hiring five AEs", "your CEO said on the Q3 earnings call that Linden Retail wants to cut store shrink"; a present tense after "that": "told me on a call last week that Vendora books most meetings off LinkedIn".
    "(said|says|mentioned|told me|told us|announced|shared|wrote|posted)(( [\\p{L}\\p{N}'’&.-]+){1,6} that| that)?(?! (i|we|my|our|you|your|there|it|this|that|he|she|they)(?!\\p{L}))( [\\p{L}0-9'’&.-]+){1,4} ((is|are|was|were) (now |currently |just |also |actively |still )?(?!(doing|making|killing|crushing|rocking|going|getting|looking|trying|thinking|working|growing|leading|changing|setting|taking|pushing|breaking|building)(?!\\p{L}))\\p{L}{3,}ing|(has|have) (just |recently |now |also )?(?!(done|made|killed|crushed|rocked|been|grown|become|changed|set|taken|built|achieved)(?!\\p{L}))\\p{L}{3,}ed|(will|wants to|plans to|aims to|intends to|is planning to|is set to|is about to|is going to|needs to|hopes to) (?!(be|love|like|want|need|do|make|grow)(?!\\p{L}))\\p{L}{3,})(?!\\p{L})",
    "(said|says|mentioned|told me|told us|noticed|saw|read|heard|learned|learnt|understand)( [\\p{L}\\p{N}'’&.-]+){0,6} that(?! (i|we|my|our|you|your|there|it|this|that|he|she|they)(?!\\p{L}))( [\\p{L}0-9'’&.-]+){1,3} (?!(is|has|does|makes|looks|seems|gets|goes|rocks|kills|crushes|leads|grows|was|needs|wants|thinks|says|knows|loves|likes|deserves)(?!\\p{L}))\\p{L}{3,}s (most|all|its|their|half|every|over|about|around|more|less|only|a|an|the|\\p{N}+)(?!\\p{L})",
    // Their company's goods placed: "Noticed Kerry Craft Beers is now stocked in Tesco NI".
    "(noticed|saw|see|read|heard|learned|learnt|understand|gather|said|says|mentioned|told me)( that)?(?! (i|we|my|our|you|your|there|it|this|that|he|she|they)(?!\\p{L}))( [\\p{L}0-9'’&.-]+){1,4} (is|are|was|were) (now |just |also |finally )?\\p{L}{3,}ed (in|at|on|into|across|by)(?!\\p{L})",
    // Their part in the sender's account, new: "since you're now their executive sponsor".
    "(since|as|now that|because) (you're|you are) (now )?(their|our|my|the new) ([\\p{L}-]+ ){0,2}(sponsor|owner|contact|lead|champion|buyer|admin|approver|stakeholder|point of contact)(?!\\p{L})",
    // A call both were on, by when it was: "after this morning's escalation call", "following yesterday's kickoff meeting".
    "(after|following|since|from|on|in|ahead of|before) (this morning's|this afternoon's|yesterday's|today's|tomorrow's|last week's|last night's|monday's|tuesday's|wednesday's|thursday's|friday's)( [\\p{L}-]+){0,2} (call|meeting|demo|session|review|standup|stand-up|sync|kickoff|kick-off|escalation|workshop|huddle)(?!\\p{L})",
    // A reference asked of someone who saw the work: "Could I list you as a reference?".
    "(could|can|may|might) i (list|use|put|name|put down|give) you (down )?as (a|my|one of my) (reference|referee)(?!\\p{L})",
    "(would|could) you (be|act as) (a|my|one of my) (reference|referee)(?!\\p{L})",
    // Their work endorsed, their own need said back to them: "so I can endorse you for the sourcing work", "you mentioned needing a contract recruiter for Q3".
    "(so (that )?(i|we) can|to|i'd like to|i want to) endorse you (for|on)(?!\\p{L})",
    "you (mentioned|said|told me)( that)?( you were| you're| you are| you'd be| you)? (needing|looking for|hiring|after|short of|searching for|need|needed)(?!\\p{L})",
    // Something they brought up to the sender, named: "for the freelancing gig u mentioned last sunday".
    "(the|that|this)( [\\p{L}-]+){0,2} (gig|job|role|opening|project|position|contract|idea|book|tool|course|event|place|flat|apartment|intro|offer) you (mentioned|told me about|talked about|brought up|recommended|suggested|offered)(?!\\p{L})",
    // What they need, given as the reason a contact was passed on: "passed me your contact because you need a Flutter developer".
    "because (you|your team|your company) (need|needs|are looking for|is looking for|are hiring|is hiring|are after|want|wants) (an?|someone|somebody|the|some|more)(?!\\p{L})",
    // Working at their company, wanted (in a second language's wording too): "I am interesting in working in Inditex".
    "(interested|interesting) in (working|a role|a position|an internship|a job) (in|at|for|with) (?!(the|a|an|this|that|my|our|your|any|some|tech|it|sales|marketing|finance)(?!\\p{L}))[\\p{L}\\p{N}&.-]+",
    // Something the two already discussed: "keen to show you the territory-mapping template we discussed".
    "the( [\\p{L}\\p{N}'-]+){1,3} (we|you and i) (discussed|talked about|spoke about|chatted about|went over|sketched)(?!\\p{L})",
    // Their brain on a thing of the sender's, or their setup to see: "I need your brain on our pay-transparency rollout", "keen to see your mentoring-matching setup".
    "(need|borrow|could use) your (brain|brains|eyes|expertise) on (our|my|the|this|that)(?!\\p{L})",
    "(keen|eager|love|like|want|hoping|dying) to see (your|how your)( [\\p{L}\\p{N}'-]+){1,3} (setup|set-up|process|system|dashboard|template|playbook|framework|workflow|rubric|model|programme|program)(?!\\p{L})",
    // Work they gave the sender, thanked for; years of something run together: "thanks again for trusting me with the pricing review", "three years of co-running the Friday finance clinic".
    "(thanks|thank you)( again| so much)? for (trusting me with|having me on|bringing me (in|on) (for|to)|hiring me for|choosing me for|letting me (work|help) on)(?!\\p{L})",
    "(\\p{N}+|two|three|four|five|six|seven|eight|nine|ten|several|many) (years|months|seasons) of (co-[\\p{L}]+|working|running|building|teaching|playing|organi[sz]ing|sharing|coaching) (on |at |in |with |together )?(the|our|a|that|<slot>)(?!\\p{L})",
    // A known thing to arrange, or a walk through their site thanked: "so we can set up the playtest for [Game]", "thanks for walking me through your kitting line".
    "so (that )?(we|i) can (set up|schedule|book|plan|arrange|organi[sz]e|finali[sz]e|lock in) the( [\\p{L}\\p{N}'-]+){0,2} (playtest|call|meeting|demo|session|review|interview|visit|tour|kickoff|kick-off|workshop|pilot|trial|audit|handover|shoot)(?!\\p{L})",
    "(thanks|thank you)( again| so much)? for (walking me through|showing me (round|around|through)?|giving me a tour of|the tour of) (your|the)(?!\\p{L})",
    // Work together again on a named deal or project, something agreed on a trip: "good to be working together again on the Meridian refinancing", "as discussed on the flight back from Davos".
    "(good|great|nice|glad|excited|happy|lovely) to be working (together|with you) (again )?on(?!\\p{L})",
    "(as|like) (discussed|agreed|promised) (on|at|over|during|after) (the|our)( [\\p{L}\\p{N}'-]+){0,3} (flight|train|drive|ride|trip|dinner|lunch|breakfast|walk|call|panel|board|retreat)(?!\\p{L})",
    // Their help to someone the sender works with, what someone thinks they know or how the work overlaps, a topic the introduction was about: "you helped her with bol.com listings years ago", "he thought you'd know a lot about depot charging", "he thinks our heat-pump projects overlap", "suggested I introduce myself regarding mini-grid financing".
    "you (helped|advised|coached|mentored|trained|supported) (her|him|them|us|me) (with|on|through)(?!\\p{L})",
    "(thought|thinks|said|says|reckons) you'd know (a lot|everything|loads|more than anyone|the most) about(?!\\p{L})",
    "(thought|thinks|said|says|reckons) (that )?our( [\\p{L}\\p{N}&'-]+){1,5} (overlap|fit together|align|complement each other)(?!\\p{L})",
    "(introduce myself|reach out|get in touch|write to you|contact you) regarding (the )?(?!(a|an|opportunities|potential|possible|connecting|networking|linkedin)(?!\\p{L}))[\\p{L}-]+",
    // Short notes: their take on a topic, a question with its topic before it, thanks for seeing the sender through: "your SaaStr take on pricing pages", "10 min for an autoscaling question?", "thanks again for getting me through the bar exam".
    "your( [\\p{L}\\p{N}&'.-]+){0,2} (take|hot take|point|answer|rant|tip|tips|thread|breakdown) (on|about)(?!\\p{L})",
    // What the sender needs of them or has for them: "I need your read on the term sheet", "I want to send you the deck before it goes wide".
    "(i need|i really need|could i get|can i get) your (read|eyes|input|view|views|opinion|advice|sign-off|signoff) on (the|my|our|this|a|an|<slot>)(?!\\p{L})",
    "(i want|i'd like|i'm about|i'm going|i need|i wanted) to (send|show|share with|forward) you (the|my|our|a|an)(?!\\p{L})",
    // What they were to the sender, or a thread picked up: "you wrote my first check", "following up on Ifeoma's intro email", "good working the outage bridge call with you".
    "(we|you and i) (co-wrote|co-authored|cowrote|coauthored|co-led|co-organi[sz]ed|co-hosted|co-presented|co-taught) (the|a|an|our|that)(?!\\p{L})",
    "after (two|three|four|five|six|seven|eight|nine|ten|\\p{N}+|many|several|so many) (years|months) of (you|us|working|our|me)(?!\\p{L})",
    "saved (us|me|my team|our team) (days|hours|weeks|a day|a week|a ton of time|so much time)(?!\\p{L})",
    "(borrow|reuse|adapt) your( [\\p{L}\\p{N}&'.-]+){0,3} (model|template|sheet|spreadsheet|deck|playbook|checklist|framework|notes|script|tool|calculator)(?!\\p{L})",
    "(since|as|because) you (evaluated|implemented|rolled out|piloted|migrated to|chose|picked|switched to|trialled|trialed|benchmarked)(?!\\p{L})",
    "(we're|we are|we were) both (covering|reporting on|working on|writing about|researching|investigating)(?!\\p{L})",
    "(we|you and i) (survived|got through|pulled off|lived through) (the|that|our|those)(?!\\p{L})",
    "now that (you've|you have|you're|you are) (gone|moved|started|launched|joined|opened|taken over|switched|running|leading)(?!\\p{L})",
    "(we|you and i) both spent (that|a|the|two|three|four|\\p{N}+)( [\\p{L}-]+){0,3} (autumn|fall|summer|winter|spring|year|years|month|months|week|weeks|semester|term|season)(?!\\p{L})",
    "you (wrote|signed|led|gave me) (my|our) first (check|cheque|job|break|round|contract|gig|internship)(?!\\p{L})",
    "following up on [\\p{L}'’-]+('s|’s) (intro|introduction|email|message|note)(?!\\p{L})",
    "(good|great|fun|nice|lovely) (working|collaborating|teaming up)( on)? (the|that|our)(?=( [\\p{L}\\p{N}<>&'.-]+){1,5} with you(?!\\p{L}))",
    "for (a|an|one|two|my) (?!(quick|small|short|brief|simple|few|general|random|couple)(?!\\p{L}))[\\p{L}\\p{N}-]+ (question|questions)(?=\\s*[?.!]|\\s*$)",
    "(thanks|thank you)( again| so much)? for (getting|helping|pulling|seeing|talking) me through(?!\\p{L})",
    // Thanks for a thing they did, placed: "thanks again for the soil pit demo at your place last spring".
    "(thanks|thank you)( again| so much| a lot)? for the( [\\p{L}\\p{N}'-]+){1,4} (demo|tour|walk|visit|workshop|lesson|masterclass|advice|tips|pointers|tasting|ride|lift|loan|recipe|feedback|walkthrough|site visit) (at|on|in|last|yesterday|this|during|from|with|of)(?!\\p{L})",
    // Connecting to send what was promised: "connecting so I can send the photos of the cover-crop plots".
    "so (that )?(i|we) can (send|share|pass on|forward|get)( you)? (the|my|our|those|these|your)( [\\p{L}\\p{N}'-]+){0,3} (photos|pictures|pics|slides|notes|recording|video|videos|files?|deck|report|list|link|links|results|data|samples|quote|invoice|paperwork|forms?)(?!\\p{L})",
    // What their company has open: "I noticed [Company] has openings in all three".
    "(noticed|saw|see|read|heard)( that)?( [\\p{L}0-9'’&.-]+){1,4} (has|have) (open |several |many |new |\\d+ )?(openings|vacancies|open roles|roles open|positions open|jobs open) (in|for|across|at)",
    // Work passed to them: "could we send those jobs your way?", "happy to send overflow clients your way".
    "send (those |these |the |some |our |my |any )?(\\p{L}+ )?(jobs|leads|clients|customers|referrals|work|business|projects|overflow|patients|cases|tenants|buyers) (your way|to you)",
    // Contact they already had with the sender off LinkedIn, with what it was about: a call, a demo, an interview, an email, a voicemail, a ticket ("thanks again for the demo of [Product]", "great speaking with you Tuesday about their vendor API", "you emailed back about our pilot", "further to our call regarding…"). Without a what it says no more than "great to meet you" ("thanks for the call earlier"), and it is no 3rd-degree context.
    "(thanks|thank you)( again| so much| a lot)? for (the|our|your|taking the time on our|hopping on the|jumping on the|joining the|joining our)( quick| great| helpful| brief| short| video| phone| intro| discovery| recent)? (call|chat|demo|zoom|meeting|interview|email|emails|reply|response|voicemail|back-and-forth|conversation|huddle|catch-up|session)( (over|by|on|via) (email|slack|the phone|phone|zoom|teams|whatsapp|discord))?( (today|yesterday|earlier|this morning|last week|on (monday|tuesday|wednesday|thursday|friday)))? (about|on|regarding|re|of|for)(?! (linkedin|connecting|the connection|my request)(?!\\p{L}))",
    "(as promised|as discussed|as agreed|per our|as per our|further to our|following up on (our|my|your)|following our|after our|loved our|enjoyed our)( quick| great| brief| short| video| phone| telephonic| recent)?( slack| zoom| teams| discord| google meet| whatsapp)? (call|chat|demo|zoom|meeting|interview|conversation|email|emails|email thread|email exchange|exchange|thread|huddle|catch-up|discussion|voicemail)( (today|yesterday|earlier|this morning|last week|on (monday|tuesday|wednesday|thursday|friday)))? (about|on|regarding|re|for)",
    "(great|good|lovely|nice|a pleasure|pleasure|really good|so good) (speaking|talking|chatting|catching up)( with you)?( (on the phone|by phone|over the phone|on zoom|on our call|on the call|on teams|over email|this morning|yesterday|earlier|(on )?(monday|tuesday|wednesday|thursday|friday)))? (about|regarding)",
    "(we|i)(?<!(everything|anything|all|things|stuff)( that)? (we|i)) (spoke|talked|chatted|emailed|messaged|exchanged emails|exchanged messages|corresponded)( briefly| recently)?( (on the phone|by phone|over the phone|on zoom|by email|over email|via email|on slack|on discord|on whatsapp|on teams|a (couple|few) of (weeks|months) ago|last (week|month)))? (about|regarding|re)(?! (everything|anything|it all|all of it|all sorts|things|stuff|a lot|lots|so much|this and that)(?!\\p{L}))",
    "you (emailed|emailed back|wrote back|replied|called|messaged|rang|texted|interviewed me)( to me| back| (our|my|the) [\\p{L}-]+)?( (today|yesterday|last week|on (monday|tuesday|wednesday|thursday|friday)))? (about|on|re|regarding)",
    "((the candidate|the person) you (interviewed|spoke with|called)|(interviewing|interviewed) with you)( (today|yesterday|on (monday|tuesday|wednesday|thursday|friday)|last week))? for",
    "(cc'd|copied|looped) (us|me)( both| in)? on (the|that|an|his|her|their) (email|thread|email thread)",
    "(your|the|my) (voicemail|support ticket|ticket|email thread) \\(?(about|on|re|regarding|#\\d+)",
    // The prior exchange named, then what follows from it: "Per our email exchange, I'm the translator…"; their question answered; their name raised about something; the sender's email passed on; an invitation to speak accepted.
    "(per our|as per our|as promised on our|as discussed on our|as discussed in our|further to our)( quick| brief| recent| telephonic| phone)? (call|chat|demo|zoom|meeting|interview|conversation|email|email exchange|exchange|thread)(?=\\s*[,:;—–-])",
    "(to|on|re|about) your question( about| on| re)?(?=\\s*[,:;—–-])",
    "your name came up( again)?( (in|during|on|at|over) [^.!?]{1,40})? (re|about|regarding|when|while|as)(?!\\p{L})",
    // Their own words passed on, with what they need: "Nadia forwarded your note about needing a fractional CFO".
    "(forwarded|passed on|passed along|shared|sent) (me )?your (note|message|email|post|request|question|brief|ask) (about|on|regarding|asking)(?!\\p{L})",
    "(forwarded|passed on|passed along|shared) my (email|cv|resume|résumé|message|note|deck|portfolio) (about|on|regarding|re|for|to you)",
    "thanks for accepting (our|my|the) (cfp |speaker |speaking |panel |podcast )?(invite|invitation) (for|to)(?! (connect|join my network)(?!\\p{L}))",
    // An investor's fund told by what it does, or a fit with it: "your fund backs pre-seed marketplaces in Africa", "your fund's thesis on 'boring infrastructure'", "your portfolio has three companies selling to…", "if that fits your thesis"; not praise ("your portfolio is impressive").
    "your (fund|firm|portfolio|thesis|fund's thesis|fund's focus|investment thesis)( [\\p{L}'’-]+){0,2} (backs|invests in|focuses on|has|includes|covers|on|around|about)(?! (been|great|amazing|impressive|incredible)(?!\\p{L}))",
    "(fits|fit|matches|match|suits) (your|the fund's|your fund's) (thesis|investment thesis|portfolio|focus|mandate|check size|stage)",
    // A partnership with their product or programme: "[Company]'s payments API is the one our customers keep asking for", "looking into [Company]'s partner program", "become a certified reseller", "we'd love to integrate it".
    "(<slot>|[\\p{L}\\p{N}&.-]+)('s|’s)( [\\p{L}-]+)? (api|apis|sdk|platform|marketplace|app store|partner program|partner programme|partner directory|partner network|integration|plugin|connector|reseller program|dealer network|distribution network|expense tool|payments api)(?!\\p{L})",
    "(become|becoming|be) (a|your) (certified |authori[sz]ed |official )?(reseller|distributor|integration partner|implementation partner|channel partner|dealer)",
    "(love|like|want|keen|hoping|looking) to (integrate|build an integration|partner|list|embed)( it| them| with (you|your|<slot>)| into)?(?!\\p{L})",
    // Their place picked for something of the sender's: "your brewery is on the shortlist for the beer partner", "Your consultancy is listed as a partner on…", "your roster is exactly the audience we're after".
    "your ([\\p{L}'’-]+ ){1,4}(is|are) (on (our|the|my) (shortlist|longlist)|shortlisted|longlisted|listed as (a|an|the) (partner|supplier|provider|vendor)|exactly the audience|exactly who we)",
    // Their company's offer in the present, seen: "Saw that {{company}} now supports instant payouts".
    "(noticed|saw|see|read|heard)( that)?( [\\p{L}0-9'’&.-]+){1,4} (now )?(supports|accepts|integrates with|offers|ships to|sells to|operates in|serves)(?! (great|amazing|awesome|incredible|a lot|everything|everyone)(?!\\p{L}))",
    // Their company's news in the past, told by its shape: "Saw that Corvex Bio's phase II readout slipped to May".
    "(noticed|saw|read|heard|learned|learnt|understand|gather) that(?! (i|we|my|our|you|your)(?!\\p{L}))( [\\p{L}0-9'’&.-]+){1,5} \\p{L}{3,}ed (to|from|into|by|in|on|at|after|before|past|until|over)(?!\\p{L})",
    // Asked of them for the sender's work, by what it is: a blurb, a foreword, an interview, a quote, a survey, a guest spot ("would you read an advance copy and give a blurb?", "would you do a 30-minute interview about…", "would you come on the show?"); not a call in general.
    "(would|could|might|will) you (be willing to |be open to |consider |like to |mind )?(read|give|write|do|join|come on|be (a|my|our) guest on|contribute|share|provide|offer|fill in|take)( (an|a|my|our|the|this|me|us))?( [\\p{L}\\p{N}-]+){0,3} (blurb|foreword|endorsement|quote|quotes|interview|testimonial|guest|episode|show|podcast|survey|questionnaire|review|comment|comments|case study)(?!\\p{L})",
    "(on|onto) (our|my|the) (longlist|shortlist|long list|short list)(?!\\p{L})",
    // Passing by their place: "could I drop by for 20 min", "I'd love to visit your plant next week".
    "(could|can|may|might) (i|we) (drop by|pop in|pop by|stop by|swing by|come by|visit)(?!\\p{L})",
    "(drop by|pop in|pop by|stop by|swing by|come by|visit) (your|ur) (office|site|plant|store|shop|studio|kitchen|hq|headquarters|warehouse|clinic|lab|factory|booth|stand|stall|farm|winery|brewery|showroom)(?!\\p{L})",
    // The ask said after what it is for: "…read an early draft of my book and, if it resonates, write a blurb?".
    "(give|write|provide|offer|contribute) (me |us )?(a|an) (short |quick |brief |one-line )?(blurb|foreword|endorsement|testimonial)(?!\\p{L})",
    // The project they are doing, told as theirs: "you're doing the solar microgrid rollout out at [Town]", "your work leading the mini-grid rollout at SunFlow".
    "((you're|you are|you've been|you have been) (doing|running|leading|heading|managing|driving|delivering|overseeing|coordinating|spearheading|rolling out)|your (work|role|time) (leading|running|heading|managing|driving|delivering|overseeing|coordinating|on)) (the|your|that)( [\\p{L}\\p{N}&-]+| <slot>){0,4} (rollout|roll-out|migration|project|launch|build-out|programme|program|pilot|expansion|redesign|rebrand|refit|upgrade|integration|implementation|overhaul|merger|campaign|study|trial|renovation|installation)(?!\\p{L})",
    // A role or scheme of theirs named by its owner's possessive: "I just applied to {{company}}'s SOC Analyst I role", "interested in [Firm]'s [Practice Area] vacation scheme".
    "(interested in|applying for|applied for|apply for|applying to|applied to|excited about|considering) (<slot>|[\\p{L}\\p{N}&.-]+)'s( [\\p{L}\\p{N}&'-]+| <slot>){0,5} (role|position|opening|vacancy|internship|job|post|traineeship|apprenticeship|scheme|programme|program|fellowship|residency)(?!\\p{L})",
    // A listing of theirs seen by its title: "since I saw the Development Associate listing".
    "(saw|noticed|spotted|found|read) (the|your)( [\\p{L}\\p{N}&-]+| <slot>){1,4} (listing|job ad|job posting|posting|vacancy)(?!\\p{L})",
    // The career move they made, the one the sender is about to make: "saw you made that exact switch at Coursera", "you moved from teaching into instructional design", "you went from nursing to health tech".
    "(you|you've|you have) (made|did) (that|the|this|a similar|the same)( exact| same| very)? (switch|move|jump|transition|pivot|leap)(?!\\p{L})",
    "(you|you've|you have) (moved|switched|pivoted|transitioned|went|jumped) (from|into|over to) (?!(a|an|the|my|our|new|different|another|strength)(?!\\p{L}))[\\p{L}-]+",
    // People of their organisation invited, the organisation named: "would like to invite staff from [School Name]".
    "(would like to|would love to|want to|wish to|are pleased to|are happy to) invite (staff|teachers|faculty|colleagues|members|employees|students|people|someone|a few people|your team|your staff|your colleagues)( [\\p{L}-]+){0,2} (from|at|of) (<slot>|your (school|company|team|organi[sz]ation|institution|college|university|firm|hospital|clinic|department))(?!\\p{L})",
    // Their company's news told as a noun, its owner named: "I noticed Medisphere's recent FDA clearance", "while researching Atelier Verre's expansion into the Middle East", "while reading about Halden Robotics opening its Lyon plant".
    "(noticed|saw|see|read|heard|learned|researching|reading about|read about|heard about|congrats on|congratulations on) (<slot>|(?!(the|a|an|how|why|what|this|that|some|all|my|our)(?!\\p{L}))[\\p{L}\\p{N}&.-]+( [\\p{L}\\p{N}&.-]+){0,2})('s|’s) (recent |new |latest |big |first |planned |upcoming )?(fda |ce |regulatory )?(clearance|approval|funding|round|raise|launch|acquisition|expansion|partnership|contract|award|ipo|listing|merger|rebrand|opening|seed round|series [a-e]|certification|relocation|move)(?!\\p{L})",
    "(reading about|read about|heard about|researching) (<slot>|(?!(the|a|an|how|why|what|this|that|some|all|my|our)(?!\\p{L}))[\\p{L}\\p{N}&.-]+( [\\p{L}\\p{N}&.-]+){0,2}) (opening|launching|expanding|acquiring|raising|entering|moving|building|hiring|merging|relocating)(?!\\p{L})",
    // A job ad of theirs seen: "noticed your job ad for a regional distributor manager in Dubai".
    "(noticed|saw|spotted|read|came across) your (job ad|job advert|job posting|job post|listing|vacancy|opening) (for|in|on)(?!\\p{L})",
    // Their own company's news, "your" said: "Saw on the planning portal that your company has applied to expand the Riverside warehouse".
    "(noticed|saw|see|read|heard|learned|understand|gather)( on [\\p{L}\\p{N}&.'’-]+( [\\p{L}\\p{N}&.'’-]+){0,3})?( that)? your (company|firm|team|group|practice|agency|studio|organi[sz]ation|business|school|hospital|clinic|restaurant|hotel|store|shop|brand|startup|department|office|council|charity) ((is|are) (?!(doing|growing|killing|crushing|going)(?!\\p{L}))\\p{L}{3,}ing|(has|have) (just |recently )?(?!(grown|done|been|become)(?!\\p{L}))\\p{L}{3,}ed|will \\p{L}{3,}|plans to|(just|recently) \\p{L}{3,}ed)(?!\\p{L})",
    // A deal or an event of theirs by its name: "while reading about the Brightline/Corvus merger", "I gather the Hexagon acquisition means…", "the ransomware incident at {{ company }}".
    "(reading about|read about|heard about|researching|gather|understand|saw|noticed|heard|read) the( [\\p{L}\\p{N}&/.'’-]+){1,3} (merger|acquisition|buyout|ipo|expansion|rebrand|funding round|relocation|restructuring|takeover)(?!\\p{L})",
    "(read|heard|saw|reading|hearing) about the( [\\p{L}-]+){0,3} (incident|breach|outage|recall|strike|fire|flood|layoffs|cyberattack|attack) (at|in) (<slot>|your|[\\p{L}\\p{N}&.'’-]+)",
    // A plan of theirs approved or a bid of theirs: "Saw Aurum's plans for the Schwabing site got approved".
    "(noticed|saw|see|read|heard|learned) (<slot>|(?!(the|a|an|how|why|what|this|that|some|all|my|our)(?!\\p{L}))[\\p{L}\\p{N}&.-]+( [\\p{L}\\p{N}&.-]+){0,2})('s|’s) (plans|plan|bid|proposal|tender|planning application|application)(?!\\p{L})",
    // Their company doing something, given as why: "As Suryan Textiles is expanding its export unit in Tiruppur, I wished to offer…".
    "(since|as|now that|given that|with) (?!(the|a|an|i|we|it|this|that|more|many|everyone|demand|interest|competition|prices|costs|people)(?!\\p{L}))[\\p{L}\\p{N}&'’-]+( [\\p{L}\\p{N}&'’-]+){0,3} (is|are) (expanding|moving|opening|hiring|launching|raising|relocating|building|entering|adding|rolling out|migrating|switching|acquiring|merging)(?!\\p{L})",
    // A term of theirs coming to an end: "With your lease at Harbour Point ending next year".
    "(with|since|as|now that|given that) your( [\\p{L}-]+)? (lease|contract|renewal|policy|licen[cs]e|mortgage|term|subscription|warranty)( [\\p{L}\\p{N}&.'’-]+){0,3} (ending|expiring|up for renewal|due|coming up|renewing|running out)(?!\\p{L})",
    // A debt from a time together, named: "Still owe you that coffee from the Portland offsite!".
    "owe you (that|a|the|one)( [\\p{L}-]+)? (coffee|beer|drink|lunch|dinner|pint|round|favou?r) (from|since|after)(?!\\p{L})",
    // A job under way for them, by how it stands: "your christening prints are ready to collect", "the alterations on both dresses are done", "the sample tiles arrived!".
    "(the|your)( [\\p{L}\\p{N}'-]+){1,4} (is|are|'s|has been|have been)(?<!(event|conference|webinar|meetup|summit|call|meeting|year|week|day|weekend|season|holidays?|semester|term|quarter|month|course|programme|program|launch|show|fair|festival|party) (is|are|'s|has been|have been))( now| all| both| finally| just)? (ready|done|finished|back|sorted|printed|fixed|delivered|shipped|signed|approved|translated|booked|confirmed)(?!\\p{L})(?! (to (connect|chat|talk|network)|for (a chat|networking)))",
    "(the|your)( [\\p{L}\\p{N}'-]+){1,4} (arrived|came in|got here|turned up)(?!\\p{L})",
    // Their kind of business where they are: "payroll software for accounting firms like yours in Guadalajara".
    "(like yours|like your own|such as yours) (in|across|around) (<slot>|(?!(the|this|that|your|our|my|a|an|every|any|all|general|particular|terms|order|touch)(?!\\p{L}))[\\p{L}-]+)(?!\\p{L})",
    // Their company pointed out by someone: "[Mutual Connection] flagged [Company] as one to watch in [sector]".
    "(flagged|recommended|mentioned|singled out|pointed (me )?to|named) (<slot>|your (company|startup|team|fund|firm|lab|studio|practice)) as (one|a|an|the)(?!\\p{L})",
    // Suggested as the one who can tell the sender something: "suggested you as someone who can tell me what {Company}'s rotation program is like".
    "you as (someone|somebody|the person|the one|a person) (who|that) (can|could|would|might) (tell|explain|show|walk) (me|us)( more)? (about|what|how|why|whether)(?!\\p{L})",
    // What both have planned: "looking forward to recording the episode on your zine archive on the 14th".
    "looking forward to (recording|interviewing|hosting|filming|working with you on|our call (on|about)|our chat (on|about)|the (episode|interview|session|workshop|panel|recording|shoot) (on|about|with|for))(?!\\p{L})",
    // A search for a named post, retained: "we are conducting a search for a Chief Commercial Officer for a pharma group".
    "(we're|we are|i'm|i am|we've been|i've been) (conducting|running|leading|handling|retained (on|for)) (a|the|an exclusive|a confidential) (search|mandate|brief|assignment) for (a|an|the|their|its)(?!\\p{L})",
    // Something both are doing now: "since we're both writing books on remote teams".
    "(we're|we are) both (writing|building|researching|launching|raising|organi[sz]ing|running|developing|designing|translating|studying) (a|an|books?|the|<slot>|[\\p{L}-]+s)(?!\\p{L})",
    // Work done for them before: "we quoted your decking last year".
    "(we|i) (quoted|quoted for|invoiced|measured up|fitted|installed|serviced|repaired|rewired|plumbed|painted|cleaned|catered) (you|your)(?!\\p{L})",
    // Their number passed on for something: "your cousin Niamh gave me your number for the hen party cake".
    "(gave|passed|sent|forwarded) me your (number|details|contact|email|mobile|name) (for|about|regarding|re) (the|a|an|your)(?!\\p{L})",
  ],
  generic: [
    // A service for anyone at all: "we help businesses of all sizes streamline their processes".
    '(help|helps|helping|support|supports|supporting) (companies|businesses|organi[sz]ations|brands|firms|teams) (of all (sizes|kinds|types)|in (every|any|all) (industry|industries|sector|sectors)|across (all )?(industries|sectors))(?!\\p{L})',
    // Their profile fit to openings of no kind in particular: "your profile matches several roles we're currently recruiting for".
    '(your|ur) (profile|background|experience|skills|skill set|cv) (matches|fits|aligns with|would fit|could fit|might fit|is a (great |good |strong |perfect )?(match|fit) for) (several|some|a few|a number of|many|one of|multiple|various) (of (our|my) )?(roles|positions|openings|opportunities|vacancies|searches|processes|projects|clients)(?!\\p{L})',
    // An opportunity for them of no kind in particular: "I'm writing because I have a very interesting job opportunity for you".
    '(i|we) have (a|an)( very| really)?( exciting| interesting| great| amazing| excellent| unique| incredible| attractive)? (job |career |work |professional |business )?(opportunity|offer|proposal|position) for you(?=\\s*[.!?]|\\s*$|\\s*\\p{Extended_Pictographic})',
    // Someone famous quoted on connecting, and no more: 'as Brené Brown says, "connection is why we're here."'.
    "(as|like) ([\\p{L}.'’-]+ ){1,3}(says|said|puts it|put it|likes to say|once said|wrote)(?=[,:]? ?[\"'])",
    // The same said without quotes, by the sayings that only quote: "as Gary Vaynerchuk likes to say, it's all about relationships".
    "(as|like) ([\\p{L}.'’-]+ ){1,3}(puts it|put it|likes to say|liked to say|once said|always says|would say)(?=,)",
    // Anyone in their field brought to mind: "it made me think of professionals like you who are leading the way in [industry]".
    '(made|got) me (think|thinking) (of|about) (professionals|people|leaders|experts|folks|individuals) like you(?!\\p{L})',
    // Their follower count congratulated, and no more: "congrats on hitting 10k followers".
    "(congrats|congratulations|kudos) on (hitting|reaching|crossing|passing)? ?(your )?([\\p{N}.,]+k?|a thousand|ten thousand) (followers|connections|subscribers)(?!\\p{L})",
    // A visit to the sender's profile, and no more: "I noticed you recently viewed my profile".
    "(viewed|visited|checked out|looked at|stopped by|viewing|visiting) (my|our) (profile|page)(?!\\p{L})",
    // A teaser that keeps the reason back: "I'd rather not go into detail here", "once you accept I'll explain everything".
    "(i'd|i would|i'll) (rather|prefer to) not (go|get) into (the )?(details?|specifics|it) (here|on here|in (a|this) (note|message))(?!\\p{L})",
    "(once|when|as soon as|if) (you accept|you've accepted|you have accepted|we('re| are) connected|we connect)(,)? (i('ll| will| can)|happy to|glad to) (explain|share|tell you|fill you in on|walk you through) (more|everything|all|the details)(?!\\p{L})",
    "(explain|share|tell you|fill you in on) (more|everything|all|the details) (once|when|as soon as) (you accept|you've accepted|you have accepted|we('re| are) connected|we connect)(?!\\p{L})",
    // The same job, and no more: "HRIS analyst at Brightline? Same job here!".
    'same (job|role|title|position|gig) here(?!\\p{L})',
    // A slot for their work that caught the eye, and no more: "your work on [platform] really caught my eye".
    'your (work|experience|profile|background) (on|in|at|with) <slot> (really |truly )?(caught my eye|stood out|impressed me)(?!\\p{L})',
    // Connections through a group, more of one trade to meet, kinship and no more: "we share lots of connections through the UK Wedding Planners group", "Always keen to meet other planners", "as fellow CMC writers in Boston we should definitely connect!".
    '(we )?(share|have) (lots of|a lot of|many|several|some|loads of|plenty of) (mutual )?connections (through|via) (the|our)(?!\\p{L})',
    '(always )?(keen|happy|glad|love|eager) to meet (other|fellow|more)(?!\\p{L})',
    "as fellow( [\\p{L}\\p{N}&'-]+){1,4},? we (should|ought to) (definitely |really |totally )?(connect|be connected|link up)(?!\\p{L})",
    // What they work on in general, great things together, their career from afar, their take always right: "hear what you're working on at the clinic", "I think we could do great things together", "Your perspective on sales engineering is always spot on".
    "(hear|learn|know) (more )?(about )?what (you're|you are) working on( at the [\\p{L}-]+)?(?=[\\s\\p{Extended_Pictographic}\\uFE0F]*(?:[.!?]|$))",
    '(could|can|would|might) do (great|amazing|big|wonderful) things together(?!\\p{L})',
    "(i'm|i am) always looking for (new )?(partners|collaborators|partnerships)(?!\\p{L})",
    '(watched|followed|admired) your (career|journey|work) from afar(?!\\p{L})',
    '(doing|do) (amazing|great|incredible|wonderful|inspiring) things for(?!\\p{L})',
    'your (perspective|take|view|views|insights?|thoughts) on( [\\p{L}-]+){1,3} (is|are) always(?!\\p{L})',
    // Their company admired, new people met, their work to learn about, and nothing named: "Love what you're doing at {{company}} 🚀", "Always nice to meet new people in UX!", "I'd love to learn more about your research work."
    "(love|loving|really like|admire) what (you're|you are|your team is|you all are) doing (at|with) (<slot>|[\\p{L}\\p{N}&.-]+( [\\p{L}\\p{N}&.-]+)?)(?=[\\s\\p{Extended_Pictographic}\\uFE0F]*(?:[.!?]|$)|\\s*\\p{Extended_Pictographic})",
    '(always )?(nice|great|good) to meet new people in(?!\\p{L})',
    '(learn|hear|know) more about your (work|research|research work|journey|experience|background|career|role|path|company|brand|practice)(?=[\\s\\p{Extended_Pictographic}\\uFE0F]*(?:[.!?]|$))',
    // Connections at a company, a taste shared, a day of the year greeted: "several of our connections work at…", "we share a love of Scandi jazz", "Happy International Nurses Day".
    '(several|many|some|a few|lots|a lot|most|plenty) of our (connections|contacts|mutual connections) (work|are|worked|were) (at|in|with)(?!\\p{L})',
    '(we )?(both )?share a (love|passion|fondness|soft spot) (of|for)(?!\\p{L})',
    "happy (international |world |national )?[\\p{L}'’-]+( [\\p{L}'’-]+)? (day|week)(?!\\p{L})",
    // Kinship and no more: "feels like we should know each other", "we work in the same industry", "we have 23 connections in common in the L&D space".
    'feels like we (should|ought to) (know|meet|be connected with|be talking to) each other',
    '(we|you and i) (both )?work in the same (industry|field|space|sector|area|world|line of work)',
    '(we )?(share|have) (\\d+|<slot>|many|lots of|a lot of|several|some|a few|so many) (mutual |common |shared )?connections( in common)? in the( [\\p{L}&-]+){1,3} (space|world|industry|field|sector|community|scene)(?=[\\s\\p{Extended_Pictographic}\\uFE0F]*(?:[.!?;]|$))',
    // Their activity or their work admired in general: "I see you're active on here talking about supply chain", "I'm a big admirer of your newsletter".
    "(you're|you are) (very |really |quite |so )?active (on here|on linkedin|here)(?!\\p{L})",
    "(a )?(big |huge |long-?time |great )?(admirer|fan) of your (work|newsletter|content|writing|podcast|show|blog|posts)(?!\\p{L})(?! (on|about)(?!\\p{L}))",
    // A group both are in, and no more: "I saw you're in the Museum Professionals Network group too".
    "(you're|you are) (also )?(in|a member of|part of) the( [\\p{L}\\p{N}&'.-]+){1,5} (group|community|network|forum|slack|discord|association|society|scene|space|world|ecosystem|circles)( too| as well)?(?=\\s*[.!,;]|\\s*$)",
    // Growth for both in general: "I believe we could support each other's growth".
    "(support|help|grow with|learn from) each other('s)?( growth| journeys?| careers?| goals| success)?(?=\\s*[.!?,]|\\s*$| (and|so|as)(?!\\p{L}))",
    // Growth offered to anyone, or a community of many: "I'd love to help you grow your YouTube channel", "I'm building a community of 10,000+ creators".
    "(help|helping) you (grow|scale|boost|10x|double|triple|skyrocket|monetize|monetise) your( [\\p{L}\\p{N}-]+){1,3}(?!\\p{L})",
    "(building|growing|launching|starting|creating|running) (a|an|our|my) (community|network|collective|circle|group) of(?!\\p{L})",
    // Not being connected yet as the reason: "so it felt odd not to be connected".
    // Connecting because it fits, for no reason said: "so it made sense to connect", "thought it made sense to link up".
    "(it )?(made|makes|would make) (sense|total sense|perfect sense) (to|for us to) (connect|link up|be connected|link)(?!\\p{L})",
    // The same field and city, said of both: "we both work in B2B marketing in Manchester".
    "we (both |also )?work in( the)? [\\p{L}\\p{N}-]+( [\\p{L}\\p{N}-]+)?( (in|around|near) [\\p{L}-]+( [\\p{L}-]+)?)?(?=\\s*[.!?,;]|\\s*$| (and|so)(?!\\p{L}))",
    // People of a trade met in general, a fellow of a place in a field: "trying to meet people in the industry", "Fellow Chicagoan in the healthcare space here".
    "(trying|looking|hoping|want|wanting|eager|keen) to meet (more )?(people|professionals|folks|others)( (in|from) (the|my|this|your) (industry|field|space|sector|area|city|world))?(?!\\p{L})",
    "fellow [\\p{L}-]+ (in|from) the( [\\p{L}&-]+){1,2} (space|industry|field|world|sector|scene) here(?!\\p{L})",
    "(felt|feels|seemed|seems) (odd|weird|strange|silly|wrong|rude|crazy) (not to be|that we're not|that we aren't|we're not|we aren't) (connected|linked)(?!\\p{L})",
    "(can't|cannot|can not|couldn't) believe (we|you and i) (weren't|aren't|were not|are not|haven't been|have not been|never) (already |yet )?(connected|linked)(?!\\p{L})",
    // The recruiter's compliment to anyone: "you're exactly the kind of talent we look for".
    "(you're|you are|you seem|you look like)( exactly| just)? (the kind|the type|the sort|a great example) of (talent|person|people|candidate|profile|engineer|leader|professional|builder)s? (we|i|our (team|clients?))('re| are)? (look|looking|want|need|love|hire|seek)",
    // The sender's CV or profile to be passed around, whoever gets it.
    "(share|forward|pass along|pass on|circulate|send around) my (cv|resume|profile)(?!\\p{L})",
    // Their company praised by its name and nothing said of what: "I've long admired what Copperleaf Energy is building", "everything Halcyon has accomplished under your leadership".
    "(admire|admired|love|loved|impressed by|impressed with|inspired by|big fan of) (what|everything|all) (<slot>|[\\p{L}\\p{N}&.-]+( [\\p{L}\\p{N}&.-]+){0,2}) (is|are|has|have)( been)? (building|doing|creating|accomplished|achieved|built|done|created)",
    // Backgrounds alike, the same city or field, and nothing more: "given our similar backgrounds", "we're both in [City] and both in [Industry]".
    '(given|with|because of) our (similar|shared) (backgrounds|paths|careers|interests|experiences)', "(we'd|we would|we'll|we will) have (lots|a lot|plenty|so much) to (talk about|discuss|chat about)", "(we're|we are) both (in|from|based in) (<slot>|[\\p{L}-]+)",
    // Everyone met at once: "great to meet so many inspiring people at the event".
    '(meet|meeting|met) so many (inspiring|amazing|great|interesting|talented|brilliant|smart) (people|professionals|folks|minds|humans)',
    // Kinship with a trade and a place, connections shared in a field, an opportunity never said: "Fellow Denver B2B SaaS person", "we share connections in the HR space", "writing to you regarding an opportunity".
    "fellow( [\\p{L}\\p{N}&'-]+){1,4} (person|people|folks|human|nerd|geek|fan|enthusiast)(?!\\p{L})",
    '(we )?(share|have) (mutual |common )?connections in',
    // Being welcomed into it, and keeping up with whatever they do: "I would be honoured to welcome you to my network", "stay in the loop on everything you're up to".
    "(welcome you (to|into)|have you (in|as part of)) (my|our) (professional |growing |personal )?(network|circle)",
    "(stay|keep) (in the loop|posted|updated|up to date) (on|with) (everything|all|whatever|what) (you're|you are|you've been) (up to|doing|working on|building)",
    // Seen in a group both are in: "Saw you in the UX Designers Worldwide group".
    "(saw|found|noticed|spotted|came across) you in (the|a|our|this)( [\\p{L}\\p{N}&-]+){0,4} (group|community|slack|discord|forum|channel)(?!\\p{L})",
    // A network to join, whoever is in it: "I'd love to add you to my network of HR leaders in Boston".
    "(add you to|be part of|be in|welcome you (to|into)|have you in|invite you into) (my|our) (professional |growing |personal |linkedin )?(network|circle) of( [\\p{L}-]+){1,3}",
    "(join|invite you to join) (my|our) (professional |growing |personal |linkedin )?(network|circle)( of( [\\p{L}-]+){1,3})?",
    '(writing|reaching out|contacting you|messaging you)( to you)? (regarding|about|with) an? (opportunity|proposal|offer)(?! (at|in|for|with|to|on)(?!\\p{L}))',
    "(i )?(follow|read) (all|every one of) your (posts|articles|updates|videos)",
    // Hiring asked about only as a condition: "feel free to reach out if you're hiring".
    "(if|in case|whenever|should) (you're|you are|your team is|your company is|you ever are) (ever )?(hiring|recruiting|looking for (someone|talent|people|candidates))",
    // Kinship with a place or a trade, and nothing more: "always chuffed to find more of us over here", "another Leeds person in logistics! There can't be many of us left", "collecting interesting humans. You qualify."
    "(find|finding|meet|meeting|see|seeing|spot|spotting) (more|other|another|fellow)( [\\p{L}-]+){0,2} (of us|like us|like me)",
    "more of us (over |out |around |in )?here",
    "(can't|cannot|can not) be (many|that many|a lot|lots|loads) of us",
    "another [\\p{L}-]+ (person|local|native|expat|human|soul) in",
    "(collecting|collect|meeting|finding) (interesting|great|good|cool|amazing|fun|curious) (humans|people|folks|minds|souls)",
    "you qualify",
    // In touch with more of a kind: "keen to be in touch with more [their role]s around [their city]".
    '(be|stay|get|keep|keeping|getting|staying) in touch with (more|other|fellow)',
    // Based in the same place, working in the same field, and nothing more: "I see you're also based in {{city}} and working in {{industry}}".
    "(you're|you are) also based in (<slot>|[\\p{L}-]+)( and (working|work) in (<slot>|[\\p{L}-]+))?",
    'always (good|nice|great) to know people (nearby|locally|in the area)',
    // Being active again, reconnecting with everyone: "I'm trying to be more active on here and reconnect with everyone".
    "(trying to be|being|to be) more active (on here|here|on linkedin)",
    "reconnect(ing)? with (everyone|everybody|old friends|old colleagues|people)(?!\\p{L})",
    // Relationships built with a whole group: "I'm building relationships with {{persona}}s across {{region}}".
    '(building|build|growing|grow|developing|develop) (relationships|connections|my network|a network) with( [\\p{L}-]+)? (<slot>|[\\p{L}-]+s)(?!\\p{L})',
    // Featured some day, a fit for something unnamed, a sign-up link: "Would love to feature you on my podcast sometime", "a great fit for an upcoming project", "Sign up here".
    "(feature|have) you on (my|our) (podcast|show|channel|newsletter|blog)( sometime| someday| one day| at some point| soon)?(?=\\s*[.!?]|\\s*$|\\s*\\p{Extended_Pictographic})",
    '(great|good|perfect|ideal) fit for (an|a) (upcoming|exciting|new|potential|future) (project|opportunity|collaboration|role|initiative)',
    '(sign up|register|save your (seat|spot)|grab your (seat|spot)) (here|now|today|at|via)',
    // Asking them to accept, and nothing more: "Kindly accept my request.", "I humbly request you to accept."
    '(kindly|please) accept( my| this| the)?( (connection|linkedin))?( (request|invitation|invite))?(?=\\s*[.!?]|\\s*$)',
    '(i )?(humbly |kindly )?request (you )?to accept( my| this)?( (request|invitation|invite))?',
    '(i )?(humbly |kindly )?request to (join|be part of|be added to|connect with) your (network|connections|circle)',
    // An honour to be connected, a stalwart, opportunities sought for anyone: "It will be a great honour for me to be connected with a stalwart of the industry".
    "(it will be|it would be|it's|it is) (a|an) (great |real |immense |huge |true |genuine |distinct |particular |rare |singular |tremendous |sincere )?(honou?r|privilege|pleasure) (for me )?to (be connected|connect|be part of|join|be in)",
    // Their career to follow: "to follow your distinguished career".
    "follow(ing)? your (distinguished|illustrious|remarkable|continued|inspiring|impressive|stellar|outstanding) (career|success|successes|work|journey|path)(?!\\p{L})",
    '(a|the) (stalwart|doyen|luminary|titan|legend|veteran) (of|in) (the|our|this)',
    '(seeking|looking for) (new )?opportunities to (contribute|apply|use|grow|leverage)',
    // A circle of a kind of people built: "building a circle of {{job_title}}s in {{industry}}".
    "(building|growing|starting) (a|my) (circle|network) of",
    // Staying in touch with a kind of people, a mentor for anyone's career: "I make a point of staying connected with senior operations leaders", "glad to have you in my network", "a mentor who can guide me in my career".
    "(staying|stay|keep|keeping) connected with( [\\p{L}-]+){0,3} (leaders|professionals|people|executives|peers|founders|experts|talent)",
    "(have|having) you in my (network|circle)",
    "mentor (who|that) (can|could|would|will) (guide|help|support|advise) me",
    // Mentoring asked for with nothing of what: "seeking mentorship from accomplished leaders in healthcare", "I am looking for a mentor in the field of data analytics", "is mentoring someone like me something you'd consider?".
    "(seeking|looking for|in search of|searching for) (mentorship|mentoring|guidance|a mentor|mentors)( and (guidance|advice|support))?( from( [\\p{L}-]+){0,3} (leaders|professionals|people|experts|mentors|individuals))?(?=\\s*[.!?,]|\\s*$| in (the (field|area|world|space) of )?(?!(your|their|his|her)(?!\\p{L}))[\\p{L}-]+( [\\p{L}-]+)?(\\s*[.!?,]|\\s*$))",
    "mentoring someone like me",
    "(be|become) my mentor(?=\\s*[.!?]|\\s*$)",
    // The same field and city as slots: "I see we're both in [industry] in [city]".
    "(we're|we are) both (in|based in|from|working in) <slot>( (in|based in|from) <slot>)?(?=\\s*[.!?]|\\s*$)",
    // Writing to a kind of people at once, to show them the product: "I'm reaching out to {title}s in {industry} to share our new AI platform".
    "(reaching out|writing|reaching|talking) to( other| fellow| a few| some)? <slot>s?( (in|at|across|from) <slot>)?( to (share|show|introduce|tell you about) (our|my))?",
    // Flattery that places them among the few worth following: "one of the few voices in {{industry}} worth following".
    "(voices|accounts|people|creators|writers|thinkers|minds)( in| on)?( [\\p{L}-]+| <slot>){0,2} worth (following|reading|listening to)",
    // Fandom of all their work, people sought by kind and place, a coach's promise: "I'm a huge fan of your work on…", "looking to connect with experienced designers in Tokyo", "take your career to the next level".
    "(huge|big|great|long-?time|massive|longtime) fan of your (work|content|posts|writing|videos)",
    "(looking|hoping|keen|eager|want|wanting) to connect with( other| more| fellow)?( experienced| senior| seasoned| established| successful)? ([\\p{L}-]+ )?(designers|engineers|developers|marketers|founders|leaders|professionals|people|recruiters|writers|researchers|product managers) (in|from|across|based in)",
    "(take|taking) your (career|business|life|leadership|team|brand) to the next level",
    // Many people written to at once: "I'm reaching out to a few people in [Role] roles to hear how…".
    "reaching out to (a few|some|several|many|a handful of|a number of) (other )?(people|folks|professionals|leaders|founders|experts|practitioners)",
    // A whole page of theirs liked: "Love your GitHub!".
    `(love|loved|like|liked|enjoy|enjoyed|admire|dig) your (github|gitlab|profile|feed|page|portfolio|website|site|repos|stack overflow|instagram|youtube|youtube channel|channel|twitter|x account)${TOPIC_ENDS}`,
    // A role or opportunity with only its fit said: "an exciting opportunity that could be a great fit for your background",
    // "you'd be a great fit for some roles I'm working on".
    "(an? )?(exciting|great|amazing|interesting|unique|incredible) (opportunity|opportunities|role|position)( that| which)?( could| might| would| may)? (be )?(a )?(great |good |perfect |strong )?(fit|match) for (you|your (background|profile|experience|skills|skill set))",
    "(you'd|you would|you could|you might) be a (great|good|perfect|strong) fit for (some|a few|several|many|one of (my|our)|the) (roles|positions|openings|opportunities|clients|projects)( (i'm|i am|we're|we are) (working on|hiring for|recruiting for))?",
    // Season's greetings and a network rebuilt say nothing of why; people in a space in general.
    "(happy new year|merry christmas|happy holidays|season's greetings|happy diwali|eid mubarak|happy easter)",
    '(rebuilding|rebuild|growing|expanding) my (contacts|network|connections)',
    '(keen to meet|meet|connect with|connecting with) (more )?(people|professionals|folks|others) in the( [\\p{L}-]+){1,2} (space|industry|sector|world|field)',
    '(keen to meet|love meeting|love to meet|happy to meet) (more )?(people|professionals|folks|others) in the (space|industry|sector|world|field)',
    '(move|moving|run|running|travel|travelling|traveling) in the same (circles|world|crowd|scene|networks)',
    // Well-wishing in place of a reason: "connecting will be mutually beneficial", "hope we can be friends".
    'mutually beneficial',
    '(know|meet|connect with) more people (in|from|of)',
    '(hope|wish|hoping) (that )?we (can|could|will) (be|become) (friends|good friends)',
    '(keen|great|deep|strong|special) interest in',
    // Written to many at once: "reaching out to people who care about the planet", "looking for inspiring voices",
    // "investors who share our vision", "interviewing people across the industry", "an industry leader like you".
    `${PEOPLE_SOUGHT} (who|that) (share|shares|believe|believes|care|cares|love|loves|are passionate|is passionate|have a story|has a story)`,
    `${PEOPLE_SOUGHT} with (deep|great|real|proven|strong|solid|relevant) (expertise|experience|knowledge)`,
    `(community|network|group|circle|collective) of( [\\p{L}-]+){0,2} ${VAGUE_QUALITY}( [\\p{L}-]+)? ${PEOPLE_SOUGHT}`,
    "(you'd|you would) (add|bring) (a lot|so much|great value|real value|value)",
    '(across|throughout) the (industry|sector|field|board|space)',
    '(reaching out to|talking to|speaking with|speak with|interviewing) (industry|sector|field) (experts|leaders|professionals|practitioners|insiders)',
    '(industry|thought|sector) leaders? like (you|yourself)',
    `(${PEOPLE_SOUGHT}|entrepreneurs) like (you|yourself)(?![\\s,]+(at|in|who|that|from)(?!\\p{L}))`,
    `(reaching out to|writing to|contacting|connecting with|looking for|seeking|inviting|recruiting)( a few| some| \\d+| several)?( [\\p{L}-]+)? ${PEOPLE_SOUGHT} (who|across|in the|like you|like yourself)(?!\\p{L})`,
    // A seat named is a purpose: "engineers to sit on our technical advisory board".
    `(looking for|seeking|on the (lookout|hunt) for|inviting|recruiting|keen to meet|talking to|speaking with|speak with|interviewing|hear from|hear the perspective of)( a few| some| more| other)? ${VAGUE_QUALITY}(,? ${VAGUE_QUALITY})? ${PEOPLE_SOUGHT}(?!( [\\p{L}-]+){0,2} (to join|to have on|to sit on|for|on) (our|my|the) (advisory board|board|founding team|panel|podcast|show))`,
    // Their goals in general: "I'd love to learn more about your goals".
    '(learn|hear|know|find out) more about your (goals|needs|challenges|priorities|plans|business|objectives)',
    // People like them in general, wanted for a book or a show: "would love to interview inspiring people like you"; a wider reach: "looking to expand my reach with editors".
    "(interview|feature|profile|talk to|speak with|learn from|hear from) (inspiring|successful|amazing|interesting|great|remarkable|impressive|talented) (people|leaders|professionals|women|men|founders|minds) like (you|yourself)(?!\\p{L})",
    "(expand|grow|widen|broaden|extend|build) my (reach|audience|circle|presence)(?!\\p{L})",
    // A season or a year congratulated, no more: "congrats on the great season!".
    "(congrats|congratulations) on (the|a|your)( great| amazing| fantastic| brilliant| strong| incredible| successful| cracking)? (season|year|quarter|month|run)(?=\\s*[.!]|\\s*$)",
    // A list of leading names they are said to be on: "I'm putting together a list of leading voices in transport planning and you're on it!".
    "(putting together|compiling|making|building|writing) (a|my) list of (the )?(leading|top|best|most influential|influential|inspiring|rising)( [\\p{L}-]+){0,3} (voices|leaders|people|experts|professionals|women|men|minds|names|stars|founders|innovators|creators|builders|marketers|engineers|designers|operators)(?!\\p{L})",
    // How busy their work gets, synergies in general: "I know how hectic {{current_month}} gets", "I think there could be synergies!".
    "i know how (hectic|busy|crazy|hard|tough|stressful|intense|wild)( [\\p{L}<>-]+){0,3} (gets|get|is|are|can be)(?!\\p{L})",
    "(there could be|there might be|there may be|there are|i see|i sense|we could find|potential for|room for)( some| real| great| mutual| a lot of)? synerg(y|ies)(?!\\p{L})",
    // Saying hi as the reason, someone unnamed having mentioned them, a suggestion list, learning from each other:
    // "Figured I'd say hi!", "someone mentioned your name", "popped up in my 'People you may know'".
    "(figured|thought) i'd (say hi|say hello|drop a line|drop you a line|introduce myself)(?=\\s*[.!]|\\s*$)",
    "(someone|somebody|a friend|a colleague|people)( from [\\p{L}&.-]+)? (mentioned|brought up|dropped) your name(?!\\p{L})",
    "(popped up|showed up|came up|appeared) (in|on) my ['\"“]?people you may know",
    "learn (a lot|so much|plenty|loads) from each other(?!\\p{L})",
    // Time to connect, the future of a field, an idea they will love, how busy they are: "so I figured it's time we connected too!",
    // "share ideas about the future of AI", "I've got an idea I think you'll love".
    "(figured|thought) (it's|it was|it is) (about )?time (we|to) (connected|connect|linked up|link up)(?!\\p{L})",
    "(share|exchange|swap|discuss) (ideas|thoughts|insights|notes|views) (about|on) the future of(?!\\p{L})",
    "(i've got|i have|i've) (an idea|something)( (i think|i'm sure))? you'll (love|like|want)(?!\\p{L})",
    "(i know|i'm sure) you're (busy|slammed|swamped|flat out)(?!\\p{L})",
    // The request itself as the reason: "so figured I'd send a request".
    "(figured|thought) i'd (send|fire off|shoot)( you)? (a|an|the) (request|invite|invitation|connection request)(?!\\p{L})",
    // Their work in general, where they work and no more: "looking forward to learning more about your work at {company}!".
    "(learn|learning|hear|hearing|know|knowing|find out|finding out)( more)? about (you|your (work|journey|experience|experiences|background|career|path|role|story))( (at|with) (<slot>|[\\p{L}\\p{N}&.'-]+( [\\p{L}\\p{N}&.'-]+)?))?(?=\\s*[.!]|\\s*$)",
    // A LinkedIn group in common says nothing of why: "we're both members of the {{group_name}} group".
    "(members?|part) of( the)?( [\\p{L}\\p{N}'&\"-]+| <slot>){1,6} (linkedin )?(group|groups|slack|discord)(?!\\p{L})",
    "(same|the) (<slot>|[\\p{L}\\p{N}'&-]+)( [\\p{L}\\p{N}'&-]+){0,3} linkedin group",
    "(i|we) work with( [\\p{L}-]+| <slot>){1,3} (companies|businesses|teams|brands|firms|professionals|leaders)( in <slot>)?(?=\\s*[.!,]|\\s*$| and (would|thought|wanted))",
    // The industry's future or trends in general: "your thoughts on the future of {{industry}}".
    "(thoughts|take|views?|perspective|opinion) on (the future of|trends in|where) (the |this )?(industry|field|space|sector|market|<slot>)",
    '(a lot|so much|lots) in common( professionally)?',
    'connecting with( [\\p{L}-]+){0,3} (professionals|people|leaders|founders|minds)',
    // An achievement congratulated on with nothing said of what: "Congratulations on your achievement!", "congrats on the launch!".
    '(congrats|congratulations|kudos) (on|for) (the|your|this|that|such an?)( (great|amazing|fantastic|well-deserved|incredible|recent|latest|big|huge|impressive|wonderful|outstanding))? (achievement|accomplishment|success|milestone|win|award|recognition|launch|news)(?=\\s*[.!?]|\\s*$|\\s*\\p{Extended_Pictographic})',
    // A work anniversary congratulated on, and nothing more.
    '(congrats|congratulations|happy) (on )?(your|the) ([\\p{L}\\p{N}-]+ )?(work )?anniversary',
    // A new job congratulated on, and nothing more: "congrats on the new role at {{company}}!"
    '(congrats|congratulations) on (the|your) (recent |new )?(role|position|job|promotion|gig)( to <slot>)?( (at|with) (<slot>|[\\p{L}&.-]+( [\\p{L}&.-]+)?))?(?=\\s*[.!?]|\\s*$|\\s*\\p{Extended_Pictographic})',
    // Wanting to connect is no reason to connect, "because" or not.
    "(because|since|as) (i'd|i would|i want|i wanted|i'd love|i would love|i'm keen) (like )?to (connect|add you|be connected|network|stay in touch)",
    '(grow|expand|build|extend|widen|broaden|increase|strengthen|enlarge|enrich|amplify|enhance) (my|our|his|her|their) (professional )?(network|connections|circle)',
    // Cooperation of no kind in particular, as many write it: "I want to connect for cooperation opportunity in the future".
    '(connect|connecting|contact|contacting) (you )?for (a |future |possible |potential |any |mutual )?(cooperation|collaboration|partnership|business)( opportunit(y|ies))?',
    // The same town and trade seen: "I see that you are also in Lyon and working in the cosmetics industry".
    "(see|saw|noticed)( that)? (you're|you are) also (in|based in|from) [\\p{L}-]+( [\\p{L}-]+){0,2}( (in|from) [\\p{L}-]+( [\\p{L}-]+)?)?( and (working|work) in( the)?( [\\p{L}-]+){1,3})?(?=\\s*[.!,\\p{Extended_Pictographic}]|\\s*$| and| too)",
    '(growing|expanding|building|extending)( up| out)? (my|our|his|her|their) (professional |[\\p{L}&]+ )?(network|circle|connections)',
    'like-?minded',
    '(we )?share (the same |a similar |a |similar )?(vision|passion|values|interests|mindset|philosophy)',
    // A trade and a town seen in common: "I see we're both in B2B sales here in Munich."
    "(i see|i noticed|i saw|looks like|seems like|it seems) (that )?(we're|we are) both (in|working in|based in)( [\\p{L}\\p{N}&-]+){1,3}( here)? in [\\p{L}-]+( [\\p{L}-]+)?(?=\\s*[.!?]|\\s*$)",
    // Profiles looked through by kind: "your name came up while I was researching leaders in {{industry}}".
    "(researching|exploring|browsing|searching for|looking through|looking at) (leaders|professionals|people|experts|founders|profiles|executives|practitioners) (in|from|across|within) (<slot>|the|this|[\\p{L}-]+)",
    // Advice on getting into a field, wanted by anyone starting out: "pick your brain about breaking into {{industry}}".
    // Asked as anyone new would ask it: "any advice you could share on breaking into environmental consulting", "any advice for a new grad breaking into VC?", "advice on how to get started in the ESG field".
    "(pick your brain|advice|tips|guidance|insights?|your thoughts|pointers)( (you|you'd|you would)( could| might| can| may| be willing to| be able to)? (share|give|offer|have|pass on))?( (about|on|for)( (a|an) (new|recent|fresh|young)? ?(grad|graduate|student|newcomer|beginner|career changer|junior|fresher))?)? (how to )?((breaking|getting|moving|transitioning|switching|pivoting|break|get|move|transition|switch|pivot) into|(getting started|get started|starting out|start out|starting a career|start a career) in) (<slot>|the (industry|field|space|sector)|the ([\\p{L}-]+ ){1,2}(industry|field|space|sector|world)|(?!(at|with|for|your|their|his|her|our|my)(?!\\p{L}))[\\p{L}-]+( [\\p{L}-]+)?)(?=\\s*[.!?]|\\s*$|[\\s,]+(over|sometime|some time|and|if|as)(?!\\p{L}))",
    // Relationships wished for with anyone: "always trying to build meaningful relationships".
    "(build|building|form|forming|create|creating) (meaningful|genuine|lasting|authentic|real|strong|valuable) (professional )?(relationships|connections)",
    // The same industry is everyone's: "we're both in the [Industry] space".
    "(we're|we are|we both|both) (in|work in|working in)( the| this)?( [\\p{L}\\p{N}&-]+| <slot>){1,3} (space|industry|field|sector|niche|market|world|business|ecosystem|scene|trade|trades|profession|game|line of work)",
    // Their career praised as a whole, or their work asked about with nothing said of it.
    "your (experience|background|profile|career)( (at|in|with) (<slot>|[\\p{L}&.-]+))?( really| truly| definitely| immediately)? (caught|stood out|impressed|stands out)",
    "(learn|hear|know|find out) more about (you( and your (company|work|business|team|projects?))?(?=\\s*[.!?]|\\s*$)|your (work|background|experience|journey|career|role|company|business) (at|in|with) <slot>)",
    // How they started, in general: "I'd love to hear how you got started in your career."
    "(hear|learn|know|understand) how you (got started|started out|got into|got to where you are|built your career|began your career)(( in| with)( your| the| this)? (career|industry|field|space|role|sector))?(?=\\s*[.!?]|\\s*$)",
    // Their story in general, with nothing after it: "and hear about your journey."
    "(learn|hear|know) (more )?about your (journey|story|career|career path|path|experience|background)(?=\\s*[.!?]|\\s*$)",
    // Connecting with a kind of people, not with this person.
    // Words up to the people talked of, not past a comma: "…inspiring professionals, and since {{company}} just posted…" goes on with a reason.
    "(reaching out|looking|hoping|keen|eager|excited|happy|glad|love|like|want) to (connect|network) with( other| more| fellow)?(\\s+[\\p{L}\\p{N}&.-]+){0,4}\\s+(leaders|professionals|people|peers|experts|founders|marketers|engineers|recruiters|executives|colleagues|folks|others|practitioners|minds|<slot>s?)",
    // Not their work on something named: "great work on the Leeds rollout" is a hook.
    "(impressive|great|interesting|amazing|inspiring|strong|remarkable|fantastic|awesome) (profile|background|experience|career|journey|work(?! (you're doing |you are doing |you've done |you have done |you did )?(on|with) (the|your|that|this|<slot>) (?!(profile|page|content|posts?|network|career|journey|linkedin|feed|platform|channel|brand|team|company)(?!\\p{L}))))",
    '(came|come|stumbled|ran|bumped|happened) (across|upon|onto|on|into) your profile',
    // Found by a search any sender runs: "found you through a Google search for top [Industry] leaders".
    "(found|find) (you|your profile|your name) (through|via|with|in|on|while|when)( a| my| an)?( quick| google| linkedin| web| online| sales navigator)? (search|searching|browsing|looking)(?!\\p{L})",
    'your profile (came up|caught|looks|is|popped up|stood out|crossed my (feed|timeline|radar|desk|path))',
    // What they did, praised with nothing but the template's company slot: "what you've done at {{ org }} stood out".
    "what (you've|you have|you) (done|built|achieved|accomplished|created) (at|with) <slot> (stood out|stands out|caught my (eye|attention)|impressed me|is impressive)",
    '(saw|viewed|checked|looked at|visited|found|clicked on|landed on) your profile',
    // What they do, praised with nothing but the template's company slot: "loved what you're building at {{company}}".
    "(love|loved|like|liked|admire|admired|impressed by|excited by|admirer of|fan of) what (you're|you are|your team is) (building|doing|creating)( (at|with|over at) (<slot>|[\\p{L}&.-]+( [\\p{L}&.-]+)?))?(?=\\s*[.!?]|\\s*$)",
    // The same, done: "I'm a huge admirer of what you've built at {{company}}."
    "(love|loved|like|liked|admire|admired|impressed by|impressed with|excited by|admirer of|fan of|respect for|respect) what (you've|you have|your team has) (built|done|created|achieved)( (at|with|over at) (<slot>|[\\p{L}&.-]+( [\\p{L}&.-]+)?))?(?=\\s*[.!?]|\\s*$)",
    'big fan',
    '(impressed|inspired|amazed|blown away|struck) (by|with) your',
    "(is|are) something (i've|i have) (followed|been following|watched|been watching|admired|tracked)",
    // Moving into a field, with nothing about this person: "I'm now moving into the field".
    "(i'm|i am) (now |currently |slowly )?(moving|transitioning|switching|pivoting|breaking) into (the|this|a new) (field|industry|space|sector|career)",
    "(has been|have been|is|are|was|been) on my radar",
    // A teaser with nothing said of what: "I'd like to share something I'm building".
    "something (i'm|i am|we're|we are|i've been|we've been) (building|working on|developing|making)",
    "(a|an)( [\\p{L}-]+){0,2} (project|idea|venture|initiative|opportunity) (in the works|in the pipeline|in the making)(?!\\p{L})",
    // Not their posts on a topic named: "I follow your posts on asset management and sustainability" says what (the real notes' labels count it).
    `(follow|following|followed|admire|admired|love) your (work|content|posts(?! ${ON_A_TOPIC})|journey|career|profile)`,
    // Watching a company from afar: "I've been keeping up with what {{company}} is doing in {{industry}}".
    "(follow|following|followed|admire|admired|keep up with|keeping up with|kept up with|(keep|keeping|kept|been keeping) tabs on|(keep|keeping|kept|had|have had|have) (an|a close) eye on|been watching|been tracking) (the (work|progress|growth|journey) of (<slot>|[\\p{L}&-]+)|the work (<slot>|[\\p{L}&-]+) (is|are|has been|have been) doing|(<slot>|[\\p{L}&-]+( [\\p{L}&-]+){0,2})'s (work|content|posts|journey|progress|growth)|what (<slot>|[\\p{L}&-]+( [\\p{L}&-]+){0,2}|you|your team) ((is|are|has been|have been) (doing|up to|building)|(gets|got|does) up to|does))",
    '(learn|learning) from (you|people|professionals|experienced|experts|leaders|the best|your (experience|insights|journey|expertise|career|content|posts))',
    '(explore|exploring|discuss) (potential |possible |any )?(synergies|opportunities|collaboration)',
    'synergies',
    '(people|professionals|someone|leaders|experts|talent|folks) like (you|yourself)',
    // Not with what the experience is in said after it: "someone with your experience leading regulatory affairs…".
    '(people|someone|professionals|leaders|anyone) with your (experience|background|expertise|knowledge|skills)(?! (leading|running|building|managing|scaling|designing|launching|teaching|treating|selling|writing)(?!\\p{L}))',
    // One of a kind connecting with others of the kind: "love connecting with other educators".
    '(connect|connecting|network|networking) with (other|fellow|more)( [\\p{L}\\p{N}&.-]+){0,3} [\\p{L}-]+s(?!\\p{L})',
    `(share|exchange|swap|trade) (resources|ideas|tips|insights|knowledge|best practices|experiences)( and (resources|ideas|tips|insights|knowledge|best practices|experiences))?${TOPIC_ENDS}`,
    '(no agenda|no strings attached|nothing to sell|not selling anything|no sales pitch)',
    // Suggested by LinkedIn, which is no reason of the sender's.
    '(linkedin|the algorithm)( keeps| kept)? (suggest|suggests|suggesting|suggested|recommend|recommends|recommended|showing|shows|showed) you',
    'people you may know',
    // Following them in general: "stay updated on your work in [field]".
    '(stay|keep|be) (updated|up to date|up-to-date|in the loop|posted) (on|with|about) your (work|posts|content|journey|activity|updates|progress)',
    '(hello|hi|greetings|a note) from (a|another) fellow',
    'add (a lot of |significant |real |great |some |tremendous )?value',
    // A vendor's brochure about itself: "a leading provider of end-to-end solutions", "300+ satisfied clients", "deliver exceptional value".
    '(a|the|one of the) leading (global )?(provider|supplier|vendor|agency|firm|company|partner|consultancy|consultancies|providers|suppliers|vendors|agencies|firms|companies|partners) (of|for|in)',
    '(\\d+\\+?|hundreds of|thousands of) (satisfied|happy|delighted) (clients|customers)',
    '(deliver|bring|provide|offer) (exceptional|real|tremendous|great|significant|massive|unmatched|unparalleled) value(?! (to|for) )',
    '(help|helping|grow|scale) (you|your|companies|businesses|brands|teams)( [\\p{L}]+)? (grow|scale|succeed|achieve|with your)',
    'i (can|could) help',
    // Anyone helped or hired, a pool to join: "job seekers like you", "hiring for multiple positions", "add you to my talent network".
    '(job ?seekers|candidates|students|graduates|grads|career changers|professionals|people|folks) like (you|yourself)',
    '(hiring|recruiting) for (multiple|several|many|various|numerous|a number of|lots of) (positions|roles|openings|requirements|vacancies)',
    // Anyone praised as a hire, no role said: "you'd be a perfect addition to our team!", "we're looking for someone exactly like you".
    "(you'd|you would|you'll|you will) (be|make) (a|an) (perfect|great|ideal|excellent|amazing|fantastic|awesome|wonderful|valuable) addition to (our|my|the) team(?=\\s*[.!?]|\\s*$| at )",
    "looking for (someone|somebody|people|talent)( exactly| just)? like (you|yourself)(?!\\p{L})",
    "(your|this) (experience|background|profile|skill ?set) is exactly what (we|i|my team|our team) (need|needs|are looking for|am looking for)(?!\\p{L})",
    '(add you to|join|be part of) (my|our) (talent network|talent pool|talent community|candidate network|network of candidates)',
    "building a (community|network|pool|list) of <slot>s?( (in|across|from) <slot>)?(?=[\\s,]|$)",
    // One of a kind by slots, connecting as such: "as a fellow [Job title] in [City], I figured we should connect".
    "(as )?(a |another )?fellow <slot>( (in|from|based in|at) <slot>)?(?=\\s*[,.!]|\\s*$)",
    "i (figured|thought) (we|it) (should|would be (good|great|nice) to) (connect|link up|be connected)",
    // What they must have or feel, guessed from their title: "you must have a fascinating perspective on healthcare", "must be so rewarding".
    "(you must|i'm sure you|i am sure you|you probably|i bet you|i imagine you) (have|hold|bring|see) (great|fascinating|interesting|unique|valuable|a lot of|so many|many|amazing|incredible|deep|rich|a fascinating|an interesting|a unique|a valuable|a great)( [\\p{L}-]+)? (insights?|perspectives?|views?|experiences?|stories|knowledge|expertise|vantage point)",
    "must be (so |very |really |incredibly |truly )?(rewarding|exciting|fascinating|interesting|inspiring|fulfilling|busy)(?=\\s*[.!?,]|\\s*$| (and|to|for|i) )",
    '(surround|surrounding) (myself|ourselves) with (smart|great|talented|inspiring|like-minded|successful|brilliant|driven|interesting) (people|minds|professionals|folks)',
    // Growth promised to anyone, an agency that does it all: "10x your pipeline in 90 days", "so you can focus on what you do best".
    '(10x|5x|3x|2x|double|triple) your (pipeline|revenue|sales|leads|meetings|growth|business|mrr|arr|bookings|conversions|audience|followers|reach|traffic)',
    '(so|so that) you can focus on (what you do best|what matters( most)?|your (core )?business|growing your business|running your business)',
    '(your|a) profile (popped up|came up|showed up|appeared)( [\\p{L}]+){0,3}(?=\\s*[.!?,]|\\s*$| and )',
    // Not the people of their company, by its slot: "I help {{company}} teams cut onboarding time".
    `(we|i) help(?! <slot>( [\\p{L}-]+)? (teams?|staff|employees|people|managers|leaders|engineers|reps|recruiters|marketers|developers|designers|sellers|agents)(?!\\p{L}))( [\\p{L}0-9&'-]+){0,4} (companies|businesses|brands|teams|founders|startups|agencies|firms|leaders|people|professionals|clients|recruiters|marketers|coaches|consultants|salespeople|reps|managers|developers|engineers|designers|creators|lawyers|realtors|executives)(?!( [\\p{L}-]+){0,3} (like|such as) (<slot>|yours (at|in|over at) <slot>|${NAMED_ONES}))`,
    // One of a kind of people, connecting with anyone of that kind: "fellow data person here",
    // "I connect with anyone working in this space".
    "(fellow|another)( [\\p{L}&/-]+| <slot>){1,4} here",
    '(a|another) fellow member of',
    "(connect|connecting|network|networking) with (anyone|everyone|others|other people|people|folks|those)( who are| who's| that are)? (working|building|active|interested|involved) (in|on|around) (this|the|that) (space|stuff|field|area|industry|sector|world)",
    'let me know if you (need|are interested)',
    '(accept|approve) (my|the) (request|invitation|invite|connection)',
    '(your acceptance|you to accept) (of )?my',
    '(please|hope you will|hope you\'ll) (accept|connect)',
    '(we are|we\'re) a (leading|top|trusted|global|award)',
    'competitive (prices|rates|pricing)',
    '(we offer|we provide|our services|our solutions)',
    'free quote',
    '(highly|self)-?motivated|results-?driven|detail-?oriented|team player',
    '(new|exciting|career|job) opportunities',
    'open to (new )?(opportunities|work)',
    // Courtly flattery and the request itself: "it is an honour to send you this request", "your leadership is an inspiration to all of us", "grateful to be part of your network".
    "(it is|it's|it would be) an? (honou?r|privilege) to (send|connect|be connected|reach out|request|write)",
    "your (leadership|journey|career|work|vision|dedication) (is|has been) an? (inspiration|example|role model)",
    "(grateful|honou?red|happy|glad|privileged) to be (a )?part of your (network|circle|connections)",
    // A job seeker's formulas, asked of anyone: "serving notice period of 30 days and looking for a change", "kindly refer me", "kindly do the needful".
    "(serving|on) (my |a )?notice period(?!\\p{L})", "looking for a change(?!\\p{L})", "kindly (refer me|do the needful|consider my profile)(?!\\p{L})",
    // Connections in common as the whole point: "so I thought to connect with you", "I am sure we know same people".
    "(so )?i thought to connect with you(?!\\p{L})", "(i am|i'm) sure we know (the )?same people(?!\\p{L})",
  ],
  smallTalk: [
    // Reunions in general, which ask after them as "how are you?" does: "remember the good old days?", "it's been far too long", "so much has happened since we last saw each other".
    "(remember|miss|missing) the (good )?old days",
    "(it's|it has|it's honestly|it has honestly|it has been|it's been)( been)? (far |way |much |so )?too long",
    "(so much|a lot|loads) (has|have) happened since",
    "where life has taken you",
    "(keep|keeping) the old (crew|gang|team|band) together",
    "working on anything (fun|interesting|cool|exciting|new)( these days| lately| right now| at the moment)?(?=[\\s\\p{Extended_Pictographic}\\uFE0F]*([.!?]|$))",
    // Asking after them in general, a sentence by itself: "How are you doing?", "Hope all is well!".
    "(hope|hoping) (all is|everything is|things are|you're|you are|you've been|this finds you)( doing| keeping)? (well|good|great|fine)(?=[\\s\\p{Extended_Pictographic}\\uFE0F]*([.!?]|$))",
    "how (are|have) you (doing|been|keeping)(?=[\\s\\p{Extended_Pictographic}\\uFE0F]*([.!?]|$))",
    "(i )?(hope|hoping|trust) (this|my) (message|note|email|mail|letter) (finds|reaches) you (well|in good health|in good spirits)(?=[\\s\\p{Extended_Pictographic}\\uFE0F]*([.!?,]|$))",
    "(i )?(hope|hoping|trust) (you're|you are) (having|enjoying) (a|an) (great|good|lovely|wonderful|productive|fantastic) (day|week|weekend|start to the week)(?=[\\s\\p{Extended_Pictographic}\\uFE0F]*([.!?,]|$))",
    "how('s| is| are) (it going|everything( going)?|life|things|you)(?=[\\s\\p{Extended_Pictographic}\\uFE0F]*([.!?]|$))",
  ],
  filler: [
    // A LinkedIn group both are in, said of both: "Both in the Product Managers Guild group here, hi!".
    "(both|we're both|we are both|both of us) (in|members of) the ([\\p{L}\\p{N}&'\"-]+ ){1,5}group(?!\\p{L})",
    // A job asked for anywhere, and the sender's virtues: "I am Bsc fresher searching job in IT field. Please give me any job opportunity in your company. I am hard working and quick learner."
    '(searching|seeking) (for )?(a |any )?(job|jobs|employment)(?!\\p{L})',
    '(give|offer|provide) me (a |an |any )?(job |internship |work )?(opportunity|opening|job|internship|chance|vacancy)( (in|at|with) your( esteemed| reputed)? (company|organi[sz]ation|firm|team))?(?!\\p{L})',
    "(i am|i'm) (a )?(very )?(hard(-| )?working|quick learner|fast learner|self(-| )motivated|team player|dedicated)(?!\\p{L})",
    // A job anywhere, and eagerness for any employer: "I am trying to get a job in a global company in Tokyo", "eager to contribute to a dynamic organization", "I'd love to be considered for any opening".
    "(trying|looking|hoping|want|wanting) to (get|find|land|secure) (a )?(job|role|position|internship|placement) (in|at|with) (a|an|any)( [\\p{L}-]+){0,3} (company|companies|firm|organi[sz]ation|startup|mnc)(?!\\p{L})",
    "(eager|keen|looking|excited|hoping|ready) to contribute to (a|an|your) (dynamic|growing|innovative|reputed|leading|forward-thinking|fast-paced|great|esteemed)( [\\p{L}-]+)? (organi[sz]ation|company|team|firm)(?!\\p{L})",
    "(considered|consider me|refer me|recommend me) (for|to) any( open| suitable| available| relevant| vacant)? (job|jobs|opening|openings|role|roles|position|positions|opportunity|opportunities|vacancy|vacancies)(?!\\p{L})",
    // Praise anyone could be given: "told me you're amazing to work with", "you'd be a great fit for my network".
    "(you're|you are) (amazing|great|awesome|a joy|a pleasure|a dream|fantastic) to work with(?!\\p{L})",
    "(a great|the perfect|a good|an ideal|a perfect) (fit|addition) (for|to) my network(?!\\p{L})",
    // A second-language writer's ways of writing at all: "I take the liberty to contact you", "I permit myself to write you",
    // "I am curious to get in contact", "would be very happy to exchange with you", "looking forward to know you better".
    "(i )?(take|took|am taking) the (liberty|freedom) (to|of) (contact|contacting|write|writing|reach|reaching|message|messaging)( out)?( to)?( you)?(?!\\p{L})",
    "(i )?(permit|allow) myself to (contact|write|reach out|message)( to)?( you)?(?!\\p{L})",
    // A letter's courtesies: "It is with the greatest respect that I write to you", "I'd welcome the connection",
    // "Colleagues such as yourself are always welcome in my circle", "delighted to explore how I might be of service".
    "(it is|it's) with (the )?(greatest|great|utmost|deepest|highest|the utmost) (respect|regard|pleasure) that i (write|am writing|contact|reach out)(?!\\p{L})",
    "(i'd|i would|i should) (welcome|value|appreciate) the connection(?!\\p{L})",
    "(colleagues|people|professionals|leaders|friends) (such as|like) yourself are (always )?(welcome|valued)(?!\\p{L})",
    "(delighted|happy|pleased|glad) to explore how i (might|may|could|can) be of (service|help|assistance|use)(?!\\p{L})",
    "(curious|keen|eager|happy|glad) to get in (contact|touch)( with you)?(?=\\s*[.!?,]|\\s*$| (and|so)(?!\\p{L}))",
    "(would be|am|i'm|i'd be) (very |really |so )?(happy|glad|pleased|delighted) to exchange( with you)?(?=\\s*[.!?,]|\\s*$| (and|so)(?!\\p{L}))",
    "(looking forward|look forward|i look forward) to (know|knowing|get to know|getting to know) you( better)?(?!\\p{L})",
    "(it )?makes sense (for us )?to (connect|link up|be connected)(?!\\p{L})",
    // Circles both move in, and connecting as the natural thing: "As we move in many of the same professional circles…, it seemed only natural that we should be connected".
    "we (move|moved|run|ran|travel|mix) in (many of |some of )?the same( [\\p{L}-]+)? circles(?!\\p{L})",
    "(it )?(seemed|seems|felt|feels|is|was) (only )?(natural|fitting|logical|right) (that we (should )?(be )?|for us to (be )?|to (be )?)(connect|connected|link up|linked)(?!\\p{L})",
    // Help with anything at all, sharing with each other: "I can support {{ company }} with whatever you need", "let us share good information each other".
    "(with|in|for) (whatever|anything) you (need|want|require)(?!\\p{L})",
    "share (good |useful |some )?(information|info|knowledge|ideas) (with )?each other(?!\\p{L})",
    // A group's member list, and the many in it: "I found you in the members list of the group", "nice to see so many people with the same passion".
    "(found|saw|noticed|spotted) you (in|on) the (member|members|member's|members') list(?!\\p{L})",
    "(nice|great|good|cool) to see so many (people|folks|professionals|members) with the same (passion|interest|interests|mindset)(?!\\p{L})",
    // Only that they are here: "just saw you're on here", "found you at last!".
    "(just )?(saw|see|noticed|found|spotted) (you're|you are|you were) (on here|on linkedin|here)(?!\\p{L})",
    "((finally|at last) found you|found you (at last|finally))(?!\\p{L})",
    // Praise in one word, their takes enjoyed in general, the same job and city: "Impressive!", "I enjoy your takes on product strategy", "I'm a PM in Dubai too".
    // Not how they are asked after: "Hope you're doing amazing.".
    "(that's |so |very |truly |really |pretty |super )?(impressive|inspiring|amazing|awesome|incredible)(?=\\s*[!.]+(\\s|$))",
    '(enjoy|enjoyed|love|loved|like|appreciate) your (takes|thoughts|insights|perspectives?|views|posts|content) on',
    "(i'm|i am) (a|an)( [\\p{L}-]+){1,2} (in|from|based in)( [\\p{L}-]+){1,2} too",
    // Their town and trade, as the sender's, and no more: "I saw you are based in Guadalajara too and work in fintech".
    "(you are|you're) (based|located) in( [\\p{L}-]+){1,2} too and (work|are) in( [\\p{L}-]+){1,2}(?=\\s*[.!,;]|\\s*$)",
    // The same job, and no more: "I'm a Year 6 teacher too and always keen to meet others", "I teach AP Biology too!".
    "((i'm|i am) (a|an)|i (also )?(teach|coach|run|manage|lead|practise|practice))( [\\p{L}\\p{N}-]+){1,3} too(?= and (always|keen|happy|love|like)(?!\\p{L})|\\s*[.!,;(—–]|\\s*$)",
    "(i'm|i am) (a|an) fellow( [\\p{L}-]+){1,3} (in|from|based in)( [\\p{L}-]+){1,2}(?=\\s*[.!]|\\s*$)",
    // Help whenever they need it: "If you ever need translations, I am here for you!".
    "if you ever need( [\\p{L}-]+){1,3},? (i'm|i am|i'll be) (here|around|happy to help|available)(?!\\p{L})",
    // The same with what they might need listed: "If you ever need help with your website, emails or ads, happy to help!".
    "if you ever need (help|a hand|support) with (your|any)( [\\p{L}\\p{N}&/-]+,?){1,6}( (or|and)( [\\p{L}\\p{N}&/-]+){1,2})?,? ((i'm |i am |i'd be |always |more than )?(happy|glad) to help|(i'm|i am|i'll be) (here|around|available))(?!\\p{L})",
    "(we|we're|we are) both (work|working) in( [\\p{L}-]+){1,3} in( [\\p{L}-]+){1,2}(?=\\s*[.!]|\\s*$)",
    "(i see|i noticed|looks like|seems) (that )?we both (volunteer|work|serve|teach|coach) (with|at|for|in)(?! <slot>)( [\\p{L}-]+){1,2}(?=\\s*[.!]|\\s*$)",
    "(we're|we are) both( [\\p{L}\\p{N}.#+-]+){1,3} (in|from|based in)( [\\p{L}-]+){1,2}(?=\\s*[.!]|\\s*$)",
    // Results claimed for everyone helped: "we've helped 200+ SaaS brands double their MRR".
    "(we've|we have|i've|i have) helped (over |more than )?(\\d+\\+?|x{3,}|hundreds of|thousands of|dozens of) ([\\p{L}-]+ ){0,2}(brands|companies|clients|teams|businesses|founders|startups|executives|people|professionals|coaches|agencies) (to )?(double|triple|grow|scale|increase|reach|boost|unlock|land|hit|achieve)",
    // The sender's own growth: "we're growing from 6 to 25 people by Q3".
    "(we're|we are|i'm|i am) (growing|scaling|expanding|doubling|tripling)( the team| our team| fast| quickly)? from (\\d+|x{3,}) to (\\d+|x{3,})",
    // Results promised to anyone: "our clients see an average 3x growth in leads within 90 days".
    '(our|my) (clients|customers|users|partners)( (in|from|like) ([\\p{L}&-]+|<slot>)( [\\p{L}&-]+){0,2})? (see|get|achieve|saw|report|enjoy)( (an|on) average| typically| usually)?( of)? (\\d+|x{3,})(x|%| percent)? (more|growth|increase|boost|uplift|roi|return|reduction|leads|revenue)',
    // Hiring, with nothing said of what: "we're hiring at {{company}}!".
    `(we're|we are|i'm|i am) (hiring|recruiting)( (at|for) (<slot>|[\\p{L}&-]+))?${TOPIC_ENDS}`,
    // The same place or field: "I'm also based in {{city}} and work in {{industry}}".
    "(i'm|i am|we're|we are) (also|both) (based|located|living|working) in",
    "(we're|we are|i'm|i am) in the same( [\\p{L}\\p{N}'&-]+| <slot>){0,4} (groups?|chats?|slack|forums?|community|communities|networks?|channels?|whatsapp groups?)(?!\\p{L})",
    // A group or network in common: "we're both in the Women in Construction network".
    "(we're|we are) both (in|members of|part of) the( [\\p{L}\\p{N}'&\"-]+| <slot>){1,6} (groups?|networks?|community|communities|slack|forums?|associations?|society|circles?)(?!\\p{L})",
    // Politeness that asks for the click ("Kindly connect so that we can…"): a purpose said after it still stands.
    'kindly (accept|connect)',
    // A kind of people one belongs to ("as a fellow [Industry] founder, …"): it frames the
    // sentence, and a purpose said in it ("…I'd love to swap notes on fundraising") still stands.
    "as a fellow( [\\p{L}&-]+| <slot>){1,3} (professional|marketer|leader|founder|engineer|recruiter|designer|manager)s?",
    // Their career praised, details and all: "your background in supply chain at {{company}} is
    // seriously impressive"; a question asked in the same breath still stands.
    'your (background|experience|career|journey|track record|trajectory|path|profile|expertise|work)[^.!?]{0,100} (is|are|was|looks|seems) (seriously |truly |really |very |quite |so |incredibly )?(impressive|remarkable|inspiring|amazing|incredible|outstanding|admirable)',
    // A CV, not a reason: "a bit about me: …", "I'm a recent graduate actively looking for opportunities".
    '(a little|a bit|a few words) about (me|myself)',
    "(i'm|i am) (a |an )?(recent|new|fresh)( [\\p{L}-]+){0,2} (graduate|grad)",
    "(looking|seeking|searching) for (new )?([\\p{L}-]+ ){1,2}(roles|positions|openings|jobs|internships)",
    // A career praised in one breath: "impressive track record", "that's a seriously impressive path".
    "(impressive|remarkable|incredible|amazing|inspiring|admirable) (track record|path|career|journey|background|trajectory|resume|cv)",
    "what an? (journey|ride|career|run|trajectory|path|story)",
    "(that's|what) an? (seriously |really |truly |very )?(impressive|remarkable|incredible|amazing|inspiring|admirable) (path|career|journey|track record|background|trajectory)",
    '((actively|currently) )?(looking|seeking|searching) for (new )?(opportunities|openings|a (new )?(role|job|position)|work|employment)',
    'let me know (of|about) any (openings|opportunities|vacancies|roles|positions)',
    "pick your brain( sometime| some time| one day| at some point)?( (about|on) (your|the) (industry|field|career( path)?|path|journey|story|experience|work|space|sector|background))?(?=\\s*[.!?]|\\s*$)",
    // The same job, said of oneself: "I'm also a CPA in Atlanta".
    "(i'm|i am) also (an?|in)",
    // Both in one trade and town, and nothing more: "we both work in HR in Chicago".
    "(we|you and i) both (work|are|live|are based) in( the)? [\\p{L}&-]+( [\\p{L}&-]+)?( (in|at|from) [\\p{L}-]+( [\\p{L}-]+)?)?(?=\\s*[.!,—–\\p{Extended_Pictographic}]|\\s*$| and| so)",
    // The same job in the same town, written without the article: "I am also Product Manager in São Paulo.".
    "(i'm|i am) also( an?)? ([\\p{L}-]+ ){1,3}(in|from|based in) [\\p{L}-]+( [\\p{L}-]+)?(?=\\s*[.!,\\p{Extended_Pictographic}]|\\s*$)",
    '(support|help)( you)? (however|any way|in any way) (i|we) can',
    // A demo of the seller's own product, offered to anyone: "I'd love to give you a 15-minute demo of Fieldnote, our AI note-taker".
    "(give|show|offer|book) you (a|an)( quick| short| brief| live| personal| personali[sz]ed)?( \\p{N}+(-| )?(min|minute|mins|minutes))? demo of (our|my|<slot>|[\\p{L}\\p{N}&.-]+,? (our|my))(?!\\p{L})",
    // A sales call offered free, to anyone: "a FREE demo, no commitment".
    '(free|complimentary|no-obligation|no obligation) (\\d+(-| )?min(ute)?s? )?([\\p{L}]+ )?(demo|consultation|consult|strategy call|strategy session|discovery call|trial|intro call)',
    'no strings attached',
    // Help offered with nothing said of what: "let me know if I can ever be of help", "reach out if you ever need a hand".
    '(let me know|lmk|just shout|give me a shout|reach out) if (i|we) can (ever )?(help|be of (any )?(help|use|service|assistance)|support|do anything)( at all| in any way| with anything)?(?=(?:[^\\S\\n]|\\p{Extended_Pictographic}|\\uFE0F)*(?:[.!?\\n]|$))',
    // Help whenever anyone needs anything: "If you ever need anything, don't hesitate to reach out!", "If your kids ever need help, I'm here.".
    "if (you|your (kids|team|family|business|company|children|staff)) ever needs? (anything|help|a hand|support)(,? (don't|do not) hesitate to (reach out|contact me|get in touch|message me)|,? (i'm|i am|i'll be) (here|around|available))(?!\\p{L})",
    "(feel free to )?(reach out|get in touch|ping me|let me know) if you (ever )?need (help|a hand|anything|support|an extra pair of hands)",
    "(always |more than )?(happy|glad) to help( out)? if you (ever )?need (help|a hand|anything|something|support)(?!\\p{L})",
    // Connecting in case of a need or a fit some day, helping each other in general, the degree LinkedIn shows: "connect in case you ever need support", "see how we can help each other grow", "I see you're 2nd degree to me".
    "in case (you (ever )?need (support|help|anything|a hand|us|me|our services)|(there's|there is) ever a (fit|need))(?!\\p{L})",
    "(see|explore|find out|discuss) (how|whether|if) we (can|could|might) (help|support) (each other|one another)( grow| succeed| out)?(?!\\p{L})",
    "(you're|you are|we're|we are) (a )?(2nd|second|3rd|third)(-| )degree( connection| contact)?( to me| of mine)?(?!\\p{L})",
    '(lmk|let me know) if you (ever )?(wanna|want to|would like to|fancy a) (chat|talk|connect)(?=\\s*[.!?]|\\s*$)',
    // Meeting a kind of people, not this person: "always keen to meet other B2B marketers", "love meeting people in the industry".
    '(keen|happy|glad|eager|excited|love|like|want|looking|nice|great) to meet (other|more|fellow)( [\\p{L}\\p{N}&.-]+| <slot>){0,4} (leaders|professionals|people|peers|experts|founders|marketers|engineers|recruiters|executives|colleagues|folks|others|practitioners|minds|<slot>s?)',
    '(to|and) (meet|connect with|network with) (\\d+|other|more|fellow)( [\\p{L}\\p{N}&.-]+| <slot>){0,4} (leaders|professionals|people|peers|experts|founders|marketers|engineers|recruiters|executives|colleagues|folks|practitioners|<slot>s?)',
    '(love|enjoy|like|always) meeting (new |other |interesting |great )?(people|professionals|folks|founders|peers|others)',
    // Following everything they write, people in common counted loosely.
    '(follow|read) (everything|all|whatever) (you|that you) (write|post|share|publish)',
    // With its verb, so that what someone told of them is the praise: "a mutual friend told me you're one of the sharpest people in climate VC".
    "((you're|you are|you were) )?(one of the|the) (best|top|smartest|sharpest) (voices|minds|people)",
    'both know (a few|some|several|many|lots of|a lot of) (people|folks)',
    // Looking for a job, with nothing about this person: "currently looking for my next role".
    '(looking for|seeking|searching for|open to|exploring) (my next|a new|new|the next) (role|position|opportunit(y|ies)|challenge|job|step)',
    // A company found while researching companies: "came across {{company}} while researching…".
    '(came|come|stumbled) (across|upon) <slot> (while|when) (researching|looking|browsing|searching)',
  ],
  courtesy: [
    '(no|zero) (commitment|obligation|pressure|rush)( (at all|whatsoever|required|needed|on your end))?',
    "no worries if (not|you're busy|you are busy|now isn't a good time)",
    "if (that's|that is|it's|it is) (ok|okay|alright|all right|fine)( with you| by you)?(?=\\s*[.!?]|\\s*$)",
    // Asking for the click in so many words: "Kindly accept my request.", "Please accept my invitation".
    '(kindly|please|pls) (do )?accept (my|this|the) (connection )?(request|invitation|invite)',
    // The request put formally, and thanks for their service: read, and no detail ("Thank you for your service. I would be honoured to connect.").
    "(i would|we would|i'd|we'd|i should|i will|we will|i shall) be (most |truly |deeply |greatly |very |so |extremely )?(honou?red|privileged) to (connect|be connected|join your network)( with you)?( here| on linkedin)?(?=\\s*[.!]|\\s*$|\\s*\\p{Extended_Pictographic})",
    "thank you (so much |sincerely )?for your service(?=\\s*[.!,]|\\s*$)",
  ],
  profileFound: [
    // Only how the sender came upon them: "I came across your profile.", "Your profile popped up in my feed.".
    "(i )?(just |recently )?(came|come|stumbled|happened) (across|upon|on) your (linkedin )?profile",
    "(i )?(just |recently )?(found|noticed|saw|spotted|discovered) your (linkedin )?profile",
    "your (linkedin )?profile (popped up|came up|showed up|appeared)( in my (feed|search|suggestions|recommendations))?",
  ],
  newClause: [
    // What the sender asks of them, after stock talk, its subject left out: "I'm exploring opportunities in [field] and would really appreciate it if you could refer me for…".
    '(and|but|so) (would|could) (really |greatly |truly |very much |so )?(appreciate|love|like|be grateful)(?!\\p{L})',
    // The purpose of a mass outreach, a study of how they decide: "I'm reaching out to a few [Job Title]s in [City] to understand how they evaluate…".
    "to (understand|learn|find out|see) how(?= ([\\p{L}-]+ ){0,2}(they|you|teams|people|companies|firms|buyers|leaders|managers|[\\p{L}-]+s) (evaluate|choose|pick|select|buy|handle|manage|approach|decide on|measure|price|hire|budget for|vet|compare)(?!\\p{L}))",
    // One piece singled out after a comma: "I've been following your posts for a while, especially the one on…".
    "(especially|particularly|above all|in particular|most of all)(?<=[,—–] (and |but )?(especially|particularly|above all|in particular|most of all))(?= (how you|the way you|the one|that one|last week's|yesterday's|this week's|last month's|(the|that|this|your)( latest| last| recent)? (post|piece|article|thread|essay|episode|issue|video|talk|newsletter|interview|write-?up|carousel|comment|webinar|keynote|paper|blog post|podcast))(?!\\p{L}))",
    // The sender's own news as the reason for the stock talk before it: "keen to connect with people in [Industry], especially as we're opening a clinic in [City]".
    "(especially|particularly|above all) (as|since|because|now that|now)(?<=[,\u2014\u2013] (especially|particularly|above all) (as|since|because|now that|now))(?= (i|we|i'm|we're|i've|we've|i'd|we'd|i'll|we'll|my|our)(?!\\p{L}))",
    // Stock talk owned up to, then the reason: "let's explore synergies 🙂 — concretely: you sell…", "— but there's a specific reason too:".
    '(concretely|specifically|more specifically|in particular)(?= ?:)',
    "(but )?there's (a|one) (specific|concrete|particular|real) reason",
    // Their company's news, opening the clause: "…came across your profile when Sprout Bio announced…".
    NEWS_WHEN_FOUND,
    // What the sender saw, opening a clause of its own after stock talk: "…people in publishing and, seeing that you edit…".
    '(and|but) (seeing|having seen|noticing|given) that(?!\\p{L})',
    "(and|but|so|—|–|-(?<= -)|[\\p{L}\\p{N}]+[;:]) (i|we|i'm|we're|i've|we've|i'd|we'd|i'll|we'll|my|our)",
    // An emoji closing a clause before a new subject: "Congrats on the new gig 🎉 I'm thinking about a move…".
    "(i|we|i'm|we're|i've|we've|i'd|we'd|i'll|we'll|my|our)(?<=\\p{Extended_Pictographic}\\uFE0F? ?(i|we|i'm|we're|i've|we've|i'd|we'd|i'll|we'll|my|our))",
    // Their own thing as the next clause's subject: "I'm hiring for a [position] and your background in [skill] caught my eye".
    "(and|but) your (background|experience|work|profile|track record|career|portfolio)[^.!?]{0,60} (caught|catches|stood out|stands out|impressed|impresses|grabbed|grabs|struck|strikes|jumped out|jumps out)",
    // The same subject going on to something of its own: "came across your profile and saw that
    // {{company}} is expanding", "…and wanted to ask about the opening"; a question after a dash.
    "(and|but|so|—|–|[\\p{L}\\p{N}]+;) (also )?(saw|noticed|spotted|learned|read|heard|wanted to|want to|would like to|had a question|have a question|would love to|'d love to|was hoping to|am hoping to|having (read|seen|heard|noticed|learned|spotted))",
    // Whoever told the sender, in a clause of its own: "…through [Mutual], who told me you run procurement at [Company]".
    "who (told|tells|mentioned|said|says) (me|us)(?<=, who (told|tells|mentioned|said|says) (me|us))",
    "(and|but|so) (she|he|they) (told|tells|mentioned|said|says|thought|thinks|suggested|suggests)(?!\\p{L})",
    // With a participle between: "…and, looking at your profile, noticed that…".
    "(and|but) (looking at|looking through|going through|reading|browsing|checking)( [\\p{L}'-]+){1,3} (i )?(saw|noticed|spotted|learned|read)",
    "(—|–|[\\p{L}\\p{N}]+[;:,]) (are|is|do|does|did|have|has|can|could|would|will) (you|your)",
    "your(?<=[\\p{L}\\p{N}][;:] your)",
    // A thing of theirs as the next clause's subject: "I run a newsletter for game studios and your postmortem on the launch is…".
    "(and|but|so) your [\\p{L}-]+( [\\p{L}\\p{N}'.-]+){0,6} (is|was|were|are|has|had|have|blew|caught|catches|made|makes|got|gets|went|landed|changed|saved|helped|stood|stands|struck|strikes)(?!\\p{L})",
    // What the search was for: "I came across your profile while sourcing for a [Job Title] role".
    "(while|when|as)( i was| i am| we were| we are|(?<= as) (i'm|we're))? (sourcing|hiring|recruiting|searching|looking|hunting|headhunting) for (an?|our next|a new) <slot>",
    // What the sender thinks of them for a role, after how they found them: "I came across your profile and think you'd be a great fit for…".
    "(and|but|so) (i )?(think|thought|believe|feel|felt) (you'd|you would|you might|you could|you'll|you) (be|make)(?!\\p{L})",
    "(while|when) (sourcing|hiring|recruiting) for|(while|when) (looking|searching) for (someone|a person|an expert|people|experts) (who|with|that)|as (an|the)( lead| first| senior)? (author|co-author|organi[sz]er|speaker|host|maintainer|creator|editor) of",
    // What the writing to them is for: "I'm reaching out to [industry] leaders in [City] to invite them to a dinner".
    // Begun at "invite", the writing looked for behind it: "to" is in every note.
    '(invite|ask) (you|them)(?<=(reaching out|writing|contacting [\\p{L}-]+)( [\\p{L}-]+){0,6} to (invite|ask) (you|them))',
    // A question after the stock line: "…nursing leaders, and also ask: is…", "…and also, honestly, to ask whether…".
    "(and|but|so)( also)?(,? [\\p{L}-]+,)? (to )?(ask|asking)(?!\\p{L})",
    // Whoever told the sender what follows: "…through @Hannah Okafor, who says you're hunting for a sous chef".
    "who (says|said|mentioned|tells me|told me)(?<=, who (says|said|mentioned|tells me|told me))(?! (i|we)(?!\\p{L}))",
    // What the search for them was for, or why: "I came across your profile while researching {company}'s new hub", "…because [Nonprofit] is looking for a treasurer".
    "(while|whilst|when) (looking into|researching|reading about|reading up on|preparing|applying (for|to)|exploring|studying|planning|mapping)(?!\\p{L})",
    "because(?<=(profile|page|name|post) because)",
    // Someone in common opening a clause of their own: "…professionals in biotech, and @Marco Bellini suggested I talk to you".
    "(and|but|so) @[\\p{L}\\p{N}._-]+",
    // What they are, after a colon: "I came across your profile: you're the hiring manager for…".
    "(you're|you are)(?<=[\\p{L}\\p{N}][;:] (you're|you are))",
    // The sender's own question after the stock line: "I came across your profile and had to ask: how is…".
    "(and )?(had|have|wanted|want|need|needed) to ask(?!\\p{L})",
    // A reason after the stock line, opened by why: "…and, given your years on {{tech_stack}}, thought of you…", "…professionals, and since {{company}} just posted…".
    "(and|but),? (given|seeing|considering|since|as|now that|given that)(?!\\p{L})",
    // A reason given after stock talk: "…thought we should connect — mostly because I'm putting together…".
    "(mostly|partly|mainly|largely|simply|chiefly) because(?!\\p{L})",
    // Something of theirs after a dash: "…professionals in climate tech — and your work leading the mini-grid rollout at SunFlow is…".
    "(—|–) (and |but |so )?(your|you're|you've)(?!\\p{L})",
    // Someone who sent the sender, opening a clause of their own after stock talk: "…has been following Stackform's growth and asked me to reach out about…".
    "(and|but|so) (asked|told|wanted|encouraged) (me|us) to(?!\\p{L})",
    // A piece of theirs named after a dash, what they did with it said: "I've been following your work — the supplier-data portal you launched at Unilever is…".
    "(—|–) (the|that|this) ([\\p{L}\\p{N}&'.-]+ ){1,6}(you|you've|your team) (\\p{L}+ed|built|wrote|led|ran|gave|made|did|won|grew|set up|put together|spoke about)(?!\\p{L})",
    // A question of the sender's own after a dash: "…with route pooling — could I drop by for 20 min…".
    "(—|–) (could|can|may|might|would|shall) (i|we)(?!\\p{L})",
  ],
  profileEcho: [
    // Their field or role handed back by its slot, with no "saw": "You're in [their industry] and I help [what you do]".
    "(you're|you are)( also)? (in|working in|based in|a|an|the) <slot>(?!\\p{L})",
    "your work at (<slot>|[\\p{L}&.-]+( [\\p{L}&.-]+)?) (caught my eye|stood out|stands out|impressed me)(?=\\s*[.!?,]|\\s*$)",
    // Their work where they work, praised and no more: "I noticed your excellent work at {{company}}.".
    "(noticed|saw|see|admire|love|loved|appreciate|respect)( all)? your( excellent| great| amazing| impressive| incredible| fantastic| outstanding| inspiring| awesome| wonderful)? work (at|with) (<slot>|[\\p{L}&.-]+( [\\p{L}&.-]+)?)(?=\\s*[.!?,]|\\s*$)",
    // Their profile shown to the sender with their job on it: "your profile popped up as someone leading {department} at {company}".
    "as (someone|somebody|a person|the person|one of the people) (who's |who is )?(leading|running|heading|managing|building|growing|scaling|in charge of)( [\\p{L}&-]+| <slot>){1,3} (at|in|for) (<slot>|[\\p{L}\\p{N}&.-]+( [\\p{L}\\p{N}&.-]+){0,2})(?=\\s*[.!,;:–—\\p{Extended_Pictographic}-]|\\s*$)",
    // Their company's move, noticed, or their company found while researching a kind of business: "{{company}}'s growth in the EU market caught my attention", "I came across [Company] while researching packaging brands".
    "(<slot>|your (company|team|brand|firm|startup|store))('s|’s)? (growth|expansion|launch|move|push|work|approach|success|traction|hiring|rebrand|funding|rollout|entry|shift)( [\\p{L}&-]+){0,4} (caught|grabbed|got|drew|has caught) my (attention|eye)",
    // Their company's engagement or growth, praised: "[Org]'s engagement on Instagram is impressive", "the engagement on Café Aurora's Instagram lately is seriously impressive".
    "(<slot>|[\\p{L}&.-]+( [\\p{L}&.-]+){0,2})('s|’s) (social )?(media )?(engagement|growth|traction|reach|following)( on [\\p{L}-]+)?( lately| recently)? ((is|has been|looks) (seriously |really |so |very |pretty |super )?(impressive|strong|remarkable|great|wild|next level)|(really |truly )?(stands out|stood out|caught my eye|caught my attention))",
    // What they focus on, seen: "I see you focus on <<specialty>> at <<company>>".
    "(i )?(see|saw|noticed|notice)( that)? you (focus on|specialise in|specialize in|concentrate on|work mostly on|handle) (<slot>|[\\p{L}&-]+( [\\p{L}&-]+)?)( (at|for|with) (<slot>|[\\p{L}\\p{N}&.-]+))?",
    "the (social )?(engagement|growth|traction|reach) on (<slot>|[\\p{L}&.-]+( [\\p{L}&.-]+){0,2})('s|’s)( [\\p{L}-]+)?( lately| recently)? (is|has been|looks) (seriously |really |so |very |pretty |super )?(impressive|strong|remarkable|great|wild|next level)",
    "(<slot>|[\\p{L}&.-]+( [\\p{L}&.-]+){0,2}) (is having|has|gets|is getting) (very |really |such |seriously )?(impressive|strong|great|remarkable) (engagement|traction|growth)( on (social|social media|instagram|tiktok|linkedin))?",
    "(came|come) across (<slot>|your (company|team|brand|firm|startup|store)) (while|when) (researching|looking (at|into|for)|reading about|searching for|mapping)",
    // Their title as what they are doing: "saw you're heading RevOps at {company}".
    "(i )?(see|saw|noticed|notice|can see|have seen|have noticed|'ve seen|'ve noticed|observed)( that)? (you're|you are) (heading|leading|running|managing|building|growing|scaling)( up)?( [\\p{L}&-]+){1,3} (at|in|for) (<slot>|[\\p{L}\\p{N}&.-]+( [\\p{L}\\p{N}&.-]+){0,2})(?=\\s*[.!,;:–—\\p{Extended_Pictographic}-]|\\s*$)",
    // "I see you're the {{title}} at {{company}}.", "as a [Job Title] at [Company], you…", "hope things are going well at [Company]".
    "(i )?(see|saw|noticed|notice|can see|spotted)( that)? (you're|you are|you work|you lead|you run|you head|you manage)( as| at| in)?( the| a| an)? <slot>( (at|in|for|with|as)( the| a| an)? <slot>){0,2}( as (a|an|the)( [\\p{L}&-]+){1,3})?(?=\\s*[.!,;:–—\\p{Extended_Pictographic}-]|\\s*$| and (would|wanted|thought|i'd))",
    // A title written out, the company a slot: "I see you're Head of People at [Company].".
    "(i )?(see|saw|noticed|notice|can see)( that)? (you're|you are)( the| a| an)?(?! [\\p{L}-]+ing(?!\\p{L}))( [\\p{L}&-]+){1,4} (at|in|for|with) <slot>(?=\\s*[.!,;:–—\\p{Extended_Pictographic}-]|\\s*$| and (would|wanted|thought|i'd))",
    // Their line of work seen, as a pitch is said to bear on it: "I help logistics startups with pricing and saw you're in freight forwarding", "since you're in fleet ops", "with you working in {their_industry}", "I noticed you work in hospital administration in Miami".
    "(((saw|see|noticed|notice)( that)?|since|seeing as|given that|and) (you're|you are|you work)|with you (working|being)) in (<slot>|(?!(the same|touch|town|the area|the city|the region)(?!\\p{L}))[\\p{L}&-]+( [\\p{L}&-]+){0,2})( (in|around|near|across) (<slot>|[\\p{L}&.-]+( [\\p{L}&.-]+){0,2}))?(?=\\s*[-–—.!,;\\p{Extended_Pictographic}]|\\s*$| and| so| too)",
    "(you're|you are) in <slot>(?=,? so )",
    // Their job as what a pitch bears on: "as a {{title}} you probably spend hours on reporting".
    "as (a |an |the )?<slot>( (at|in|for) <slot>)?,? you (probably|likely|surely|must|may|might|often|know|deal|spend|see|juggle|handle|face)(?!\\p{L})",
    // The same, the company written out, their job before it: "I see you're Head of Procurement at Ardent." (not "you're also in Leeds").
    "(i )?(see|saw|noticed|notice|can see)( that)? (you're|you are)( the| a| an)?(?! (also|based|located|living|now|currently|too|new|here|there|still|in|from|connected|linked|friends|following)(?!\\p{L}))(?! [\\p{L}-]+ing(?!\\p{L}))( [\\p{L}&-]+){1,4} (at|with) [\\p{L}\\p{N}&.-]+( [\\p{L}\\p{N}&.-]+){0,2}(?=\\s*[.!,;:—–]|\\s*$| and (would|wanted|thought|i'd))",
    // Their job stated to them, no seeing said: "You're the CTO at Tallyho, and we're…".
    "(you're|you are)(?<!(tells me|told me|says|said|mentioned|heard|hear) (you're|you are)) (the|a|an)(?! (kind|type|sort|best|one|person|only|first|reason|go-to)(?!\\p{L}))( [\\p{L}&-]+){1,4} (at|with|of) [\\p{L}\\p{N}&.-]+( [\\p{L}\\p{N}&.-]+){0,2}(?=\\s*[.!,;:—–]|\\s*$| and (we|i)(?!\\p{L}))",
    // Where they work, the company written out: "I noticed you work at Ardent." (not "… at Ardent on the data team").
    "(i )?(see|saw|noticed|notice|can see)( that)? (you work|you're working|you are working) (at|for|with) [\\p{L}\\p{N}&.-]+( [\\p{L}\\p{N}&.-]+){0,2}(?=\\s*[.!,;:–—\\p{Extended_Pictographic}-]|\\s*$| and (would|wanted|thought|i'd))",
    "as (a|an|the) <slot>( (at|in|for) <slot>)?, you",
    // Their title handed back with a guess at what it must be like: "as a [Job Title] at [Company] you must have great insights",
    // "being a [Job Title] at a company like [Company] must be so rewarding", "in your role as [Job Title] at [Company] I'm sure…".
    "(as|being|in your (role|capacity|position) as) (a |an |the )?<slot>( (at|in|for|with) (a company like |an organi[sz]ation like )?<slot>)?,? (you must (have|be|see|get)|i'm sure you (have|see|get)|i am sure you (have|see|get)|i bet you (have|see|get)|i imagine you (have|see|get)|must be)",
    "hope (things are|all is|everything is|it's|life is) (going )?(well|great|good) (at|in|with) <slot>( in <slot>)?",
    "<slot> is doing (great|amazing|awesome|incredible|interesting|cool|exciting) (things|work)( in <slot>)?",
    "(great|good|nice|exciting) to see what <slot> (is|has been) (up to|doing|building)( in <slot>)?",
    // What they do there, as the pitch is said to bear on it: "thought it might be relevant to what you're doing at {company}".
    "(relevant|useful|helpful|of (some )?(use|interest)) (to|for) what (you're|you are|your team is|your team's|you and (your|the) team are) (doing|building|working on|up to) (at|with|over at) <slot>",
    // How long they have been there: "I noticed you've been at [Company] for [X] years".
    "((i )?(see|saw|noticed|notice|can see)( that)? )?(you've|you have) been (at|with) <slot>( for (over |more than |almost |nearly )?(<slot>|\\d+|a|an|[\\p{L}]+) (years?|decades?|months?))?",
    // Their job put as a question to confirm, or their new role congratulated: "you lead procurement at [Company], right?", "congrats on the new role at {{company}}!".
    "(you're|you are|you lead|you run|you head|you manage|you work)( as| at| in)?( the| a| an)?( [\\p{L}&-]+){0,3} (at|in|for) <slot>,? (right|correct|yes)(?=\\s*\\?)",
    "(congrats|congratulations) on (the|your) new (role|job|position|gig|post) (at|with) (<slot>|[\\p{L}\\p{N}&.-]+( [\\p{L}\\p{N}&.-]+){0,2})(?=\\s*[.!,;:–—-]|\\s*$)",
    // Their new post, named: "I noticed you're the new superintendent at Westfield ISD".
    "(i )?(see|saw|noticed|notice|can see)( that)? (you're|you are) the new( [\\p{L}&-]+){1,3} (at|with|of|for) (<slot>|[\\p{L}\\p{N}&.-]+( [\\p{L}\\p{N}&.-]+){0,2})(?=\\s*[.!,;:–—-]|\\s*$)",
  ],
  referral: [
    "pointed me (your way|to you|in your direction|towards you|toward you)(?!\\p{L})",
    '(suggested|recommended|thought|said|told me|mentioned|advised)( that)? (we|i|you and i|the two of us|both of us)( really)? (should |ought to |had to |must )?(connect|reach out|get in touch|talk|meet|speak|contact you|write to you|write(?! (a|an|about|up|the|some|more|for|it|this|that)(?!\\p{L}))|email you|message you|drop you a (line|note))',
    '(suggested|recommended|advised|asked) (me )?(to )?(reach out|get in touch|connect|contact you|write to you)',
    // What the one who put them in touch has already told them: "as Pedro probably mentioned, …".
    "(mentioned|said|told you)(?<=(?<![\\p{L}])as( [\\p{L}'-]+){1,4} (mentioned|said|told you))(?<!(?<![\\p{L}])as (you|i|we|they|someone|everyone|people) (mentioned|said|told you))(?!\\p{L})",
  ],
  senderRole: [
    "(i|we) (lead|head( up)?|run|manage|oversee|direct|coordinate) (the |our |my )?([\\p{L}\\p{N}&-]+ ){1,4}(at|for|over at) (<slot>|[\\p{L}\\p{N}&.-]+)",
    "at (<slot>|[\\p{L}\\p{N}&.-]+( [\\p{L}\\p{N}&.-]+){0,2}),? (i|we) (lead|head( up)?|run|manage|oversee|direct|coordinate)(?!\\p{L})",
    // The one they were told of, the one for their project, the one who will do the work: "I'm the translator he recommended", "I'm the photographer for your launch", "I'm the engineer who'll review the pavilion".
    "(i'm|i am) the( [\\p{L}-]+){1,2} (he|she|they|who|you were) (recommended|mentioned|suggested|told you about|put forward|referred)(?!\\p{L})",
    // The one the referrer works with: "as Jonas mentioned, I'm the freelance translator he works with".
    "(i'm|i am) the( [\\p{L}-]+){1,2} (he|she|they) (works|worked|work|has worked|have worked) with(?!\\p{L})",
    "(i'm|i am) the( [\\p{L}-]+){1,2} (for|on) (your|the) ([\\p{L}-]+ ){0,2}(launch|project|event|opening|search|role|rebrand|move|build|campaign|bid|book|album|film|show)(?!\\p{L})",
    "(i'm|i am) the( [\\p{L}-]+){1,2} (who'll|who will|who is going to|handling|doing|running|looking after|reviewing|auditing|inspecting)(?!\\p{L})",
  ],
  pitch: ["(we|i) have (experience|deep experience|((\\d+|many|several) )?years( of experience)?) (helping|supporting|advising|working with)(?!\\p{L})", 'with (a|an|my|our) (new |debut |first |latest )?(single|album|ep|record|mixtape|book|novel|film|short film|game|app) (out|coming out|dropping|released|launching)(?!\\p{L})', "(we're|we are|i'm|i am) (a|an)( [\\p{L}-]+){0,3} (team|agency|studio|firm|consultancy|shop|company|startup|practice|outfit|business) (that|who|which) (does|do|builds|build|helps|help|runs|run|makes|make|offers|offer|handles|handle|specialises|specializes)(?!\\p{L})", "(we're|we are|i'm|i am|me and my team are|my team and i are) (helping|working with|supporting|partnering with|serving|analy[sz]ing|tracking)(?!\\p{L})", "(we|i) invest in(?!\\p{L})", "(we|i) (match|pair|connect|introduce|link) ([\\p{L}-]+ ){0,2}[\\p{L}-]+s (with|to)(?!\\p{L})", "(we|i) (analy[sz]e|track|monitor|benchmark)(?!\\p{L})", "(we|i)( have|'ve)? (help|helped|work with|work on|partner with|support|supply|print|cater|translate|photograph|bake|brew|roast|manufacture|distribute|install|make|build|sell|run|service|maintain|repair|clean|insure|inspect|audit|train|coach|source|ship|deliver|host|fund|finance|advise|recruit|place)(?!\\p{L})", "(we're|we are|i'm|i am) (a |an )?([\\p{L}-]+ ){0,2}(manufacturer|supplier|distributor|provider|agency|vendor|maker|consultancy|studio|firm|reseller|wholesaler)", "(we|i)( have|'ve)?( just| recently)? (built|created|developed|launched|released|shipped) (a|an|<slot>)", "(our|my) (platform|tool|product|software|service|solution|app|agency|team) (helps|lets|cuts|reduces|automates|saves|does|handles|covers|fixes|catches|plugs into)", "(we|i) (make|sell|build|design|supply|offer|provide|run|automate|digiti[sz]e|streamline) (a|an|the|our|my|\\p{L}+s)(?!\\p{L})(?! point(?!\\p{L}))", "(i'm|i am|we're|we are) an? ([\\p{L}-]+ ){1,2}(who|that) (close|closes|build|builds|fix|fixes|handle|handles|install|installs|supply|supplies|deliver|delivers|cut|cuts|save|saves|cover|covers|run|runs|design|designs|make|makes|source|sources|place|places)", "(we|i) (make|build|sell|provide|offer|have built) (a |an |the )?(tool|platform|app|software|solution|service|product)s?(?!\\p{L})", "(my|our) (work|job|day job|business|practice) (is|involves) (helping|supporting|coaching|advising|training|with)(?!\\p{L})",
    // A trial with them proposed: "we'd love to pilot with you".
    "(we'd|we would|i'd|i would) love to (pilot|trial|test|run a pilot|integrate)( [\\p{L}-]+){0,3} with (you|your)(?!\\p{L})",
  ],
  selfIntroduction: ["(we|i|we have|i have|we've|i've) (work|worked|partner|partnered|help|helped) with (brands|companies|clients|teams|startups|firms|organi[sz]ations|names)( [\\p{L}-]+){0,2} (like|such as|including) ((<slot>|[\\p{L}\\p{N}&.'-]+( [\\p{L}\\p{N}&.'-]+){0,2})(, | and |, and )){0,5}(<slot>|[\\p{L}\\p{N}&.'-]+( [\\p{L}\\p{N}&.'-]+){0,2})(?=\\s*(?:[.!?;]|$))", "(our|my) clients include ((<slot>|[\\p{L}\\p{N}&.'-]+( [\\p{L}\\p{N}&.'-]+){0,2})(, | and |, and )){0,5}(<slot>|[\\p{L}\\p{N}&.'-]+( [\\p{L}\\p{N}&.'-]+){0,2})(?=\\s*(?:[.!?;]|$))",
    // The sender's own studies: "I am a 300 level Agric Econs student at UNN".
    "(i'm|i am)( currently)? an? ([\\p{L}\\p{N}&.-]+ ){0,4}(student|undergraduate|undergrad|postgraduate|postgrad|graduand|fresher)( (at|in|of|from) (<slot>|[\\p{L}&.'-]+( [\\p{L}&.'-]+){0,3}))?(?=\\s*[,.!;]| and | who | with )",
    // The sender's own remit: "I manage group sales at the Parkview Hotel".
    "(i|we) (manage|lead|head|oversee|look after|coordinate)( [\\p{L}-]+){1,3} (at|for)(?!\\p{L})",
    // Where the sender writes from: "Greetings from Abu Dhabi."
    '(greetings|warm greetings|hello|best wishes|regards) from(?!\\p{L})',
    // The sender's name, and their own title and workplace after it: "I'm Alex Kim, Head of Growth at Brightmoor", "my name is Alex Kim.".
    "(i'm|i am|this is|my name is) (<slot>|[\\p{L}'-]+)( [\\p{L}'-]+){0,2},( an?| the)?( [\\p{L}&-]+){1,4} (at|of|from|with|in) (<slot>|[\\p{L}&-]+( [\\p{L}&-]+){0,2})", "(my name is|this is) (<slot>|[\\p{L}'-]+)( [\\p{L}'-]+){0,2}(?=\\s*[,.!]| and )",
    // The sender's own line of work: "I'm based in [City] too and work in [industry]".
    "(i|we|and) (also )?work (in|at) (<slot>|[\\p{L}&-]+)",
    // The sender's own stack or passions are theirs, not details about the reader: "I'm a full-stack dev passionate about React and Node".
    "(i'm|i am) an? ([\\p{L}-]+ ){1,3}(passionate about|specializing in|specialising in|focused on|with a passion for|who loves|skilled in|experienced in)( (and|&)| [\\p{L}\\p{N}.#+-]+,?){1,6}",
    "(i'm|i am|this is|my name is|(it's|it is) me) (<slot>|(?![\\p{L}'-]+ing(?!\\p{L}))[\\p{L}'-]+)( [\\p{L}'-]+)? (from|at|with|of)",
    // The sender's own news: "I just started as Head of Growth at Fernleaf (Series B, 140 people)", "we just closed a $4.2M seed round".
    "(i|i've|i have) (just |recently )?(started|joined|moved|switched) (as|at|to|over to)",
    "(i'm|i am) (now|currently) (an?|the)",
    "(my )?new (job|role|position) (as|at)",
    "(we|i)( have|'ve)? (just |recently )?(closed|raised|announced|hit|crossed|reached) (a|an|our|my)",
    // A student's or an intern's own school and employers: "I'm a final-year CS student at Waterloo", "I've interned at Shopify".
    "(i'm|i am) an? ([\\p{L}\\p{N}-]+ ){0,3}(student|graduate|grad|undergrad|intern|apprentice|trainee)s? (at|from|in|of)",
    "(i've|i have) (interned|studied|trained) (at|with|for|in)",
    // A job seeker's own degree, year and skills: "I have completed my BCA from Osmania University in 2023", "passed out 2023", "I am skilled in Python, SQL and Power BI".
    "(i|i've|i have) (completed|finished|done|did|pursued|earned) (my|a|an)( [\\p{L}\\p{N}.-]+){0,3} (in|from|at)", "passed out", "(i'm|i am) (skilled|proficient|experienced|certified|trained) in( (and|&)| [\\p{L}\\p{N}#+]([\\p{L}\\p{N}.#+-]*[\\p{L}\\p{N}#+])?,?){1,6}", "(i|we) (run|own|founded|co-founded|started) (a|an|my|our)( [\\p{L}\\p{N}&-]+){0,3} (consultancy|agency|firm|company|business|practice|shop|studio|startup|clinic|bakery|restaurant|brokerage)(?!\\p{L})", "(i'm|i am) an? ([\\p{L}-]+ ){1,3}with (over |more than |nearly |almost )?(\\d+\\+?|<slot>) years", "(<slot>|[\\p{L}'-]+) here (from|at|with|of)", "<slot> here"],
  noTopic: [
    // What people of their kind are doing, or they are up to, in general: "always love hearing what fellow marketers are up to".
    "(what|how) (fellow|other|my fellow) [\\p{L}-]+ (are|have been) (up to|doing|working on|building)(?!\\p{L})",
    "what (you're|you are|you've been|you have been) up to(?!\\p{L})",
    // A buzzword or two any reader would do for, and nothing more: "to exchange ideas about leadership and professional growth".
    "(about|on|around|regarding) (leadership|innovation|entrepreneurship|professional (growth|development)|career (growth|development)|personal (growth|development)|self-improvement|digital transformation|business|technology|tech|strategy|management|growth|best practices|industry trends|trends|the future of work|networking|success|artificial intelligence|ai|sustainability|cybersecurity|digital marketing)((, | and | or |, and )(leadership|innovation|entrepreneurship|professional (growth|development)|career (growth|development)|personal (growth|development)|self-improvement|digital transformation|business|technology|tech|strategy|management|growth|best practices|industry trends|trends|the future of work|networking|success|artificial intelligence|ai|sustainability|cybersecurity|digital marketing)){0,2}(?=[\\s\\p{Extended_Pictographic}\\uFE0F]*(?:[.!?;]|$))",
    // Their book read and loved, none named: "I read your novel last month and absolutely loved it!".
    'your (novel|book|memoir|album|film|debut|collection|podcast|talk)( last (week|month|year)| recently| this (week|month|year))? and (absolutely |really |truly )?(loved|enjoyed|liked) it(?!\\p{L})',
    // Where they work, noticed, and no more: "I saw that you work in epidemiology at the Kenya Medical Research Institute."
    "(saw|see|noticed|notice)( that)? (you work|you are working|you're working) (in|at)( the)?( [\\p{L}&-]+){1,3}( (at|for)( the)?( [\\p{L}&-]+){1,5})?(?=\\s*[.!?]|\\s*$)",
    // The sender's research, survey or study, and nothing of what it is about: "a quick chat about my research?", "your thoughts on a quick survey: {{url}}", "because I'm conducting research and…".
    "(about|on|regarding|for|with) (my|our) (research|study|survey|thesis|dissertation|questionnaire|research study|research project)(?=[\\s\\p{Extended_Pictographic}\\uFE0F]*(?:[.!?:;,—–]|$))",
    "on (a|my|our|this) (quick |short |brief )?(survey|questionnaire|poll|form)(?=[\\s\\p{Extended_Pictographic}\\uFE0F]*(?:[.!?:;,—–]|$))",
    "(because|as|since) (i'm|i am|we're|we are) (conducting|doing|running|working on|carrying out) (a |some |my |our )?(research|study|survey|research study|research project)(?=[\\s\\p{Extended_Pictographic}\\uFE0F]*(?:[.!?:;,—–]|$)| and (i|we)(?!\\p{L}))",
    // Their field noticed, and no more: "I noticed your work in renewable energy.".
    "your work in( the)? [\\p{L}-]+( [\\p{L}-]+)?(?=\\s*[.!?]|\\s*$)",
    // One of their appearances, none named, and nothing from it: "I listened to your podcast. Very inspiring.".
    "your (podcast|tv interview|interview|show|radio show|talk|book|channel|keynote|videos?|documentary)(?=\\s*[.!?]|\\s*$| and (thought|loved|liked|enjoyed|found)(?!\\p{L}))",
    // They heard of the recipient, and no more: "a mutual friend told me about you and I am curious to get in contact".
    "about you(?= and (i|i'm|i am|i'd|i would|would)(?!\\p{L})|\\s*[.!?,]|\\s*$)",
    // The same field and city, and no more: "I noticed you also work in logistics in Rotterdam".
    "you (also|too) work in( the)? [\\p{L}-]+( [\\p{L}-]+)?( (in|around|near) [\\p{L}-]+( [\\p{L}-]+)?)?(?=\\s*[.!?,]|\\s*$)",
    // The best in their field, said by anyone: "our colleague told me you are the best in this area".
    "(you are|you're) (the best|one of the best|the top|an expert|the expert) in (this|your|the|that) (area|field|industry|domain|sector|space)(?!\\p{L})",
    // Who both know, said and no more: "I see you two are connected".
    "(you two|you both|the two of you) (are|were) (connected|linked|friends|acquainted)(?!\\p{L})",
    // A belief in connecting for its own sake: "I'm reaching out because I believe in the power of connection".
    "because i (believe in|value|love|enjoy)( the (power|value) of)? (connection|connections|connecting|networking|community|relationships|meeting new people)",
    // Written because of connections in common, which say nothing of why: "I'm reaching out because we share some connections".
    "(because|since|as) (we|you and i) (both )?(share|have|know)( [\\p{L}-]+){0,2} (connections|contacts|friends|people|network)( in common)?",
    // Years at their firm congratulated on, and nothing more: "Congrats on 5 years at Monzo".
    "(congrats|congratulations|happy) on (\\d+|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty) years? (at|with|in)( [\\p{L}&.-]+){1,2}",
    // The future of a whole field, all their achievements: nothing in particular.
    '(thoughts|take|views?|perspective|opinion|insights?) on the future of( [\\p{L}-]+){1,2}',
    // A field's weather in general: "exchanging insights on the ever-evolving product landscape".
    '(on|about|around) the (ever-evolving|ever-changing|ever evolving|ever changing|evolving|changing|fast-changing|fast-moving|fast-paced|dynamic|exciting)( [\\p{L}-]+){0,2} (landscape|space|world|industry|field|market|scene|ecosystem)(?!\\p{L})',
    "(congrats|congratulations) on (everything|all) (that )?(you're|you are|you've|you have|your team is|your team has) (achieving|building|doing|creating|accomplished|achieved|built|done|created)(?=\\s*[.!?,]|\\s*$)",
    // Everything congratulated, or news of their company that says no more than its name: "congrats on everything at Hollis & Reed lately", "saw the news about {{company}} — congrats!".
    "(congrats|congratulations|kudos) on (everything|it all|all of it|all that)( (at|with) (<slot>|[\\p{L}\\p{N}&.'-]+( [\\p{L}\\p{N}&.'-]+){0,2}))?( lately| recently| this year| so far| there)?(?=\\s*[.!?,;:–—-]|\\s*$|\\s*\\p{Extended_Pictographic})",
    "(saw|seen|read|heard|caught|spotted) (the|your|all the)( (big|great|exciting|good|recent|latest))? news (about|from|at|of) (<slot>|your (company|team|firm|startup)|[\\p{L}\\p{N}&.-]+( [\\p{L}\\p{N}&.-]+){0,2})(?=\\s*[.!?,;:–—-]|\\s*$|\\s*\\p{Extended_Pictographic})",
    // An event of no name they went to: "I saw you attended an event recently".
    '(attended|joined|went to|were at) (an|a|the|some) (event|conference|webinar|meetup|session|workshop|summit|seminar|fair)(?= (recently|lately|last week|last month|yesterday|this week)|\\s*[.!?—–,]|\\s*$)',
    '(congrats|congratulations) on (all )?(your|the)( (remarkable|incredible|amazing|impressive|inspiring|wonderful|great|outstanding|stellar|illustrious|professional|career)){0,2} (achievements|success|successes|accomplishments|career|journey|growth|work)',
    // Good news of no kind in particular: "congrats on the big news!", "congrats on all the momentum at Vantage".
    '(congrats|congratulations) on (all )?(the|your) (big |great |exciting |recent |amazing )?(news|momentum|exciting things|things happening|progress|milestones?|wins|success|growth)(?! (of|on|with|in) (the|your) [\\p{L}-]+ (launch|round|raise|release|acquisition|expansion|opening))',
    // Talk between others that was only praise: "Daniel and I were just talking about how impressive Northwind's growth has been".
    '(talking|chatting|speaking) about how (impressive|great|amazing|awesome|incredible|inspiring)',
    `(talking|chatting|speaking) about you${TOPIC_ENDS}`,
    // Help in no way in particular: "happy to help your company in any way I can".
    "(in|with) (any|every) (way|capacity|manner)(?!\\p{L})",
    // Growth promised to anyone: "I can help you 10x your podcast audience".
    '(help|helping) you (10x|5x|3x|2x|double|triple|grow|scale|boost|skyrocket)',
    // Time since they last talked, with nothing of what: "long time since we talk".
    'since (we|you and i) (last )?(talk|talked|spoke|met|saw each other|chatted|caught up|connected)(?! (at|about|on|during|over)(?!\\p{L}))',
    "(on|via|through|over) (linkedin|here|this (platform|app|site|network))(?!\\p{L})",
    "for the (first|1st) time",
    // Reaching out for a passion of the sender's, not about anything of theirs.
    "because (i'm|i am) (so |very |really )?(passionate|excited|enthusiastic) about",
    // Following in general, a promise to connect kept, a mention and nothing said: "I read your newsletter every week", "connecting as promised".
    `(read|follow|watch|listen to) your (newsletter|posts|blog|content|articles|videos|podcast|updates|substack)( (every|each) (week|day|morning|month|time|issue|episode)| (regularly|religiously|always))?${TOPIC_ENDS}`,
    `(connecting|adding you|here|sending (this|the|my) (request|invite|invitation)) as (promised|agreed)${TOPIC_ENDS}`,
    `mentioned you( as well| too)?${TOPIC_ENDS}`,
    // Open to opportunities, their goals, with nothing said of what: "any chance you're open to new opportunities?".
    "(any chance|would|are) you('re| are| be)? (open|interested) (to|in) (new )?(opportunities|roles|a (new )?(role|position|move|change)|a chat|connecting|chatting)",
    `(about|on|regarding|re|into) (your|the) (career )?(goals|plans|aspirations|ambitions|next move|next step)${TOPIC_ENDS}`,
    // What they have been doing, whatever it is: "I'd love to hear what you've been up to lately".
    `what (you've|you have)( been)? (up to|doing)( lately| recently| these days)?${TOPIC_ENDS}`,
    // A past of no kind in particular: "Kai, from back in the day".
    'back in the day',
    // Their experience in a field, praised and no more: "your experience in [industry] really stands out".
    `your (experience|background|expertise|career|track record) in (the )?<slot>( (space|industry|sector|field|world))?(?=[\\s,]+(really |truly |definitely )?(stands? out|stood out|is (so |very |really )?impressive|caught my eye|impressed me|is inspiring))`,
    `your (experience|background|expertise|career|track record) in (the )?<slot>( (space|industry|sector|field|world))?${TOPIC_ENDS}`,
    // Their business as a whole, named and no more: "explore how we can support your business."
    // Not a named role there: "I saw the SRE opening on your team and fit most of it" (but "any opening in your organisation" is no topic).
    `(your|their) (business|company|organi[sz]ation|brand|team|growth|goals|success)(?<!(the|this|that)( (?!(any|suitable|relevant|open|available|possible|potential|future)(?!\\p{L}))[\\p{L}\\p{N}-]+){1,3} (opening|role|position|vacancy|job|internship) (on|in|at|with|for) (your|their) [\\p{L}]+)${TOPIC_ENDS}`,
    // Help with whatever they need is no need of theirs: "happy to help with anything your team needs".
    '(anything|whatever) (you|your (team|company|firm|business)) (need|needs|might need|may need)',
    // What someone said of them is praise of the person, not a subject: "Dana says you're great to know".
    `(you're|you are|you'd be|you would be) (really |so |super |very |such |just )?(a |an )?(great|nice|lovely|awesome|amazing|kind|friendly|fun|cool|wonderful|good|great person|nice person|lovely person) (to know|to talk to|to chat (to|with)|to meet|to connect with|to have in (my|your) network|(person|people|guy|human|contact|connection)( to know| to meet| to talk to)?)( in (the )?(<slot>|[\\p{L}-]+)( space| industry| world| field| scene)?)?${TOPIC_ENDS}`,
    `(said|says|had) (such )?(nice|good|great|kind|lovely|wonderful) things (about|of) you${TOPIC_ENDS}`,
    `(you're|you are) (someone|a person|the person) (worth knowing|worth meeting|to know|i should (know|meet))${TOPIC_ENDS}`,
    `(about|on) (anything|everything|whatever|life|business|anything and everything|business and life|life and business|all things( [\\p{L}-]+){1,2})${TOPIC_ENDS}`,
    "(about|on) (how|ways) (we|you and i) (can|could|might|may) (help|support|grow with|learn from) (each other|one another)",
    // Their story or field in general: "hear more about your journey", "your view on the industry".
    `(about|on|regarding|re|into) (your|the) (journey|journeys|story|stories|career|career path|path|background|experience|experiences|profile|industry|field|space|sector|world|work|day to day|day-to-day)( so far)?${TOPIC_ENDS}`,
    `(your|some) (perspective|view|views|take|input|thoughts|advice|insights?) (on|about) (the|this|our) (industry|field|space|sector|market|world)${TOPIC_ENDS}`,
    "how (you|people|folks|others|those)( [\\p{L}-]+){0,4} (got|made it|ended up|came|broke in)( to)? (where (you|they) are|this far|into (the|this) (field|industry))( today| now)?",
    // Networking or working together, with nothing said of on what.
    `(about|on|regarding|re) (networking|connecting|new connections|(a |any )?(potential |possible |future )?(synergies|opportunities|opportunity|collaboration|collaborations|partnership|partnerships|networking opportunities))( in (<slot>|[\\p{L}-]+))?${TOPIC_ENDS}`,
    "question: (are|would) you (be )?open to (new )?(connections|connecting|networking)",
    "(value|appreciate) (a|the|your) (connect|connection|follow|add|accept)(?!\\p{L})",
    // Building a pool of people, raising with nothing said of what: "I'm building a talent pool",
    // "we're raising soon", "hear more about what you're building".
    "(building|growing|expanding) (a|my|our)( [\\p{L}-]+)? (talent pool|talent network|talent pipeline|network|community|circle|list)",
    `(great|good|perfect|strong|ideal|natural|excellent) fit( for (us|this|it|(our|the) (community|network|group|audience|list|team|company|startup)))?${TOPIC_ENDS}`,
    // The sender's round, not theirs: "{company} is raising." is news of theirs.
    `(raising|fundraising)(?<!(<slot>|your [\\p{L}-]+) (is|are) (raising|fundraising))( (soon|now|shortly|later this year|this year|next year|a round|our next round))?${TOPIC_ENDS}`,
    `what (you're|you are|your team is|we're|we are|i'm|i am) (building|doing|working on|up to)${TOPIC_ENDS}`,
    // Congratulations on a new title, as everyone sends them: "congratulations on your promotion!".
    `(congrats|congratulations) on (the|your) (recent |new )?(title|role|position|job|promotion|work anniversary|anniversary|birthday|gig)( to <slot>)?( at (<slot>|[\\p{L}&-]+))?${TOPIC_ENDS}`,
    `(value|appreciate) (your|any) (insights?|input|perspective|advice|thoughts|expertise|opinion|wisdom)${TOPIC_ENDS}`,
    `((thoughts|take|views?|input|advice|feedback|brain|perspective|opinion|help|question) )?(about|on|with|regarding) (something|one thing|a thing|a (quick|small) (thing|matter))( quick| small)?${TOPIC_ENDS}`,
    `on (best practices|trends|industry trends|the latest trends|(common |shared )?challenges|what we do|what we both do)${TOPIC_ENDS}`,
    `(about|on|over) (anything|everything)( [\\p{L}-]+)?${TOPIC_ENDS}`,
    `(about|on|regarding|re|into|over) (your|the|this|our) (profession|trade|craft|job|role|field|line of work)${TOPIC_ENDS}`,
    `on what('s| is) (working|not working|working for you)${TOPIC_ENDS}`,
    `how you see (things|it|the world|the industry|the market|the field)${TOPIC_ENDS}`,
    `((thoughts|take|views?|input|advice|feedback|brain|perspective|opinion) )?on (a few|some|several|a couple of) (things|ideas|projects)( (i'm|i am|we're|we are) working on)?${TOPIC_ENDS}`,
    // Their name passed on, and no more: "Paul mentioned your name", "she said your name the other day".
    "(mentioned|passed on|gave me|shared) your (name|details|contact|number|email)(?!\\p{L})",
    `(said|dropped) your name${TOPIC_ENDS}`,
    // The sender's own papers looked over, which anyone could do: "could you give me some feedback on my CV?".
    `(on|of|at|over) my (cv|resume|résumé|portfolio|cover letter|linkedin( profile)?|profile|application|personal statement)${TOPIC_ENDS}`,
    // A favour asked, and nothing said of what: "I'm reaching out to ask a favour."
    `(ask|asking) (you )?(for )?(a|one|a small|a quick|a big|a tiny) (favou?r)${TOPIC_ENDS}`,
    // Plenty to talk about, and nothing said of what: "we'd have loads to talk about."
    "(loads|lots|plenty|much|a lot|so much|tons|things|stuff|something|anything)( more| in common)? to (talk|chat|catch up|geek out|talk shop) (about|on|over)(?=\\s*[.!?]|\\s*$)",
    // Praise as the reason given: "reaching out because I admire what you've built".
    `because (i|we) (really |truly )?(admire|love|like|respect|appreciate) (what you('ve| have)? (built|done|achieved|created)|your (work|career|journey|profile|content|posts|background))${TOPIC_ENDS}`,
  ],
} satisfies ReasonPhrases;
