import type { ContextPhrases } from '../types.js';

// An offer put off to no time at all: "have you on my show sometime".
const SOME_DAY = '(sometime|some time|someday|some day|one day|at some point|in the future)';

export default {
  metAt: [
    // Their stand at a named fair: "AGRA in Gornja Radgona — your stand had the 1962 hop-picking machine".
    'your (stand|booth|exhibit|table|display|pavilion) (had|showed|was|with|featured)(?!\\p{L})',
    // Seen speaking there, on its jury or in its audience, there too, as German and Dutch say it: "I saw you speak yesterday at Techorama", "I was on the jury when your team won…", "I was there too".
    '(i saw|i watched|i heard|i caught|saw|watched|heard|caught) you (speak|present|talk|pitch|perform|play|moderate|speaking|presenting|talking|pitching|performing)( [\\p{L}-]+){0,2} (at|during|on)(?!\\p{L})',
    // The pleasure of it, or a thank-you for what they did there: "a real pleasure to hear you pitch at the Blue Harbor Angels breakfast", "thank you for bidding on the quilt at the Riverbend Literacy Gala".
    '(to|got to) (hear|see|watch|catch) you (speak|present|talk|pitch|perform|play|moderate|demo)( [\\p{L}-]+){0,2} (at|during)(?!\\p{L})',
    // Heard or seen there, said as it went: "it was fun hearing you at Berlin JS #87"; an evening there: "such a fun evening at Rhea's dinner before Money20/20".
    '(hearing|seeing|watching|catching) you( (speak|present|talk|pitch|perform|play|moderate|demo))?( [\\p{L}-]+){0,2} (at|during)(?!\\p{L})',
    '(fun|great|lovely|good|brilliant|wonderful|memorable) (evening|night|dinner|lunch|breakfast|afternoon|morning) (at|during)(?!\\p{L})',
    "(thanks|thank you)( so much| again)? for (bidding|bidding on|buying|coming|coming along|attending|joining us|visiting|stopping by|dropping by|donating|volunteering|playing|racing|competing|judging|exhibiting|performing)( [\\p{L}\\p{N}'’-]+){0,4} (at|during)(?!\\p{L})",
    '(i was|i sat|i was sitting) (on the jury|on the judging panel|in the audience|in the crowd|in the front row)(?!\\p{L})',
    '(i was|i was also) (there|at it) (too|as well)(?!\\p{L})',
    // One of its audience, counted: "I was one of the 300 at the {{org}} webinar on {{topic}}".
    "i was one of the (\\d+|\\d+,\\d+|hundreds|thousands)( [\\p{L}-]+)? (at|in|on)(?!\\p{L})",
    // Their session thanked for, named: "Thank you for the 'Rights of Way for Rural Fibre' webinar hosted by the Rural Connectivity Trust".
    "(thanks|thank you)( so much| again)? for (the|your)( ['‘\"“][^'’\"”\\n]{3,80}['’\"”])? (webinar|talk|session|workshop|keynote|panel|masterclass|lecture|presentation)(?! (invite|invitation|link|recording|reminder|slot|proposal)(?!\\p{L}))(?!\\p{L})",
    // Their piece at an occasion, congratulated: "congrats on the poster about pressure ulcers at the Geriatric Nursing Congress".
    "(congrats|congratulations|kudos|well done|bravo) on (the|your)( [\\p{L}-]+){0,2} (poster|talk|paper|keynote|presentation|panel|session|workshop|pitch|demo|lightning talk)[^.!?\\n]{0,60} (at|during)(?!\\p{L})",
    // A team named in quotes, of a named occasion: "Team 'Rubber Duckies' from Hack the North 2023", "the 'Braai Squad' from the UCT GSB programme".
    "(team|squad|pod|crew|group|table|house|band|cohort)[\\s,]+['\"][^'\"\\n]{2,40}['\"][\\s,]+(from|of|at)(?!\\p{L})",
    "['\"][^'\"\\n]{2,40}['\"][\\s,]+(team|squad|pod|crew|group|table|house|band)[\\s,]+(from|of|at)(?!\\p{L})",
    // What of theirs the sender tried there: "I tasted your Albariño at ProWein in Düsseldorf".
    "(tasted|tried|sampled|test-?drove|played|visited) your( [\\p{L}\\p{N}'’-]+){1,3} (at|during)(?!\\p{L})",
    // Their time there, thanked for: "Thank you for your time at EuroTier in Hanover".
    "(thank you|thanks)( again)? for (your time|the chat|the conversation|the demo|the tour|stopping by|taking the time) (at|during)(?!\\p{L})",
    // Something of theirs taken at their stand: "I picked up your brochure at Aqua Nor in Trondheim".
    "(picked up|grabbed|took|collected) your (brochure|business card|card|flyer|leaflet|sample|samples|catalogue|catalog|datasheet|spec sheet) (at|during)(?!\\p{L})",
    // One of those who ran, raced or spoke at it too: "fellow finisher of Ironman 70.3 Mallorca", "fellow speaker at PyCon".
    "fellow (finisher|finishers|runner|runners|racer|racers|rider|riders|swimmer|attendee|attendees|participant|participants|speaker|speakers|panelist|panellist|exhibitor|exhibitors|volunteer|volunteers|competitor|competitors|hacker|hackers|delegate|delegates|juror|jurors|judge|judges|finalist|finalists|mentor|mentors) (of|at|from|in)(?!\\p{L})",
    // Beside them at a named event, or with a part in it: "I was sitting behind you on the shuttle bus to re:Invent", "I was the volunteer who handed you the mic at the UX Scotland keynote",
    // "I was the observer for your team's matches at the ESL Challenger…", "the other half of Team Pickle at HackZurich", "we're both in the elite wave at the Berlin Marathon",
    // "we were both cheering way too loud … at the Ironhack Lisbon demo day", "we argued against each other in the [Competition Name] moot court semifinal", "You presented … right before my group".
    "(sitting|sat|seated|standing|stood) (right )?(behind|next to|beside|in front of|across from) you (on|at|in|during)(?!\\p{L})",
    "(i was|i'm|it's|it was) the (volunteer|one|person|guy|girl|woman|man|usher|photographer|runner|steward|marshal) who (handed|gave|passed|showed|introduced|interviewed|helped|seated|mic'd|miked|filmed|photographed) you(?!\\p{L})",
    "(i was|i'm) the( [\\p{L}-]+)? (observer|referee|umpire|judge|steward|marshal|commentator|caster|scorekeeper|timekeeper|volunteer|photographer|moderator) (for|of|at|on) your(?!\\p{L})",
    "(the )?other (half|member|members|two|three) of (team )?(<slot>|[\\p{L}\\p{N}'’-]+)( [\\p{L}\\p{N}'’-]+)? (at|in|from)(?!\\p{L})",
    "(we're|we are) both (in|on|running|racing|registered for|signed up for|entered in|entered for) the( [\\p{L}\\p{N}'’-]+){0,3} (wave|race|heat|group|lineup|line-up|draw|bracket|field|category|division|panel|track|session|workshop|edition|final|semifinal|semi-final) (at|of|for|in)(?!\\p{L})",
    "(we were )?both (cheering|clapping|volunteering|queuing|queueing|waiting|watching|dancing|singing)( [\\p{L}\\p{N}'’-]+){0,8} at(?!\\p{L})",
    "(you answered|you replied|you responded)( [^.!?\\n]{1,40})? when i (asked|spoke|presented|pitched|commented) (during|at|in) the(?!\\p{L})",
    "(argued|competed|debated|raced|faced off|played|pitched) against each other (in|at|during)(?!\\p{L})",
    "you presented( [\\p{L}-]+){0,4} (right |just )?(before|after) (me|my|our|us)(?!\\p{L})",
    // At a named event with them: "great chatting at the SDI Service Desk Show in London", "I was at the Oakdale Business Awards on Thursday when you won…".
    '(great|good|nice|lovely|fun) (chatting|talking|speaking|catching up)( with you)? at(?!\\p{L})',
    "(great|good|nice|lovely|fun) (chat|talk|conversation|catch-?up|exchange)( with you)? (at|during)(?!\\p{L})(?! (your|a|any|some|the) (convenience|time|point|moment)(?!\\p{L}))",
    // Who the sender was there, and where: "I was the one asking about the rate limiter at Lagos Gophers", "the guy with the dead Raspberry Pi at Porto Hardware Hackers".
    "((i was|i'm|i am|it's) )?the( [\\p{L}-]+){0,2} (one|person|guy|woman|girl|engineer|student|designer|developer|nurse|founder) (asking about|who asked about|with the)( [\\p{L}\\p{N}'’-]+){1,6} at(?!\\p{L})",
    '(i was|we were) (at|in the audience at) (the|your)(?=[^.!?\\n]{1,80} when you (won|spoke|presented|took|picked up|accepted|received)(?!\\p{L}))',
    // Both at a named event: "I'm on the rights panel at Frankfurt Book Fair too", "it was you by the illustrators' wall at the Bologna Children's Book Fair, right?".
    "(i'm|i am|we're|we are) on the( [\\p{L}-]+){0,2} (panel|bill|lineup|programme|program|agenda|jury|stage) at(?=[^.!?\\n]{1,60} too(?!\\p{L}))",
    'it was you (by|at|near|in|behind) the(?!\\p{L})',
    // Both on the programme or the shortlist of a named event: "I'm also on the planner panel at Bridal Buyer Live", "we were both shortlisted for Florist of the Year at the Wedding Industry Awards".
    "(i'm|i am|we're|we are) also on the( [\\p{L}-]+){0,2} (panel|bill|lineup|line-up|programme|program|agenda|jury|stage|shortlist) (at|for)(?!\\p{L})",
    "(we were|we're|we are) both (shortlisted|nominated|finalists|selected|listed)(?!\\p{L})",
    // Both at a named event, whether or not they spoke: "it looks like we missed each other at the Dubai Airshow", "still sorry about the coffee on your slate list at the Cannes Producers Network breakfast".
    '(we )?(just )?missed each other at(?!\\p{L})',
    "(still |so )?(sorry|apologies) (again )?(about|for) (the|my|spilling|knocking)( [\\p{L}\\p{N}'’-]+){1,6} (at|during)(?!\\p{L})",
    // On the same bill at a named event: "we both played SXSW 2024", "both of us are playing Latitude this summer".
    '(we )?both (played|played at|performed at|exhibited at|spoke at|presented at|showed at)(?!\\p{L})',
    "(both of us are|we're both|we are both) (playing|performing at|speaking at|exhibiting at|presenting at|showing at)(?!\\p{L})",
    // Side by side at a named event: "we shared a breakout at the CLO Symposium", "see you're on the same track".
    '(we shared|shared) (a|the) (breakout|breakout room|session|panel|stage|table|workshop table|roundtable|room|green room|slot) (at|during|in)(?!\\p{L})',
    "(you're|you are) on the same (track|panel|bill|stage|session|lineup|line-up|programme|program|agenda)(?!\\p{L})",
    // Opponents at a named event: "we sat on opposite sides in the ICC moot finals in Paris".
    "(sat|were|stood|argued) on opposite sides (in|at|of) the(?!\\p{L})",
    // Met in person, named after: "good to put a face to the name at World Routes"; shown their product there: "you demoed [product] for me at the [Vendor] booth".
    "(good|great|nice|lovely) to (finally )?put a face to (the|your|a) name (at|during|in)(?!\\p{L})",
    // Stands near each other, one jury sat on, its event named after or inside: "our stands were three apart at Borefts", "we sat on the same Concours Mondial jury".
    "our (stands|booths|tables|stalls|pitches) were(?=( [\\p{L}\\p{N}-]+){0,3} (apart|next to each other|side by side|opposite each other|across from each other)(?!\\p{L}))",
    "we (sat|served|were) on the same(?=( [\\p{L}\\p{N}&'.-]+){1,4} (jury|panel|committee|board|judging panel)(?!\\p{L}))",
    // The same stage or booth worked, its event named inside: "we worked the same DreamHack Dallas stage".
    "we (worked|shared|ran|staffed|covered|played|manned) the same(?=( [\\p{L}\\p{N}&'.-]+){1,4} (stage|booth|stand|floor|desk|broadcast|tournament|event|show)(?!\\p{L}))",
    // One named jam or contest, on different teams: "GMTK Game Jam 2023, different teams: your entry…".
    "(different|separate|rival|opposing) (teams|squads|sides|groups|entries)(?=\\s*[:;,.—–])",
    "you (demoed|demo'd|showed|walked me through|pitched)( [^.!?\\n]{1,40})? (for|to) (me|us) at(?!\\p{L})",
    "(we )?(played|faced|raced|fought|debated|wrestled|fenced|boxed|competed against) (each other|one another) (in|at|during)(?!\\p{L})",
    // Seated together at a named event: "we sat together at the MACH Alliance partner day".
    "sat (together|next to each other|side by side|at the same table) (at|during)(?!\\p{L})",
    // A panel or a stage shared with them, its event named after: "sharing the LogiMAT Stuttgart panel on supplier scorecards with you".
    "(sharing|shared) the(?=( [\\p{L}\\p{N}&'.-]+){1,4} (panel|stage|session|booth|stand|podium|slot|bill)( [\\p{L}\\p{N}&'.-]+){0,4} with you(?!\\p{L}))",
    // Their answer to the sender's question after their talk at a named event: "thanks for taking my question after your plenary at EGU 2024".
    "you (took|answered|fielded|picked) my question (at|during|after|in) the(?!\\p{L})",
    // On one named jury or committee together: "we both sat on the judging panel for the SPJ Mark of Excellence regionals".
    "(we|you and i) both (sat|served|were) on the( [\\p{L}-]+)? (judging panel|jury|panel|committee|selection committee|board|steering group) (for|of|at)(?!\\p{L})",
    "(taking|answering|fielding) my question (after|at|during|in) your (talk|plenary|keynote|session|panel|lecture|workshop|presentation)(?!\\p{L})",
    // On one named event's stage or shortlist together, the name after the cue: "we were both on the Hack the North 2023 finalist stage".
    "(we were|we're|we are) both on the(?=( [\\p{L}\\p{N}&'’-]+){1,6} (stage|shortlist|podium|finals|leaderboard)(?!\\p{L}))",
    // Both placed in one event's programme, ahead of it: "I'm moderating the session at NRF where you're a panellist", "the organisers seated us at the same
    // Hannover Messe roundtable", "we've been matched for Tuesday's speed-meeting at SEMICON West", "I'm in your Grace Hopper mentoring circle".
    "where (you're|you are|you'll be) (a |the |on a |on the )?(panellist|panelist|speaker|speaking|presenting|moderating|keynoting|judging|mentoring|on stage|on)(?!\\p{L})",
    "(seated|placed|put|paired|matched|grouped) us (at|in|for|on) (the same|one|a)(?!\\p{L})",
    "(we've been|we have been|we were|we're|we are) (matched|paired|grouped|seated|placed)( together)? (for|at|in|on)(?!\\p{L})",
    "(you're|you are) (chairing|moderating|hosting|running|emceeing|mcing) the (room|session|panel|track|stage|workshop)( where| in which| that)(?!\\p{L})",
    "(i'm|i am|i was|i sat) in your( [\\p{L}\\p{N}'-]+){0,3} (circle|group|session|workshop|cohort|table|pod|breakout|class|track)(?!\\p{L})",
    "(you're|you are) on my( [\\p{L}\\p{N}'-]+){0,3} (list|schedule|rota|panel|stage)(?!\\p{L})",
    // On one named programme's roster together: "we were both on the mentor list at Techstars London".
    "(we were|we're|we are) both on the (mentor|mentors|speaker|speakers|judging|jury|volunteer|volunteers|faculty|coaching)( list| panel| roster| team| bench| lineup| line-up)? (at|for|of)(?!\\p{L})",
    // Who the sender was there, with the event named before or after: "booth 14B at #SaaStr2024 — I'm the guy who grilled you on pricing".
    "(i'm|i am|i was) the (guy|person|one|woman|man|girl|lady|chap|bloke|dude|fellow)( [\\p{L}-]+)? (who|that) (grilled|asked|borrowed|stopped|interrupted|bumped into|spilled|sat next to|chatted with|talked to|argued with|pitched|showed|lent|gave|helped|quizzed|cornered) you",
    // Teams at one named competition: "we were on rival teams at the WiDS Zurich datathon".
    "(we were|we're|we are) on (rival|opposing|different|competing|neighbouring|neighboring) teams (at|in|during)",
    // Thanked for speaking there: "thank you for presenting at the ASCO Breakthrough webinar on Thursday".
    "(thank you|thanks) for (presenting|speaking|your talk|your presentation|your keynote|your session|moderating|hosting the panel) (at|during|in)(?!\\p{L})",
    // The same race or challenge, said of both: "I ran the Chicago Marathon too", "we did the Three Peaks Challenge in the same group".
    "(i|we) (ran|raced|rode|cycled|swam|walked|hiked|climbed|completed|finished|did)(?= (the|this year's|last year's)( [\\p{L}\\p{N}&'’-]+){1,5} (too|as well)(?!\\p{L}))",
    "(we|you and i) (ran|raced|rode|cycled|swam|walked|hiked|climbed|completed|did)(?= the( [\\p{L}\\p{N}&'’-]+){1,5}( for [\\p{L}\\p{N}&'’-]+( [\\p{L}\\p{N}&'’-]+){0,2})? in the same (group|team|wave|heat|crew|pod|boat|pen|corral)(?!\\p{L}))",
    // Placed beside each other: "you finished two places ahead of me at the Ben Nevis Race".
    "(you|i) (finished|came in|came|placed|crossed the line)( [\\p{L}\\p{N}-]+){0,3} (ahead of|behind|after|before) (me|you) (at|in)",
    // On one crew at a named event: "we were both on the Green Fields litter crew at Glastonbury 2019".
    "(we were|we're|we are) both (on|in) the( [\\p{L}\\p{N}&'’-]+){1,4} (crew|team|rota|shift|squad|stand|booth) (at|for|during)",
    // Side by side there: "our posters were side by side in Hall B at NeurIPS 2023".
    "(our|my) (posters|poster|stands|stand|booths|booth|stalls|stall|tables|table) (were|was) (side by side|next to each other|next to yours|beside yours|opposite yours|opposite each other|back to back|across the aisle)",
    // Both on a named event's committee or jury: "we were both on the organising committee of the NeurIPS 2023 … competition".
    "(we were|we're|we are) both on the( [\\p{L}-]+){0,2} (organi[sz]ing committee|program committee|programme committee|committee|jury|judging panel|steering group) (of|for|at)(?!\\p{L})",
    // Served together at a named relief effort, a named event said to be where they met: "we served together at the Hurricane Ida relief camp",
    // "Config in San Francisco is where we met".
    "(we )?(served|volunteered|deployed|marched|sang|played|ran|rode) together (at|on|in|during)(?!\\p{L})",
    "(is|was) where we (first )?(met|chatted|talked|spoke|got talking)(?!\\p{L})",
    // "great to meet at MuseumNext in Bristol!", "lovely meeting you during the Summit".
    "(great|good|nice|lovely|fun|a pleasure|pleasure|so good) (to meet|meeting)( you)? (at|during)(?!\\p{L})",
    // What they did for the sender at an event, its name after: "you mentored our team at ETHGlobal Lisbon", "you ran the sponsor desk at Collision".
    "you (mentored|coached|judged|advised|helped|interviewed) (me|us|our team|my team)( [\\p{L}&'-]+){0,3} (at|during)(?!\\p{L})",
    "you (ran|were running|staffed|manned|were manning) the( [\\p{L}-]+){0,2} (desk|table|stand|stall|booth|door|bar|tent|counter) (at|during)(?!\\p{L})",
    // An event followed up, named after: "following up from Money20/20", "following up after the AWS Summit in Berlin";
    // not someone's doing: "following up after Priya Shah mentioned you".
    "(i'm |i am )?(writing|reaching out|getting in touch) (after|following)(?= (the|our|this|last) )(?!( [\\p{L}'-]+){1,3} (mentioned|suggested|said|told|introduced|recommended|shared|posted|wrote|asked|reached|pointed|passed|gave|sent))",
    "following up (from|after)(?!( [\\p{L}'-]+){1,3} (mentioned|suggested|said|told|introduced|recommended|shared|posted|wrote|asked|reached|pointed|passed|gave|sent))",
    // Both there with work of their own: "we both showed at the Santa Fe Indian Market", "we both exhibited at Maison&Objet".
    "we both (showed|exhibited|vended|sold|performed|played|competed|raced|spoke|presented|pitched|volunteered|had (stalls|booths|stands|tables))( there)? (at|in|during)",
    // The stand beside theirs, the panel shared with them, at an event named after: "I was on the stand next to your solar one at the Brisbane Home Show",
    // "sharing the panel with you at the Wellington Regional Economic Forum".
    "(i was|we were|i had|we had) (on |at |behind )?the( [\\p{L}-]+){0,2} (stand|booth|stall|table|pitch|tent|desk) (next to|beside|opposite|across from|across the aisle from) (you|yours|your)(?!\\p{L})",
    // Both teams in the same competition, named after: "our teams competed side by side in the Lviv IT Arena startup competition".
    "(our|both our) (teams|startups|companies|projects|bands|clubs|crews|boats|robots) (competed|pitched|played|exhibited|presented|raced|performed)( side by side| together| against each other| head to head)? (in|at|during)(?!\\p{L})",
    // Time at a named event shared with them: "enjoyed the SaaS pricing roundtable with you at the NASSCOM Product Conclave".
    "(enjoyed|loved|liked) (the|our)( [\\p{L}\\p{N}&'-]+){0,3} (roundtable|panel|session|workshop|discussion|chat|conversation|breakout|dinner|lunch) with you (at|in|during)(?!\\p{L})",
    // Somewhere with them, named: "Dana Liu and I were at INSEAD with you".
    "(i was|we were|and i were|we both were) (at|in)( [\\p{L}\\p{N}&.'-]+){1,4} with you(?!\\p{L})",
    // On the same bill as them at a named event: "I was on the lineup right after you at Webflow Conf".
    "(i was|we were|i'm|i am) on the (lineup|line-up|bill|programme|program|agenda|schedule)( right| just)? (after|before|with|next to) you(?!\\p{L})",
    // Their stand visited at a named event: "I visited your booth at Computex 2024".
    "(i )?(visited|stopped by|came by|dropped by|passed by|came to) your (booth|stand|stall|table)( [\\p{L}\\p{N}&.'-]+){0,2} (at|during|in)(?!\\p{L})",
    // Both stands named, and where they stood: "our booths at the Intersolar were face to face in hall B3".
    "our (stands|booths|stalls|tables|pitches)( (at|in) [\\p{L}\\p{N}&.'-]+( [\\p{L}\\p{N}&.'-]+){0,3})? (were|are|will be) (face to face|opposite|side by side|next to each other|across the aisle|back to back)(?!\\p{L})",
    "(sharing|shared) (the|a)( [\\p{L}\\p{N}-]+){0,2} (panel|stage|session|table|booth|podium|bill|slot|stand|mic|microphone) with you (at|in|during)(?!\\p{L})",
    // Both in one lineup, exhibition or market, named after: "we were on right after you", "our prints are hanging side by side in Photo London",
    // "we both had games in the {{ showcase_name }} showcase", "I was two pitches after you at the Berlinale Co-Production Market".
    "(i was|we were|i'm|we're|i am|we are) (also )?(on|up) (right |just )?(after|before) you(?!\\p{L})",
    "(our|my) (prints|photos|photographs|paintings|works|pieces|films|shorts|games|posters|books|stalls|booths|stands|tables)( [\\p{L}-]+){0,2} (are|were|will be) (hanging|showing|screening|shown|on show|on display|displayed|exhibited|playing)( side by side| together| next to each other| next to yours| beside yours)? (in|at)(?!\\p{L})",
    "we both had (games|films|shorts|work|works|pieces|booths|stands|stalls|tables|talks|posters|entries|pitches|books|projects)( [\\p{L}-]+){0,2} (in|at)(?!\\p{L})",
    "(i was|we were)( [\\p{L}\\p{N}-]+){0,2} (pitch|pitches|slot|slots|act|acts|talk|talks|presentation|presentations|place|places|spot|spots|speaker|speakers|set|sets) (after|before|ahead of|behind) (you|yours) (at|in|during)(?!\\p{L})",
    // Taking part too, named after the word: "also a Ludum Dare 54 participant here".
    "(also|too|fellow)( a| an)?(?=( [\\p{L}\\p{N}&.'-]+){1,4} (participant|attendee|entrant|speaker|exhibitor|finalist|competitor|jammer|delegate|volunteer|pacer|runner|finisher|racer|rider|marshal)( here)?(?!\\p{L}))",
    // At a named event: what they did for the sender, where the sender knows them from, a word caught with them, the places between:
    // "you rescued my kit bag in the Hyrox London finish area", "I recognised your name from the volunteer crew at the Special Olympics",
    // "I caught you for a quick word after the Arabian Travel Market panel", "two bikes behind you", "we shared the Santorini Wedding Expo panel".
    "you (rescued|saved|found|returned|picked up|held|minded|caught|fixed|lent me|gave me) (my|our)( [\\p{L}-]+){0,3} (in|at|during|after)(?!\\p{L})",
    "(recogni[sz]ed|remember|remembered|know) (you|your name|your face) from( the)?( [\\p{L}-]+){0,3} (at|during|on)(?!\\p{L})",
    "(caught|grabbed|cornered|collared) you( briefly)?( for a (quick |brief |short )?(word|chat|minute|moment))? (after|at|during|before)(?!\\p{L})",
    "(two|three|four|five|a few|a couple of|\\d+) (bikes|places|spots|seats|rows|yards|metres|meters|lengths|positions|runners|riders|swimmers|cars|boats) (behind|ahead of|in front of) you(?!\\p{L})",
    "we shared (the|a)(?=( [\\p{L}\\p{N}'-]+){1,4} (panel|stage|session|table|booth|podium|bill|slot|stand|keynote)(?!\\p{L}))",
    // Both there, said as their being there too: "I saw you were also at DataConf Leeds".
    "you were (also|too) at",
    // In one group of a named event: "we were in the same breakout group at RSECon23".
    "(we were|we're|we are) in the same( [\\p{L}\\p{N}-]+){0,2} (breakout|breakout group|breakout room|breakout session|session|workshop|track|table|group|team|room|tutorial|panel|cohort) (at|during)(?!\\p{L})",
    "(we were|we're|we are) in the same( [\\p{L}\\p{N}-]+){0,2} (breakout|breakout group|breakout room|breakout session)(?!\\p{L})",
    // "Our paths crossed at the CEW Achiever Awards", "we shared the embedded panel at Rust Belt Rust".
    "(our|we) paths crossed( again)? (at|during|in|on)(?!\\p{L})",
    "we shared (the|a)( [\\p{L}\\p{N}-]+){0,2} (panel|stage|session|table|booth|podium|bill|slot|stand|keynote|mic|microphone|area|tent|paddock|pit|pits|green room|dressing room|locker room|changing room|start line|starting line|shuttle|bench) (at|in|during)(?!\\p{L})",
    // The sender on the same bill at a named event: "my team was also a finalist at the Gemastik 2021 hackathon", "I was also a speaker at DevFest Jakarta".
    "(i was|i'm|i am|my team was|our team was|we were) (also|too) (a |an |one of the )?(finalist|participant|speaker|exhibitor|panelist|panellist|mentor|judge|volunteer|competitor|contestant|presenter|winner|finalists|participants|speakers|exhibitors|panelists|mentors|judges|volunteers|presenters|winners) (at|in)(?!\\p{L})",
    // A session they ran at a named event: "you moderated the fintech regulation panel at AfricArena Accra".
    "you (moderated|chaired|hosted|ran|led|emceed|mc'd|opened|closed) (the|a|that)( [\\p{L}&-]+){0,4} (panel|session|workshop|roundtable|fireside chat|fireside|track|discussion|keynote|day|stage) (at|on|during|of)",
    // Both on a named event's bill: "We were both panellists at the Johannesburg Fintech Week".
    "(we were|we're|we are|we'll be|we will be) both (panell?ists|speakers|judges|mentors|exhibitors|presenters|delegates|moderators|finalists) (at|on|for|in)",
    // Thanks for their part in an event named after: "thanks for attending our "SOC 2 in 90 Days" webinar", "thanks for organising last Thursday's Lagos Product Meetup".
    "(thanks|thank you) for (attending|joining|coming to|organi[sz]ing|hosting|running|putting on)",
    // Both on a named programme, named after: "both on the DevOpsDays Tallinn programme".
    "((we're|we are) )?both on the(?=( [\\p{L}\\p{N}'-]+){1,4} (programme|program|lineup|line-up|agenda|schedule|bill|speaker list|speakers list|list of speakers|roster)(?!\\p{L}))",
    // Teamed up in a named competition: "we teamed up briefly in Kaggle's Playground Series".
    "(we )?teamed up( briefly)? (in|at|for|during|on)",
    // Talk struck up at a named place: "we got talking at Groundswell by the direct-drill demo".
    "(we )?(got|get|started) (talking|chatting) (at|during|in)",
    // Judged side by side, or in the room when they presented, at a named event: "we were judged back-to-back at HackZurich 2023", "I was at London CSS #42 when you showed…".
    "(judged|presented|pitched|demoed) (back-to-back|one after the other|side by side) (at|during|in)",
    "(i was|we were) (at|in the (audience|room|crowd) at)(?=( [#\\p{L}\\p{N}'-]+){1,4} when you (showed|presented|spoke|talked|demoed|gave|ran))",
    // In the audience for a session named after, side by side at one, regulars at one, their part in one loved: "I was in the audience for the
    // AfricArena panel", "our tables were next to each other at HackMIT", "we're both regulars at the Leeds Library book club", "loved your energy at #PMSummit".
    "(i was|we were) in the (audience|room|crowd) (for|at|during)",
    "(our|my) (tables|booths|stands|stalls|seats|desks|chairs|posters) were (right )?(next to|beside|opposite|across from) (each other|yours|ours) (at|in|during)",
    "(we're|we are|we were) both regulars (at|of)",
    // A visit to a stand thanked, tables side by side: "thanks for stopping by [Company]'s table at the [University] Spring Career Fair",
    // "we were on neighbouring tables at HackMIT".
    "(thanks|thank you) for (stopping by|visiting|dropping by|coming by|swinging by|coming to) (our|my|the|(<slot>|[\\p{L}&.-]+)('s|’s))( [\\p{L}-]+)? (table|booth|stand|stall|open house|open day|viewing|showroom|tasting|launch)( at)?",
    "(we were|i was|we sat|we worked) (on|at) (neighbouring|neighboring|adjacent|nearby|next-door) (tables|booths|stands|desks|benches) (at|in|during)",
    // Their talk praised, at an event named after: "great talk at PyData Lisbon, Nadia!".
    "(great|good|excellent|brilliant|fantastic|superb|cracking|terrific|stellar|lovely|killer|awesome|amazing|fascinating|inspiring|loved the|enjoyed the|liked the) (talk|keynote|session|panel|presentation|workshop|demo|lightning talk) (at|during)(?!\\p{L})",
    "(loved|enjoyed|liked|love) your (energy|talk|session|keynote|panel|presence|workshop|demo|pitch|set|questions?|answers?) (at|during|in)",
    // A live audio room or stream named after: "I listened in on the X Space about open-source funding that you co-hosted".
    "(listened in on|listened to|tuned in to|tuned into|joined|caught) (the|your)( [#\\p{L}\\p{N}'-]+){0,3} (space|twitter space|x space|livestream|live stream|ama|clubhouse room|twitch stream)(?!\\p{L})",
    // Run into at a place named after: "so good to run into you at PDX on Friday".
    "(ran|run|running|bumped|bump|bumping) into (you|each other) (at|in|on)",
    // The session chaired where they presented, named after: "I chaired the session at CHI 2025 where you presented".
    "(i|we) (chaired|moderated|hosted|introduced|ran) the (session|panel|track|workshop|symposium)(?=[^.!?]{0,60} (where|in which|at which) you (presented|spoke|talked|gave|were))",
    // Both with stands at one fair; their work bought there: "we both had stands at the Affordable Art Fair", "I bought three of your prints at the Frome Independent market".
    "(we|you and i) both (had|ran|manned|staffed|shared) (stands|stalls|booths|tables|pitches) at",
    "(bought|got|picked up) ([\\p{L}\\p{N}-]+ ){0,3}of your( [\\p{L}-]+){1,2} at( the)?",
    // Something of theirs bought or tried at their stand, named after: "I bought the blue heron from your Bristol Open Studios stand".
    "(bought|got|picked up|tried|tasted|ordered|commissioned)[^.!?]{1,60} (from|at) your(?= [\\p{L}'-]+( [\\p{L}'-]+){0,3} (stand|booth|stall|table|pop-up|studio)(?!\\p{L}))",
    // Both there, picked out by what they were doing: "we were the two people complaining about the coffee queue at BIME Live".
    "we were the (only )?two( people| ones| folks)? (who|that|complaining|arguing|laughing|stuck|hiding|standing|sitting|queuing|waiting)[^.!?;]{1,80}? (at|during)",
    // Both there, and something that befell them during it: "we were both stuck at table 12 during Dreamforce".
    "(we were|we're|we are) both [^.!?;]{1,60}? during(?! (the |that |this |our |a )?(week|weekend|day|night|morning|afternoon|evening|summer|winter|spring|autumn|fall|holidays?|break|pandemic|lockdown|move|process|call|meeting)(?!\\p{L}))",
    // Both at work at one event: "we were both coaching at the Lancashire U15 netball trials".
    "(we were|we're|we are) both (coaching|judging|volunteering|refereeing|marshalling|exhibiting|competing|performing|singing|playing|stewarding|working) (at|in|the)",
    // Both showing work at one event: "we both had posters at the BSG Annual Meeting", "you and I both presented at NeurIPS".
    "(we|you and i) (both )?(had|showed|presented|gave|exhibited|brought) (posters|talks|papers|abstracts|demos|stands|booths|work)( [\\p{L}-]+){0,3} (at|in|during)",
    "(we|you and i) both (presented|spoke|exhibited|pitched|performed) (at|in|during)",
    // Both on one stage: "sharing the stage at RustConf".
    '(sharing|share|shared|will share) (the|a) (stage|bill|lineup|line-up|panel) (at|of|during)',
    '(catching up|caught up|catch up) (at|during|after)',
    // On one programme: "both on the hiring track at LeadDev Berlin", "I spoke right after you".
    "(we were|we're|we are) both (on|in) the( [\\p{L}\\p{N}'-]+){0,6} (track|panel|lineup|line-up|agenda|programme|program|bill) (at|of|for)",
    '(i|we) (spoke|presented|went on|pitched) (right |just )?(after|before) you',
    "you (presented|spoke|pitched|went on|were on|played|performed) (right |just |straight )?(after|before) (me|us) (at|in|during)(?!\\p{L})",
    "(in )?the (slot|session|talk) (right |just |straight )?(after|before) yours(?!\\p{L})",
    "(i'm|i am|i'll be|we're|we are|we'll be) (speaking|presenting|on|up|going on) (right |just )?(after|before) you",
    // Met, not meeting some day: "I'm sure we'll cross paths at a WTO event soon" names no meeting.
    "(we |we've |i )?(met|spoke|chatted|talked|connected|crossed paths|cross paths|crossing paths|sat next to each other|shared a table)(?<!('ll|will|(going|hope|hoping|bound|likely|sure|want|wanted) to|may|might|could|would|should|shall|can|let's|hope we) cross paths)( briefly| quickly)?( for (all of |only |just |about )?(a|an|one|two|three|five|ten|\\d+) (minutes?|seconds?|moments?|hours?))?(, [^,.!?;\\n]{1,40},)? (at|during|after|in|on)",
    // A chat had there, or one about something there: "a two-minute chat at Money20/20", "great to chat about event tech at C2 Montréal".
    "(our|that|the|(had|managed|got|grabbed|enjoyed|loved|liked)(, [^,.!?;\\n]{1,30},)? (a|an))( [\\p{L}\\p{N}-]+){0,2} (chat|conversation|catch-up|exchange|hallway talk|corridor talk)( (about|on)( [\\p{L}\\p{N}-]+){1,4})? (at|during)(?!\\p{L})(?! (your|my|some|any|length|\\p{N}))",
    "(great|nice|good|lovely|a pleasure|wonderful|fun) (to )?(chat|chatting|talk|talking|speak|speaking)( (with|to) you)? (about|on)( [\\p{L}\\p{N}&-]+){1,4} (at|during)(?!\\p{L})(?! (your|my|some|any|length|\\p{N}))",
    // Managed at last: "so glad we got to talk at NeurIPS".
    "(we |i )?(finally )?(got to|managed to|were able to|had the chance to|had a chance to) (meet|talk|chat|speak|connect)( briefly| quickly| in person)?(, [^,.!?;\\n]{1,40},)? (at|during|after)",
    // Not where they are seen now: "good to see you on here", "nice to see you on LinkedIn".
    "(great|nice|good|lovely|a pleasure|so nice|wonderful|pleasure) (meeting|to meet|seeing|to see|chatting|to chat|talking|speaking|connecting|getting to know|to get to know)( with)? you(?!( again)? (on here|here|on linkedin|on this (site|app|platform)|around here|in my feed|pop up|popping up)(?!\\p{L}))",
    '(meeting|met|seeing|saw) you( briefly| quickly| again| once| twice)? (at|during|in|on)(?!( the| a| an| our| my| your)?( [\\p{L}\\p{N}&-]+){0,4} (group|groups|community|slack|discord|forum|channel|feed|comments|network)(?!\\p{L}))',
    // The meeting as the best of an event said just before: "Meeting you was the highlight."
    '(meeting|chatting with|talking to|talking with) you (was|has been|were) (the|easily the|definitely the|by far the|a) (highlight|best part|high point|bright spot)',
    '(running|ran|bumping|bumped) into you( again| once more| once again)? (at|during|in|on)',
    // Something from a named event: "that side-project idea from the Madrid meetup".
    '(idea|conversation|chat|talk|discussion|plan) (from|at) (the|that|last)',
    // "our conversation at Dreamforce": the meeting is the conversation.
    '(our|the|that) (conversation|chat|talk|discussion|exchange) (at|during|after|in)',
    '(stopping|stopped|dropping|dropped|coming|came|swinging|swung) by (our|the|my) (booth|stand|table|session|talk|workshop)',
    'we were both (at|in)',
    // Both there soon: "we're both at the Byron Bay Makers Market this Sat", "we'll both be at…".
    "(we're|we are|we'll|we will) both( be)? at(?!\\p{L})",
    "we shared (a|the) (shuttle|cab|taxi|ride|table|flight|train|bench|booth)",
    '(in|from) the (row|seat|table|queue|line) (behind|in front of|next to|beside) you (at|during)',
    "(we were|we're|we are) (both )?on the same (team|squad) (at|during|in)",
    // On its programme or its lists: "the speaker list for Collision", "competed at the MIT Hackathon".
    '(speaker|speakers|attendee|attendees|exhibitor|exhibitors|participant|participants|finalist|finalists) (list|lineup|line-up|page) (for|of|at)',
    '(competed|played|pitched|presented|exhibited)( against each other| together| alongside you)? (at|in|during)',
    "(we were|we're|we are|we'll be|we will be) both (panelists|speakers|attendees|exhibitors|mentors|judges|sponsors|volunteers|finalists|participants|on the panel|on a panel|on panels|on stage|on the (programme|program|agenda|bill|lineup|line-up)) (at|in|on|during)",
    // Side by side at it: "my poster was next to yours at ASM Microbe 2024".
    "(my|our) (poster|booth|stand|stall|table|talk|session|slot|pitch) (was|is|were|sat) (right )?(next to|beside|across from|opposite|near|after|before) (yours|your (poster|booth|stand|stall|table|talk|session|slot|pitch)) (at|in|during)",
    "(we're|we are|we'll|we will) (both )?(be )?(speaking|presenting|attending|exhibiting|going|heading|flying|on a panel) (at|to)",
    '(see|meet|catch) you (at|in person at)',
    // A talk with them at a place named after: "loved talking shop with you at PyData Leeds", "it was a pleasure to make your acquaintance at…".
    "(talk|talking|talked|chat|chatting|chatted|speak|speaking|spoke)( shop)? (with|to) you( properly| briefly| in person| face to face| irl)? (at|during)(?!\\p{L})",
    '(make|making|made) your acquaintance (at|during)(?!\\p{L})',
    // Met at last, with no "you": "so good to finally meet in person at ICML".
    "(great|nice|good|lovely|a pleasure|so nice|wonderful|pleasure|a joy|a delight|fun) (to )?finally (meet|meeting|see|seeing|chat|chatting|talk|talking)( (in person|properly|face to face|irl))? (at|during)(?!\\p{L})",
    // Not a third person with the sender: "{{mutual}} and I were at {{company}} together".
    // Not a stint told from their profile: "you were at Deloitte for 8 years before joining Stripe".
    "(we )?(both )?(attended|spoke at|presented at|were at|volunteered at)(?<!(?<!you) and (i|me) (we )?(both )?(attended|spoke at|presented at|were at|volunteered at))(?<!were at(?=[^.!?\\n]{1,40} (for (\\p{N}+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|many|a few|over|nearly|almost|more than)( [\\p{L}+-]+)? (years?|months?|decades?)|before (joining|moving|starting|you (joined|moved|started)))(?!\\p{L})))",
    'same (session|panel|table|track|stand|booth|stage|breakout( room| session)?|room|workshop|masterclass|tour|dinner|row)( with you)? (at|in|of|during)',
    // At their stand, watching them on stage, helping run the event: "stopped by your booth at ProMat".
    '(stopped|came|dropped|swung) by (your|the) (booth|stand|table|stall) (at|during)',
    '(on|in|took|were on|was on) the same( [\\p{L}\\p{N}-]+){0,2} (flight|train|bus|shuttle|ferry|coach) (to|from|into|out of|for)',
    '(saw|heard|watched|caught) you (present|speak|pitch|perform|demo|talk|presenting|speaking|pitching|demoing) (at|during)',
    // Seen there, named or not: "saw you at the event last week" names nothing.
    '(saw|heard|watched|caught|spotted) you (at|during)',
    "(i was|i'm|i am|we were) (one of the|a|an) (mentors?|judges?|volunteers?|organi[sz]ers?|speakers?|panelists?|sponsors?|coaches) (at|for|during)",
    // Both ran, rode or played in one named race or match: "we both ran the Cork City Marathon relay".
    "(we|we've|we have) both (ran|run|raced|rode|ridden|swam|swum|walked|cycled|played|competed|entered|did|done) (in |at )?(the|this year's|last year's)",
    "(you were|you're|you are) (also|too) (at|attending|going to|speaking at|exhibiting at|competing at|playing at) the",
    "(i )?(refereed|umpired|officiated|reffed|judged|marshalled|coached) (your|you)( [\\p{L}'’-]+){0,3} (match|game|fixture|final|race|bout|heat|tie|tournament|competition)( in| at| during)",
    // They judged what the sender competed in: "you judged the braai competition at [Festival] where my team came second".
    "you (judged|refereed|umpired|hosted|emceed|compered|ran|organi[sz]ed) (the|our|my)( [\\p{L}'-]+){0,3} (competition|contest|cook-?off|bake-?off|open mic|talent show|final|finals|heat|heats|tournament|match|awards|battle|hackathon|pitch night|showcase|league) (at|in|during)",
    '(at|during|after) (the|your|this|last) (conference|summit|meetup|event|expo|fair|hackathon|webinar|workshop|panel|session|dinner|breakfast)',
    // Both in the room for a named session, asked of them: "did you also sit through the procurement workshop at GovTech Connect 2024?".
    "(did|were) you (also )?(sit through|sitting through|attend|at|catch|make it to|go to|in the room for|in the audience for)(?!\\p{L})(?=( [\\p{L}\\p{N}'&.-]+){0,5} (workshop|session|talk|panel|keynote|masterclass|tutorial|seminar|lecture|webinar|demo|conference|summit|meetup|fair|expo|congress|forum|festival|showcase|hackathon|roundtable))",
    // Both signed up for a named event: "I see we're both registered for CSCMP EDGE in Nashville".
    "((we're|we are|we were) both|both of us (are|were|will be)) (registered|signed up|booked|going|attending|heading|speaking|presenting|exhibiting|competing)( for| to| on| at)?(?!\\p{L})",
    // Their set or talk seen at a named event: "I caught your set at the SXSW showcase on Thursday".
    "(caught|saw|heard|watched|loved|enjoyed) your( [\\p{L}\\p{N}:-]+){0,2} (set|slot|gig|show|performance|talk|panel|keynote|demo|pitch|session|showcase|reading|recital|lecture|workshop) (at|during|in|on)(?!\\p{L})",
    // In the room for their session, said by the row: "I was in the front row at your Money20/20 panel".
    "(i was|we were|i sat|we sat) in the (front|second|third|back|first) rows? (at|of|for|during)(?!\\p{L})",
    // On the same jury or bill at an event named after its session: "we both judged the pitch finals at Slush 2023".
    "we both (ran at|raced at|played at|streamed at|competed at|judged|spoke at|pitched at|presented at|mentored at|exhibited at|volunteered at|competed in|performed at)(?!\\p{L})",
    // On the same team at an event: "We were on the same team for the Global Game Jam in Montréal".
    "(were|was|been) (on|in) the same (team|squad|table|crew|group) (for|at|in|during)(?!\\p{L})",
    // The sender pointed out at a named event: "I'm the guy at the Great Lakes EXPO in Grand Rapids who kept asking about your cherry covers".
    "(i'm|i am|i was) the (guy|one|woman|man|person|girl|lady|chap|bloke|fellow|student|farmer|rep|designer|engineer|founder|nurse|vet|teacher) (at|from)(?= the( [\\p{L}\\p{N}&'.-]+| <slot>){1,6} who(?!\\p{L}))",
  ],
  studiedTogether: [
    // Trained under them: "I was your intern in the summer programme at {{company}}"; in one batch with the sender, asked: "weren't you in the CodeForge bootcamp batch #412 with me?".
    "(i was|i was once|i used to be) (your|one of your) (intern|interns|student|students|trainee|trainees|apprentice|apprentices|mentee|mentees|resident|residents|ta|tas)(?!\\p{L})",
    "(weren't|were) you (in|on) (the|my|our|that)( [\\p{L}\\p{N}#-]+){0,4} (bootcamp|batch|cohort|class|programme|program|course|intake|seminar|lab)( [\\p{L}\\p{N}#-]+){0,3} with me(?!\\p{L})",
    // The same programme, their cohort before or after the sender's: "I'm in the current On Deck cohort and saw you were in an earlier one".
    "(you were|you're|you are) (in|on|part of|from) (an earlier|a previous|an older|the previous|the last|a later|the first|the next|an early) (one|cohort|batch|intake|class|edition|year|round|group)(?!\\p{L})",
    // A place the sender also interned, trained or volunteered, or whose alumni both are: "I'm also a former [Company] intern", "I noticed you also volunteer with Habitat for Humanity".
    "(i'm|i am|i was) also a (former|past|one-time|previous)( [\\p{L}\\p{N}&.'-]+| <slot>){1,3} (intern|apprentice|trainee|resident|scholar|fellow)(?!\\p{L})",
    "(i'm|i am) also an?( [\\p{L}\\p{N}&.'-]+| <slot>){1,3} (alum|alumnus|alumna|alumni)(?!\\p{L})",
    "((you|i) also|we both) (volunteer|volunteers|volunteered)( as( a| an)? [\\p{L}-]+)? (with|at|for)(?!\\p{L})",
    // Their programme, the one the sender is in now: "you completed the Bosch Engineering Trainee Program, which I am currently in".
    "(program|programme|course|scheme|bootcamp|fellowship|residency|cohort|apprenticeship|degree|mba|track)( [\\p{L}-]+)?,? (which|that) (i am|i'm) (currently |now |also )?(in|on|doing|taking|enrolled in|part of|attending)(?!\\p{L})",
    // Their school said to be the sender's too, before the sender's part: "like you, I'm a graduate of [School Name] ([Year])".
    "(like you|just like you|same as you),? (i'm|i am|i was)( also)? (a |an )?(graduate|grad|alum|alumnus|alumna|alumni|former student) (of|from)(?!\\p{L})",
    // A course they taught or co-taught, their batch right before the sender's: "the Cusco Sustainable Tourism Certificate you co-taught", "the … Accelerator batch right after yours".
    '(certificate|course|programme|program|module|class|workshop|bootcamp|seminar|masterclass) you (co-taught|taught|co-led|facilitated|co-facilitated|lectured)(?= (in|at|on|for|during|last|this|back in)(?!\\p{L}))',
    '(batch|cohort|intake|class|year|edition) (right |just |the one )?(after|before) (yours|you)(?!\\p{L})',
    // Studied like them at a named place: "like you, studied law in Göttingen".
    '(like you|just like you|as you did),? (i )?(studied|trained|graduated|did my (degree|phd|masters|master\'s|mba))( [\\p{L}-]+){0,3} (in|at|from)(?!\\p{L})',
    // Teaching their course, or in it with them now: "I'm one of the TAs for {{course_code}}", "I'm in [Course Code] with you this semester".
    "(i'm|i am) (one of the|a|the|your) (tas?|teaching assistants?|tutors?|graders?|lab demonstrators?|demonstrators?) (for|of|in|on) (<slot>|your)(?!\\p{L})",
    "(i'm|i am|we're|we are) (also )?in (<slot>|[\\p{L}\\p{N}&'’.-]+( [\\p{L}\\p{N}&'’.-]+){0,3}) (with you|together)( this| that| last)? (semester|term|quarter|year|cohort|intake|module)(?!\\p{L})",
    // Taught by them: "I completed your executive programme in maritime law at the World Maritime University".
    "(completed|took|attended|did|followed|finished|passed) your( [\\p{L}\\p{N}'’-]+){0,3} (programme|program|course|class|module|seminar|masterclass|bootcamp|workshop|training|certificate)(?!\\p{L})",
    // Put together in a course, or beside each other in a class: "we were paired as accountability partners in the {{program_name}} leadership course",
    // "we were seat neighbours in Prof. Dasgupta's Operations Management class at ISB", "are you the Ravi from the Deep Learning Specialization study group".
    "(we were|we got) (paired|matched|grouped|teamed up|put together)( as [\\p{L}-]+( [\\p{L}-]+)?)? (in|on|during|at|for) (the|a|our)( [\\p{L}\\p{N}&'.’-]+| <slot>){0,5} (course|class|programme|program|bootcamp|cohort|module|workshop|seminar|training|fellowship|accelerator)(?!\\p{L})",
    "(seat|desk|bench|lab|study) (neighbours|neighbors|mates|partners|buddies) (in|at|on|during)(?!\\p{L})",
    "(are|were) you the [\\p{L}'’-]+ from the( [\\p{L}\\p{N}&'.’-]+| <slot>){0,6} (study group|cohort|class|course|bootcamp|programme|program|batch|intake|pod)(?!\\p{L})",
    // A class sat or taken together: "we sat two rows apart in Prof. Lindqvist's econometrics seminar at Uppsala", "we had Stats 201 together at UT Austin".
    "(we|you and i)( both)? sat( [\\p{L}\\p{N}-]+){0,3} (apart|behind|next to|beside|near|across from|in front of)( each other| you| me)? (in|during|at)( [\\p{L}\\p{N}.'’-]+){1,6} (seminar|class|classes|lectures?|course|module|lab|tutorial|workshop|exam)(?!\\p{L})",
    "(we|you and i) (had|took|did|shared|attended) ([\\p{L}\\p{N}.&'’-]+ ){1,3}together (at|in|back at|back in)(?!\\p{L})",
    // Their organisation and the sender's in one cohort: "Both of our organisations were in the Social Impact Lab's spring 2023 accelerator cohort".
    "(both (of )?our|our two) (organisations|organizations|companies|startups|teams|firms|nonprofits|charities|ventures|labs)( both)?( were| went| got)? (in|through|into|part of|accepted into|selected for|on)( the| the same)?( [\\p{L}\\p{N}&'.-]+){0,6} (cohort|batch|intake|class|programme|program|accelerator|incubator|fellowship)(?!\\p{L})",
    // Taught by them on a named programme: "I was a summer student at the Weizmann Institute… and I think you were a TA on the chemistry track".
    'you were (a|the|my) (ta|tutor|teaching assistant|instructor|mentor|demonstrator) (on|in|for)(?!\\p{L})',
    // One course or study group, a named one: "we did the same Arvon poetry week at Totleigh Barton", "we were on the same safety training in Chattogram", "we're both in Matt Hughes's loss adjusting study group".
    "(we|you and i) (both )?(did|took|attended|were on|were in|went on|sat) the same( [\\p{L}\\p{N}&'-]+){0,3} (week|course|programme|program|retreat|residency|workshop|class|module|bootcamp|training|seminar)(?!\\p{L})",
    "(we're|we are|we were) both in( [\\p{L}\\p{N}&'’-]+){1,4} (study group|class|cohort|seminar|reading group)(?!\\p{L})",
    // One named team together: "we were on the Heidelberg iGEM team back in 2015".
    "(we were|we're|we are) (both )?on the(?=( [\\p{L}\\p{N}&'.-]+){1,4} (team|squad|crew|cohort)(?!\\p{L}))",
    // The reader as the sender's mentor in a named programme, or on the same course now: "you were my mentor in the SREcon EMEA mentoring programme", "I saw you're also on the Propertymark Level 4 course".
    "you were my (mentor|coach|tutor|teacher|instructor|supervisor|buddy|trainer|lecturer) (in|on|at|during|for) the(?!\\p{L})",
    "(you|you've) (did|done|also did|also did) the( [\\p{L}\\p{N}&'.-]+){1,6} (internship|fellowship|programme|program|course|bootcamp|residency|scheme|apprenticeship) (too|as well)(?!\\p{L})",
    "(we're|we are) both (enrolled|registered|signed up|accepted|admitted) (in|on|for|to|into) the(?!\\p{L})",
    "(you're|you are) also (on|in|doing|taking) the( [\\p{L}\\p{N}&'.-]+){1,5} (course|programme|program|bootcamp|module|cohort|intake|certificate|diploma|training)(?!\\p{L})",
    // Peers in an online course: "we were matched as peer reviewers in [Course]", "I reviewed your capstone in the [Course] peer review", "we shared the Udemy 'Web Developer' Discord study room".
    "(we were|we got) (matched|paired|grouped|assigned) (as|in)( the same)? (peer reviewers|peer-reviewers|study partners|lab partners|project partners)(?!\\p{L})",
    "(reviewed|graded|marked) your (capstone|project|assignment|submission|homework|final project)( in| for| on)(?!\\p{L})",
    "shared the( [\\p{L}\\p{N}&'’\"-]+){0,6} study (room|group|pod|channel)(?!\\p{L})",
    // A programme they mentored or ran, the sender in it; the same school, "too"; a fellowship shared: "I'm in the MLH Fellowship track you mentored", "I'm a second-year at Johns Hopkins SPH too", "fellow On Deck fellow".
    "(i'm|i am|i was|we're|we are|we were) (in|on|part of) the( [\\p{L}\\p{N}&'’-]+){0,4} (track|batch|cohort|class|programme|program|course|fellowship|bootcamp|section|intake) you (mentored|coached|ran|taught|led|facilitated|organi[sz]ed)(?!\\p{L})",
    "(i'm|i am) (a|an) (freshman|sophomore|junior|senior|first-year|second-year|third-year|fourth-year|final-year|student|undergrad|grad student|phd student|phd candidate|master's student|masters student|mba student) (at|in)( [\\p{L}\\p{N}&.'’-]+){1,4} (too|as well)(?=\\s*[.,!?;]|\\s*$)",
    "fellow( [\\p{L}\\p{N}&'’-]+){1,4} fellow(?=\\s*[.,;:!?(—–]|\\s*$)",
    // Their teaching where the sender studies: "I'm in the MSc Finance programme at LSE where you adjunct-teach".
    "(programme|program|course|school|department)( at [\\p{L}&.'-]+( [\\p{L}&.'-]+){0,3})?,? where you (teach|lecture|adjunct-?teach|taught|lectured|guest-?lecture|guest-?lectured)(?!\\p{L})",
    "(we're|we are|we were) both (graduates|alumni|alums|grads) of(?!\\p{L})",
    // A course both finished, named after: "we both completed the Reforge Growth Series last spring".
    "(we|you and i) both (completed|finished|graduated from) the(?!\\p{L})",
    // In their cohort or class, a slot for its name: "I was in your {{ course_name }} cohort at {{ university }}".
    "(i was|i'm|i am) in your( [\\p{L}\\p{N}'-]+| <slot>){0,3} (cohort|class|course|section|intake|seminar|module|tutorial group)(?!\\p{L})",
    // One of their class, both through one programme, the same class year: "one of the participants in your crystallography practical",
    // "both of us went through the Reforge Growth Series", "MIT Sloan MBA '19 like you".
    "(one of the|a) (participants|students|attendees|trainees|learners) (in|on|of) your( [\\p{L}\\p{N}'-]+){0,3} (practical|class|course|workshop|module|seminar|session|lab|practicum)(?!\\p{L})",
    "(both of us|the two of us) (went through|did|took|completed|finished|studied|attended)(?!\\p{L})",
    "('\\d{2}|\\d{4}),? (like|same as|just like) you(?!\\p{L})",
    // Said the way alumni say it: "we both lived in Hollister Hall, ten years apart", "we overlapped on the spring 2017 Rome study-abroad term",
    // "I was on the Fall 2019 Semester at Sea voyage too", "the lab you graduated from", "you '15, me '18".
    "(we|you and i) (both )?lived in( [\\p{L}\\p{N}'&.-]+){1,3} (hall|dorm|dormitory|residence|house|halls|college)(?!\\p{L})",
    "(we )?overlapped (on|in|at|during) the( [\\p{L}\\p{N}'&.-]+){1,5} (term|semester|year|programme|program|course|cohort|intake|batch|placement|rotation)(?!\\p{L})",
    "(i was|i'm|i am) on the( [\\p{L}\\p{N}'&.-]+){1,5} (voyage|exchange|expedition|programme|program|course|cohort|intake|placement|rotation) too(?!\\p{L})",
    "(the|a) (group|lab|programme|program|department|school) you (graduated from|came from|did your phd in|trained in|studied in)(?!\\p{L})",
    "(you|you were) ('\\d{2}|\\d{4}),? (me|i was|i'm) ('\\d{2}|\\d{4})(?!\\p{N})",
    // One group of a class together: "you and I shared the Tuesday group of the AWS prep class".
    "(you and i|we) shared (the|a)( [\\p{L}\\p{N}'-]+){0,3} (group|class|cohort|section|tutorial|seminar|lab|study group)(?!\\p{L})",
    // Both accepted into one named programme: "we both got accepted into Google Summer of Code 2024".
    "(we )?both (got accepted|were accepted|got in|got into|were selected|made it) (into|to|for|onto)(?!\\p{L})",
    // Accepted too, said of them: "saw you were also accepted into the Thrive AgTech accelerator, Batch 7".
    "(you were|you're|you are|you've been|you have been|you got) also (accepted|admitted|selected|chosen) (into|to|for|onto)( the)?( [\\p{L}\\p{N}&'.-]+| <slot>){1,5} (accelerator|incubator|programme|program|cohort|fellowship|bootcamp|class|course|residency|batch|intake|scheme)(?!\\p{L})",
    // Trained together in a named programme: "we both served as chaplains-in-training in the Clinical Pastoral Education unit".
    "(we )?both (trained|studied|served|interned|started) as( [\\p{L}-]+){1,3} (in|at|with|on)(?!\\p{L})",
    // The same school, said of the reader with a year or as one of its alumni: "fellow Badger here (UW–Madison '21…)", "you're also Rotman '19",
    // "you're one of the Bison alumni at Lockheed Martin".
    "fellow( [\\p{L}&.'-]+){1,2} here(?=[\\s(]*[^)\\n]{0,40}('\\d{2}|\\d{4})(?!\\p{N}))",
    "(you're|you are) also( an?)?( [\\p{L}&.'-]+){1,3} ('\\d{2}|\\d{4}|alum|alumni|alumnus|alumna|grad|graduate)(?![\\p{L}\\p{N}])",
    "(you're|you are) one of the( [\\p{L}&.'-]+){0,2} (alum|alums|alumni|alumnae|grads|graduates)(?!\\p{L})",
    // One of its alumni, the school named before: "I'm a current student at [University] and saw that you're an alum".
    "(saw|noticed|see|seeing|read|learned) (that )?(you're|you are|you were) (also )?an? (alum|alumna|alumnus|graduate|grad)(?! (of|from)(?!\\p{L}))(?!\\p{L})",
    // A class sat in together, the school and year named before: "Fellow Berklee '17 (I sat behind you in ear training)".
    "(i )?sat (behind|next to|beside|in front of|across from) you in(?!\\p{L})",
    // The same course now, named: "I'm also going through the Zero to Mastery bootcamp".
    "(i'm|i am) (also|too) (going through|doing|taking|in|enrolled in|on) the( [\\p{L}\\p{N}-]+){0,4} (bootcamp|course|programme|program|cohort|class|mooc|specialization|specialisation|nanodegree|certificate)(?!\\p{L})",
    // Classes in common: "pretty sure we shared a few tutorials", "we shared a lab bench in second year".
    "we (shared|sat in|took) (a few |some |two |three |several |the same |a couple of |a )?(tutorials?|classes|lectures|seminars|modules|labs?|lab benches|lab bench|courses|study groups?|tutors?|supervisors?)(?!\\p{L})",
    // Fellows or scholars of one programme: "We were both Clore Leadership fellows".
    "(we were|we're|we are) both( [\\p{L}\\p{N}&.'’-]+){1,3} (fellows|scholars|alumni|alums|residents|interns|trainees|apprentices|cadets)(?!\\p{L})",
    // Their school said to be the sender's too, in an aside: "a 2016 graduate of IIT Kharagpur's mining department (your own department…)", "a student at KNUST (civil engineering, like you)".
    "(graduate|alumn(us|a|i|ae)|student|studied)( [\\p{L}\\p{N}&'.-]+){1,8} \\(( ?[\\p{L}\\p{N}&'.-]+){0,3},? ?(your own|also yours|like you|like yourself|as you did|same as you)(?!\\p{L})",
    // One team of volunteers or coaches: "we were both on the Rails Girls coaching team last spring".
    "(we were|we're|we are) both (on|in) the( [\\p{L}\\p{N}&'-]+){1,5} (coaching|organi[sz]ing|volunteer|mentoring|teaching|judging|program|programme) (team|crew|committee|panel)",
    // In a class or cohort they taught or mentor, named: "one of the firefighters in your Blue Card incident command class at the Fire College", "the Fall 2024 cohort you mentor".
    "(i was|i'm|i am|i sat|i took)( one of the [\\p{L}-]+)? in your( [\\p{L}\\p{N}&'.-]+){1,5} (class|course|workshop|seminar|training|lecture|module|section|bootcamp|masterclass)(?!\\p{L})",
    "in the( [\\p{L}\\p{N}&'.-]+| <slot>){1,5} (cohort|class|course|programme|program|bootcamp|intake|batch)( that| which)? you (teach on|lecture on|teach in|mentor|mentored|teach|taught|coach|coached|run|ran|lead|led|organi[sz]e|organi[sz]ed)(?!\\p{L})",
    // Both in one programme now, named: "we're both in the 2024 AWS cloud support apprenticeship class", "we're both Hiring Our Heroes Corporate Fellows this spring".
    "(we're|we are|we were) both (in|on|part of) the( [\\p{L}\\p{N}&'.-]+){1,6} (class|cohort|programme|program|apprenticeship|fellowship|bootcamp|course|intake|batch|residency|scheme)(?!\\p{L})",
    "(we're|we are|we were) both( [\\p{L}\\p{N}&'.-]+){1,5} (fellows|scholars|apprentices|trainees|cadets|mentees|finalists)(?!\\p{L})",
    // In one named training or class: "we sat in the same Black Hat training on Active Directory attacks".
    "(we )?(sat|were) in the same( [\\p{L}\\p{N}&'.:-]+){1,4} (training|class|course|workshop|lecture|bootcamp|seminar|masterclass)(?!\\p{L})",
    // Met in a queue at a named event: "coffee line at SaaStr Europa, you recommended the churn session".
    "(coffee|lunch|registration|badge|security|food|bar|taxi|shuttle) (line|queue) (at|during)(?!\\p{L})",
    // A named course taken with them: "I took the Stats for Neuroscience summer school at Oxford with you in 2019".
    "(took|did|attended|sat) the( [\\p{L}\\p{N}&'.-]+){1,6} (summer school|winter school|course|class|workshop|bootcamp|programme|program|module|training)( (at|in) [\\p{L}&.'-]+( [\\p{L}&.'-]+){0,2})? with you(?!\\p{L})",
    // Short notes: graduates of one named school, batchmates: "both TU Delft aerospace grads!", "YC W23 batchmate".
    "both(?<=[,—–:!.] both)(?! (recent|new|fresh|young|aspiring|future|former)(?!\\p{L}))( [\\p{L}\\p{N}&.'-]+){1,4} (grads|graduates|alumni|alums|alumnae)(?!\\p{L})",
    "(batchmates?|batch-mates?|cohortmates?|cohort-mates?|coursemates?|course-mates?)(?!\\p{L})",
    // A course they helped run, named after: "I was on the bridge resource management refresher you helped run at Svendborg".
    "(i was|i'm|i am) on the( [\\p{L}\\p{N}&'.-]+){1,5} (refresher|course|training|workshop|class|programme|program) you (helped )?(run|ran|taught|teach|led|lead|organi[sz]ed|delivered)(?!\\p{L})",
    // Taught by them, named after: "I was your student in the Flatiron data bootcamp's March cohort".
    "(i was|i'm|i am) (one of )?your (student|students|mentee|mentees|trainee|trainees|apprentice|apprentices|tutee) (in|at|on|during|for|back at)(?!\\p{L})",
    // In their intake, said from the sender's side: "I was in your cohort at the Reforge Growth Series".
    "(i was|i'm|i am|i was also)( a| an| one of the)?( [\\p{L}-]+)? in your (cohort|batch|class|intake|year|section|study group|tutorial group|graduating class)(?!\\p{L})",
    // One programme served in together, said of both: "we both volunteered as mentors in the 2023 Teach For Ghana summer programme".
    "(we|you and i) both (volunteered|served|taught|tutored|mentored|interned|trained|coached) (as [\\p{L}-]+ )?(in|on|at|with|for) the( [\\p{L}\\p{N}&'.-]+){1,6} (programme|program|scheme|fellowship|cohort|intake|camp|corps|residency|academy)(?!\\p{L})",
    // In their lab or team as an intern or student: "I interned in your lab at the Garvan Institute in 2017".
    '(i )?(interned|worked|studied|trained|volunteered|did my (placement|internship|thesis|residency)) (in|with|at) your (lab|team|group|department|clinic|office|unit|class)',
    // The same programme after them: "I'm going through the {{program_name}} certification you completed last year".
    "(i'm|i am) (now )?(going through|doing|taking|enrolled in|starting|halfway through) the(?=( [\\p{L}\\p{N}'-]+){1,4} (certification|course|programme|program|bootcamp|degree|mba|msc|fellowship) (you|that you) (completed|did|took|finished|passed|graduated from))",
    // The same internship or year at a named place, or their junior or senior there: "I interned at Siemens Munich the same summer", "I was your junior at Lady Shri Ram College".
    "(interned|worked|studied|trained|volunteered) (at|in|with)( [\\p{L}\\p{N}&.'-]+){1,3} the same (summer|year|term|semester|season|quarter|intake|batch)",
    "(i was|i am|i'm) your (junior|senior|batchmate|batch-mate|classmate|hostel-mate|hostelmate) (at|in|from)",
    // Partners on a course: "we were lab partners on day two of the Certified Scrum Product Owner course".
    "(we were|we're|we are) (lab partners|classmates|study partners|course mates|coursemates|table partners|pair partners|project partners|teammates) (on|in|at|during|for)",
    // The same school as theirs, said so: "from IIT Kharagpur in 2012, the same department as you".
    '(the )?same (department|faculty|school|college|university|program|programme|course|batch|class|cohort|hall|house|lab|alma mater) as (you|yours)',
    // A programme's round named between: "a mentee in the same LFX Mentorship term as you".
    "(the )?same( [\\p{L}\\p{N}&'-]+){1,4} (term|cohort|batch|intake|round|class|programme|program|course|semester|fellowship|residency) as (you|yours)",
    // The same programme, asked of them with "also" or "too": "did you also do the Food Innovation master at Pollenzo?".
    "(did|have) you (also|too) (do|done|attend|attended|take|taken|study|studied|complete|completed|go through|gone through)( the| a| an)?( [\\p{L}\\p{N}&'.-]+){0,5} (master's|masters|master|mba|msc|mphil|phd|programme|program|course|bootcamp|fellowship|residency|degree|immersive)(?!\\p{L})",
    // Students, interns or volunteers at the same place: "we were both Erasmus students at KU Leuven", "we both volunteered with Code for Philly", "Le Wagon batch #1102 says hi".
    "(we were|we're|we are) both ([\\p{L}-]+ ){0,4}(students|interns|fellows|trainees|residents|volunteers|scholars|grantees|leads|ambassadors|organi[sz]ers|captains|reps|representatives) (at|in|with|on)",
    // Graduates of one school, named between: "we're both UW Madison grads", "we are both {{school}} alumni".
    "(we were|we're|we are) both(?! (new|recent|fresh|international|mature|former|future|aspiring)(?!\\p{L}))( ([\\p{L}\\p{N}'&.-]+|<slot>)){1,4} (grads|graduates|alumni|alums|alumnae)(?!\\p{L})",
    "(we were|we were both|we're|we are|we're both|we are both) in the same( [\\p{L}\\p{N}-]+){0,3} (office hours|batch|cohort|class|section|study group|program|programme|intake|module|course|seminar|tutorial group|rotation)",
    // On one training together, named: "we were both on the Mindfulness-Based Cognitive Therapy teacher training at Bangor".
    "(we were|we're|we are) both (on|in) the( [\\p{L}\\p{N}&'-]+){1,6} (training|course|programme|program|bootcamp|module|residency|fellowship|rotation|placement|apprenticeship|graduate scheme|intake|cohort|rating|type rating|conversion)(?!\\p{L})",
    // The same course at the same place, said with "too": "I studied Museum Studies at Leicester too (2015 intake)".
    "(i )?(studied|did|read|completed|took)( [\\p{L}\\p{N}&'.-]+){1,4} at( [\\p{L}\\p{N}&'.-]+){1,4} (too|as well)(?=\\s*[.!,(—–]|\\s*$)",
    // One programme a few years apart, named: "we did Kauffman Fellows a few years apart (Class 24, you 21)".
    "(we|you and i) (both )?(did|went through|attended|completed)(?=( [\\p{L}\\p{N}&'.-]+){1,5} (a (few|couple of) years|\\p{N}+ years|years|a year|two years|three years|a decade) apart(?!\\p{L}))",
    // The same club at other times, or the same demo day: "I'm on the Enactus team you captained in 2019", "different companies, same demo day".
    "(i'm|i am|i was) (on|in) the( [\\p{L}'&.-]+){0,3} (team|club|squad|society|chapter|crew|band|choir|lab) (you|that you) (captained|led|founded|ran|coached|started|chaired|co-?founded)(?!\\p{L})",
    "same demo ?day(?!\\p{L})",
    // The same course now, said with "too": "I'm in the NYU SCPS real estate certificate this fall too".
    "(i'm|i am) (also )?in the( [\\p{L}\\p{N}&'.-]+){0,5} (certificate|programme|program|course|class|cohort|bootcamp|intake|section|module)( [\\p{L}\\p{N}-]+){0,3} too(?!\\p{L})",
    // Both in one intake, named by its year: "both in the 2015 cohort of the Imperial MSc", "we were both in the class of 2019 at Wharton".
    "both (in|from|part of) the( [\\p{L}\\p{N}'-]+){0,3} (cohort|class|intake|batch|graduating class|year group) (of|at|in|from)",
    "(we )?both volunteered (with|at|for|on)",
    "(batch|cohort|class|intake|promo) #?\\d+ (says hi|here)",
    // In one numbered batch, said of both, shouted out, or sat a few desks apart in: "we were in Le Wagon Berlin batch #412", "Le Wagon Berlin, batch #412!", "batch #1123, i was two tables over".
    "(we were|we were both|both of us were|you and i were) in( the)?( [\\p{L}\\p{N}&'.-]+){1,4} (batch|cohort|intake|class|promo) #?\\d+",
    "(batch|cohort|intake|promo) #\\d+(?=\\s*!)",
    "(batch|cohort|intake|promo) #?\\d+(?=[^.!?\\n]{0,40} (i was|we were|you were|i sat|we sat) (two|three|a few|\\d+) (seats|rows|tables|desks|benches|stations|bunks) (down|away|behind|over|apart))",
    // In this year's cohort of their programme: "I spotted the CMU MHCI on your profile. I'm in this year's cohort".
    "(i'm|i am) (now |currently )?(in|on|part of) (this|next|last) year's (cohort|class|intake|batch|program|programme)",
    // Taught by them or in their class, on one board together: "I was in your Econometrics II section", "you were TA-ing for cohort 15", "we served together on the Youth Advisory Board".
    "i was (in|on) your( [\\p{L}\\p{N}'-]+){0,3} (section|class|course|seminar|lab|lecture|tutorial|module|workshop|studio)",
    "you were (ta-ing|a ta|teaching|mentoring|tutoring|coaching|demonstrating)( for| in| on)?( the)? (cohort|batch|class|intake|course|section|module)",
    "we (served|sat|volunteered) together on the",
    // A course done together, a programme of theirs volunteered on: "we did the Cert IV in Training and Assessment together", "I was a volunteer on your puffin count".
    "we (did|took|completed|sat|studied) the( [\\p{L}\\p{N}&-]+){1,6} together",
    "i was (a|an|one of the) (volunteers?|interns?|students?|assistants?|trainees?|participants?|fellows?) (on|in|at|for) your",
    // Said as learners of English say it: "we both study in the Erasmus exchange at Uni Bologna".
    "(we|you and i) both (study|studied|were studying) (in|at|on) the",
    // The sender in a programme they finished, the cohort's year "here too": "a first-year resident in the residency you finished in 2020", "an apprentice on the <scheme> you completed", "Techstars Berlin '22 here too".
    "(i'm|i am) (a|an|now a|now an)( [\\p{L}\\p{N}-]+){0,3} (resident|apprentice|student|fellow|intern|trainee|cadet|graduate|grad|scholar|member) (in|on|at|of|from)[^.!?]{1,60} (residency|programme|program|scheme|course|degree|mba|msc|bootcamp|cohort|fellowship|apprenticeship|school|lab|<slot>) (that )?you (also )?(completed|did|took|finished|attended|graduated from|went through)",
    "'\\d{2} here( too| as well)",
    // Telegraphic, the school before: "Kellogg '19 as well."
    "'\\d{2} (as well|too)(?=\\s*[.!]|\\s*$)",
    // One's place in it said in passing, or a year in the same hospital, an advisor in common: "web cohort 19 here", "a PGY-1 at Mass General the year you were chief resident", "Dr. Lind advised my thesis at KTH as well".
    "(cohort|batch|class|intake|track|squad) (\\d+|<slot>)( [\\p{L}-]+)? here",
    "the (year|years|semester|term|summer) you were (chief|a|an|the|in|on|at)",
    "(advised|supervised|mentored|examined) my( [\\p{L}'-]+){0,2} (thesis|dissertation|phd|doctorate|master's|research|capstone)( [\\p{L}-]+){0,3} (as well|too)",
    // The sender's programme, said to be theirs too: "I'm a 2023 graduate of the MSc Finance at LSE, the programme you completed in 2009".
    "(i'm|i am|i was) an? ([\\p{L}\\p{N}-]+ ){0,3}(graduate|grad|alum|alumna|alumnus|student) (of|from)[^.!?]{1,60} the (same )?(programme|program|course|degree|mba|msc|bootcamp|cohort|fellowship|residency) (that )?you (also )?(completed|did|took|finished|attended|graduated from|went through)",
    // The same school and year, said of oneself with "also": "I'm also from UP Diliman, BS Statistics batch 2020".
    "(i'm|i am|i was) also (from|in|at)[^.!?]{1,60} (batch|class of|cohort|intake) (\\d{4}|<slot>)",
    // Found through the alumni network both belong to; taught by them: "through the [University] alumni network", "I took your class at [University]".
    "(through|via|in|on|from) (the|our) (<slot>|[\\p{L}&.'-]+( [\\p{L}&.'-]+){0,3}) (alumni|alum|alumnae) (network|group|association|community|directory|database|portal|platform|list)",
    "(took|attended|did|sat in on|was in) your (class|classes|course|seminar|lecture|lectures|module|tutorial|tutorials|lab|studio|training) (at|in|back)",
    // Their course, named before who taught it: "I took the geostatistics course you taught at UC in 2022".
    "(took|attended|did|completed|audited|sat in on|was in|enrolled in)( the| a)?( [\\p{L}\\p{N}&'-]+){0,4} (class|course|seminar|module|workshop|masterclass|bootcamp|training)( (on|in|about) [\\p{L}\\p{N}&'-]+( [\\p{L}\\p{N}&'-]+){0,3})? (that )?you (taught|teach|ran|run|led|gave|delivered|co-taught|lectured)(?!\\p{L})",
    // The programme the sender is in or just finished, which they did before: "I'm in the current {{program_name}} cohort … and saw you
    // completed it in {{year}}", "I just graduated from [Bootcamp] and saw you finished it back in [year]".
    "(saw|see|noticed|read|learned) (that )?you (also )?(completed|finished|did|took|went through|graduated from|were in) (it|that one|the (very )?(first|last|previous|founding|inaugural|second|third) one|the same (one|programme|program|course|bootcamp|cohort|class|degree))(?!\\p{L})",
    // The same programme from both sides: "I'm going through X, the programme you finished", "you completed the X fellowship — I'm in the current cohort".
    "(i'm|i am)( now| currently)? (going through|doing|taking|enrolled in|starting)[^.!?]{1,80}(programme|program|course|bootcamp|fellowship|cohort|series|immersive|class|mba) you (finished|completed|did|took|went through|graduated from)",
    "you (finished|completed|did|took|went through|graduated from)[^.!?]{1,60}(programme|program|course|bootcamp|fellowship|accelerator|mba|degree|series|immersive)[^.!?\\p{L}]{0,4}( and)? (i'm|i am)( now)? (in|on|doing|taking) (the|this year's|this term's|it)( current| latest| new| next| spring| fall| autumn| summer| winter| \\d{4})? (cohort|batch|intake|class|edition)",
    // A teacher or supervisor in common: "same Professor Adeyemi", "Dr Patel supervised both our PhDs",
    // "we both had Mrs Delaney as our mentor"; one of a batch: "YC W19 batch-mate here".
    "same (professor|prof|supervisor|teacher|tutor|mentor|lecturer|coach|advisor|adviser|instructor)",
    "(supervised|taught|mentored|coached|trained|examined) both (of )?(us|our)",
    "(we )?both had( [\\p{L}.'-]+){1,3} as (our|a|an) (mentor|supervisor|teacher|tutor|lecturer|coach|manager|professor|advisor|adviser)",
    "(batch|cohort|class|course|lab|dorm|flat|house|year)-?mates? here",
    // The only two of a ward's students: "we were the two students Sister Maguire kept sending for ice".
    "we were the (two|only two|three|only) (students|interns|trainees|apprentices|juniors|new starters|residents|cadets|recruits)",
    // Their school or club, met again by the sender: "at IIT Madras, where you did your B.Tech",
    // "the student club at [University], which I see you led", "we both went to St Xavier's".
    "where you (also )?(did|studied|completed|earned|took|got|started) your",
    "which (i see |i saw |i noticed |i believe )?you (led|ran|founded|started|chaired|organi[sz]ed|co-?founded) (back )?in",
    // In one course with them: "I was in the General Assembly UX Design bootcamp with you in Austin".
    "((i was|we were) (in|on)|(i|we) (did|took|attended|completed|sat)) (the|a|an|that)( [\\p{L}\\p{N}&'-]+){0,5} (bootcamp|cohort|course|class|programme|program|batch|intake|module|seminar|lab|studio|residency|fellowship|accelerator|training|certification|apprenticeship)( (in|at) [\\p{L}\\p{N}&'-]+)? with you",
    "(we )?both (went to|went through|came through|attended|graduated from|studied at)(?! (a|an|some|state|public|private|local|different|similar|the same|the (conference|event|webinar|meetup|summit|session|workshop|talk|panel|course|class))(?!\\p{L}))",
    // One of the same programme's people: "Chevening Scholar here too".
    "(scholar|alum|alumna|alumnus|alumni|fellow|grad|graduate|mentee|cohort member) here( too| as well)",
    // One of theirs with a class year, as alumni sign: "fellow Purdue engineer here (ME '11)".
    "fellow( [\\p{L}&.'-]+){1,3} here,? \\((([\\p{L}]+ )?('|’)?\\d{2}|([\\p{L}]+ )?\\d{4}|class of \\d{4})\\)",
    // The class year inside it, a role after: "fellow Techstars Boston '22 founder here", "both Stanford '18".
    "fellow( [\\p{L}&.-]+){1,3} ('|’)\\d{2}( [\\p{L}-]+)? here",
    "both( [\\p{L}&.-]+){1,3} ('|’)\\d{2}(?!\\p{N})",
    // One batch or cohort said with "too": "I'm in the YC W24 batch too".
    '(batch|cohort|intake|class|programme|program|bootcamp|fellowship) too',
    // In one batch or cohort: "I saw you're also in YC's W24 batch".
    "(you're|you are|we're|we are) (also |both )?in( [\\p{L}\\p{N}'’-]+){0,3} (batch|cohort|fellowship|intake)",
    // A school named as theirs too: "a recent graduate of {{ school }} like you".
    "(graduate|grad|alum|alumnus|alumna|alumni|student) (of|from) (<slot>|[\\p{L}&.'-]+( [\\p{L}&.'-]+){0,3}) (like you|as well|too)",
    // Said of the two, not of the sender alone ("I graduated last year", "Recently graduated and eager…":
    // "the same summer you did" is said apart), nor of a field ("we both studied law").
    "((we|we've|we have|you and i)( both| all)?|both) (studied|graduated|interned|trained|did our (mba|masters?|phd|degree|internship)|took the same (course|class|program))(?! [\\p{L}-]+( and [\\p{L}-]+)?(?=\\s*[.!?,]|\\s*$|[\\s,]+(too|as well|and)(?!\\p{L})))(?![^.!?]{0,40}different (schools|universities|colleges|campuses|programmes|programs|courses))",
    "(studied|graduated|interned|trained) (together|alongside each other|side by side)",
    // The sender's school, where the reader studied too: "a second-year MPH student at LSHTM, where you trained".
    "(student|graduate|grad|trainee|resident|intern|alum|alumna|alumnus|studying|enrolled) (at|in|from) (<slot>|[\\p{L}&.'-]+( [\\p{L}&.'-]+){0,5}),? where you (also )?(trained|studied|graduated|interned|lectured|taught|teach|lecture|guest-lectured|gave a (talk|lecture|seminar|class)|did your (degree|mba|phd|masters?|training|residency))(?!\\p{L})",
    "same (summer|year|term|semester|intake|time|spring|autumn|fall) (as )?you (did|were|interned|studied|trained)",
    // One accelerator batch: "fellow Y Combinator W23 founder here", "I was in the YC W22 batch a few groups over from yours".
    "(i was|i'm|i am|we were) in the( [\\p{L}\\p{N}&'-]+){0,3} [wsfx]'?\\d{2} (batch|cohort)[^.!?]{0,40}(too|as well|with you|from yours|as you|like you)",
    "(fellow|same|also)( [\\p{L}\\p{N}&'-]+){0,3} [wsfx]'?\\d{2} (founder|founders|batch|batchmate|cohort|company)",
    // A cohort by its number: "Fellow Le Wagon #812 here".
    "fellow( [\\p{L}\\p{N}&.'-]+){1,4} #\\p{N}+ (here|too)(?!\\p{L})",
    "fellow( [\\p{L}0-9.'&()@-]+){0,5} (alum|alumni|alumnus|alumna|graduate|grad|student|classmate|intern|cohort member|mba|msc|ma|march|meng|llm|llb|jd|bsc|ba|phd|pgce)",
    '(same|our) (class|cohort|batch|programme|program|bootcamp|course|degree|mba|school|university|college|alma mater|intake|year at|section|seminar|study group|tutorial group)',
    '(share|shared|have|got) (an|a|the same|a common) alma mater',
    // "the same … batch", "our … cohort": "the … bootcamp" alone is one's own course, not one in common.
    "(same|(in|from|of|during|at|with) our)( [\\p{L}0-9'-]+){1,4} (batch|cohort|bootcamp|class|program|programme|fellowship|accelerator)",
    '(class|cohort|batch) of (\'?\\d+|<slot>)',
    'alum(ni|nus|na)? (of|from)',
    // Someone else's old colleague is no one's in common with the reader: "Tom Becker's old colleague here".
    // Not a kind of people in general: "reconnecting with former colleagues".
    "(former|old)(?<!('s|with|to|all|other|more) (former|old)) (classmates?|schoolmates?|teammates?|colleagues?)(?! (at|from|in) [^,.!?]{1,40}, (told|said|mentioned|suggested|recommended|says|thinks|thought|speaks|spoke|raved|passed|sent|pointed)(?!\\p{L}))",
    "(we were|we're|we are|were) (classmates|schoolmates|cohort-?mates|batch-?mates|lab-?mates|course-?mates)",
    // The sender one more of their school's graduates: "I am also a KAIST alumni (ME '15)".
    "(i am|i'm) also (a|an|one) ([\\p{L}\\p{N}&.'-]+ ){1,3}(alumni|alumnus|alumna|alum|graduate|grad)(?!\\p{L})",
    // A committee or a board sat on together: "we sat on the same {{ committee }} last year".
    "(we|you and i) (sat|served|were) on the same( [\\p{L}\\p{N}-]+)? (<slot>|committee|board|panel|jury|council|working group|task ?force|steering group)(?!\\p{L})",
    // Their school said to be the sender's too: "I trained at King's too (adult nursing, 2016)".
    "(i )?(trained|studied|graduated|qualified) (at|from)( [\\p{L}\\p{N}&.'’-]+){1,3} (too|as well)(?!\\p{L})",
    // A desk or an office shared: "we shared a desk at Initech for three years".
    "(we|you and i) (shared|had) (a|an|the same) (desk|office|flat|room|cubicle|bench|lab|house|apartment|dorm)(?!\\p{L})",
    // Their course taken: "I took your Advanced Epidemiology module at LSHTM in 2019".
    "(i|we) (took|did|attended|followed|sat in on|audited) your( [\\p{L}\\p{N}&.'-]+){0,4} (module|course|class|seminar|lecture|lectures|workshop|masterclass|bootcamp|tutorial)(?!\\p{L})",
    // The sender introduced as theirs, the place named: "former Zalando colleague here", "ex-Deloitte teammate here".
    "(former|ex-?)( [\\p{L}\\p{N}&.'-]+){1,2} (colleague|teammate|classmate|coworker|co-worker|intern|flatmate) here(?!\\p{L})",
    'interned together|studied together|trained together',
    // Trained in their team: "I did my internship at Siemens Healthineers in your department".
    "(did|completed|spent|had) my( [\\p{L}-]+)? (internship|placement|residency|apprenticeship|rotation|traineeship|thesis|practicum|clerkship)( [\\p{L}\\p{N}&.'-]+){0,6} (in|on|under|with) your (department|team|lab|group|unit|ward|practice|office|firm|supervision|division)",
    // Trained side by side: "we were pupils together at 4 Pump Court", "we did the PGCE at Exeter together".
    "(were )?(pupils|trainees|residents|interns|apprentices|cadets|articled clerks|registrars|house officers|juniors) together",
    "(we )?(did|took|completed|finished|started) (the|our)( [\\p{L}\\p{N}'-]+){0,2} (pgce|mba|msc|degree|course|programme|program|bootcamp|training|residency|internship|apprenticeship|diploma|certificate|fellowship|masters|master's|phd|pupillage|traineeship)( [\\p{L}\\p{N}'’()–-]+){0,6} together",
    // The same exam sat in one year: "we both sat the CA ANZ Capstone in 2022".
    "both (sat|took|passed|wrote|did) the( [\\p{L}\\p{N}&'-]+){0,4} (exam|exams|capstone|boards|bar|finals|qualification|assessment|cfa|cpa|acca|cima|usmle|mrcp|plab|sqe|lpc)",
    "(cohort|class|batch|program|programme|course|intake)( together)? with you",
    "(i was|i'm|i am) your (ta|teaching assistant|tutor|lab partner|classmate|study partner)",
    // Sharing a room or a lab at a school: "we were roommates at [University] in 2014".
    "(we were|we're|we are|we used to be) (roommates|flatmates|housemates|classmates|lab ?mates|lab partners|dorm ?mates|bunkmates|study partners) (at|in) (<slot>|[\\p{L}\\p{N}&.'-]+)(?!\\p{L})",
    // Interns or fellows together somewhere: "we were summer interns at CERN openlab in 2016".
    "(we were|we're|we are)( both)?( summer| winter)? (interns|trainees|fellows|residents|apprentices|scholars|exchange students) (at|in|on|with) (<slot>|(?!(different|separate|other|various|two|several|many|big|small|a|an|the same time)(?!\\p{L}))[\\p{L}\\p{N}&.'-]+)(?!\\p{L})",
    // The sender a TA on their batch: "I was a TA on your Le Wagon data bootcamp batch (#812)".
    "(i was|i'm|i am) (a|an|the) (ta|teaching assistant|mentor|tutor|coach|instructor) (on|in|for) your( [\\p{L}\\p{N}&'.-]+){0,4} (batch|cohort|class|course|bootcamp|programme|program|module|section)(?!\\p{L})",
    // The sender teaching on the programme they have joined: "I'm a mentor in the {program} you just joined".
    "(i'm|i am|i was) (a|an|one of the) (mentor|mentors|tutor|tutors|ta|tas|teaching assistant|coach|coaches|instructor|instructors|facilitator|facilitators) (in|on|for|at) the( ([\\p{L}\\p{N}'&.-]+|<slot>)){1,4} (that )?you('ve| have)? (just |recently )?(joined|started|enrolled in|signed up for|are (in|on|taking|doing))(?!\\p{L})",
    // One of those they taught: "I was one of your students in the bootcamp at Le Wagon".
    "(i was|i'm|i am) one of your (students|mentees|trainees|apprentices|interns|residents|tutees|fellows)",
    '(you were|you are) my (ta|teaching assistant|tutor|lab partner|classmate|study partner|professor|teacher|instructor|lecturer)',
    // Years apart on one programme: "we overlapped at MIT", "two intakes behind you".
    // Not in an aside after someone else's name, where "we" is the sender and them: "Maya Goldberg (we overlapped at Atlassian) says…".
    '(we|you and i|i)(?<!\\((we|you and i|i)) overlapped( ?,[^,.;!?]{1,80},)? (at|in|during)',
    // On a programme's track: "we overlapped on AltSchool Africa's backend track".
    "(we|you and i|i) overlapped on( [\\p{L}\\p{N}&.'’-]+){1,4} (track|programme|program|course|cohort|batch|bootcamp|class|intake|residency|fellowship|degree|mba|msc|phd)(?!\\p{L})",
    // Years apart said of one of them: "though you're a few sets ahead", "I was the 2016 set".
    "(you're|you are|you were|i'm|i am|i was) (a few|a couple of|one|two|three|four|\\d+|a) (years?|sets?|intakes?|cohorts?|classes|batch(es)?|semesters?|terms?) (ahead|behind|above|below|older|younger)(?!\\p{L})",
    "(i was|i'm|i am)( in)? the (\\d{4}|'\\d{2}) (batch|set|intake|cohort|class)(?!\\p{L})",
    "(i was|i'm|i am) at the( [\\p{L}-]+){1,2} campus,? (\\d{4}|'\\d{2}) (batch|set|intake|cohort|class)(?!\\p{L})",
    // Their batch or section on the same programme: "saw you were in the Co'19 batch", "you were in the Thursday section".
    "(you were|you're|you are) in the( [\\p{L}\\p{N}'’-]+){1,2} (batch|cohort|intake|section|class|set)(?!\\p{L})",
    // Their school named as theirs: "a PhD student at the University of Ibadan (your alma mater, I believe)".
    "\\(?your alma mater(?!\\p{L})",
    // The course the sender is on now, at the school just named: "spotted Strathclyde on there — I'm doing the MSc in Supply Chain there now".
    "(i'm|i am) (now )?(doing|studying|taking) (the|a|my) (msc|mba|ma|ba|bsc|phd|degree|masters|master's|course|programme|program)( [\\p{L}&-]+){0,4} there(?!\\p{L})",

    '(a |one |two |three |four |\\d )?(years?|intakes?|cohorts?|class|classes|semesters?|terms?|batch|batches) (ahead of|behind|before|after|above|below) (me|you)',
    '(i )?(also|too) (studied|graduated|did my (mba|masters?|degree|phd)|went to school|interned|trained)',
    "(studying|studied|did|doing)[^.!?]{1,80}(same as you|like you did|just like you)",
    '(went to|attended) (<slot>|[\\p{L}&.\'-]+( [\\p{L}&.\'-]+){0,3}) (too|as well)',
    '(studied|graduated|trained|qualified|did my( [\\p{L}-]+)? (apprenticeship|training|degree|course|diploma|certificate)) (at|from|with)( [\\p{L}0-9.&-]+){1,5} (too|as well)',
    // "I think you were the year above", "I was two intakes below you".
    '(you were|i was) (the|a|one|two|three) (year|years|intake|intakes|class|classes|cohort|cohorts) (above|below|ahead|behind)',
    "(alum|alumnus|alumna|alumni|grad|graduate)( here)? (too|as well|like (you|yourself))",
    // In an aside: "I'm a Hack Reactor grad (like you!)".
    "(alum|alumnus|alumna|alumni|grad|graduate|student) \\((too|as well|like (you|yourself)|same as you)(?!\\p{L})",
    "(also|too) (an? )?(ex-student|ex student|former student|old student|alumnus|alumna|alum|graduate) (of|from|at)",
    // At their school now, "too": "I'm a CS junior at Georgia Tech too".
    "(i'm|i am) (a|an)( [\\p{L}\\p{N}-]+){0,3} (student|junior|senior|sophomore|freshman|fresher|undergrad|undergraduate|grad student|phd student|postdoc|intern) (at|in|from) (<slot>|[\\p{L}&.'-]+( [\\p{L}&.'-]+){0,3}) (too|as well)",
    // The article left out, as some write English: "I am also Boğaziçi graduate".
    "(also|too)( an?)?( [\\p{L}0-9.&'-]+){0,4} (alum|alumnus|alumna|grad|graduate)(?!\\p{L})",
    "(i'm|i am|i was) (also|too) (in|part of|a member of) (the|this|that)( [\\p{L}0-9'-]+){0,4} (cohort|batch|class|program|programme|fellowship|bootcamp|intake)",
    // One more of their school's graduates, named between: "great to see another Cornell Hotel School grad running F&B in Lisbon".
    "(another|one more|a fellow) ([\\p{L}\\p{N}'&.-]+ ){1,4}(grad|graduate|alum|alumna|alumnus)(?!\\p{L})(?<=(another|one more|a fellow) (?!(recent|new|fresh|young|aspiring|proud|former|future)(?!\\p{L}))([\\p{L}\\p{N}'&.-]+ ){1,4}(grad|graduate|alum|alumna|alumnus))",
    // Where the sender studies, they studied too: "a law student at Georgetown, where I understand you also earned your LL.M.".
    "(student|studying|enrolled|graduated|trained) (at|in) ([\\p{L}\\p{N}'&.-]+ ){1,4}(where|which) (i (understand|see|believe|gather|hear|noticed|read) )?you (also|too) (earned|did|got|completed|studied|took|trained|graduated)(?!\\p{L})",
    // A programme the sender joins where they teach: "I've joined the spring cohort of [Programme], where you mentor".
    "(where|in which) ((you're|you are|you were) (a |an |one of the )?(mentor|mentors|tutor|tutors|lecturer|teacher|coach|coaches|faculty|judge|judges|instructor)|you (mentor|teach|lecture|coach|judge|instruct))(?!\\p{L})",
    // A member of the same cohort, not of a group or a board: "as a fellow member of the [Program] cohort".
    "fellow (members?|participants?|graduates?|alum|alumni|students?) of (the|our|this)( [\\p{L}\\p{N}&'.-]+| <slot>){0,4} (cohort|class|intake|batch|programme|program|bootcamp|fellowship|accelerator|course)(?!\\p{L})",
    // A cohort written as its code, said of both: "fellow EF LON7 here!", "fellow YC W21 founder".
    "fellow( [\\p{L}&.'-]+)? [\\p{L}]{1,5}\\p{N}{1,2}( [\\p{L}]+)?(?= (here|too|alum|alumna|alumnus|founder|founders|batchmate|cohort)(?!\\p{L}))",
    // Served in the same force: "we both served in the [Military Branch]".
    "(we|you and i) both served (in|with|on) (the )?(<slot>|[\\p{L}\\p{N}&.'-]+)(?!\\p{L})",
    // The same school and year said of both: "UCL Bartlett 2016 here too", "LSHTM MSc 2021 gang".
    "(19|20)\\p{N}{2} (here too|too|gang|crew|squad|fam|alum|alumni|grads|cohort)(?!\\p{L})",
    // The same course said of "we": "we did the Le Wagon bootcamp in Berlin"; "like you, I studied at…".
    "we (did|took|attended|went through|finished|completed|started) (the|that) ([\\p{L}\\p{N}&'’.-]+ ){0,4}(bootcamp|course|programme|program|mba|masters|master's|msc|bsc|ma|ba|phd|pgce|llm|diploma|degree|class|cohort|fellowship|accelerator|residency|apprenticeship|training|batch|intake)",
    "like you,? i (also )?(studied|trained|graduated|did my|went to|took|did the|followed the|completed the)",
    // Both in a course said as "you and me" (a second-language writer's): "you and me were in the Google Digital Academy bootcamp".
    "(you and me|me and you) (were|both were|did|both did|took) (in )?(the|that|a)( [\\p{L}\\p{N}&'’.-]+){0,5} (bootcamp|course|programme|program|mba|masters|master's|degree|class|cohort|fellowship|accelerator|training|batch|intake|seminar|school)(?!\\p{L})",
    // One more of a programme's former members: "Another ex-Teach First participant here".
    "another ex-([\\p{L}\\p{N}&.'’-]+ ){1,3}(participant|alum|alumna|alumnus|alumni|grad|graduate|trainee|scholar|fellow|corps member)(?!\\p{L})",
    // Both finished the same programme, named: "We both finished the Andela Learning Community cycle 4".
    "we both (finished|completed|graduated from|went through|did|took|attended) (the )?(<slot>|[\\p{L}\\p{N}&.'’-]+)( [\\p{L}\\p{N}&.'’-]+){0,4} (cycle|cohort|batch|class|intake|programme|program|course|bootcamp|fellowship|track|edition|training|academy|school)(?!\\p{L})",
    // The same school said of oneself after theirs: "Saw you went to Georgia Tech — I'm a '19 ISyE grad myself".
    "i'm (a|an) ([\\p{L}\\p{N}'’.-]+ ){0,3}(grad|graduate|alum|alumna|alumnus) (myself|too|as well)(?!\\p{L})",
    // Interned under them: "I interned in your team at Arup in 2019".
    "i (interned|was an intern|did my internship|did an internship|was a trainee|trained) (in|on|with|under) (your (team|department|group|lab|unit|practice|office)|you)(?!\\p{L})",
    // Others of their school, the school named: "I'm always looking to connect with other Kellogg MBA alumni".
    "(other|another|fellow) (?!(recent|new|young|former|many|more|fresh|local|international|aspiring|junior|senior|talented|great|amazing|female|male|first-gen|first-generation)(?!\\p{L}))([\\p{L}\\p{N}&.'-]+ ){1,3}(alumni|alumnus|alumna|alums?)(?!\\p{L})",
    // A student of theirs, or one of a group the sender recalls by its name and year: "I was in your Flatiron data science cohort", "it's Tevita from the Le Cordon Bleu Sydney intake in 2016".
    "(i was|i sat|i studied)( [\\p{L}-]+){0,2} in your( [\\p{L}\\p{N}'’.-]+){0,5} (cohort|class|course|section|seminar|intake|batch|bootcamp|tutorial group|study group|lab)(?!\\p{L})",
    "(it's|it is|this is) [\\p{L}'’-]+( [\\p{L}'’-]+)? from the( [\\p{L}\\p{N}&'’.-]+){1,6} (cohort|intake|batch|class|bootcamp)( of)? ((19|20)\\p{N}{2}|['’]\\p{N}{2}|in (19|20)\\p{N}{2})(?!\\p{N})",
  ],
  interaction: [
    // Their hot take, a post by its name, in quotes or not: 'your "hot take" on testing in production'.
    "your (\"|')?hot take(\"|')? on(?!\\p{L})",
    // Their demo thanked for, a fork or port of their tool kept up, one piece of theirs by what they did in it, a course they published: "thank you for the demonstration of your scanner", "I maintain the fork of your scraper", "the newsletter issue where you broke down…", "the free course you published on…", "your contribution to the … webinar".
    '(thank you|thanks) for (the|your) (demonstration|demo|walkthrough|tour|tasting|test drive) of (your|the)(?!\\p{L})',
    '(i|we) (maintain|run|keep up|wrote|built|made|forked) (the|a|my|our) (fork|port|wrapper|binding|bindings|plugin|extension|mirror) (of|for) your(?!\\p{L})',
    'the( [\\p{L}-]+)? (issue|episode|post|thread|video|talk|edition|article|piece) (where|in which) you (broke down|explained|covered|walked through|shared|compared|showed|argued|described|unpacked)(?!\\p{L})',
    '(course|guide|ebook|e-book|template|tutorial|toolkit|workbook|playbook|handbook) you (published|released|put out|wrote|made|created|shared|launched)(?!\\p{L})',
    'your (contribution|intervention|presentation|remarks|talk|answer|question) (to|at|in|during) the(?= [^.!?]{0,60}(webinar|panel|conference|summit|meetup|session|forum|congress|symposium|workshop|podcast|livestream|ama)(?!\\p{L}))',
    // Their comment on the sender's piece, their team's use of the sender's work: "you left the longest and most thoughtful comment on my Medium article", "the Leaflet plugin your team forked".
    "you (left|wrote|posted|dropped)( [\\p{L}-]+){0,6} (comment|reply|answer|review) (on|under|to) my(?!\\p{L})",
    "(the|my|our)( [\\p{L}\\p{N}.-]+){0,3} (plugin|library|package|repo|project|tool|module|crate|gem|sdk|app|extension|template|dataset) (you|your team|your company|your lab) (forked|vendored|starred|patched)(?!\\p{L})",
    // Not "the CRM tool you use": only the sender's own work in use there.
    "(my|our)( [\\p{L}\\p{N}.-]+){0,3} (plugin|library|package|repo|project|tool|module|crate|gem|sdk|app|extension|template|dataset) (you|your team|your company|your lab) (use|used|adopted)(?!\\p{L})",
    // Thanks for their tool, by its name or as theirs: "thanks for Cuentaclara, your WooCommerce plugin", "thank you for your Home Assistant integration".
    "(thanks|thank you)( so much| again)? for ([^.!?,\\n]{1,40}, )?your( [\\p{L}\\p{N}'’-]+){0,3} (plugin|library|package|extension|app|tool|repo|project|theme|template|module|crate|gem|sdk|cli|dataset|notebook|framework|integration|add-?on|script|bot)(?!\\p{L})",
    // Their reaction to the sender's own piece: "thanks for the upvote-and-reply on my Stack Overflow answer".
    "(thanks|thank you)( so much| again)? for (the|your)( [\\p{L}-]+){1,2} (on|to) my( [\\p{L}\\p{N}-]+){0,2} (answer|post|comment|question|article|thread|pr|pull request|repo|video|talk|review|issue)(?!\\p{L})",
    // Issues filed on their project, again and again: "one of the folks who keeps filing issues on your tree-sitter grammar".
    "(filing|opening|filed|opened|raising|raised|reporting|reported|sending|sent|submitting|submitted)( small| a few| some| several| \\d+)? (issues|bugs|bug reports|prs|pull requests|patches|tickets) (on|in|against|for|to) (your|<slot>)(?!\\p{L})",
    // Their open work in daily use: "I use your Home Assistant integration for Croatian tariffs".
    "(i|we) (use|run|rely on|depend on) your( [\\p{L}\\p{N}'’-]+){0,4} (integration|plugin|library|package|extension|template|theme|repo|module|script|add-?on|crate|gem|sdk|cli|dataset|notebook|grammar|parser|fork)(?!\\p{L})",
    // Their fork of the sender's project: "noticed your fork adds [feature]".
    "your fork (adds|of|that|with)(?!\\p{L})",
    // Their open work, thanked for: "Big thanks for maintaining leaflet-tidewater".
    "(thanks|thank you)( so much| again)? for (maintaining|open-?sourcing|releasing|publishing) (the |your )?[\\p{L}\\p{N}<][\\p{L}\\p{N}.>-]*",
    // The latest issue of theirs, the sender's work on their project, their arguing in a thread: "Loved the latest issue of Small Port Notes", "I maintain the Debian packaging for your tile renderer", "saw you were also arguing in Tobi's thread".
    "(the|your)(?! (first|next|upcoming|coming) )( [\\p{L}\\p{N}'’-]+){0,2} (issue|edition|episode|instalment|installment) (of|on|about)(?! (my|our)(?!\\p{L}))(?!\\p{L})",
    // Their review or merge of the sender's work on their project, their issue or post linked, their name on a project's list: "thanks for merging the fix", "I've got a PR open for…", "linked your issue on pricing", "saw your name in the contributors list for [Project]".
    "(thanks|thank you) for (merging|reviewing|accepting|landing) (the|my|our)(?!\\p{L})",
    "(i've got|i have|i opened|i've opened|i just opened) a (pr|pull request|merge request|patch)( open)? (for|on|against|to)(?!\\p{L})",
    "(linked|cited|quoted|featured|shared|recommended) your (issue|post|article|piece|thread|newsletter|essay|talk|video|episode|paper)(?!\\p{L})",
    "(saw|noticed|found|spotted) your name (in|on) the( [\\p{L}-]+)? (contributors|maintainers|authors|speakers|crew|mentors|volunteers|organi[sz]ers|committers)( list| page)?(?!\\p{L})",
    "(i|we)( have|'ve)?( started| begun| been)? (maintain|maintaining|look after|looking after|keep up|wrote|write|did|do)( [\\p{L}\\p{N}'’-]+){0,3} (packaging|package|port|translation|bindings|docs|documentation|locale|plugin|wrapper) (for|of) your(?!\\p{L})",
    // The sender's part in their open work: "I'm one of the contributors to {{project}}", "just opened my first PR", "noticed you forked it to add Kafka support", "I've been helping with the docs of the tool you maintain".
    "(i'm|i am) (one of the|a|an)( [\\p{L}-]+)? (contributors?|maintainers?|co-?maintainers?|committers?|translators?|packagers?) (to|on|of) (your|<slot>)(?!\\p{L})",
    "(opened|submitted|sent|filed|landed|merged|made) my first (pr|pull request|merge request|patch|contribution|issue)(?!\\p{L})",
    "you (forked|starred|cloned|remixed|vendored) (it|my|our|<slot>)(?!\\p{L})",
    "(contributed|volunteered|helped|been contributing|been volunteering|been helping) (to|on|with|in|at) the( [\\p{L}\\p{N}&'’.-]+| <slot>){1,6} (that |which )?you (run|lead|coordinate|maintain|organi[sz]e|started|founded|created)(?!\\p{L})",
    "(saw|noticed|seen)( that)? you (were )?(also )?(arguing|commenting|posting|replying|chiming in|debating) (in|on|under)(?!\\p{L})",
    // Their fix to a project the sender works on, a newsletter's issue: "noticed you fixed the week-numbering bug in v3.2", "last week's issue on the restoration grant".
    "you (fixed|patched|closed|resolved|squashed|tracked down) the( [\\p{L}\\p{N}'’.-]+){0,3} (bug|issue|regression|crash|leak|race condition)(?!\\p{L})",
    "(last week's|this week's|last month's|this month's|yesterday's|today's|the latest|your latest|your last) (issue|edition|episode|newsletter|column) (on|about)(?!\\p{L})",
    // Both in one thread, someone else's: "we both left comments on Priya Shah's post about salary transparency".
    "(we|you and i) (both )?(commented|left comments|replied|posted replies|weighed in|chimed in) (on|under|in)(?!\\p{L})",
    "(both of us|we both|you and i|the two of us|you and i were|we were)( apparently)? (piled into|jumped into|got pulled into|got dragged into|chimed in on|argued in|were in|ended up in|ended up deep in|the only two( people)? in|the only ones in) (that|the|this|a|an)( [\\p{L}\\p{N}'’-]+){0,4} (thread|discussion|comments|debate|post)(?!\\p{L})",
    // Their tool in the sender's own work: "I've been using your Blender add-on for kimono pattern drafting".
    "(i've been|i have been|i'm|i am|we've been|we have been|we're|we are|been) using your( [\\p{L}\\p{N}'’-]+){0,3} (add-?on|plug-?in|library|package|template|extension|script|framework|dataset|spreadsheet|calculator|theme|font|tool|toolkit|app|notebook|model|course|guide|book)s?(?!\\p{L})",
    // Their open-source work used, forked, fixed or translated; their review or report of the sender's product; their fix or quote that helped:
    // "forked your {{repo}}", "I maintain a fork of your [repo]", "fixed the broken CSV export in your open budget tool", "translated the UI of your [open-source tool]",
    // "your review of our Chrome extension", "the Safari rendering bug you reported on our repo", "your fix for the [library] timezone bug saved our release", "your quote from the Fast Company piece".
    "(packaged|deployed|ran|run|benchmarked|profiled) your( [\\p{L}\\p{N}'’-]+| <slot>){0,3} (repo|repository|library|lib|package|project|tool|script|scripts|plugin|extension|crate|gem|module|sdk|cli|action|model|dataset|notebook|template)(?!\\p{L})",
    "(a|my|our|your) fork of (your|<slot>)(?!\\p{L})",
    "(forked|starred|vendored) your(?!\\p{L})",
    "(fixed|patched|repaired|translated|locali[sz]ed|documented|tested|containeri[sz]ed)( the)?( [\\p{L}\\p{N}'’-]+){0,4} (in|on|of|for) your(?!\\p{L})",
    "(your|you) (review|reviewed|rating|rated|report|reported|feedback|bug report|feature request|requested|asked for)( [\\p{L}\\p{N}'’-]+){0,2} (of|on|about|for|in)? ?(our|my|<slot>)(?!\\p{L})",
    "(the|that) ([\\p{L}\\p{N}'’-]+ ){0,3}(bug|issue|crash|glitch|problem|typo) you (reported|flagged|filed|found|raised)(?!\\p{L})",
    "your (fix|patch|pr|commit|answer|guide|tutorial|script|library|workaround|gist|snippet|config)( [\\p{L}\\p{N}'’<>-]+| <slot>){0,5} (saved|helped|fixed|unblocked|rescued)(?!\\p{L})",
    "your quote (from|in|on) the(?!\\p{L})",
    "(upvoting|upvoted|liking|liked|sharing|shared|starring|starred|bookmarking|bookmarked|reposting|reposted|citing|cited) my (answer|post|comment|question|article|repo|project|video|thread|paper)(?!\\p{L})",
    // Their piece named by its title in quotes; a bug or typo of theirs reported; the sender's reply on a post; their film or show programmed:
    // "your 'Kubernetes is a distributed operating system' post", "reported the typo in your dbt-macros README", "the churn numbers I mentioned in my reply on Tom Feld's … post", "I programmed your short 'Low Tide'".
    "your ['‘\"“][^'’\"”\\n]{3,80}['’\"”] (post|article|talk|thread|essay|piece|video|newsletter|episode|paper|keynote|blog post|deck)(?!\\p{L})",
    "(reported|filed|opened|fixed|flagged|spotted) (the|a|an|that)( [\\p{L}-]+)? (typo|bug|issue|broken link|error|regression) (in|on|with) your(?!\\p{L})",
    "(in|on) my (reply|comment|answer|response) (on|to|under) (your|the|<slot>|([\\p{L}\\p{N}'’.-]+ ){0,2}[\\p{L}\\p{N}'’.-]+('s|’s))(?!\\p{L})",
    "(i|we) (programmed|screened|selected|exhibited|featured|booked|hosted|staged) your (short|film|documentary|work|piece|play|show|exhibition|talk|band|set|installation)(?!\\p{L})",
    // Their submission reviewed: "your abstract on RTI errors is on my review list".
    'your (abstract|submission|proposal|paper|talk proposal|poster) (on|about|for)(?!\\p{L})',
    // What they wrote under a post: "your caption on the Highland elopement post".
    'your (caption|comment|reply|answer|note) (on|under|to) (the|my|your|a)( [\\p{L}\\p{N}-]+){0,3} (post|thread|video|reel|photo)(?!\\p{L})',
    // What they or their team said in a recent post: "the bug your team flagged in last week's blog post".
    "you(r team)? (flagged|described|covered|mentioned|explained|shared|posted|wrote up|wrote about|published|announced) in (yesterday's|today's|this morning's|this week's|last week's|last month's) (blog post|post|article|thread|video|newsletter|talk|write-?up)(?!\\p{L})",
    // What they did for the sender's class or project: "you guest-lectured in my MBA class at Kellogg", "you judged our capstone", "you were on my thesis panel", "the class you visited at Babson".
    "you (guest-?lectured|lectured|taught|spoke|presented) (in|to|at) (my|our)( [\\p{L}\\p{N}&'-]+){0,2} (class|course|module|seminar|cohort|chapter|club|society|programme|program)(?!\\p{L})",
    "you (judged|reviewed|examined|assessed|marked) (our|my) (capstone|project|pitch|thesis|dissertation|demo|prototype)(?!\\p{L})",
    "you were on (my|our) (thesis|dissertation|phd|viva|capstone|defen[cs]e) (panel|committee|jury)(?!\\p{L})",
    "in the( [\\p{L}\\p{N}&'-]+){0,4} (class|course|seminar|lecture|module) you (visited|guest-?lectured|spoke to|spoke at|ran|taught)(?!\\p{L})",
    // Their piece named by when it came out: "yesterday's post about fintech fraud in Lagos".
    "(yesterday's|today's|this morning's|this week's|last week's) (post|article|thread|video|newsletter|episode|talk|piece) (about|on)(?!\\p{L})",
    "your (take|thoughts|point|points|view|views|angle|framing|argument|comments?) on( [\\p{L}\\p{N}'’-]+| <slot>){1,5} in (yesterday's|today's|this morning's|this week's|last week's|last month's) (post|article|thread|video|newsletter|episode|talk|piece|essay)(?!\\p{L})",
    // Their piece on their own profile: "the Featured essay on your profile about pricing", "the piece in your Featured section".
    "(featured|pinned) (essay|article|piece|post|deck|case study|video|talk|paper|guide|project|write-?up) on your (profile|page)(?!\\p{L})",
    "(essay|article|piece|post|deck|case study|video|talk|paper|guide|project|write-?up) (in|on|from) your featured( section)?(?!\\p{L})",
    // Their share of the sender's post, as a noun: "your reshare of my #OpenToWork post led to three interviews".
    "your (reshare|repost|share|like|comment|reply|shout-?out) (of|on|to) my( #?[\\p{L}\\p{N}-]+){0,2} (post|article|comment|video|thread|question|announcement)(?!\\p{L})",
    // A slide of their talk, remembered: "you put up a slide titled …", "you ended the Postgres devroom talk with …".
    "you (put up|showed|had|used|ended with|opened with|closed with) (a|the|your)( last| first| final| opening| closing)? slide(?!\\p{L})",
    "you (ended|opened|closed|started|finished) the( [\\p{L}\\p{N}'-]+){0,4} (talk|keynote|session|workshop|panel|lecture|webinar) (with|by)(?!\\p{L})",
    // Something they shared, seen: "I saw you shared [Returnship]'s application tips yesterday".
    "(saw|noticed|spotted|read) (that )?you (shared|posted|reposted|wrote|published|announced)(?!\\p{L})",
    // The sender's comment on their launch or post: "I left a comment about the Slack integration".
    "(i|we) (left|posted|dropped|added) (a|an|my|our) (comment|review|question|note) (on|about|under|in)(?!\\p{L})",
    // Their file, kit or plugin used, their teardown read: "I duplicated your Figma community file", "your Medium teardown of Lingotree's streaks".
    "(used|duplicated|forked|remixed|cloned|starred|adapted|installed) your( [\\p{L}\\p{N}'.-]+){0,3} (file|kit|template|plugin|library|repo|package|dataset|notebook|starter|boilerplate|theme|extension)(?!\\p{L})",
    "your( [\\p{L}\\p{N}'.-]+){0,2} (teardown|breakdown|deep dive|deep-dive|write-?up|case study) (of|on|about|into)(?!\\p{L})",
    // Their answer in a thread or an issue, or a chapter of their book: "your explanation of why spawn_blocking wasn't enough", "I'm on chapter 9 of 'Unit Economics for Humans'".
    "your( [\\p{L}\\p{N}'.-]+){0,2} (explanation|answer|reply|response) (of|on|about|to) (why|how|what|when|where|the|my|that|this|our)(?!\\p{L})",
    "(chapter|ch\\.?) \\p{N}+ of (your|<slot>|['\"][\\p{L}\\p{N}]+)",
    // A piece about them or with them: "loved the episode with your dad about the bakery".
    "the (episode|interview|segment|feature|documentary|profile piece) (with|featuring) (you|your)(?!\\p{L})",
    // Their story as a journalist's piece, read: "I read your [Outlet] story on {topic}" (not "hear your story on an episode").
    "(read|saw|caught|liked|loved|enjoyed|shared) your( [#\\p{L}\\p{N}'.:-]+){0,3} (story|stories) (on|about|in)(?!\\p{L})",
    // Their question in a named channel, the same thread answered by both, their pinned message: "you asked in #help-python for…",
    // "we both answered the same Stack Overflow question on…", "your pinned Discord message with the cheatsheet".
    "you asked (in|on) (the )?#?(<slot>|[\\p{L}\\p{N}_/-]+)( [\\p{L}\\p{N}_-]+){0,2} (for|about|whether|if|how)(?!\\p{L})",
    "(we )?both (answered|commented on|replied to|responded to|upvoted|starred|reviewed) the same( [\\p{L}\\p{N}-]+){0,3} (question|thread|post|issue|pull request|pr|discussion|answer|kata|challenge)(?!\\p{L})",
    "your pinned( [\\p{L}-]+)? (message|post|comment|tweet|answer|thread|note|guide|cheatsheet|resource)(?!\\p{L})",
    // Their talk at an event, asked about: "did the pilot you described at Arab Health ever move beyond…".
    "(the|that|your) ([\\p{L}-]+ )?(pilot|project|case|case study|model|study|results?|programme|program|approach|framework) you (described|presented|shared|showed|mentioned|discussed|walked through) (at|during|in|on)(?!\\p{L})",
    // A piece of theirs pointed at: "in that carousel of yours on Nigerian payroll".
    "(that|this|the) (post|carousel|thread|reel|video|article|essay|newsletter|talk|piece|deck|infographic|poll) of yours(?!\\p{L})",
    // Part of their talk caught at an event: "caught the end of your chat on designing for older users".
    "caught (the (end|start|tail end|last half|second half|first half|last part|first part) of )?your (talk|chat|session|panel|keynote|fireside|demo|presentation|workshop|set)(?!\\p{L})",
    // Their post named after its topic, said the other way round: "that [[Topic]] post of yours nailed it".
    "(that|the|this)( <slot>| [\\p{L}\\p{N}-]+){0,3} (post|article|thread|talk|video|newsletter|podcast|episode|piece|essay|comment|write-up|writeup) of yours",
    // Both tagged in someone's thread, their reply there: "@Julia tagged us both in her thread…, and your reply about device fingerprinting".
    '(tagged|mentioned|looped) (us both|both of us|you and me|me and you|the two of us) (in|on|under)',
    "your (reply|answer|response|comment) (about|on|to|in|under|re)(?!\\p{L})",
    // Their reply or correction under the sender's post: "you corrected a dosage figure under my summary", "you wrote 'this is wrong' under my note", "you took my chart apart".
    "(you|you've) (corrected|wrote|replied|commented|answered|left|pushed back|pointed out|flagged|fixed|questioned|challenged)( [\\p{L}\\p{N}'\"-]+){0,8} (under|on|below|beneath|to) my (post|note|summary|article|thread|chart|comment|video|piece|write-?up|question|graph|slide|deck)",
    "you (took|pulled|picked) my (chart|post|argument|deck|analysis|graph|piece|thread|numbers) apart",
    // Their open-source project relied on, an issue the sender opened there; their episode as a guest on the sender's show: "your open-source {repo_name}", "I'm the one who opened the timezone issue", "thanks again for joining our episode on grant writing".
    "(your|ur) open(-| )source (<slot>|project|library|tool|repo|package|framework|sdk)",
    "(i'm the one who|i) (opened|filed|raised|reported|submitted|logged)( the| an| a| that| my)?( [\\p{L}-]+){0,3} (issue|bug|bug report|pr|pull request|ticket)(?!\\p{L})",
    // Several, on their project: "I filed three issues on tilemill-lite" (not "I reported issues to my manager").
    "i (opened|filed|raised|reported|submitted|logged) (two|three|four|five|a few|several|some|\\d+) (issues|bugs|bug reports|prs|pull requests|tickets) (on|in|against|for)(?!\\p{L})",
    "(thanks|thank you)( again| so much)? for (joining|coming on|being on|being a guest on|guesting on) (our|my|the) (episode|podcast|show|panel|webinar|livestream|stream|series) (on|about)",
    // Bugs the sender hit in their project, written up: "I wrote up the three bugs I hit in your Python SDK".
    "(wrote up|documented|reported|filed|logged|opened issues for) the( [\\p{L}\\p{N}-]+){0,2} (bugs|issues|problems|edge cases|regressions) (i|we) (hit|found|ran into|spotted) (in|on|with) your(?!\\p{L})",
    // What they said to the sender between sessions: "your hallway rant about Helm chart sprawl stuck with me".
    "(your|our) (hallway|corridor|coffee-?line|coffee queue|lunch-?table|after-?party|sprint-?table|booth|breakout) (rant|chat|conversation|debate|argument|tip|take|story|pitch|demo|question|exchange)( (about|on)( [\\p{L}\\p{N}-]+){1,4})?(?!\\p{L})",
    // Their report or brief, dated or not: "your 2021 brief on vaccination uptake in rural Georgia".
    "your( (\\p{N}{4}|recent|latest|new|last))? (report|reports|white ?paper|whitepaper|brief|policy brief|briefing paper|working paper|op-ed) (on|about|into)",
    // Their paper in a named journal, congratulated: "congrats on the dialysis-access paper in Kidney Policy Review".
    "(congrats|congratulations|kudos|well done|bravo) on (the|your)( [\\p{L}-]+){0,2} (paper|article|study|chapter|op-ed|essay|report|brief|cover story|publication) (in|for)(?= [\\p{L}\\p{N}])",
    // Their talk named by its event, their repo contributed to: "your #SIGGRAPH2024 talk on…", "contributing to your duckdb-geo extension".
    // Their devlog read, a bug reported on their forum: "devlog #14 on the stealth AI rework", "filed the 'elevator softlock' report on your Early Access forum".
    "(your )?(devlog|dev log|dev diary)( #?\\p{N}+)? (on|about)(?!\\p{L})",
    "(filed|posted|submitted|opened|reported) (the|a|an|that)( [^.!?\\n]{1,40})? (report|bug|issue|ticket|thread) (on|in) your( [\\p{L}-]+){0,2} (forum|discord|repo|tracker|board|subreddit|server|github)(?!\\p{L})",
    // Their analysis published: "your market map of European defence tech", "your thesis memo on embedded insurance".
    "your( [\\p{L}\\p{N}'.:-]+){0,2} (memo|market map|landscape|deep ?dive|benchmark|dataset|data set|survey|post-?mortem|postmortem) (of|on|about|for|into)(?!\\p{L})",
    "your( [#\\p{L}\\p{N}'.:-]+){0,3} (talk|keynote|breakout|masterclass|fireside|roundtable|lightning talk|session|workshop|presentation|paper|poster|panel|webinar|lecture|cle|cpd|cme|pitch|set|gig|reading|screening|performance|showcase|feature|column|op-ed|byline|segment|investigation) (on|about|at|in)",
    "(contributing|contributed|contribute) to your( [\\p{L}\\p{N}-]+){0,2} (repo|repository|project|library|extension|package|plugin|tool|crate|module|framework|sdk|codebase)",
    // A comment of theirs placed: "you left a comment on [Poster]'s thread about [topic]".
    "you (left|wrote|posted|dropped|added) (a|an|that|the|your)( [\\p{L}-]+){0,2} (comment|reply|answer|review)( (on|under|in|to|below))?(?!\\p{L})",
    // The one who answered everyone in a course's forum: "you were the one answering every question in the module 3 forum".
    "you were the (one|person)( (who|that))? (answered|answering|was answering|kept answering|replied|replying|responded|explained|explaining|helped|helping)",
    // The sender placed by what they did at the recipient's session: "I'm the registrar who asked about your protocol at…".
    "(i'm|i am|i was) the ((?!(from|at|in|of|with) )[\\p{L}\\p{N}-]+ ){0,3}(who|that) (asked|commented|replied|wrote|emailed|messaged|spoke up)",
    // A session of theirs the sender sat in: "you ran the oracy workshop at the [Trust] INSET day".
    "you (ran|led|gave|delivered|hosted|taught|facilitated|chaired|presented) (the|a|that|your)( [\\p{L}\\p{N}'-]+){0,3} (workshop|session|talk|seminar|course|training|webinar|masterclass|panel|keynote|class|lecture|lectures|cpd|clinic|tour)",
    // A thread under someone's post, both in it: "we both replied under Anna's post about…".
    "(replied|commented|argued|debated|thread|comments|discussion|debate) (under|below|beneath) ([\\p{L}-]+( [\\p{L}-]+)?('s|’s)|your|my|the|a|that) (post|article|thread|video|carousel)",
    // An issue raised on their project: "I'm the one who opened issue #412 on pdfshrink".
    "(opened|filed|raised|reported|commented on) (an |the |that )?(issue|bug report|ticket|pull request|pr) (#?\\d+ )?(on|in|for|against)",
    // Their question or comment at the sender's session: "for your question on hiring in LATAM".
    "your (question|comment|answer)( there| here)? (on|about|during|at|in|to the|for the)(?!\\p{L})",
    // A thread argued in, the sender's own piece passed on by them, their piece thanked for: "we went back and forth in that Hacker News thread", "thanks for sharing my write-up", "thanks for writing it".
    "(back and forth|(a|an) (polite |friendly |long |good )?(disagreement|debate|argument|exchange)) (in|on|under) (that|the|your|a|an)( [\\p{L}-]+){0,3} (thread|post|comments?|discussions?|issue|pr|pull request)",
    // A review, an answer, help of theirs in a forum: "thanks for reviewing my PR", "you helped me debug … in the #help channel of the Tauri Discord".
    "(thanks|thank you) for (reviewing|merging|approving|answering|replying to|commenting on) my (pr|pull request|issue|question|post|comment|patch|code)",
    "you helped me( [\\p{L}-]+){0,6} (in|on) (the|that|your|a) ([#\\p{L}-]+ ){0,3}(channel|thread|forum|discord|slack|server|subreddit|community|issue)",
    // An issue of their newsletter by its number: "issue #112 of Second Draft".
    "(issue|edition|episode) #?\\d+ of",
    "(thanks|thank you) for (sharing|reposting|resharing|liking|quoting|citing|featuring|commenting on) (my|our|what (i|we) (posted|wrote|shared))",
    // Their comment on the sender's post: "thank you for your thoughtful remark on my recent post".
    "(thanks|thank you) for your( [\\p{L}-]+){0,2} (remark|comment|reply|response|question|input|feedback|note) (on|to|under|about) (my|our)(?!\\p{L})",
    // A recording where they spoke, their company's post read, a change the sender proposed to their project:
    // "the webinar recording where you demoed {{company}}'s new API", "I read {{company}}'s engineering blog post on moving off Kafka", "I translated the README … and opened a draft PR".
    "(recording|video|replay|talk|session|webinar|livestream|stream|episode|panel|demo) (where|in which) you (demoed|presented|explained|showed|walked through|spoke|talked|answered|described|shared)(?!\\p{L})",
    "(read|saw|watched|enjoyed|loved|studied) (<slot>|your (company|team|firm|startup|lab))('s|’s)( [\\p{L}-]+){0,2} (post|blog post|article|write-?up|case study|report|paper|letter|memo|video|talk|webinar|postmortem|post-mortem) (on|about|into|of)(?!\\p{L})",
    "(opened|submitted|filed|sent|raised) (a|my|our) (draft )?(pr|pull request|merge request|patch)(?!\\p{L})",
    // Their words in the press: "I saw you were quoted in the WSJ piece on remote work".
    "(you were|you're|you are|you got) (quoted|featured|interviewed|profiled|cited) (in|on|by) (the|a|an|that|this|last week's|today's|yesterday's|this week's|<slot>)(?!\\p{L})",
    // What they said in one piece: "your insights in the recent post on African B2B marketplaces".
    "your (insights?|thoughts|take|points?|perspective|comments?|reflections|analysis|remarks?) (in|from) (the|your|that|this|last week's|yesterday's)( recent| latest| last| new)? (post|article|thread|video|newsletter|piece|talk|episode|carousel|podcast|webinar|interview|keynote|panel)(?!\\p{L})",
    // One piece of theirs, recent: "that recent carousel on measuring DevRel impact".
    "(that|your) (recent|latest|last|new) (post|carousel|article|video|thread|newsletter|piece|reel|episode|deck|write-?up|essay|talk) (on|about)(?!\\p{L})",
    "(thanks|thank you)( again| so much)? for the (repost|reshare|share|shout-?out|mention|comment|kind words|upvote|upvotes|like|likes|reply|replies|answer) (of|on|about|to) (my|our)",
    "(thanks|thank you) for (writing|publishing|recording) (it|this|that|the (piece|post|article|issue|episode|thread|newsletter))",
    // Their work cited in the sender's: "I wrote an article about [topic] and cited your work".
    "(i )?(cited|quoted|referenced|featured|linked to) (your|their) (work|research|paper|article|post|study|book|talk|framework|data|report|thread|newsletter)",
    // Their published measurement that settled something: "your benchmark of Postgres poolers ended a week-long argument", "your YouTube walkthrough of [Tool] migrations got me through a bad Friday".
    "your( [\\p{L}-]+)? (benchmark|teardown|analysis|comparison|write-?up|deep dive|breakdown|study|survey|dataset|walkthrough|tutorial|video|guide|paper|course|library|package|plugin|repo|notebook)( of| on| about| for)?( [\\p{L}\\p{N}-]+| <slot>){0,5} (got me through|got us through|pulled me through|got (me|us|my|our)|ended|settled|saved|changed|convinced|helped|fixed|solved|is powering|powers|powered|is behind|underpins|runs)",
    // A comment the sender left on a thing of theirs: "I left a comment on your drone shot of…".
    "(i )?(left|posted|wrote|dropped) (a|my|an|the) (comment|question|note|reply) (on|under|below) your",
    // A question of theirs in a session: "great question in the Q&A at MozCon".,
    '(great|good|loved your|your) question (in|at|during) (the )?(q&a|ama|panel|session|webinar|talk|keynote)',
    // Thanking them for a talk or a post of theirs: "thanks for the talk on observability at SREcon".
    "(thanks|thank you|many thanks) (so much )?for (the|your|that|this)( [\\p{L}'’-]+){0,2} (talk|post|article|keynote|presentation|webinar|workshop|podcast|episode|interview|write-?up|thread|session|panel|comment|comments|feedback|reply|answer|question|review|suggestions?)( (on|about|to|under) (our|my|the))?",
    // An answer of theirs somewhere, not the one awaited: "looking forward to your reply" closes a note.
    "your( [\\p{L}-]+){0,2} (answer|reply|response) ((on|to|in|under|during|at|about|regarding|for)(?! (this|my) (message|note|invitation|request))|(saved|helped|was|made|fixed|solved|cleared up|unblocked|changed))",
    // The words between are the content's own ("your recent KubeCon talk"), not a clause ("your team is rebuilding podcast …").
    "your( (?!(is|are|was|were|has|have|had|will|would|can|could|does|did|especially|particularly|notably)(?![\\p{L}0-9'’-]))(#?[\\p{L}0-9_'’-]+([./][\\p{L}0-9_'’-]+)*|&)){0,3} (post|posts|article|comment|comments|thread|newsletter|podcast|episode|interview|talk|keynote|speech|sermon|(latest|last|recent|newest) (issue|edition)|slides|webinar|session|workshop|presentation|lecture|seminar|masterclass|summer school|show|exhibit|retrospective|case note|commentary|winter school|grand rounds|journal club|panel|paper|video|demo|launch post|write-?up|blog post|fireside chat|ama|live|livestream|appearance|announcement|tutorial|book|recap|race report|trip report|tweet|tweets|slide|guide|checklist|worksheet|toolkit|cheat sheet|cheatsheet|lesson plan|etching|painting|photograph|sculpture|installation|exhibition|documentary|album|song|poem|mural|illustration|case study|survey|course|repo|channel|youtube channel|series(?! [a-f](?!\\p{L}))|playlist|blog|substack|q&a|pull request|carousel|infographic|deck|chart|poster|pr|piece|essay|op-ed|column|notebook|gist|diagram|sketch|photo|shot|shots|reel|reels|clip|screenshot|rfc|proposal|spec|design doc|poll|spreadsheet|calculator|walkthrough|screencast|review|readme|memo|investor letter|shareholder letter|essays|papers|preprint|preprints|columns|op-eds|studies|articles|videos|pieces|interviews|episodes|blog posts|podcasts|lectures|sermons|case studies|guides|tutorials|write-?ups)(?<!(advisory|client|order|trading|loan|mortgage|deal|policy|underwriting) book)(?! (audience|listeners|subscribers|followers|readers|growth|reach|downloads|views|numbers|engagement|traffic|rankings?|teams?|partners?|sales|managers?|strategy)(?!\\p{L}))(?! on linkedin(?!\\p{L})(?! (about|on|regarding|around)(?!\\p{L})))",
    // Their research named by its subject: "your research on sleep apnoea"; "big fan of your research" is flattery.
    "your( [\\p{L}0-9'’-]+){0,3} (research|study|studies) (on|about|into|in|with|showing|that|at|of)",
    // Reacting to what they said: "I loved what you wrote about…", "your take on … was spot on".
    '(loved|liked|enjoyed|appreciated|read|saw|agree with|agreed with|came across|stumbled on|stumbled upon|found|caught|noticed)( reading| seeing| hearing)? what you (wrote|shared|posted|said)',
    // What they wrote on something, as the sentence's subject: "what you wrote on flaky test suites was dead right".
    "what you (wrote|posted|published) (on|about)(?!\\p{L})",
    // Theirs picked among others: "the one you recently wrote about [topic] was my favourite".
    '(the one|the piece|the post|the article|the thread|the video|that thing|that one|this thing) you (recently |just |last )?(wrote|posted|shared|published|recorded) (about|on)',
    // Their piece praised without "your": "great post on <subject>".
    '(great|good|excellent|brilliant|fantastic|interesting|insightful|thoughtful|superb|cracking|terrific|stellar|lovely|killer|awesome|amazing|fascinating|inspiring|sharp|solid|standout|legend|ripper|banger|top-notch|spot-on|bang-on|loved the|enjoyed the|liked the) (post|article|talk|piece|thread|write-?up|newsletter|episode|video|keynote|presentation) (on|about)',
    // Theirs said after the noun: "that post of yours on incident reviews".
    '(that|this|the) (post|article|talk|thread|comment|newsletter|podcast|episode|interview|paper|video|write-?up|piece|essay|keynote|presentation) of yours',
    // Their written thoughts read, when: "I enjoyed reading your thoughts on [topic] last week".
    "(read|reading) your (thoughts|take|reflections|musings|notes|write-?up|breakdown) (on|about)( [\\p{L}\\p{N}'’-]+| <slot>){1,5} (last|this|yesterday|today|earlier|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday))(?!\\p{L})",
    "your (take|takes|thoughts|perspective|insights?|point|points) (on|about)[^.!?]{1,80} (was|were|is|are) (spot on|great|gold|refreshing|brilliant|excellent|insightful|helpful|eye-opening|thought-provoking)",
    '(my|the|that|this) (post|article|comment|thread|poll)( on| about| you)',
    '(in|on) the comments',
    // Both in one thread: "in the thread under Dana's post, you and I were the two arguing…".
    '(in|under) the (thread|replies)( under| on| about| of| below)',
    '(our|the) (back-and-forth|exchange|discussion|conversation|debate) (in|under|on (the|your|my|his|her|their|a|linkedin|twitter|x|reddit|github|slack|discord|hacker news)(?!\\p{L}))',
    '(commented|replied|responded|reacted|chimed in|chiming in|weighed in|weighing in) (on|to)',
    // Work on each other's code or answers elsewhere: "I merged your docs fix in {{ repo }}", "you triaged my bug report", "you expanded on my Reddit answer",
    // "the workaround you posted in the Helm issue".
    "(i|we) (merged|reviewed|approved|accepted|triaged|landed|tested) your( [\\p{L}\\p{N}-]+){0,2} (pr|pull request|patch|fix|commit|contribution|issue|bug report|change|changes)(?!\\p{L})",
    "you (triaged|reviewed|merged|closed|fixed|answered|labelled|labeled|picked up|reproduced) my( [\\p{L}\\p{N}-]+){0,2} (bug report|report|issue|ticket|question|pr|pull request|patch)(?!\\p{L})",
    "you (expanded on|built on|followed up on|corrected|upvoted|answered|replied to|responded to|quoted) my( [\\p{L}\\p{N}/-]+){0,2} (answer|post|comment|question|thread|reply|issue|pr)(?!\\p{L})",
    "the( [\\p{L}\\p{N}_.-]+){0,2} (workaround|fix|answer|patch|snippet|script|explanation|solution|write-?up|config|trick|benchmark)s? you (posted|shared|wrote|gave|suggested|left|dropped)(?!\\p{L})",
    // Time spent together in a named channel or thread: "we spent an hour in the Rust Discord's #beginners channel", "you and I disagreed (politely!) in the r/ExperiencedDevs thread".
    "(we|you and i) (spent|chatted|talked|paired|debugged|went back and forth|traded messages)( [\\p{L}\\p{N}-]+){0,4} (in|on) the( [\\p{L}\\p{N}#'’&/-]+){1,5} (channel|thread|server|forum|subreddit|discussion|chat|issue)(?!\\p{L})",
    "(you and i|we)( both)? (disagreed|argued|debated|sparred|went back and forth|spoke up|chimed in|agreed|ended up agreeing|ended up arguing|commented|replied|traded comments)( \\([^)]{1,20}\\))? (in|on|under) (the|a|your|my|that|this)( [\\p{L}\\p{N}/#&'’.-]+){0,4} (thread|post|discussion|comments|issue|channel|pr)(?!\\p{L})",
    '(exchanged|traded|swapped) (a few |some |a couple of )?(comments|replies) (under|on|in)',
    '(liked|shared|reposted|re-?shared|quoted|cited|commented on|reacted to|saved|reviewed|merged|answered|replied to|approved) my',
    // In the chat of their live stream: "I was in chat during your Twitch stream building the Rust parser".
    "(in|on) (the )?(chat|live chat|comments) (during|of|for|on) your( [\\p{L}\\p{N}-]+){0,2} (stream|livestream|live stream|live|broadcast|premiere|space|webinar|session)(?!\\p{L})",
    // Their newest piece with its noun left out, as after talk of their posts: "your latest on [subtopic] was especially helpful", "your recent one on pricing".
    '(your|ur) (very )?(latest|newest|most recent|latest one|recent one|last one|newest one) (on|about|re)(?!\\p{L})',
    // What the sender named just before, picked up by its pronoun: "I wrote a post about [topic] and saw you liked it".
    '(saw|see|noticed|notice|spotted) (that )?you (liked|shared|reposted|re-?shared|commented on|reacted to|saved|upvoted|bookmarked) it(?!\\p{L})',
    '(shared|reposted|re-?shared|quoted|cited|commented on|replied to) our',
    // Their vote or answers in the sender's poll: "thanks for taking my survey on invoicing".
    '(took|taking|filled (in|out)|filling (in|out)|voted in|voting in) my (survey|poll|questionnaire)(?!\\p{L})',
    '(replying|responding|answering|reply|respond) to my (comment|question|post|reply)',
    "(you|you've) (reviewed|merged|approved|commented on|answered|closed|triaged) (the|my|our) (fix|pr|pull request|issue|comment|question|patch)",
    '(i )?(reviewed|commented on|answered|replied to) your (pr|pull request|issue|question|post|comment|patch)',
    '(heard|saw|watched|listened to|caught) you (on|in)(?!( the| a| an| our| my| your)?( [\\p{L}\\p{N}&-]+){0,4} (group|groups|community|slack|discord|forum|channel|feed|comments|network)(?!\\p{L}))',
    // Their answer to a question, a pull request sent to their project.
    "(you|you've) (answered|replied to|responded to|commented on) (my|a|a stranger's|someone's) (question|post|comment|thread)",
    '(opened|sent|submitted|filed|raised|put up) (a|an|the) (pr|pull request|issue|patch)',
    '(pr|pull request) is (up|open)',
    // Their work on a code or portfolio site, or a discussion both took part in: "your work on [project] on GitHub", "we were both part of the [Slack] discussion on…", "we both contributed to [project]".
    "your( [\\p{L}\\p{N}'’.-]+| <slot>){1,5} on (github|gitlab|npm|pypi|hugging ?face|kaggle|codepen|dribbble|behance|stack ?overflow|product ?hunt)(?!\\p{L})",
    "(we were|we're|we are) both (part of|in|on) (the|that)( [\\p{L}\\p{N}'’-]+| <slot>){0,4} (discussion|thread|conversation|debate|comment section|comments)(?!\\p{L})",
    // A fix opened for their project, their comment at the top of a thread, their issue on a tracker: "so I opened a fix", "yours was the top comment on the HN thread", "your GitHub issue on the Prisma repo".
    "(i|we) (opened|submitted|sent|filed|raised|put up) (a|an) (fix|pr|pull request|patch|bug report)(?!\\p{L})",
    "yours was the( [\\p{L}-]+){0,2} (comment|answer|reply|post|talk|question|thread|review)(?!\\p{L})",
    "your (github|gitlab|jira|sentry|codeberg) (issue|discussion|pr|pull request|comment|gist)(?!\\p{L})",
    // Maintaining the same project, or their review of the sender's work: "we're both maintainers on {project}", "saw you reviewed it", "you merged my PR".
    "(we're|we are|we were) both (maintainers|maintaining|contributors|committers|reviewers|core contributors) (on|of|to|for)(?!\\p{L})",
    "(saw|see|noticed)( that)? you (reviewed|approved|merged|commented on|answered|replied to|triaged|closed) (it|my|our|the)(?!\\p{L})",
    "you (reviewed|approved|merged|triaged) (my|our) (pr|pull request|patch|paper|submission|proposal|code|commit|issue|manuscript|abstract|application)(?!\\p{L})",
    "(we|you and i) (both )?(contributed|contribute|committed|commit) to(?!\\p{L})(?! (open(-| )?source|oss|foss|open(-| )?source projects|the community|github)(?=\\s*[.!?,;]|\\s*$))",
    // Their mention of the sender's work, thanked: "thanks for the shoutout to my Neovim plugin in Friday's episode".
    "(thanks|thank you) (so much )?for (the|your) (shout-?out|mention|plug|feature|write-?up|review|repost|reshare|retweet)(?!\\p{L})",
    // They signed up for the sender's own event: "I saw you registered for our webinar on pricing", "thanks for signing up for my workshop", "…for the webinar on Thursday; I'm hosting it".
    "((saw|see|noticed|notice) (that )?you('ve| have)? (signed up|registered|rsvp'd|rsvped|enrolled|booked( a (seat|spot|ticket|place))?)|thanks for (signing up|registering|rsvping|enrolling|booking)) (for|to|in) (our|my) (webinar|workshop|masterclass|class|course|session|talk|event|meetup|live|livestream|demo day|open house|roundtable|panel|bootcamp|cohort)",
    "((saw|see|noticed|notice) (that )?you('ve| have)? (signed up|registered|rsvp'd|rsvped|enrolled)|thanks for (signing up|registering|rsvping|enrolling)) (for|to|in) the (webinar|workshop|masterclass|class|course|session|talk|event|meetup|livestream|roundtable|panel)[^.!?]{0,80}(i'm|i am|we're|we are) (hosting|running|giving|teaching|moderating|presenting|organi[sz]ing) it",
    // Tagged in a post the sender is part of ("@Jonas Weber tagged you in his post about our judging panel"): an interaction, and so a reason.
    "tagged you (in|under|on) (his|her|their|a|the|my|our|this|that)( [\\p{L}\\p{N}-]+){0,3} (post|comment|thread|photo|video|article|recap)(?!\\p{L})",
    // Their words used in the sender's own piece: "I quoted your line about {{ topic }} in this week's newsletter".
    "(i|we) (quoted|cited|featured|referenced|linked to|shouted out) (you|your)(?!\\p{L})",
    // Their post told by what it said: "you posted last week asking for a second shooter", "saw you posted about hiring".
    "(you|you've|you have) (posted|shared|written|wrote|tweeted)(?<!(if|when|once|whether|unless|until|before) (you|you've|you have) (posted|shared|written|wrote|tweeted))( (on here|here|on linkedin|earlier|recently|yesterday|last week|last month|this week|this morning|the other day|a while back|a few days ago)){0,2} (about|that|asking|looking for|a call for|a request for)(?!\\p{L})",
    // A piece written in answer to theirs: "I wrote a response post to yours on {{ topic }}".
    "(response|reply|follow-up|rebuttal|answer) (post|article|piece|thread|video|essay|blog post) to (yours|your (post|article|piece|thread|video|essay|talk))(?!\\p{L})",
    // Their work in use: "I'm using your dataset of Lagos bus routes in a student project".
    "(i'm|i am|we're|we are|i've been|we've been|i have been|we have been) (using|relying on|building on|running) your( [\\p{L}\\p{N}-]+){0,3} (dataset|library|package|plugin|repo|template|notebook|framework|model|api|sdk|course|curriculum|toolkit)(?!\\p{L})",
    // Their replies on the sender's post: "Your replies on my Figma Community thread about auto-layout bugs".
    "your (replies|reply|comments|comment|answers|answer|responses|response|tips) (on|to|under|in) my( [\\p{L}\\p{N}&.-]+){0,3} (post|thread|question|article|video|issue|pr|pull request|discussion|topic)(?!\\p{L})",
    // Their live audio or video: "Caught your X Space on open-source maintainer burnout".
    "(caught|heard|joined|listened to|attended|watched) your( [\\p{L}-]+)? (x space|twitter space|linkedin live|livestream|live stream|stream|ama)(?!\\p{L})",
    // Their live audio on a topic, or their answers there: "your X Space on creator burnout", "your answers in the r/sre AMA".
    "your (x|twitter) spaces? (on|about|with)(?!\\p{L})",
    "your (answers|answer|replies|reply|comments|comment|responses|response) (in|on|at|during) (the|that|this|last week's|yesterday's|tuesday's|your)( [\\p{L}\\p{N}/&.-]+){0,3} (ama|q&a|x space|twitter space|linkedin live|livestream|live stream|office hours|fireside)(?!\\p{L})",
    // One post of theirs singled out among all: "big fan of your posts on compiler internals — especially last week's on register allocation".
    "(especially|particularly|above all) (the one|last week's|yesterday's|this week's|last month's|your latest|the latest|your last|the last|the|that)( one| post| piece| issue| episode| video| thread| article| essay| talk| interview)? (on|about)(?!\\p{L})(?<!(the|that) (on|about))",
  ],
  pieceSingledOut: [
    // One issue of their newsletter, not the newsletter in general: "the March issue on parametric cover", "reading it since your issue on IFRS 17", "Issue [N] on [topic]".
    "(the|your) (latest|last|first|(january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter)|\\d+(st|nd|rd|th)) (issue|edition) (on|about|with|where)(?!\\p{L})",
    "(this|last) (week's|month's) (issue|edition)(?!\\p{L})",
    "issue #?(\\d+|<slot>) (on|about)(?!\\p{L})",
    "since( about| around)?( your)? issue( #?\\d+| on| about)(?!\\p{L})",
    "(the|that) one (you (wrote|posted|sent|published) )?((last|this) (week|month)|yesterday|from (last|this) (week|month)) (on|about)(?!\\p{L})",
    // Their piece singled out among others: "Of all the talks at Monitorama, yours on alert fatigue…", "The Q3 roadmap post, yours was the only one I bookmarked".
    "(of|among) (all )?the( [\\p{L}\\p{N}-]+){0,5} (talks|posts|comments|articles|sessions|answers|replies|submissions|entries|papers|posters|pitches|demos|issues|episodes|panels|keynotes|workshops|presentations|speeches)[^.!?]{0,80}(,|—|–) yours (on|about|was|is|were)(?!\\p{L})",
    "(post|thread|talk|article|comment|piece|essay|episode|answer|reply)[^.!?]{0,40}(,|—|–) yours (was|is) the (only|best|one|clearest)(?!\\p{L})",
    // The one piece where they did something: "the post where you shared the exact cold email that landed your first customer".
    "the (post|article|talk|thread|episode|video|issue|essay|interview|comment) (where|in which) you (shared|explained|walked|broke down|described|showed|wrote|talked|laid out|admitted|answered)(?!\\p{L})",
    // After following their work, one piece named as the subject of its own clause: "…and your recent post on [specific] really resonated".
    "(and|but|especially|particularly) your (recent|latest|last) (post|article|talk|episode|video|essay|piece|thread|newsletter|keynote|interview) (on|about)( [\\p{L}\\p{N}'-]+| <slot>){1,6} (really |truly |genuinely )?(resonated|stood out|struck|stuck|hit home|landed|clicked|made me|changed|helped|inspired)(?!\\p{L})",
  ],
  valueOffer: [
    // Their project's docs added to: "Happy to write up our setup for your docs if you'd like".
    "(happy|glad|keen|willing|offer) to (write up|document|contribute|add|open a pr with|send a pr with)( [\\p{L}\\p{N}-]+){0,3} (for|to) your (docs|documentation|readme|wiki|examples|guide|cookbook)(?!\\p{L})",
    // What the sender found for them, offered: "ran your onboarding through a quick UX audit, found three things you might like. want the notes?".
    '(want|like|interested in|shall i send|should i send|can i send you) (the|my|our) (notes|findings|write-up|writeup|teardown|breakdown)(?!\\p{L})',
    // A free check of theirs offered in so many words: "I'd happily do a free 20-minute walk-through of your escape routes".
    "(i'd|i would|we'd|we would|i'm|i am|we're|we are)( be)? (happily|gladly|happy to|glad to) (do|run|give|offer)( you)? (a|an) free( [\\p{L}\\p{N}-]+){0,3} (walk-?through|audit|review|assessment|teardown|inspection|check|survey|health check)(?!\\p{L})",
    // Showing their team how, on something of theirs, free: "I can walk your team through re-projecting it in QGIS, twenty minutes, free".
    "(can|could|happy to|glad to|i'd|i'll|would) (walk|talk|take) (you|your( [\\p{L}-]+){1,2}|them)( [\\p{L}-]+){0,2} through (it|them|how|the|your|[\\p{L}-]+ing)(?=[^.!?]{0,60}(free|no charge|no cost|on the house|on us|pro bono|no strings))",
    "(happy|glad|keen|able|offer) to (do|run|give you|record|share) (you )?a( [\\p{L}\\p{N}-]+){0,3} (walkthrough|walk-through|teardown|demo|breakdown) of(?!\\p{L})",
    // Something of theirs run through the sender's tool: "I'd be glad to run your 2023 roster through it and send you the results".
    "((happy|glad|keen) to|i can|i could|we can|we could|i'd|we'd|let me|i'll|we'll) (gladly |happily )?(run|put|feed) (your|<slot>)( [\\p{L}\\p{N}'’-]+){1,3} through (it|them|our|my|the)(?!\\p{L})",
    // A free check of theirs offered: "I'd be happy to do a free 30-minute pre-audit before your inspection".
    "(happy|glad|keen|able|offer) to (do|run|carry out|offer|give you) (you )?a (free|complimentary|quick|short|no-cost)( [\\p{L}\\p{N}-]+){0,3} (audit|pre-audit|review|check|assessment|inspection|survey|walkthrough|teardown|health check)(?!\\p{L})",
    // Work of one kind on something of theirs, offered free: "I would like to offer an English translation of the report at no cost", "a free audit of your checkout flow".
    "(a|an) (free|complimentary|no-cost|pro bono)( [\\p{L}-]+){0,2} (translation|audit|review|teardown|analysis|mock-?up|prototype|redesign|benchmark|proofread|critique|assessment|evaluation|health check) (of|for) (your|the)(?!\\p{L})",
    "(translation|audit|review|teardown|analysis|mock-?up|prototype|redesign|benchmark|proofread|critique|assessment|evaluation)( of| for) (your|the)( [\\p{L}\\p{N}'-]+){0,4} (at no cost|for free|free of charge|pro bono|at no charge)(?!\\p{L})",
    // A walkthrough of a named tool, free: "I'm hosting a free 30-minute walkthrough of our open-source plate-reader analysis tool".
    '(hosting|running|giving) a free( \\p{N}+-(minute|min))? (walkthrough|workshop|session|masterclass|clinic) (of|on)(?!\\p{L})',
    // A walkthrough of how they did it, made and offered: "I recorded a 4-minute walkthrough of how we set up Centric PLM… glad to send the link".
    '(recorded|made|put together|wrote|filmed) a( [\\p{N}]+-(minute|min|page))? (walkthrough|teardown|loom|video|guide|breakdown) of how (we|i)(?!\\p{L})',
    '(show|send|share with) you a (walkthrough|teardown|breakdown) of how (we|i)(?!\\p{L})',
    // What they will get on accepting: "Connecting to share the cleaned-up version with EU numbers added".
    "(connecting|writing|reaching out|here) to (share|send you|send) (the|my|our|a|an)( [\\p{L}\\p{N}-]+){0,3} (version|copy|file|sheet|spreadsheet|dataset|data set|list|doc|report|notes|map|analysis|deck)(?!\\p{L})",
    // Their work ported or cleaned, ready to share: "I've containerised your [Tool] pipeline", "I have made a cleaned version with documented variable codes".
    "(i've|i have|we've|we have) (containeri[sz]ed|ported|packaged|dockeri[sz]ed|translated|wrapped|benchmarked|reproduced|replicated) your(?!\\p{L})",
    "(i've|i have|we've|we have) (made|built|prepared|put together) (a|an) (cleaned|clean|tidy|tidied|documented|corrected|translated|annotated|updated) (version|copy|edition|export|subset)(?!\\p{L})",
    // A fix for their project, ready: "I have a small patch ready. Should I open an issue first?"
    "(i have|i've got|i've|we have) (a|an|the)( small| quick| tiny| one-line| working)? (patch|fix|pr|pull request|workaround) (ready|written|for (it|this|that|your|you))(?!\\p{L})",
    // A free check of something of theirs: "I can do a free 30-min health check of your org's automation".
    "(i can|i could|can|could|i'd be happy to|happy to|glad to|let me|i'd like to|i'd love to|i would like to|i would love to) (do|run|give you|offer) (you )?a (free|quick|complimentary|no-cost)( [\\p{L}\\p{N}-]+){0,2} (health check|health-check|audit|review|teardown|assessment|check|diagnostic|walkthrough|read-through|read through|critique|edit|proofread) (of|on) your(?!\\p{L})",
    // Handed over in the note itself: "Here's a 2-min walkthrough of the fix: [Loom link]".
    "(here's|here is|attached is|below is) (a|an|the|my)( [\\p{L}\\p{N}-]+){0,3} (walkthrough|loom|video|recording|teardown|audit|breakdown|list|sheet|doc|checklist|template|mock-?up|fix|patch)(?!\\p{L})",
    // A fix already written for their project: "I've written the patch and a short walkthrough of the fix".
    "(i've|i have|we've|we have) (already )?(written|made|prepared|built|drafted|opened) (the|a) (patch|fix|pull request|pr|workaround)(?!\\p{L})",
    // A copy of what the sender is making, offered ahead: "Want an early copy?".
    "(want|like|fancy) (an? )?(early|advance|free|first|sneak) (copy|look|peek|access|version|preview)(?!\\p{L})",
    // Offered formally: "I'd be glad to share our load survey of 25 health centres", "Please find below a link to our benchmark of…", "Happy to offer a free walkthrough of the script".
    "(i'd|i would|we'd|we would|i'll|i will|we'll|we will) be (glad|happy|delighted|pleased|honoured|honored) to (share|send|pass on|forward) (our|my|the)( [\\p{L}\\p{N}-]+){0,3} (survey|benchmark|model|study|analysis|report|template|checklist|guide|dataset|playbook|audit|teardown|map|comparison|calculator|review|script|toolkit|framework)(?!\\p{L})",
    "please find (below|attached|enclosed|here)( a link to)? (our|my|a|the)( [\\p{L}\\p{N}-]+){0,3} (survey|benchmark|model|study|analysis|report|template|checklist|guide|dataset|playbook|audit|teardown|map|comparison|calculator|review|script|toolkit|framework)(?!\\p{L})",
    "(happy|glad|delighted|pleased) to offer( you| your team)? (a |an )?(free |quick |short |complimentary )?(walkthrough|demo|audit|review|teardown|session|workshop|consultation)(?!\\p{L})",
    // A fix for a fault of theirs, sent: "your theme breaks the size guide on an iPhone SE. It's a one-line CSS fix — I'll send it over".
    "(it's|it is) (a|an)( [\\p{L}\\p{N}-]+){0,2} (fix|patch|workaround|tweak)[^.!?]{0,20}(i'll|i will|i can|happy to|glad to) send (it|that|the fix|the patch) (over|across)(?!\\p{L})",
    // A free piece of work offered, said plainly: "I'd happily do a free 30-minute review of your checkout funnel".
    "(i'd|i would|i can|i could|happy to|glad to|i'm happy to|i'd be happy to)( happily)? (do|run|record|write|put together) (you )?an? (free|quick|short|complimentary)( [\\p{L}\\p{N}-]+){0,2} (review|audit|teardown|analysis|walkthrough|critique|assessment)",
    // An introduction to someone named, offered: "I could put you in touch with Marcus Oyelaran".
    "(i could|i can|happy to|glad to|i'd be happy to|i'd be glad to|let me|i'd love to) (put you in touch|introduce you|connect you) (with|to)(?! (our|my|us|me|the|a|an)(?!\\p{L}))(?= \\p{L})",
    // Made and handed over: "a teardown of [Company]'s pricing page", "the cleaned version of your dataset is on my GitHub", "supplier name and spec are yours, free".
    "(a|an|my|our) (teardown|audit|critique|breakdown) of (<slot>|your)",
    "(cleaned|fixed|updated|annotated|translated|corrected) (up )?(version|copy|edition) of your",
    "(it's|it is|they're|they are|are|is) yours,? (free|for free|gratis|no strings|no charge)",
    // Their team's work done with them: "glad to pair with your team for an hour on the upgrade".
    "(glad|happy|can|could|i'd love|i'd be glad|i'd be happy|offer) to pair with (you|your team|your engineers|your devs)",
    // Two people introduced to each other, the one named before: "Ines Duarte … is looking for exactly what you build. I'd be glad to introduce you two."
    "(i'd be (glad|happy)|happy|glad|i can|i could|i'd love|let me)( to)? (introduce|intro|connect) you (two|both)",
    // Asked: "My old boss Marco Leone does exactly that for Series A climate companies — want an intro?", "Shall I introduce you?".
    "((do )?(you )?want|would you like|fancy|(do )?(you )?need|shall i (make|do)) an? (intro|introduction)( to (him|her|them))?(?=\\s*\\?)",
    "((do )?(you )?want me to|would you like me to|shall i|should i) (intro|introduce|connect) you( (two|both))?( to (him|her|them))?(?=\\s*\\?)",
    // Hours of work given to something of theirs: "I can give 4 hours a week to improve your website".
    "(can|could|would|happy to|glad to|i'd love to|i'd be happy to) (give|donate|offer|volunteer|dedicate|spare|put in)( [\\p{L}\\p{N}-]+){0,3} (hours?|days?|afternoons?|evenings?|weekends?)( [\\p{L}\\p{N}-]+){0,3} (to|for) (improve|improving|redesign|redesigning|fix|fixing|update|updating|build|building|translate|translating|review|reviewing|refresh|refreshing) (your|their)",
    // An introduction to someone: "I'd like to introduce you to [Contact Name]".,
    "(i'd like to|i'd love to|happy to|i can|let me|i could|want to|glad to) (introduce|intro|connect) you (to|with) (<slot>|my (friend|colleague|contact|co-?founder|client|former colleague)|someone|a (friend|colleague|founder|contact)|(?!(the|our|my|a|an|some|more|other|new|people|anyone|everyone)(?!\\p{L}))[\\p{L}'-]+ [\\p{L}'-]+(?=\\s*[,.;:(]|[\\s,]+(who|from|at|of)(?!\\p{L})))",
    // Something to send, not advice in general: "happy to share some tips" offers nothing concrete.
    "happy to (send|share|walk|give|pass along)(?! (you )?(some |a few |my |our |any )?(tips|ideas|advice|insights|thoughts|strategies|best practices|experience|knowledge|expertise|cv|resume|résumé|portfolio|details|availability|resources|materials|info|information|content|links|stuff|things|help|(candidate |shortlisted )?profiles|candidates|cvs|resumes|brochure|price list|pricing|rates|a quote|((a|an) )?(free )?(trial|demo|discount|consultation|call)|what (i|we) (learn|learned|find|found|hear|discover)|how|why))( you| it| them| over)?(?![\\s,]*(if|when|whenever|anytime|more|[.!?]|$)(?!\\p{L}))",
    // Something to show, not what they would gain in general: "happy to show you the value I can add".
    'happy to show you (the|a|an|my|our|some)(?! (value|results|benefits|impact|difference|potential|possibilities|opportunities|ways?)(?!\\p{L}))',
    '(i )?(put together|pulled together|wrote up|compiled|prepared|built|made|created) (a|an|the|some)( [\\p{L}0-9-]+){0,4} (teardown|template|checklist|guide|benchmark|report|audit|analysis|list|playbook|comparison|calculator|dashboard|spreadsheet|deck|write-?up|cheat ?sheet|one-pager|primer)',
    'walk you through',
    // A session given to their team: "happy to do a 20-minute walkthrough with your IT staff".
    "(happy|glad|i can|i could|i'd be happy|i'd be glad|i'd love) to (do|run|give|host) (a|an)( [\\p{L}\\p{N}-]+){0,2} (walkthrough|walk-through|workshop|training|teardown|audit|review|demo) ((with|for) (you|your)|of (the|your) [\\p{L}\\p{N}-]+|before you)",
    '(happy|glad) to (review|look over|give feedback on) your',
    // Something made about their own product or page is an offer made for them.
    "(i )?(wrote|recorded|made|built|put together|did|drafted|prepared|sketched)( up)? (a|an|some)( [\\p{L}0-9-]+){0,3} (teardown|audit|review|analysis|breakdown|walkthrough|mock-?up|loom|video|screencast|recording|model|critique)( (of|on|for|about|walking through|going through|showing)( how| what)?)?( [\\p{L}0-9-]+){0,3} (your|you|<slot>)",
    '(want|would you like|shall|should) me to (send|share|forward|pass)( it| them| this| that| you)?( over| along)?',
    'free (audit|template|checklist|guide|report|teardown|review|analysis|copy)',
    'no strings attached',
    '(can|could|happy to|glad to|i\'ll) (introduce you|intro you|make an intro|make the intro|make the introduction|connect you with)(?! (to )?(anyone|anybody|someone|people|folks|others|my network)(?!\\p{L}))',
    // Something made for a setup like theirs, or found in their product, to be sent: "I wrote a walkthrough of adding SAML to a Rails app like yours",
    // "I reproduced it in a minimal repo and can send it to you".
    "(i )?(wrote|recorded|made|built|put together|drafted|prepared)( up)? (a|an)( [\\p{L}0-9-]+){0,3} (teardown|audit|walkthrough|guide|loom|video|benchmark|repro|reproduction|demo)( [\\p{L}\\p{N}-]+){1,8} (like yours|like your|for yours)(?!\\p{L})",
    "(reproduced|isolated|captured|recorded|documented) (it|the( [\\p{L}\\p{N}-]+){0,3} (bug|issue|error|problem|crash))( [\\p{L}\\p{N}-]+){0,5} and (can|could|will|i'll|happy to) (send|share|forward|pass)( it| them)?( (to|with) you| over| along)(?!\\p{L})",
    // An introduction offered on condition: "If an intro would help, I'm glad to make it."
    '(if|in case) (an|the|that) (intro|introduction)( to (them|him|her|<slot>))? (would|could|might) (help|be useful|be helpful)',
    // A place kept for them at the sender's event: "I'd love to save you one", "can I hold you a seat?".
    '(save|reserve|hold|keep) you (one|a (seat|spot|place|ticket|pass|table|chair))(?!\\p{L})',
    // Things the sender has, handed over: "the recording and our carrier-invoice checklist are yours if you want them".
    "(the|our|my)( [\\p{L}-]+){0,3} (recording|checklist|template|deck|slides|report|guide|playbook|notes|spreadsheet|calculator|workbook|toolkit|link|file|copy|doc|pdf|table|dataset|list)( and (the|our|my)( [\\p{L}-]+){0,3} (recording|checklist|template|deck|slides|report|guide|playbook|notes|spreadsheet|calculator|workbook|toolkit))? (is|are) yours(?!\\p{L})",
    // What the sender found wrong with their product, handed over: "I've got logs + a repro if useful".
    "(logs|a repro|a reproduction|a stack trace|a bug report|a fix|a patch|a workaround)( (\\+|and|&) (logs|a repro|a fix|a patch|a video))? (if|whenever) (useful|helpful|you want|you need|it helps)(?!\\p{L})",
    // Something the sender pays for or does for them, free: "we can sponsor pizza + venue for 2 meetups", "happy to do a free twilight shoot of your next listing".
    "((we|i) (can|could|would|will|would be happy to)|(we'd|i'd) (be happy to|love to)|we'll|i'll) (happily |gladly )?(sponsor|host|cover|fund|donate|cater)(?! (you|your network|a call|the call)(?!\\p{L}))",
    "(happy|glad|keen|offer|offering) to (do|run|make|shoot|take|record|write|design|build|draft|create|film|edit|photograph) (you )?a free ([\\p{L}-]+ ){0,3}(of|for|on) (your|ur)(?!\\p{L})",
    // A candidate or a person for their open role: "I have a strong frontend candidate (React, 7 yrs)", "I know someone good".
    "(i have|i've got|i know|we have) (a|an|someone|somebody|one)(( really| very)? (strong|great|good|solid|brilliant|senior|excellent))?( [\\p{L}-]+)? (candidate|referral|hire|fit|engineer|developer|designer|person)(?! (for my|for our|at my|at our)(?!\\p{L}))",
    "i know (someone|somebody) (good|great|brilliant|excellent|perfect|who)(?!\\p{L})",
    "(a|an|one)( really| very)?( strong| great| good| solid| brilliant| senior| excellent)? candidate (i|we) (placed|know|worked with|met|interviewed|trained|coached|represent|mentored)(?!\\p{L})",
    // A thing offered outright, whatever it is: "Want it?", "it's yours if that helps", "Shall I set you up?", "I've got a corrected snippet", free work or gifts ("I'd happily run [Company]'s lanes through it at no cost", "donates 20 pro-bono hours", "giving 10 free seats", "happy to review the copy … for free").
    "want (it|them|one|a list|a copy|the list|the file|the repo|to see it|to see them)(?=\\s*[?])",
    "(it's|it is|they're|they are) yours(,? (if|no fee|for free|free|at no cost|no charge))",
    "(shall|should|can|may) i set (you|your team|them) up(?!\\p{L})",
    "(i've got|i have|we've got|we have) (a|an) (corrected|fixed|working|cleaned-up|updated|patched) [\\p{L}-]+",
    "(would|i'd|we'd|i would|we would) (happily|gladly|be happy to|be glad to) [\\p{L}]+ [^.!?]{0,60}(at no cost|for free|free of charge|pro bono|pro-bono|no charge|no fee)(?!\\p{L})",
    "(donates?|donating|gives?|giving|give away|giving away|offering|offers) (\\d+|two|three|four|five|six|ten|twenty) (free |pro-bono |pro bono )?(seats|hours|tickets|licenses|licences|entries|bibs|places|spots|desks|tables)(?!\\p{L})",
    // A piece of work already made for them: "I prepared a free valuation of your retail unit at 14 Rue Cler".
    "(i've |i have |i |we've |we have |we )?(prepared|put together|drafted|ran|made|built|recorded) (a|an) (free |quick |short |full |detailed )?(valuation|audit|review|teardown|analysis|report|mock-?up|estimate|assessment|benchmark|walkthrough|video|proposal) (of|for|on) your(?!\\p{L})",
    // Their job passed on to people who fit it: "I run a robotics club at Georgia Tech and can forward the posting to 60 students".
    "(can|could|happy to|glad to|i'll|i will|want me to|shall i) (forward|share|circulate|post|pass) (the|your|that|this) (posting|job ad|job post|role|opening|vacancy|listing|ad) (to|with|around|in)(?!\\p{L})",
    // The thing itself, linked: "Below is a link to a 1-page review of [Company]'s recent sustainability report".
    "(below|here|attached) (is|are)( a link to)? (a|an|my|our)( [\\p{L}\\p{N}-]+){0,3} (review|audit|teardown|analysis|report|benchmark|checklist|template|guide|summary|breakdown|comparison|mock-?up|map|glossary)(?!\\p{L})",
    // A stage offered at the sender's event or show, not some day: "would love to invite you to speak", "have you on as a guest", "open to being a guest?", "share more about a potential speaking slot".
    `(invite|have|feature|host|welcome|for|like|want) you (to (speak|present|give a (talk|keynote|workshop|lightning talk)|join (us |me )?as (a|an|our) (speaker|panell?ist|keynote|moderator))|as (a|an|our) (speaker|panell?ist|keynote|keynote speaker|guest speaker|moderator|guest on (my|our|the) (podcast|show|stream|livestream|channel|webinar))|on (as a guest|(our|my|the) (panel|podcast|show|stage|lineup|line-up)))(?!\\p{L})(?! ${SOME_DAY}(?!\\p{L}))`,
    "(open to|interested in|up for) (being|coming on as|joining( us| me)? as) (a|an|our) (guest|speaker|panell?ist|keynote speaker|guest speaker)(?!\\p{L})",
    "(share|tell you|talk|chat)( a bit| some)?( more)?( details)? (about|on) (a|the) (potential |possible )?(speaking|keynote|panel|guest|podcast) (slot|spot|opportunity|invitation|invite)(?!\\p{L})",
    // Asked outright, or as an honour: "would you be up for a 15-min lightning talk on…?", "would be honoured to feature you", "interview you for our fireside series", "our April fireside is on…, and I'd love to interview you for it" (not an interview for the sender's thesis).
    "(would you be|are you|would you|could you be|might you be) (up for|open to|interested in|keen on|available for|free for) (giving |doing |joining |recording |being on )?(a|an|our)( [\\p{L}\\p{N}-]+){0,3} (talk|keynote|lightning talk|panel|fireside|fireside chat|workshop|guest spot|guest appearance|episode|masterclass|ama|speaking slot|slot(?= (on|at|in)(?!\\p{L})(?! ((mon|tues|wednes|thurs|fri|satur|sun)day|\\d|(your|my) (calendar|diary|schedule))(?!\\p{L}))))(?!\\p{L})",
    // A thing of the sender's trade passed to them, asked after, or theirs if they like: "I'd like to send you the full-resolution set, free", "Glad to pass you the DWG file",
    // "Would the data be useful to your team?", "Would you like a proper silver-gelatin print?", "If you'd like the images for your portfolio they're yours" (not "our data sheet", not the sender's CV).
    "(send|pass|give|email|e-mail|forward|post|mail|drop) you (the|a|an|my|our|this|that)( [\\p{L}\\p{N}'-]+){0,3} (file|files|set|table|tables|dataset|data(?! sheets?(?!\\p{L}))|print|prints|images|photos|pictures|shots|frames|recipe|method|drawings|drawing|plans|survey|spreadsheet|notes|model|scan|scans|readings|measurements|negatives|footage|recording)(?!\\p{L})",
    "would the( [\\p{L}-]+){0,2} (data|dataset|file|files|table|tables|notes|results|readings|measurements|survey|model|drawings|photos|images|recording|logs) be (useful|helpful|of use|of interest|any use)(?!\\p{L})",
    "(would you like|do you want|would you want|want) (a|an|the)( [\\p{L}\\p{N}'-]+){0,3} (print|prints|copy|set|file|photo|photos|images|drawing|drawings|map|recording|dataset|table|scan|scans)(?=\\s*[?])",
    "(if you'd like|if you would like|if you want|should you want)( [\\p{L}-]+){1,6},? (it's|it is|they're|they are) yours(?!\\p{L})",
    // Press coverage offered: "I'm writing a piece for Fintech Weekly … and I'd like to quote your team's approach".
    `(i'd|we'd|would) (like|love) to (quote|feature|cite|profile) (you|your|<slot>)(?!\\p{L})(?![^.!?\\n]{0,40}${SOME_DAY})`,
    // On for an episode: "I'd like to have you on for an episode about your nearshoring move".
    "have you on( [\\p{L}-]+)? (for|as) (an|a|the|our) (episode|show|segment|panel|guest|conversation|interview|livestream)(?!\\p{L})",
    // A seat kept for them, a lead that fits something of theirs: "There's a seat for you if…", "a grant from the Ellwood Foundation … that fits your clinic's outreach programme".
    "(there's|there is|i have|i've got|we have|we've got|i saved|we saved|i kept|we kept) a (seat|spot|place|ticket|pass|table|chair|invite|invitation) for you(?!\\p{L})",
    "(grant|fellowship|funding call|call for proposals|tender|rfp|award|prize|residency|scholarship)( [\\p{L}\\p{N}&.,'-]+){0,8} (that|which) (fits|suits|matches|fit|suit|match)( [\\p{L}'-]+){0,2} your(?!\\p{L})",
    // Early results of the sender's study, offered: "I can send you the raw tables before release".
    "(i can|i could|happy to|glad to|i'd be happy to|i'd be glad to|i'll|we can|we'll) (send|share|forward) (you )?(the|our|my)( raw| full| anonymi[sz]ed| early| draft| complete)? (tables|data|results|findings|dataset|numbers|figures|survey results|benchmark)( [\\p{L}-]+){0,2} (before|ahead of|prior to|early|when|once)(?!\\p{L})",
    // Their work said to make one, a slot offered: "your work on cost allocation would make a great 25-minute session", "Would you like a slot?".
    "(would|could|will) make (a|an) (great|good|perfect|fantastic|brilliant|excellent|strong)( [\\p{L}\\p{N}-]+){0,2} (talk|session|keynote|lightning talk|workshop|panel|episode|guest spot|segment|masterclass|fireside)(?!\\p{L})",
    "(would you like|do you want|want|fancy|interested in) a (speaking |talk |guest )?(slot|spot)(?=\\s*[?])",
    `(honou?red|delighted|thrilled|glad|love|like|keen|happy|hoping) to (feature|spotlight|showcase) you(?!\\p{L})(?![^.!?\\n]{0,40}${SOME_DAY})`,
    "interview you (for|on|in) (our|my|the|an upcoming|the next|next|this)( [\\p{L}\\p{N}'-]+){0,3} (series|fireside|podcast|show|episode|newsletter|livestream|stream|edition|column|blog)(?!\\p{L})",
    "(series|fireside|podcast|show|episode|newsletter|livestream|edition|column)( [\\p{L}\\p{N}'-]+){1,12},? and (i'd|we'd|i would|we would) (love|like) to (interview|feature) you (for|in|on) it(?!\\p{L})",
  ],
  studiedElsewhere: [
    // Not different parts of the same: "though in different cohorts".
    "(though|although|albeit|but|just|only)( not)? (at|in|from)(?! (the same|your|yours|different|separate)(?!\\p{L}))",
    "not( at| in| from)?( [\\p{L}&.-]+){1,3} (like|as) you(?!\\p{L})",
    "(a different|another|different|other) (school|university|uni|college|campus|program|programme|bootcamp|cohort|course|class|companies|company|firms|firm|places|schools|universities)(?!\\p{L})",
    "(all|any|every) (universities|university|schools|school|colleges|college)(?!\\p{L})",
    // Each side's own: "like you I did a PhD in computational chemistry, mine at ETH, yours at Cambridge".
    "(mine|yours) (was |were )?(at|in|from)(?! (the same|yours|mine)(?!\\p{L}))(?!\\p{L})",
    'alumni of anywhere',
  ],
  followingInGeneral: [
    // All of their pieces, none singled out: "I'm following all your posts about regenerative grazing".
    "(following|follow|followed|read|reading|watch|watching|watched|seen|listened to) (all|every one of|each of) your (posts|articles|videos|updates|episodes|threads|newsletters)(?!\\p{L})",
    // Their posts loved in general: "loved your recent posts!".
    "(loved|love|enjoy|enjoyed|like|liked|enjoying|loving) your (recent |latest |last few )?(posts|content|articles|videos|updates)(?=\\s*[.!?,;]|\\s*$)",
    // Thanks for their posts in general: "Thanks for all your posts."
    "(thanks|thank you|grateful) for (all )?(your|the) (posts|content|updates|insights|articles|videos|newsletters)(?=\\s*[.!?,;]|\\s*$)",
    // A few of their pieces, none named: "I watched a few of your videos and love your energy".
    "(watched|read|listened to|seen|checked out|binged) (a few|some|several|many|a couple|lots|a lot|all|most) of your( (youtube|tiktok|instagram|twitch|linkedin))? (videos|posts|articles|episodes|talks|content|reels|shorts|streams|tutorials|lessons)(?! (on|about)(?!\\p{L}))",
    // Their posts met in the feed: "your posts pop up a lot".
    "your (posts|content|updates|articles|videos|name) (pop|pops|keep popping|keeps popping|show|shows|come|comes) up",
    // Their channel or show followed, and no more: "I follow your YouTube channel. Keep up the great work!".
    "(i )?(follow|watch|am subscribed to|'m subscribed to|subscribe to|listen to|read) (your|ur) (youtube |twitch |tiktok |instagram |substack )?(channel|podcast|newsletter|blog|show|streams|videos|content|page|substack)(?=\\s*[.!?]|\\s*$|\\s*\\p{Extended_Pictographic})",
    // A reader of all they post, none named: "I'm a regular reader of your posts. Keep it up!".
    "(i'm|i am|i've been) an? (regular|long-time|longtime|avid|big|huge|loyal|daily|faithful|keen) (reader|follower|listener|viewer|fan|subscriber) of (your|ur) (posts|content|newsletter|podcast|blog|channel|videos|show|work|writing|updates)(?=\\s*[.!?]|\\s*$|\\s*\\p{Extended_Pictographic})", "(regular|long-time|longtime|avid|loyal|daily|faithful) (reader|follower|listener|viewer|subscriber) of ((your|ur) (posts|content|newsletter|podcast|blog|channel|videos|show|work|writing|updates)|<slot>)(?=\\s*[.!?,]|\\s*$|\\s*\\p{Extended_Pictographic})",
    // Every post of theirs followed: "I follow all your posts on leadership".
    "(i )?(follow|read) (all|every one of) your (posts|articles|updates|videos)",
    // One of their appearances, none named, and nothing from it: "I listened to your podcast. Very inspiring.", "saw you on TV".
    "(i )?(listened to|watched|saw|heard|read) your (podcast|tv interview|interview|show|radio show|talk|book|channel|keynote|videos?|documentary)(?=\\s*[.!?]|\\s*$| and (thought|loved|liked|enjoyed|found)(?!\\p{L}))",
    "(saw|seen|heard|watched) you on (tv|the tv|television|the news|the radio|youtube)(?!\\p{L})",
    // All their posts said to be always something, none named: "Your posts are always the most useful thing on my feed".
    "your (posts|content|articles|videos|updates|insights|newsletters) (are|were|have been) always(?!\\p{L})",
    // All their posts praised, none named: "Your posts are always insightful!".
    "your (posts|content|articles|videos|updates|insights) (are|were) ((always|so|really|very|truly|consistently) ){0,2}(insightful|inspiring|great|amazing|helpful|valuable|interesting|informative|useful|thought-provoking|on point)(?=\\s*[.!?]|\\s*$|\\s*\\p{Extended_Pictographic})",
    // Followed for long, none named: "I follow your content for a long time".
    "(i )?(follow|am following|have followed|read|watch|reading|watching|following)( your| ur) (content|posts|work|page|updates|articles|videos|channel|newsletter|blog|podcast|substack|column) (for|since) (a (long )?(time|while)|long|years|some time|months|many years|ages|forever|quite a while|so long|a (couple|few) (of )?(years|months)|(two|three|four|five|\\d+) (years|months))(?!\\p{L})",
    // Their posts read unseen, none named: "been lurking on your posts for ages".
    "(lurking|lurked|lurk|a lurker) (on|in|around|through) (your|ur) (posts|content|feed|updates|videos|page|profile|comments|stuff)(?!\\p{L})",
    // All their posts liked, none named: "Love your vibe and your posts!".
    "(love|like|enjoy|loved|liked|enjoyed|dig)( [\\p{L}-]+){0,3} your( [\\p{L}-]+){0,2} (posts|content|videos|updates|writing|stuff)(?=\\s*[.!?]|\\s*$|\\s*\\p{Extended_Pictographic})",
    "(always |really |genuinely )?(enjoy|love|like) reading your (posts|content|articles|newsletter|updates|writing)",
    // Everything of theirs taken in: "I've watched pretty much every video on your channel", "reading the comment sections under your posts".
    "(watched|read|seen|listened to) (pretty much |almost |nearly |just about )?(every|all( of)?( the)?) (video|videos|post|posts|episode|episodes|article|articles|issue|issues)( on| of| in)? your",
    "reading the comments?( sections?)? (under|on|below) your (posts|videos|articles)",
    // Their channel praised as a whole: "your YouTube channel is amazing".
    "your( [\\p{L}-]+)? (channel|blog|newsletter|podcast|substack|content|feed|page|videos|posts)( is| are| has been| have been)( (so|really|super|absolutely|truly|just|very))? (amazing|awesome|great|fantastic|incredible|brilliant|inspiring|gold|fire|excellent|wonderful|top-notch|a gem|so good|helpful|insightful|valuable|useful|informative|educational)(?!\\p{L})",
    "fan of (your (posts|content|writing|videos|newsletter|podcast|work|takes)|<slot>)",
    "(seen|read|enjoyed|liked|loved) (a lot of|many of|lots of|most of|all of|so many of) your (posts|content|articles|videos|updates)",
    "(look|looking) forward to (reading )?your (future|next|upcoming|new) (posts|content|articles|videos|updates)",
    "(been|i've been|i have been|always) (reading|following|watching|listening to|subscribed to)", '(enjoy|love|like|follow|admire) your (content|posts|work|newsletter|podcast|videos)', '(enjoyed|loved|liked|admired) your (content|posts|newsletters|videos|updates)(?! (on|about|around|regarding|re)(?!\\p{L}))', '(learn|learning|learned) (so much |a lot )?from your (content|posts|articles|newsletter|podcast|videos)', '(read|follow|watch) your (posts|content|articles|newsletter|videos) (regularly|often|every|religiously|daily|weekly)', 'enjoy your takes', '(keep|keeps) (showing up|popping up|appearing) in my feed', '(been )?(seeing|noticing|spotting|reading) your (posts|content|updates|articles|videos)( pop up)? (in|on) my (feed|timeline)', '(subscribe|subscribed|am subscribed) to your', '(follow|followed|read|been reading) your (research|writing|articles|blog(?! post(?!s))|channel|work)', 'your (posts|articles|videos|updates|content|newsletters?)( always| often| never fail to| consistently| regularly)', '(stay|keep|be) (updated|up to date|up-to-date|in the loop|posted) (on|with|about) your', '(regularly|often|always|religiously|avidly|faithfully) (read|follow|watch|enjoy|check out) your (posts|content|articles|newsletter|videos|updates|takes)'],
} satisfies ContextPhrases;
