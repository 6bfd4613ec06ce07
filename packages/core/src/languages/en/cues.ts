import type { CueLanguage } from '../types.js';

// A gain or a claim with nothing after it that says how or on what: "increase their ROI.", not "increase their ROI with better pricing".
const NOTHING_MORE = String.raw`(?=\s*[.!?,;:]|\s*$| (and|or)(?!\p{L}))`;

export default {
  meeting: {
    phrases: ["your( hot| spicy| sharp| bold)? (point|take|question|remark|comment|answer|tip|advice|pitch|demo|slides?|joke|team name|prototype|poster) (about|on|to|re|at|in|during)", "(beat|beaten|knocked out|edged out|outscored|pipped|crushed|thrashed|trounced|smashed) (us|ours|our team|my team)(?!\\p{L})", "(i was|i sat|i was sitting) (on|in) the (jury|judging panel|audience|next team|team next to yours|row behind you|row in front of you)(?!\\p{L})", "(for walking|to walk|walked|walking) (me|us) through", "(you were|you're|you are) (staffing|manning|working) (the|your)(?!\\p{L})", "you asked (me |us )?(about|for|whether|if|how|what)(?!\\p{L})", "(great|good|nice|lovely|fun) to (connect|reconnect) (at|after|during)(?!\\p{L})", "(quick |one |a )?(question|follow-up|follow up) from (the|your)(?!\\p{L})", "(i )?promised you", "(stop|stopped|stopping|drop|dropped|dropping) by (the|your)(?!\\p{L})", "((that|it) was|was that|was it) you (with|who|asking|at)", "(that|it) was you(,? right)?(?=\\s*[?,])", "(managed|exchanged|swapped) (only )?(a few|a couple of|some|two|three) words", "(i was|i'm|i am) the( [\\p{L}-]+){0,2} (one|person|guy|girl|woman|man|engineer|officer|student|designer|founder|developer|nurse|teacher|manager) (who|asking|from|that|with|next to|beside|behind)", "(next to|beside|opposite) (each other|one another|you|yours)", "side by side", "(both of us|we both|we) (were|was) (both )?on (the|a)(?=( [\\p{L}\\p{N}-]+){0,4} (stage|panel|bill|lineup|line-up))", "(you|you'd|you had) (said|told us|told the room|shouted|joked|mentioned|described|outlined|argued|demonstrated|pointed out|walked us through)", "(hear|hearing|heard|caught|saw|watched|loved|enjoyed) your (remarks|comments|point|answer|take|words|contribution|intervention)", "we both (judged|spoke|pitched|presented|mentored|exhibited|volunteered|competed|performed)", "remember (the|when|that)", "argu(e|ed|ing)", "debat(e|ed|ing)", "you were the (one|only one|person)", "we (compared|disagreed|argued|swapped|traded)", "you gave (me|us|the)", "you explained", "together", "next to (you|yours)", "met", "spoke", "crossed paths", "(ran|run|running) into", "(bumped|bump|bumping) into", "(nearly |almost )?collided", "caught up", "in person", "(two|three|a few|\\d+) (seats|rows|tables|desks|benches|stations|bunks|booths|stands) (down|away|apart|behind|over|from you)", "put a face to (the|your) name", "(you're|you are) the (one|person) (who|that|with)(?!\\p{L})", "(i was|i'm|i am|we were) (on|at|behind|running|staffing|manning) the( [\\p{L}-]+){0,2} (desk|table|stand|stall|till|door|bar|grill|booth|tent)(?!\\p{L})", "(traded|exchanged|swapped) (messages|dms|notes|cards|business cards|numbers|stories|tips)", "(on|in) the same (team|squad|table|heat|wave|shift|crew) (for|at|in|during)(?!\\p{L})", "(saw|seen|heard|seeing) you", "(sat|sitting|seated) next to", "(were|was|sat|both|we've been|we have been|i've been) (on|at|in) the same", "who asked (you )?(about|for)", "(great|good|sharp|thoughtful|interesting) questions?", "(shared|sharing|share) (a|an|the)( [\\p{L}-]+){0,3} (table|desk|ride|cab|taxi|uber|lyft|stage|booth|bench|couch|sofa|strip|socket|plug|outlet|charger|bus|shuttle|train|flight|coach|minibus|car)", "connected", "connecting", "(lent|gave|handed|passed) (me|us)", "(borrowed|borrowing) your", "stopped by", "(worked|did|covered|pulled|staffed) the same (shift|rota|stand|stall|gig|desk)", "(we were|i was|you were) on (opposite|the other|different) sides? of", "(ended up|wound up|found ourselves)( somehow| eventually| by chance| randomly)? (at|in|on) the same", "(i was|you were) the (one|person|guy|woman|girl)( (with|who|that|at))?", "you were the (mc|emcee|host|compere|moderator|dj|presenter|auctioneer|announcer|commentator)( at| of| for)?", "i was the( [\\p{L}-]+){1,2} (from|at|with)( [\\p{L}\\p{N}&.'-]+){1,3} (who asked|asking|who raised|who spoke|who sat)", "you (asked|walked|showed|told|helped|introduced|pitched|interviewed|grilled) (me|us)", "you (mentored|coached|judged|advised|helped|saved) (me|us|our team|my team|our startup|my startup)(?!\\p{L})", "you (judged|reffed|refereed|umpired|adjudicated|officiated|chaired)(?!\\p{L})", "you (ran|were running|staffed|manned|were manning|were on|were at) the( [\\p{L}-]+){0,2} (desk|table|stand|stall|booth|door|bar|tent|counter)(?!\\p{L})", "(sharpest|best|smartest|toughest|hardest|trickiest) questions?", "(swapped|swapping|traded|trading) (stories|notes|ideas|tips|war stories)", "(you|i) asked (the|a|that|this|my|your)( [\\p{L}-]+){0,3} questions?", "(thanks|thank you) for (taking|answering|fielding|picking up) my question", "(thanks|thank you) for (the|your) (tasting|demo|demonstration|presentation|talk|session|workshop|walkthrough|keynote|lecture|masterclass|chat|tour|conversation|time|samples|tip|tips|advice|pointer|pointers|heads-up|spare [\\p{L}-]+)", "(judged|presented|pitched|demoed|pitching|presenting|demoing) (back-to-back|back to back|one after the other|after each other|side by side)", "(when|where) you (showed|presented|spoke|talked|demoed|gave|ran|did|led|hosted|taught|demonstrated)", "(swapped|exchanged|traded) (business )?cards", "put a face to (the|a|your) name", "(thanks|thank you) for (the|your)( [\\p{L}-]+){0,2} (words|speech|toast|welcome|lift|ride)(?!\\p{L})", "you (made|raised|gave) (the|a|an|that|such a)( [\\p{L}-]+){0,2} (point|case|comment|remark|speech|toast|answer)(?!\\p{L})", "(you'd|you had|you) (facilitated|hosted|moderated|organi[sz]ed|chaired|emceed|compered) (it|that|this|the)(?!\\p{L})", "(i|we) went to(?!\\p{L})"],
    words: ["meet", "talk", "chat", "conversation", "speak", "discussion", "exchange"],
    examples: ['you were the one live-posting the demo', 'that was you with the kite photos', 'we only managed a few words', 'I was the nurse from Leeds asking about rotas', 'we compared notes on Ghost', 'So good to finally talk in person.', 'Our conversation about flaky CI', 'I bumped into you', 'we ended up sharing a very wobbly standing table', 'you walked me through your canary rollout', 'you asked us the sharpest question', 'thank you for the lovely words', 'you made the best point of the night'],
    not: ['I would love to connect.'],
  },
  eventNoun: {
    phrases: ["meet-?ups?", "linkedin lives?", "q ?& ?a", "stage", "model un", "(fall|spring|winter|summer) classic", "nationals", "regionals", "championships?", "green ?room", "hallway( track)?", "(project |final |student )demos", "trade ?shows?", "(bridal|wedding|car|boat|air|motor|fashion|craft|home|garden|dog|horse|art|antiques|agricultural|county) shows?", "happy hour", "demo day", "stands?", "meetings?", "coffee breaks?", "after-? ?party", "(pitch|demo|networking|quiz|trivia|startup|founders|open mic) nights?", "(farmers'?|christmas|craft|flea|night|street|food|artisan|vintage) markets?", "book clubs?", "amas?", "(harvest )?suppers?", "bazaars?", "iftars?", "melas?", "rall(y|ies)", "(licensing|planning|council|public) hearings?", "(climbing|bouldering|summer|christmas) socials?", "(seed|plant|harvest|book|clothes) swaps?", "(sunday|five-a-side|pub|darts|netball) leagues?", "charity (cycles?|rides?|walks?|runs?|swims?)", "\\d+k", "parkruns?", "(trail|fun|color|colour|night) runs?", "user groups?", "study nights?", "office hours", "gran fondos?", "fetes?", "fairs?", "evening class(es)?", "rehearsals?", "(game|code|music|design|data) jams?", "(build|volunteer|open|hack|sports|field|family) days?", "open (evenings?|nights?|mornings?|house|houses)", "(x|twitter) spaces?", "(food|blood|winter|toy|coat|book|donation|clothing|charity|fundraising|recruitment) drives?", "fests?", "evenings?(?<!(this|that|tomorrow|every|one|same|last|next|good|an|the|monday|tuesday|wednesday|thursday|friday|saturday|sunday) evenings?)", "builds?(?<!(nightly|ci|debug|release|test|daily|latest|new|next|last|beta|alpha|dev|production|prod|the|a|this|that|our|your|my) builds?)"],
    words: ["pavilion", "conference", "summit", "symposium", "colloquium", "showcase", "awards", "roadshow", "jamboree", "meetup", "expo", "fair", "workshop", "webinar", "panel", "hackathon", "session", "keynote", "tutorial", "poster", "booth", "dinner", "lunch", "breakfast", "reception", "mixer", "wedding", "party", "barbecue", "bbq", "christening", "reunion", "forum", "congress", "convention", "festival", "offsite", "roundtable", "event", "talk", "concert", "recital", "gala", "marathon", "race", "tournament", "trials", "fundraiser", "ceremony", "retreat", "exhibition", "performance", "final", "finals", "rounds", "moot", "bazaar", "fete", "assembly", "datathon", "ideathon", "makeathon", "buildathon", "triathlon", "duathlon", "ultramarathon", "ironman", "biennale", "triennale", "regatta", "sportive", "hackweek"],
    examples: ['the Ljubljana Python meetup', 'over lunch', 'at the booth', 'during the afternoon coffee break'],
    not: ['our product roadmap', 'always keen to meet other marketers'],
  },
  locative: {
    // Not "in touch": "keep in touch, talk soon" places nothing.
    // "At some event" places nothing: any event at all.
    phrases: ['at(?! (some|any|one of those)(?!\\p{L}))', 'during', 'after', 'before', 'since', 'over', 'on', 'in(?! touch)', 'from', 'near', 'by', 'outside', 'next to', 'behind'],
    examples: ['at the conference', 'during lunch'],
    not: ['about the roadmap', 'keep in touch'],
  },
  contentNoun: {
    phrases: ["interviews?(?<!(informational|info|job|coffee|exit|screening) interviews?)", "write-?ups?", "blog posts?", "slides", "deck", "(twitter |x )?spaces?", "ama", "(live)?streams?", "(github |gitlab )?(issues?|pull requests?|merge requests?|bug reports?|feature requests?)", "prs?"],
    words: ["post", "article", "thread", "piece", "essay", "newsletter", "podcast", "episode", "talk", "keynote", "video", "paper", "comment", "presentation", "session", "panel", "workshop", "webinar", "diagram", "chart", "infographic", "sketch", "drawing", "photo", "screenshot", "carousel", "poster", "spreadsheet", "calculator", "notebook", "repo", "checklist", "worksheet", "toolkit", "template", "guide", "tutorial", "cheatsheet", "cle", "cpd", "cme"],
    examples: ["the piece", "that thread", "your interview on the Tech Talks podcast"],
    not: ["the pricing page", "an informational interview about your path"],
  },
  authored: {
    phrases: ["you (wrote|shared|posted|published|started|gave|recorded|presented|made|put out|left|moderated|hosted|co-?hosted|chaired|led|ran|asked( me)?|answered|replied|built|designed|drew|pinned|reposted|linked|curated|maintain|maintained|opened|filed|raised|submitted|reported|merged)", "you've (written|shared|posted|published|started|pinned|reposted|linked)"],
    examples: ["the piece you wrote", "the thread you started", "the discuss post you pinned"],
    not: ["you work at Acme"],
  },
  shared: {
    phrases: ["you and i", "we both", "both of us", "we were both", "overlapped", "fellow(?! members?(?!\\p{L}))", "same", "together", "we shared", "overlap", "(you're|you are|i'm|i am|we're|we are) also in (the|this|that)", "classmates?", "cohort-?mates?", "lab-?mates?", "(just )?like you did", "as you did", "just like you", "(you|i|we) (also|too) (went to|attended|studied at|graduated from|did|completed|took|went through)"],
    examples: ["you and I overlapped", "we both did"],
    // A fellow member of a body is a member, not a fellow student: "a fellow member of the Royal College of Nursing".
    not: ["I also run a course", "a fellow member of the board"],
  },
  educationNoun: {
    phrases: ["(generation|promotion|promo) (of )?(19|20)\\p{N}{2}", "erasmus", "academy", "academies", "(supervision|tutorial|seminar|lab|reading|tutor|year|study|section) groups?", "(summer )?institute", "co-?op( term)?", "labs?", "school", "grantees?", "scholars?", "scholarship", "placements?", "rotations?", "residency", "clerkship", "(graduate|grad|mentoring|training|apprenticeship) (scheme|programme|program)", "(exchange )?semesters?", "exchange (programme|program|year)", "mentees", "apprenticeships?", "university", "college", "programmes?", "programs?", "course", "class", "cohort", "bootcamp", "immersive", "degree(?<!(1st|2nd|3rd|first|second|third)(-| )degree)", "mba", "masters?", "msc", "bsc", "meng", "mphil", "phd", "intake", "batch", "fellowship", "accelerator", "internships?", "interns?", "seminar", "dorm", "study group", "specialization", "specialisation", "certificate", "certification", "thesis", "dissertation"],
    examples: ["the robotics lab", "the same programme", "the same Part II supervision group"],
    not: ["the product team"],
  },
  offerVerb: {
    phrases: ["(can|could|happy to|glad to|would love to|want to|will|let me) (send|share|pass|give|forward|show|promise|run|prepare|put together)( you| it)?", "send you", "share (it )?with you", "i'll send", "i put together", "(i'm|i am|we're|we are) (doing|offering|running|giving away)", "i made", "i built", "i wrote up"],
    examples: ["I can send you", "happy to share it with you"],
    not: ["send me a message"],
  },
  offerNoun: {
    phrases: ["write-?ups?", "notes", "data", "case stud(y|ies)"],
    words: ["csv", "pdf", "export", "repro", "logs", "screenshots", "screenshot", "mockup", "mockups", "annotations", "teardown", "template", "checklist", "guide", "benchmark", "report", "analysis", "audit", "playbook", "runbook", "comparison", "calculator", "dashboard", "spreadsheet", "list", "walkthrough", "intro", "introduction", "fix", "patch", "workaround", "script", "snippet", "loom", "screencast", "recording", "dataset", "macro", "query", "config", "translation", "code", "lines", "entry", "sheet", "doc", "chart", "diagnosis", "steps"],
    examples: ["our teardown", "a checklist"],
    not: ["your team"],
  },
  personNoun: {
    phrases: ["friends?", "colleagues?", "co-?workers?", "someone", "somebody", "recruiters?", "managers?", "boss", "mentors?", "teammates?", "classmates?", "contacts?", "connections?", "person", "people", "team", "folks", "crew", "guys", "gang", "partners?", "founders?", "clients?", "customers?", "investors?", "professors?", "teachers?", "peers?", "acquaintances?", "everyone", "mutual", "common", "former", "old", "my", "our", "a", "an", "the"],
    examples: ["a friend", "my manager", "a mutual connection"],
    not: ["marco bellini"],
  },
  together: {
    phrases: ["(and )?so (am|will|do) i(?!\\p{L})", 'also', 'too', 'fellow(?! members?(?!\\p{L}))', 'same', 'both', 'as well', 'like you did', 'as you did', 'overlapped', 'together', '(went|been) through it', 'did it too', 'alongside (you|yours)'],
    examples: ["I'm also a [University] graduate.", 'Fellow [School] alum here!', "I'm in this year's [Accelerator] cohort; you went through it in [Year].", 'We did the same [Bootcamp].', '[University] grad too, class of [Year].'],
    not: ['I study at [University] and would love to learn from professionals like you.', "I'm a second-year [Major] student at [University].", 'I studied at [University] and now work at [Company].'],
  },
  attending: {
    phrases: ["we both (signed up|registered|rsvp'd|rsvped|booked( a (seat|spot|ticket|place))?) (for|to)", "(you're|you are) on the (agenda|programme|program|line-?up|bill|schedule) (for|at|of)(?!\\p{L})", "(we're|we are|we were) both (on|in)(?= the( [\\p{L}\\p{N}/&'’.-]+){1,6} (programme|program|agenda|line-?up|bill|speaker list)(?!\\p{L}))", "(you're|you are) (running|hosting|giving|leading|teaching|moderating|chairing) the (workshop|session|talk|panel|masterclass|meetup|track|keynote|tutorial)", "(i'll|i will|we'll|we will) be in [\\p{L}-]+( [\\p{L}-]+)? for", "(pitching|speaking|presenting|demoing|exhibiting|judging|competing)(?<=(were|was) both (pitching|speaking|presenting|demoing|exhibiting|judging|competing)) (at|in|on)", "(where|when) (you're|you are|you'll be|you will be) (speaking|presenting|talking|exhibiting|keynoting|giving a talk|on (a|the) panel)", "(i'll|i will|we'll|we will|you'll|you will) (also )?be (at|there)", "(be|i'll be|i will be|sitting) in the (audience|room|crowd|front row)", "(i'm|i am|we're|we are|you're|you are|you'll be|you will be|will you be) (also |too )?(attending|heading to|speaking at|presenting at|exhibiting at|speaking there|presenting there|(judging|mentoring|moderating|volunteering|competing)( at| there)?)", 'are you (also )?(going|attending|heading)', 'see you (there|at)', "(i'll|i will|we'll|we will) (also )?be (attending|speaking|presenting|exhibiting)", "(i'm|i am|we're|we are|you're|you are) (also )?registered for", "(you're|you are) on the (speaker|speakers') (list|lineup|line-up)", "(you're|you are) (also )?(going|heading|flying) to", "(saw|see|noticed|notice) (that )?you('ve| have)? (signed up|registered|rsvp'd|rsvped|booked( a (seat|spot|ticket|place))?) (for|to)", "(i|we) (run|host|organi[sz]e|co-organi[sz]e|co-host|curate) the( [\\p{L}\\p{N}-]+){0,3} (meetup|meet-up|conference|summit|workshop|series|event|night|breakfast|dinner|roundtable|festival)"],
    examples: ["I'll be at SaaStr too", "noticed you're speaking there", 'Are you going?', "I'll be attending too", "you're also registered for", 'saw you signed up for the June session', 'I run the Lisbon product meetup'], not: ["I'll be in touch", "I'm going to send you a note"],
  },
  relative: {
    phrases: ["(years?|terms?|semesters?|intakes?|cohorts?|batch(es)?|classes) (behind|ahead of|before|after|above|below) (me|you|yours|mine)", "(right |just |soon )?(after|before) (i|you) (left|joined|graduated|finished|started|arrived)", "(a|one|two|three|\\d+) (years?|decades?|terms?|semesters?|intakes?|cohorts?) apart", "when you (were finishing|finished|graduated|were graduating|were in your final year)"],
    examples: ["a year behind you on the same programme", "two years ahead of you at [School]", "I started the bootcamp when you were finishing"],
    not: ["I'll send it before you start", "right behind you in the queue for coffee"],
  },
  offerMade: {
    phrases: [
      // What the sender looked through or captured of theirs, or a small fix found: "I took screenshots and a console log", "I went through [Company]'s App Store reviews", "Easy fix;", "I do have something:".
      "(i|we) (took|grabbed|captured|saved) (screenshots|a screenshot|a screen recording|a recording|a video|a console log|logs|notes)",
      "(i|we|and)( also| already)? (went through|pulled|compared|checked|looked through|combed through|tagged|kept|reserved|saved|held|reviewed|audited|annotated) (yours|your|the|<slot>|[\\p{L}\\p{N}&.-]+('s|’s)|a free|a spare|one|two|the last|the top|\\d+)",
      "(easy|quick|simple|small|one-line|two-line|tiny) (fix|patch|change|tweak)(?!\\p{L})",
      // What the sender found in theirs, marked already: "I've marked them up in a short doc".
      "(i|we|and)( also| already)?( have|'ve)? (marked|flagged|highlighted|annotated|listed|logged|documented|noted) (them|it|those|these)( all)?( up| down)?(?!\\p{L})",
      // What the sender sorted or sketched of theirs: "I clustered the 200 latest reviews of Sika Pay", "I sketched a migration path".
      "(i|we|and)( also| already)?( have|'ve)? (clustered|categori[sz]ed|sorted|scraped|sketched|mapped|mapped out|mocked up) (your|<slot>|[\\p{L}\\p{N}&.-]+('s|’s)|a|an|the|where|how|which)(?!\\p{L})",
      "(i|we|and)( also| already)? (recorded|filmed) (a|an) (walkthrough|loom|video|demo|screencast)(?!\\p{L})",
      // A study made of theirs: "we carried out a brief energy audit of onsen facilities in Beppu".
      "(i|we|and)( also| already)?( have|'ve)? (carried out|conducted|did|done|ran|run|performed) (a|an)( [\\p{L}\\p{N}-]+){0,3} (audit|analysis|review|study|survey|benchmark|teardown|assessment)(?!\\p{L})",
      "(i|we|and)( also| already)? (wrote|typed|put|summed) (it|them|this|that|these|those) (up|together|down)(?!\\p{L})",
      // Written up or ready already: "wrote up the 5 questions that best predicted performance", "Screenshot and steps are ready".
      "(i|we|and)( also| already)?( have|'ve)? (wrote|written|typed|summed) up (the|a|an|my|our)(?!\\p{L})",
      "(screenshots?|steps|repro|recording|logs|notes|list|doc|file|draft|mock-?up|fix|patch|files|pr|pull request|translation|port)( and (screenshots?|steps|repro|recording|logs|notes))? (is|are) (ready|done|finished|complete)(?!\\p{L})",
      "(translation|port|rewrite|version|fix|patch) of your( [\\p{L}\\p{N}'’-]+| <slot>){0,3} (is|are) (ready|done|finished|complete)(?!\\p{L})",
      "(i|we|and)( also| already)? (rebuilt|ported|fixed|updated|upgraded|refactored|containeri[sz]ed|dockeri[sz]ed|forked|patched|translated|locali[sz]ed|proofread|subtitled|transcribed|captioned) your(?!\\p{L})",
      "(i|we|and)( also| already)? (built|made|drew|ran|created|put together) (a|an)( [\\p{L}\\p{N}-]+){0,3} (map|model|analysis|benchmark|comparison|dashboard|sheet|spreadsheet|script|list|chart|report|audit|teardown|breakdown|prototype|mockup|simulation) (of|for|on) (your|<slot>|[\\p{L}\\p{N}&.-]+('s|’s))(?!\\p{L})",
      // Written for them already: "I've written a short teardown of the tender documents", "I wrote one and tested it".
      "(i|we|and)( also| already)?( have|'ve)? (wrote|written|drafted) (a|an|one)(( [\\p{L}-]+){0,2} (teardown|walkthrough|write-up|writeup|guide|checklist|breakdown|review|comparison|benchmark|patch|script|template|tutorial|summary|section|fix))?(?!\\p{L})",
      // Something being made now: "I'm putting together a side-by-side of how the five largest carriers…".
      "(i'm|i am|we're|we are) (putting together|compiling|building|writing up|preparing|drafting|recording) (a|an|short|quick)(?!\\p{L})",
      "(i|we|our team|my team)( have|'ve| has)? (prepared|put together|compiled|drafted) (a|an)(?!\\p{L})",
      "(i|we|and)( also| already)? (do )?have (something|one|a few things|a short list|a shortlist|a list|a doc|a sheet)( for you)?(?!\\p{L})", "(i|we) have (a|an|one|two|three|four|five|\\d+) (spare|extra|unused|free) [\\p{L}-]+", "i've got (a|an) (corrected|fixed|working|cleaned-up|updated|spare) [\\p{L}-]+", "(i|we) (donate|sponsor|give away|keep|set aside|hold)( [\\p{L}\\p{N}-]+){0,3} (seats|hours|tickets|entries|bibs|tables|desks|licenses|licences|spots|places)", "(a few|some|several|two|three|four|\\d+) (broken|mistranslated|outdated|wrong|missing|dead|duplicated?)( [\\p{L}-]+){0,2} (links|items|examples|pages|strings|labels|entries|translations|snippets|menu items)", "(a few|some|several|two|three|four|\\d+) (broken|failing|outdated|wrong|missing|dead|duplicated?)( [\\p{L}-]+){1,2} (found|spotted|flagged)(?!\\p{L})", "(has|have) a broken (example|link|snippet|page|build|link)", "(just )?(recorded|built|made|put together|pulled together|drafted|mocked up|sketched|wrote up)(?<=(^|[—–:.!?]) ?(just )?(recorded|built|made|put together|pulled together|drafted|mocked up|sketched|wrote up)) (you )?(a|an|some)", "(i|we)( have|'ve)?( just| recently)? (made(?! it(?!\\p{L}))|sketched|drew up|publish|published|put out|release|released|recorded|filmed|(ran|run|did)(?! (that|this|these|those|the same)(?!\\p{L}))|finished|compiled|wrote|written|drafted|coded|designed|translated|scored|rated|ranked|reviewed|analysed|analyzed|audited|crawled|put together|pulled together|built|created|wrote up|written up|prepared|collected|gathered|mapped|benchmarked|documented|scraped|tested|measured|annotated|maintain|keep|rebuilt|reimplemented|ported|forked|redid|redesigned|reworked|remade|mocked up|wireframed|shot|photographed|filmed|edited|rewrote)", "and (shot|photographed|filmed|recorded|made|built|drew|designed|redid|redesigned|mocked up|wrote up) (your|you|a|an)", "((i|we)( have|'ve got| have got)|and (have|have got|i have|i've got)) (a|an)( [\\p{L}\\p{N}-]+){0,3} (file|deck|sheet|spreadsheet|doc|template|list|dataset|teardown|checklist|notion page|figma file|fix|patch|workaround|script|snippet|mockup|prototype|draft|audit|analysis|report|pr|pull request|benchmark|glossary|kit|guide|playbook|comparison|review|map|model|recording|video)"],
    examples: ["I compiled the pricing of 40 tools", "we've put together a checklist"],
    not: ["you built a great team", "I made it to the conference"],
  },
  offerSend: {
    phrases: [
      // Offered in so many words: "Shall I send the link?", "Want the chart?", "Sending the list is no trouble.", "just say the word", "No pitch attached.", "I can show you where", "Want it, Sven?".
      "(can|may|shall|should) i (send|share)( it| them| this| that| the (link|loom|video|sheet|list|doc|chart|comparison|steps|fix|lines|entry))?(?=\\s*[?])",
      "want (the|a|my|our)( [\\p{L}-]+)? (chart|comparison|graph|map|diagnosis|steps|lines|copy|spreadsheet|sheet|list|file|breakdown|notes|csv|pdf|doc|draft|version)( when (it's|it is) (done|ready|out|finished))?(?=\\s*[?])",
      "want (it|them|one)(,( [\\p{L}-]+){1,2})?(?=\\s*[?])",
      "(sending|sharing) (it|them|the [\\p{L}-]+) is no (trouble|problem|bother)",
      "just say the word",
      "no (pitch|strings|catch)( attached)?(?=\\s*[.!]|\\s*$)",
      "(i|we) can show you (where|how|what)(?!\\p{L})",
      "if (useful|helpful|it helps|you want it|you'd like it)(?=\\s*[.!?:]|\\s*$)", "(may|might|could) be useful( feedback| to you| for you| for your team)?(?=\\s*[.!?]|\\s*$)", "(it's |they're |it is |they are )?yours if (useful|helpful|you want (it|them)|you'd like (it|them))(?!\\p{L})", "free to share if (useful|helpful|it helps)(?!\\p{L})", "(available|yours) on request(?!\\p{L})", "would you like (them|it)(?=\\s*\\?)", "(happy|glad) to share(?=\\s*[.!]|\\s*$)", "(happy|glad|keen) to connect and (send|share)( it| them)?( over)?(?=\\s*[.!]|\\s*$)", "(happy|glad|pleased) to share (it|them|this|these) with you(?!\\p{L})", "would (that|this|it|they|those|these) be (useful|helpful|of use|of interest)( to you)?(?=\\s*[?])", "(i|we) can (send|share|forward)( you)? (the|it|them|my|our)( [\\p{L}\\p{N}-]+){0,2} if (it's|it is|it'd be|it would be|that's|they're) (useful|helpful)(?!\\p{L})", "(i|we) can (send|share|forward)( you)? (the|a) (link|file|recording|video|loom|doc|copy|diff|patch|pr|fix|script|code)(?!\\p{L})",
      "(interested|keen)(?=\\s*\\?)", "(send|share)( it| them)?(?=\\s*\\?)", "ready (whenever|when|if) you (want|need|like)( them| it)?", "would you like (a|the|my) (copy|link|file|files|version|pdf|doc|docs|draft|rewrite|summary|translation|report|findings|results|notes|list|write-?up|breakdown|sheet|spreadsheet)(?!\\p{L})", "(chance|opportunity) to share (the|our|my) (findings|results|report|analysis|data|numbers)(?!\\p{L})", "if (that's|that is|it's|it is|this is|this'd be|that'd be) (useful|helpful)(?!\\p{L})", "((happy|glad|keen) to|i can|i could) (run|set up|install|configure|apply|try) (it|them|this|that) (on|against|over|across|for|with) (your|<slot>|a sample|some of your|one of your)", "would (a|the|my|our|that)( [\\p{L}-]+){0,3} (report|summary|write-?up|list|copy|breakdown|doc|pdf|file|recording|checklist|version|teardown|audit|findings|pr|pull request|patch|fix) be (useful|helpful|of use|of interest|handy|welcome)", "(send|share) (it|them|this) (here|over|across)(?=\\s*[?])", "(can|may|shall) i (send|share) (it|them|this|that|(the|my|our) (report|audit|write-?up|list|breakdown|findings|fixes|results|analysis|doc|pdf|file|deck|slides|recording|video|mockups?|draft)|you the (link|slides|deck|pdf|one-pager|report|file|doc|notes|results|breakdown|recording|video|write-up|writeup|memo))( over| across)?( (for|to) (your|you)( [\\p{L}-]+){0,2})?(?=\\s*[?]| so (you|that)| if (you|that|it))", "want (the|a|my|our)( repo| github| drive| figma| google| raw| full)? (link|copy|file|doc|video|recording|sheet|spreadsheet|list|deck|results|notes|breakdown|table|data|numbers|benchmarks?|one-pager|slides|pdf|report|summary|write-up|writeup|memo|teardown|audit|pr|pull request|patch|fix|translation|diff|branch|json|csv|code|config|import|template|script|notebook|query|dashboard)", "want (it|them|one|a list|a copy|the list|the file|the repo|to see it|to see them)(?=\\s*[?])", "would you like (it|them|one)(?=\\s*[?])", "(shall|should|can|may) i set (you|your team|them|it) up", "(it's|it is|they're|they are) yours,? (no fee|free|for free|at no cost|no charge)", "yours if that helps", "free to (use|adapt|copy|download|borrow|grab|reuse|keep)(?!\\p{L})(?<!feel free to \\p{L}+)", "(it's|it is|they're|they are) free(?=\\s*[.!]|\\s*$)", "(might|may|could|would) find (it|them|this) (useful|helpful|handy|of use)", "(happy|glad|keen) to hand (it |them )?over", "(can|may|shall) i send you something(?=\\s*[?])", "(happy|glad) to drop (it|them) off", "(it's|it is|they're|they are|is|are) yours( [\\p{L}-]+){0,4} if", "yours if (helpful|useful|it helps|you want)", "(it|this|that) (might|could|would|will|may) (save|spare|help) you", "(can|could|happy to|glad to|would love to|i'll|i will|let me|want me to|shall i|should i|i'd be happy to|i'd be glad to|would happily|would gladly|i'd happily|i'd gladly|we'd happily|we'd gladly) (send|share|forward|pass|email)( you)? (it|them|this|that|those|a copy|the ([\\p{L}-]+ ){0,2}(summary|sheet|spreadsheet|results|data|report|file|list|findings|numbers|breakdown|runbook|export|crawl|audit|analysis|recording|deck|slides|outline|notes|write-?up)|an? (csv|sheet|spreadsheet|file|list|pdf|report|copy|breakdown|summary|export)|the( [\\p{L}0-9-]+){0,2} (edition|version|issue)|your (row|results|score|numbers|breakdown|report))", "(can|could|happy to|glad to|i'll|i will|let me|want me to|shall i) (send|share|forward|pass) (it |them |this |that )?(over|along)", "(happy|glad) to (send|share)( it| them)?(?= if| when|\\s*[.!?]|\\s*$)", "(before |happy to |can |could |i'll )?(send|sending|open|opening|submit|submitting|raise|raising) (a|the|my) (pr|pull request|patch|fix|merge request)", "(if|in case) you'?d like (it|them|a copy|to see (it|them))", "(before|after) (opening|sending|submitting|merging|raising) (it|them)", "(set|setting) (one|it|that|this) up for you", "yours to keep", "(i|we) can (send|share|forward)( (it|them|that|this|one))?( (over|along|across))?(?=\\s*[.!?]|\\s*$)"],
    examples: ["would you like a copy?", "glad to send the one-page summary", "Want the PR straight away?", "Happy to run it on your project", "Would a short report be useful?", "happy to send it over", "I can share them if useful", "want me to send a copy?", "a fix I can send over", "in a short doc if you'd like it", "wanted to connect before opening it"],
    not: ["send me your deck", "feel free to share it"],
  },
  sharedMoment: {
    phrases: [
      "you (had|were|ran|led|did|asked|answered|explained|said|flew|wore|brought|mentioned|presented|demoed|pitched|gave)(?!\\p{L})",
      "you (\\p{L}+ed|lent|gave|showed|taught|told|let|helped|saved|made|sold|sent|bought|brought|found|caught|fixed|rescued) (me|us|my|our)(?!\\p{L})",
      "(we|you and i|the two of us) (sat|shared|argued|talked|chatted|swapped|traded|queued|danced|laughed|debated|paired|teamed up)(?!\\p{L})",
      // What they gave or did then, thanked for: "thanks for Thursday's webinar", "thanks for leading the trail weekend", "thanks for rescuing my board".
      "(thanks|thank you)( so much| again)? for (the|your|last week's|yesterday's|[\\p{L}]+'s)( [\\p{L}\\p{N}-]+){0,3} (webinar|talk|session|workshop|class|course|tour|demo|masterclass|keynote|panel|livestream|walkthrough|q&a|ama)(?!\\p{L})",
      "(thanks|thank you)( so much| again)? for (leading|hosting|organising|organizing|running|rescuing|saving|lending|helping|showing|teaching|judging|mentoring|coaching|guiding|driving|fixing|moderating|chairing|feeding|carrying|letting|giving)(?!\\p{L})",
    ],
    examples: ["you had the e-ink bus timetable prototype", "you lent me your anti-fog", "we sat at the back table", "thanks for rescuing my board"],
    not: ["I had a great time.", "you will have to tell me"],
  },
  sharedScene: {
    // Not "we were hoping", "we were never connected": a wish or a link, no scene.
    phrases: [
      "(we|you and i|the two of us|both of us)( both| all| once| only| briefly| apparently| just| actually| probably)? (were|spoke|talked|had|overlapped|handed off|shared|sat|swapped|traded|compared|crossed paths|bumped)(?! (hoping|wondering|looking|thinking|planning|going|trying|hiring|building|working|never|not|connected|introduced)(?!\\p{L}))(?!\\p{L})",
      "(we've|we have) been (at|on|in|going back and forth|arguing|trading|swapping)(?!\\p{L})",
      // Said to be both of them, any past verb: "we both tutored with Code Club", "the two of us ran the stall"
      // (not "went": "we both went to state schools in the Midwest" is alike, not together).
      "(we both|we all|both of us|the two of us|you and i( both)?)( \\p{L}+ly| once| still| briefly)? (\\p{L}+ed|ran|led|sat|won|lost|took|made|gave|got|spent|built|taught|wrote|drove|stood|kept|held|met|shared)(?!\\p{L})",
      // The sender's act toward the reader, or the roles of both side by side: "at the Dairy Conference I asked you the question".
      "i (asked|told|showed|gave|handed|lent|pitched|interviewed|bumped into|ran into|challenged|beat|thanked|helped|quizzed|heckled|followed) you(?!\\p{L})",
      "you were (a|an|the)( [\\p{L}-]+){1,2},? and i was(?!\\p{L})",
    ],
    examples: ["we were on opposite teams", "We spoke briefly about your marble runs", "you and I were apparently the only two", "we've been at the same back table", "we both tutored with Code Club"],
    not: ["we were hoping to connect", "we were never connected here"],
  },
  readerActed: {
    // Not in a clause that supposes it: "if you posted about it, I missed it".
    phrases: ["you(?<!(if|whether|unless) you)( both| all| just| once| then| also| still| quickly| kindly| patiently)? (\\p{L}+ed|was|were|had|did|gave|told|showed|taught|lent|won|took|made|sent|wrote|ran|led|saved|helped|fixed|answered|replied|let|bought|caught|found|held|kept|brought|said|spoke|sat|stood|got|came|went|beat|lost|threw|drew|left|asked|scored|rated|put|set|cut|hit|read)(?!\\p{L})"],
    examples: ["you fixed the encoding one", "You scored that lot higher", "you were a panellist"],
    not: ["you fix bugs", "you are a panellist", "if you posted about it"],
  },
  senderActed: {
    // Not what one sees or thinks of someone met only on a page ("I saw you spoke", "I noticed you
    // moved"), nor being in their audience ("I attended a webinar you were on": an event, to be named).
    phrases: ["i( just| also| then| still| once| first| only)? (?!(saw|noticed|read|heard|found|came|missed|learned|learnt|thought|figured|wanted|hoped|loved|enjoyed|liked|wondered|realised|realized|followed|stumbled|spotted|discovered|decided|checked|looked|noted|gathered|understood|watched|attended|joined|went|listened|visited|registered|signed up|tuned in|was (at|there|in the audience|hoping|wondering|impressed|struck|reading|browsing|looking|curious|interested|excited|thrilled|delighted|happy|glad|pleased|sorry|told|recommended|referred|pointed))(?!\\p{L}))(\\p{L}+ed|was|were|had|did|gave|told|showed|taught|lent|won|took|made|sent|wrote|ran|led|saved|helped|fixed|answered|replied|let|bought|caught|found|held|kept|brought|said|spoke|sat|stood|got|came|went|beat|lost|threw|drew|left|asked|scored|rated|put|set|cut|hit|read)(?!\\p{L})"],
    examples: ["I filed two issues", "than I did", "I was the moderator"],
    not: ["I saw you spoke", "I noticed your post", "I was hoping to connect", "I attended a webinar you were on"],
  },
  recalled: {
    phrases: ["(you're|you are|you were) the (reason|one who|person who)", "(that|those) (week|weekend|night|day|trip|summer|semester|term|winter|spring|autumn|fall|retreat)(?!\\p{L})", "(you|you lot|your team) with the", "your (team|group|squad|crew)( ['\"][^'\"\\n]{2,40}['\"])? (won|came|took|lost|beat|built|pitched|presented|finished|crushed|thrashed|trounced)(?!\\p{L})", "(i was|i sat|i was sitting) (on|in) the (jury|judging panel|audience|next team|team next to yours)(?!\\p{L})", "(you|we|both of us|the two of us)( both| all| once| always| still)? (\\p{L}+ed|were|was|had|went|sat|ran|led|built|taught|lent|came|lost|won|got|made|did|gave|took|brought|left|kept|wrote|spoke|stood|fought|slept|drove|shared|paired|roomed|let|flew|threw|sang|wore|bought|sold|told|found|caught|held|hit|showed|knew|grew|drew|swam|rode|chose|broke|spent|sent|dropped|fell|froze|began|sat down)(?!\\p{L})", "your( [\\p{L}-]+){1,2} (was|were) (incredible|amazing|brilliant|fantastic|superb|stunning|the best|the highlight|hilarious|unforgettable)(?!\\p{L})", "(you|you were|you're|you are),? the only one (who|that)(?!\\p{L})", "i was (with|in|on) the( [\\p{L}\\p{N}-]+){0,3} (team|group|crew|squad|table|cohort|pod|section|stand)(?!\\p{L})", "(yours|your [\\p{L}-]+) (was|were) (next to|beside|opposite|across from) (mine|ours)(?!\\p{L})", "(the|our|my|your)( [\\p{L}-]+){0,2} (team|group|crew|squad|table|flat|house|room|section|class|desk|bench|stand|booth|panel) (that|where|with|who|we|you)", "(same|opposite|neighbouring|neighboring|next) (table|team|room|group|flat|house|class|section|floor|desk|bench|row|ends)", "remember(ing)? (the|when|that|me|us|our|your)", "(that|it) was you(,? right)?(?=\\s*[?,])", "(that's|that is) (where|how) (i|we) (know|knew|met) (you|each other)(?!\\p{L})", "remember(?=( [\\p{L}\\p{N}'’-]+){1,6}\\?)", "(one|two|three|a few|\\d+) (seats?|rows?|places?) (down|away|behind|ahead|in front)( of| from)? you(?!\\p{L})", "(i was|i sat|i was sitting|i stood|i was standing)( [\\p{L}-]+){0,2} (one|two|three|a few|\\d+) (seats?|rows?|tables?|desks?|places?|booths?|stands?) (down|away|behind|ahead|over|apart)(?!\\p{L})"],
    examples: ["You debugged my Haskell coursework.", "we came third", "the case competition team that lost", "same table, opposite ends", "I was two tables over"],
    not: ["I debug code for a living."],
  },
  eventTime: {
    phrases: ["during(?! (the |my |our |your |his |her |their )?(covid|covid-19|pandemic|lockdown|lockdowns|christmas|easter|ramadan|diwali|thanksgiving|holidays|summer|winter|spring|autumn|fall|q[1-4]|black friday|cyber monday|week|weekend|day|night|break|term|semester)(?!\\p{L}))"],
    examples: ["we both got stuck in the lift during SaaStr Europa"],
    not: ["we both went remote during COVID", "during Q3 we hired"],
  },
  othersWork: {
    // A colleague, a boss or an executive of theirs, owning what follows: "your colleague Priya's talk", "your VP's interview".
    phrases: ["(colleague|coworker|co-worker|boss|manager|vp|svp|evp|ceo|cto|cfo|coo|cmo|cpo|cio|founder|co-?founder|teammate|director|chair|president)( [\\p{L}-]+)?'s(?!\\p{L})"],
    examples: ["your colleague Priya's talk at KubeCon", "your VP's interview on the podcast", "your boss Ana's post"],
    not: ["your team's post on upgrades", "your lab's recent paper", "your talk at KubeCon"],
  },
  sender: {
    // Also who the sender is, said without a pronoun: "As a [Degree] student at [University], …".
    phrases: ["(i|i'm|im|i've|i'd|i'll|me|my|mine|we|we're|we've|we'd|our|ours|us)", '(as|being) (a|an)'],
    examples: ["I'm a Stanford MBA, 2015.", 'As a second-year student at Leeds, 2024 intake'],
    not: ["Imperial, MSc Computing 2016."],
  },
  addressee: {
    phrases: ["you(r|rs|rself|'re|'ve|'d|'ll)?"],
    examples: ['How did your team handle the move?', "what made you pick Rust?"],
    not: ['How did the team handle the move?'],
  },
  notAboutThem: {
    phrases: [
      "(\\d+|five|ten|fifteen|twenty|thirty)( |-)?(min|mins|minutes?)", "(a|the|an|some)( quick| short| brief| intro| discovery| 15-minute)? (call|demo|meeting|zoom|chat|coffee chat|sync)", "(when|what time|which day) (works|suits|would work|is good|is best)", "(next|this) (week|monday|tuesday|wednesday|thursday|friday)", "calendly",
      "(would|are|r) (you|u) (be )?(interested|open(?! to (sharing|telling|explaining))|keen|up for|game|available|free)", "interested in (learning|hearing|seeing|exploring|a|how)", "(can|could|may|shall) (i|we) (show|send|share|walk|offer|tell|book|grab|set up|schedule)", "would it (make sense|be worth|help)", "worth (a|exploring|a quick)", "would you (like|want|mind)", "(do you )?want (to see|me to|a)", "did you know", "have you (ever )?(considered|thought about|wondered|tried)", "ever (wondered|thought|considered)", "what if", "(are you|is your team|tired of|sick of) (struggling|tired|sick|frustrated|looking to|looking for (a way|ways))", "tired of", "struggling (with|to)",
      "how('s| (are|is|have)) (you(?! (finding|liking|getting on|settling in|handling|approaching|tackling))|things|everything|it|life|work|business)", "remember me", "hope (all|everything|you)", "(all|everything) (good|well)",
      "(are|do|were|did|have) you (also|too)", "(also|too|as well)(?=\\s*\\?)",
      "(open to|up for|mind if i|okay if i|ok if i|can i|may i|could i|shall we|should we) (connect|connecting|add|adding|join|link)",
    ],
    examples: ['Do you have 15 minutes next week?', 'Would you be interested in a demo?', 'How are things at Acme?', 'Are you also based in Leeds?', 'Did you know 70% of teams overpay?', 'Mind if I add you?'],
    not: ['How did your team handle the move to Snowflake?', 'What made you choose Rust for the ingestion service?', 'How are you finding product ops at Deliveroo?', 'Would you be open to sharing whether the apprenticeship takes people without a degree?'],
  },
  eventModifier: {
    // When, how big, where or what about in general: "at the big marketing conference last week".
    phrases: ["(yesterday|today|tonight|last night)('s)?", "(last|this|next|past) (week|month|year|weekend)('s)?"],
    words: ["last", "recent", "latest", "upcoming", "next", "annual", "yearly", "monthly", "weekly", "big", "small", "huge", "little", "great", "awesome", "amazing", "fun", "nice", "cool", "local", "regional", "national", "international", "global", "online", "virtual", "hybrid", "same", "other", "first", "final", "whole", "official", "free", "tech", "industry", "networking", "business", "company", "team", "startup", "marketing", "sales", "product", "design", "data", "ai", "finance", "fintech", "hr", "career", "job", "alumni", "community", "charity", "family", "friend", "cousin", "morning", "afternoon", "evening", "night", "closing", "opening", "main", "breakout", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "city", "town", "office", "holiday", "christmas", "summer", "winter", "spring", "autumn", "fall"],
    examples: ['at the big marketing conference last week', "at yesterday's meetup", 'at a local networking event'],
    not: ['at the Ljubljana Python meetup'],
  },
  networkTalk: {
    // Connecting and networks, a job search, their content in general: "keen to grow my network".
    phrases: ["new (challenges?|opportunit(y|ies)|job)", "(job )?openings", "open (roles|positions)", "(people|person|someone|professionals?) like (you|yourself)", "in touch", "in the loop", "my feed", "link(ed|ing)? up", "(be|get|getting|stay|staying) linked", "(any|an) (opening|vacancy|opportunity|internship|job|position)s? (in|at|with) your( esteemed)? (company|organi[sz]ation|firm|team|organi[sz]ation)", "(give|grant|offer) me (a|an|one) (chance|opportunity)", "(need|needs|needing) (of )?a job", "(guidance|mentorship|mentoring|direction) (in|for|with|on) my career", "(could|can|would|will) you (please |kindly )?mentor me", "do the needful"],
    words: ["connect", "reconnect", "connection", "network", "networking", "contact", "linkedin", "content", "profile", "synergy", "people", "acquaintance"],
    examples: ["I'd love to grow my network in logistics", 'glad to link up', "always happy to connect with people in the field", 'looking for a new challenge in sales', 'I really enjoy your content', 'if you hear of any openings', 'kindly consider me for any opening in your organisation', 'please give me a chance', 'I am in urgent need of a job', 'I am looking for guidance in my career', 'could you mentor me?', 'kindly do the needful'],
    not: ['your open source parser saved me a week', "I'd add one point to your post on pricing", 'an opening in your Pune team for a Go developer', 'you gave me a chance to speak at PyCon'],
  },
  opening: {
    // A job open or being filled: "any openings at Monzo?", "is St James's taking on staff?".
    // Or sought, by the sender: "looking for my next role", "trying to break into consulting".
    phrases: ["openings", "job opening", "hiring", "recruiting", "taking on (staff|people|apprentices|nurses|drivers|engineers)", "vacanc(y|ies)", "open (roles?|positions?)", "(my|a) next (role|job|position)", "break(ing)? into", "(exploring|seeking|looking for|looking at|considering) (new |a new )?(roles|positions|jobs|role|position|job)(?! (at|with) (my|our)(?!\\p{L}))"],
    examples: ['Is Monzo hiring analysts?', "Is St James's taking on staff this year?", 'any openings at DHL?', "I'm looking for my next role as a data analyst", 'looking to break into healthcare consulting', "I'm exploring new roles in product marketing"],
    not: ['I loved the opening keynote', 'my recruiter friend'],
  },
  eventOf: {
    // Words that lead from an event noun to its name: "the meetup of the rust user group", "the careers fair at leeds uni".
    phrases: ["of", "at"],
    examples: ['the meetup of the rust user group', 'the careers fair at leeds uni'],
  },
  exemplar: {
    // Before one example of a kind: "manufacturers like Ardent", "teams such as Globex's".
    phrases: ['like', 'such as'],
    examples: ['We help manufacturers like Ardent cut scrap', 'retailers such as Lidl'],
  },
  vagueGain: {
    phrases: ["(drive|drives|drove|driving|fuel|fuels|fueled|fuelled|fueling|fuelling) (growth|results|revenue|sales|success)(?=\\s*[.!?,;:]|\\s*$)", "(grow|grows|growing|scale|scaling|succeed|thrive)( faster| quickly| sustainably| further)?(?=\\s*[.!?,;:]|\\s*$| (and|y|e|et|und|en|with us|con nosotros|com a gente)(?!\\p{L}))", "(grow|scale) (their|your|its) (business|company|brand|revenue|sales|audience)", `(more|new)( qualified| high-quality| quality| inbound)? (clients|customers|leads|sales|revenue|deals|meetings|appointments|bookings)${NOTHING_MORE}`, `(boost|increase|improve|double|triple|10x|2x|3x|5x|maximi[sz]e) (their|your|its)? ?(customer |client )?(revenue|sales|pipeline|growth|leads|results|bottom line|roi|profits?|profitability|efficiency|productivity|conversions|visibility|traffic|engagement|retention|satisfaction|loyalty)${NOTHING_MORE}`, `(a lot of|lots of|many|dozens of|hundreds of|plenty of) (companies|businesses|teams|clients|brands|firms)( like yours)? (in|from|across) (your|the same|this) (space|industry|sector|field|niche|market)${NOTHING_MORE}`, 'to the next level', 'reach (their|your|its) (goals|potential|full potential)', 'add value'],
    examples: ['we help companies like Finlo grow', 'get more clients', 'take it to the next level', 'have helped them drive growth.', 'to boost customer retention.'],
    not: ['cut incident rates with wearable alerts', 'automate accounts payable'],
  },
  askingWhether: {
    phrases: ["(wanted|want|would like|i'd like|we'd like|meant|am writing|i'm writing) to (ask|know|check|find out|enquire|inquire)( you)? (if|whether|how|what|when|where|which|who)(?!\\p{L})", "(i was|i am|i'm|just) wondering (if|whether|how|what|when|where|which|who)(?!\\p{L})", "(could|can|would) you (tell|let) me( know)? (if|whether|how|what|when|where|which|who)(?!\\p{L})", "(i'm |i am |just |really |so )?(curious|keen to know|keen to hear|eager to know|interested to know|dying to know) (if|whether|how|what|when|where|which|who|why)(?!\\p{L})", "(wondering|wonder) (if|whether)(?!\\p{L})"],
    examples: ['I wanted to ask whether your lab takes visiting students', "I was wondering how your team handled the move"],
    not: ['I wanted to ask you to connect', 'I was wondering about the weather'],
  },
} satisfies CueLanguage;
