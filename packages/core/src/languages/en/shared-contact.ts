import type { SharedContactPhrases } from '../types.js';

export default {
  referredBy: [
    // Named before, who hosted where both met: "at the dinner Sofia hosted in Porto".
    "(hosted|threw|organi[sz]ed|held|cooked)(?<=(dinner|party|bbq|barbecue|wedding|brunch|lunch|drinks|birthday|housewarming|supper|picnic)( that)? [\\p{L}'’-]+( [\\p{L}'’-]+)? (hosted|threw|organi[sz]ed|held|cooked))(?!\\p{L})",
    // The name before: "Jean Dupont has probably told you about me".
    "(has|had|will have|must have|may have|might have|'s)( [\\p{L}-]+){0,2} (told|mentioned|written to) you about me(?!\\p{L})",
    // The host named before, of a private occasion both were at: "we met at Ruth's retirement party", "at Julia's housewarming".
    "(party|birthday|birthday party|wedding|barbecue|bbq|housewarming|dinner party|leaving do|farewell|retirement party|engagement party|baby shower|christening|game night)(?<=(met|were|was|saw (you|each other)) at [\\p{L}'-]+'s (party|birthday|birthday party|wedding|barbecue|bbq|housewarming|dinner party|leaving do|farewell|retirement party|engagement party|baby shower|christening|game night))(?!\\p{L})",
    // A move of theirs told by the one named before: "Dana mentioned the expansion of your clinic".
    '(told me about|mentioned|brought up|filled me in on) the (launch|expansion|opening|relocation|acquisition|rebrand|migration|rollout|pilot|move) of (your|<slot>)(?!\\p{L})',
    // Named before: "Ian thinks there may be a service desk analyst opening at Litware", "Dr. Brandt was my master's supervisor too!".
    '(thinks|thought|says|said|mentioned)( that)? there (may be|might be|is|was|could be) (a|an)( [\\p{L}-]+){0,3} (opening|role|vacancy|position|job)(?!\\p{L})',
    "was my( [\\p{L}'’-]+){0,2} (supervisor|advisor|adviser|mentor|teacher|professor|manager|boss|coach) too(?!\\p{L})",
    // Named before, with the sender: "Sophie and I met you briefly at…", "Tanya Brooks and I both spotted you at…"; not a
    // clause of the sender's after a comma: "…opening in Stockton, and I saw you're leading it".
    'and(?<![,;:] and) i (both )?(met|saw|spotted|heard|watched|interviewed) you(?!\\p{L})',
    // Named before: "Rachel Kim was sure we'd get on", "our couple Amy & Joe tell me you're doing their hair", "Kemi showed me the stability justification you wrote".
    "(was|is|seemed|seems) (sure|certain|convinced) (we'd|we would|we'll|we will|you'd|you would) (get on|get along|hit it off|click|work well together)(?!\\p{L})",
    "(tell|tells) me (that )?(you're|you are|you'll be|you will be|you've)(?!\\p{L})",
    '(showed|sent|forwarded|shared) (me|us)( with me)? (the|your)( [\\p{L}\\p{N}&-]+){0,4} (you|your team) (wrote|built|made|designed|ran|did|drafted|put together)(?!\\p{L})',
    // Named before, who sent the sender on or named the reader first: "Mike Chen asked me to loop you in on the Contoso RFP", "when I asked Dmitri…, he named you first", "Claire said to say hello".
    'asked (me|us) to (loop you in|pass on|pass along|bring you in|copy you in|cc you)(?!\\p{L})',
    '(named|mentioned|recommended|suggested|pointed to|pointed me to) you (first|straight away|right away|immediately|without hesitating)(?!\\p{L})',
    '(said|asked me|told me) to say (hello|hi)(?!\\p{L})',
    // Named before, then a pronoun for them: "Kwame and I cut trailers together; according to him you're the go-to", "From her I hear…", "She thought the wind-tunnel data would interest you".
    'according to (him|her|them)(?!\\p{L})',
    'from (him|her|them) i (hear|heard|learned|gather|understand)(?!\\p{L})',
    '(thought|thinks|figured|reckoned|felt)( that)? (the|my|our|this|these)( [\\p{L}\\p{N}-]+){0,3} (would|might|could) (interest|help|suit|be useful to|appeal to) you(?!\\p{L})',
    // Named before, who told the sender of something the reader did: "Oskar brought up the SORMAS deployment you ran in Nigeria".
    '(brought up|mentioned|talked up|raved about|told me about|pointed me to) (the|your)( [\\p{L}\\p{N}&-]+){0,4} (you|your team) (ran|led|built|did|shipped|wrote|organi[sz]ed|launched|designed|managed|set up)(?!\\p{L})',
    // Named before, who had the reader in mind: "Jakob from the Stammtisch thought of you right away".
    "thought of you( right away| immediately| straight away| instantly| first| at once)?(?=\\s*[.,:;!—–]|\\s*$| when| as soon)",
    // Named before: "Claire tipped me off about your opening", "Sam wouldn't stop talking about your agency".
    "(tipped me off|gave me a heads-up|gave me the heads-up|clued me in|pinged me|messaged me|texted me) (about|on|to|re) (you|your)(?!\\p{L})",
    "(wouldn't|would not|won't|couldn't|can't|didn't) stop (talking|raving|gushing) about (you|your)(?!\\p{L})",
    // Named before, insisting on the talk: "Jonah Sato insists I talk to you before…".
    "(insists|insisted|says|said|swears|swore)( that)? we (meet|talk|speak|connect|should meet|should talk|get together)(?!\\p{L})",
    // Named before: "Yusuf speaks highly of how you ran diligence".
    "(speaks|spoke|speak|talks|talked|thinks|thought) (so |very )?(highly|well|the world) of (you|your|how you|the( [^.!?\\n]{1,50})? (you|your))(?!\\p{L})",
    // Named before, what they say is the reader's, who they send the reader's way, what they warned of: "he says accessibility audits are your thing", "she sends everyone with a consolidation question your way", "Gary warned me".
    // Named before, a course with the reader, or what they think of the sender's for the reader: "Pete and I both took the yeast genetics course with you", "Chloé thinks our pét-nats would sit well on your list".
    "(and i|and me) both (took|did|attended|followed|sat) the( [\\p{L}\\p{N}&'.-]+){1,6} (course|class|workshop|programme|program|training|bootcamp|module) with you(?!\\p{L})",
    "(thinks|thought|reckons|reckoned|figures|figured|believes|believed|felt)( that)? (our|my)( [\\p{L}\\p{N}&'.-]+){1,3} (would|could|might|will) [^.!?\\n]{1,40} your(?!\\p{L})",
    "(bragged|boasted|raved|gushed)( to me)?( that| about)? (you|your)(?!\\p{L})",
    "(is|are|was|were) (really )?your (thing|area|specialty|speciality|wheelhouse|forte|domain|jam|superpower)(?!\\p{L})",
    "(sends|sent|points|pointed|refers|referred|directs|directed) (everyone|people|folks|anyone|me|us)( [^.!?\\n]{0,50})? your way(?!\\p{L})",
    "(warned|briefed|forewarned) me( that| about)?(?!\\p{L})",
    "(insists|insisted|says|said|swears|swore)( that)? i (talk|speak|reach out|write|get in touch) (to|with) you(?!\\p{L})",
    // Named before, how both know them in brackets: "Leo Brandt (we overlap through him) says…".
    "\\((we|we're|we are) (overlap|connect|connected|linked|know each other)( only)? (through|via) (him|her|them)\\)",
    // Named before, who they are in brackets: "Grace Lin (our mutual friend from the Arts Council panel) recommended…".
    "\\((a|our|my) (mutual|common|shared) (friend|contact|connection|acquaintance|colleague)(?!\\p{L})",
    // Named before, the sender's own tie to them after: "I saw Mariana Perez commented on your post; I work with her at Rappi".
    "(i|we|i've|we've|i have|we have)( also| too| both)? (work|worked|studied|trained|served|volunteer|volunteered|play|played|used to work) (with|alongside|under) (her|him)(?!\\p{L})",
    // Named between "as" and what they said: "as Pedro probably mentioned", "as Dana may have told you" (not "as you said").
    "(probably |likely |surely |no doubt |may have |might have |will have |has |has probably |already )?(mentioned|said|told you|explained)(?<=(?<![\\p{L}])as( [\\p{L}'-]+){1,3} (probably |likely |surely |no doubt |may have |might have |will have |has |has probably |already )?(mentioned|said|told you|explained))(?<!(?<![\\p{L}])as (you|i|we|they|he|she|someone|everyone|many|most|people|expected|promised|discussed) (probably |likely |surely |no doubt |may have |might have |will have |has |has probably |already )?(mentioned|said|told you|explained))(?![\\p{L}])",
    // Named before: "Rachel from the founders dinner said I had to meet you".
    "(said|told me|insisted|swore|swears|says|kept saying|keeps saying|kept telling me|keeps telling me) (that )?i( really| absolutely| just)? (had to|have to|should|must|needed to|ought to) (meet|talk to|speak to|speak with|connect with|reach out to|contact|get to know|write to|get in touch with|message) you",
    // Named between "we have" and "in common": "we have Ben Adeyemi in common".
    "in common(?<=(we|you and i|we both) (have|share|know) [^.!?\\n,]{2,40} in common)",
    // Named before, by what they said of them or did with the sender: "Clara Mendes figured your practice could use…", "Neha Joshi's description of your setup", "Felipe Ortiz insists nobody…", "Leila Haddad supervised both our theses", "Callum Reid and I ran the routing together", "Joost de Vries (your old desk-mate)", "Tolu Adebayo's 30th".
    "(figured|thought|reckoned|guessed)(?<!(i|we|i just|we just|i also|we also|i really|we really) (figured|thought|reckoned|guessed)) (you'd|you would|your|you might)",
    "(description|verdict|take|words|name|nickname|summary|review)(?<=('s|’s) (description|verdict|take|words|name|nickname|summary|review)) (of|on|for) (you|your)",
    "(insists|swears|reckons|claims|maintains) (that )?(nobody|no one|you|your)",
    // Named before: "Ama Mensah says nobody knows licensing better than you", "Ollie calls you the go-to on migrations".
    "says (that )?(nobody|no one|there's nobody|there is nobody)(?!\\p{L})",
    // Named before, vouching for them or promising for them: "Kemi swears by your baking", "Jarrah promised you'd lend me the cutter", "Fatima says that's what your restaurant needs".
    "(swears|swore|swear) by (you|your)(?!\\p{L})",
    "(promised|assured me|swore)(?<!(i|we|you) (promised|assured me|swore))( me)?( that)? (you'd|you would|you will|you'll|you can|you could)(?!\\p{L})",
    "(says|said) (that's|that is) (what|why|how) (you|your)(?!\\p{L})",
    // Named before, what they heard of the reader or reminded the sender of: "Connor from the footy club heard you're short a plasterer", "Mrs Byrne reminded me we quoted your decking".
    "heard(?<!(i|we|you|i've|we've|i have|we have|i just|we just|i also|you've|i'd|we'd) heard)( that)? (you're|you are|you were|you have|you've|you need|you're after|your)(?!\\p{L})",
    "reminded (me|us)(?<!(you|i|we) reminded (me|us))( that)? (we|you|your|i|about)(?!\\p{L})",
    // What both share, said first: "we were in the same intake at ESADE — Pablo Ruiz reminded me the other day".
    "reminded (me|us)(?<!(you|i|we) reminded (me|us))( of it| of that)?( the other day| last week| recently| yesterday| this week)?(?=\\s*[.!?,;\u2014\u2013]|\\s*$)",
    // Named between "what" and what they said: "following up on what Declan said on Sunday".
    "(said|mentioned|told me|suggested)(?<=what( [\\p{L}'-]+){1,2} (said|mentioned|told me|suggested))(?<!what (you|i|we|they|he|she|someone|everyone|people|it|this|that) (said|mentioned|told me|suggested))(?!\\p{L})",
    "(calls|called) you (the|a|an|our)(?!\\p{L})",
    // Named before, what they let the sender know: "Jules hinted you've started angel investing", "Nico let slip that you just wrapped…", "Zoe flagged that you're hiring".
    "(hinted|let slip|let on|flagged|tipped (me|us) off|gave (me|us) (a|the) heads(-| )?up|clued (me|us) in|let (me|us) know)(?<!(?<!\\p{L})(i|we|you|please|pls|kindly|just|to|can|could|will|would|do|don't|dont|and) (hinted|let slip|let on|flagged|tipped (me|us) off|gave (me|us) (a|the) heads(-| )?up|clued (me|us) in|let (me|us) know))(( to me)?( that)? (you|you've|you're|you'd)|( to me)? that your)(?!\\p{L})",
    // Named before, what they passed on about the reader: "Dana Whitfield filled me in on the rebuild you're leading", "Ahmed forwarded me the opening at {company}".
    "(filled|clued) (me|us) in on(?<!(?<!\\p{L})(i|we|you|they|please|pls|kindly|just|to|can|could|will|would|do|don't|dont|and) (filled|clued) (me|us) in on)",
    "(forwarded|passed along|passed on)( to)? (me|us)(?<!(?<!\\p{L})(i|we|you|they|please|pls|kindly|just|to|can|could|will|would|do|don't|dont|and|linkedin) (forwarded|passed along|passed on)( to)? (me|us))(?!\\p{L})",
    // Named before, who asked the sender to write: "Mr. Rafiqul Islam of our alumni association asked me to introduce myself".
    "asked (me|us) to (introduce (myself|ourselves)|reach out|contact you|write to you|get in touch|connect with you|message you|follow up)(?<!(?<!\\p{L})(you|they|i|we|he|she) asked (me|us) to( [\\p{L}'-]+)+)(?!\\p{L})",
    // Named before, what they say the reader needs: "Tony at Ferro Welding says you need a second shift crew".
    "(says|say|said|mentioned) (that )?you (need|needed|are looking|were looking|might need|could use|want|wanted|are short|were short)(?<!(?<!\\p{L})(i|we|you|they|he|she|it|someone|everyone|people|and) (says|say|said|mentioned) (that )?you( [\\p{L}'-]+)+)(?!\\p{L})",
    "(supervised|taught|mentored|trained|coached|managed|hired) (both (of )?(us|our)|us both)",
    "and i (ran|worked|built|did|taught|played|studied|volunteered|bid|lost|won|co-?founded|started|shared|organi[sz]ed)",
    // The same, now: "Arjun and I co-maintain the htmx Discord".
    // Both doing it now, said so: "Arjun and I both mentor at CodeBridge".
    "and i both (mentor|coach|volunteer|teach|tutor|work|play|run|organi[sz]e|sing|row|climb|moderate|host)(?!\\p{L})", "and i both (ended up|commented|replied|chimed in|weighed in|posted|landed) (on|in) your(?!\\p{L})",
    "and i (both )?(sit|sat|serve|served) on the(?!\\p{L})",
    // Named before: "Priyanka just added us both to the steering group", "Tim from your team and I are co-organising the picnic".
    "added (us both|both of us|us) to(?!\\p{L})",
    "pointed (us|me) (your way|to you|in your direction)(?!\\p{L})",
    "and i (are|were) (co-?organi[sz]ing|organi[sz]ing|co-?hosting|hosting|running|planning|co-?leading|leading)(?!\\p{L})",
    // Named before, who brought them together: "Lucía put us on the same thread", "Bea Okafor connected the dots".
    "put (us|me|you) (on|in|onto|into) the same (thread|email|call|chat|group|slack|channel|project)(?!\\p{L})",
    "connected the dots(?!\\p{L})",
    "and i (co-?maintain|maintain|moderate|co-?moderate|co-?run|run|co-?host|host|co-?organi[sz]e|organi[sz]e|co-?lead|lead)(?!\\p{L})",
    // The same, as a habit: "Jonas and I used to run the Rust meetup together".
    "and i (used to|would often|would) (run|work|build|teach|play|study|volunteer|organi[sz]e|share|co-?found|coach|host)(?!\\p{L})",
    // The workplace may stand before the role: "Hugo, your old Kima co-founder, recommended…".
    "(your|my) (old |former )?([\\p{L}\\p{N}&.'’-]+ )?(desk-?mate|desk mate|colleague|classmate|teammate|boss|manager|flatmate|roommate|co-?founder|business partner)( (at|from|in) [\\p{L}\\p{N}&.'’-]+( [\\p{L}\\p{N}&.'’-]+){0,2})?(?=\\s*[),—–]|,)",
    "(\\d+(st|nd|rd|th)|birthday|wedding|leaving do|farewell|housewarming|engagement party|bbq|barbecue|party|dinner party|brunch|potluck|house party)(?<=('s|’s) (\\d+(st|nd|rd|th)|birthday|wedding|leaving do|farewell|housewarming|engagement party|bbq|barbecue|party|dinner party|brunch|potluck|house party))",
    "(said|told me|asked me) to ((mention|drop|use) (his|her|their) name|mention (him|her|them))(?!\\p{L})",
    // Named before: "Carlos Reyes spoke highly of your operator work", "Ana Lucía reshared your post on…".
    "(spoke|speaks|spoken|talks|talked) (so |very )?(highly|well|warmly) of (you|your|the( [\\p{L}-]+){1,3} you (did|do|led|lead|built|ran|wrote))(?!\\p{L})",
    "(reshared|reposted|shared|forwarded|sent me|dropped) your (post|article|piece|thread|talk|video|newsletter|essay|paper)",
    // Named before, who sent the reader's way or signed them up: "Sven flagged your open analytics-lead role to me", "Lucía signed you up for our book club".
    "(flagged|forwarded|sent|passed|pointed)( me)? your( [\\p{L}\\p{N}-]+){0,3} (role|opening|job|vacancy|listing|post|profile|article|paper|project) (to|my way|on to) me(?!\\p{L})",
    "signed you up (for|to)(?!\\p{L})",
    // Named before: "Tom's been raving about your newsletter", "Iris and I were both at your Hotjar workshop".
    "(raving|raved|gushing|gushed|raves|gushes) about (you|your)(?!\\p{L})",
    "and i were both (at|in) your( [\\p{L}\\p{N}-]+)? (talk|workshop|session|class|course|keynote|webinar|panel|meetup|masterclass)(?!\\p{L})",
    // Named before, there with the sender and the reader: "Jorge and I were in the WhatsApp group for the Lisbon founders' dinner with you".
    "and i (were|was) (both )?(in|on|at) (the|a|that|your)( [\\p{L}\\p{N}'’&-]+){1,8} with you(?!\\p{L})",
    // Named before a clause that ties them to the reader: "Stefan Braun, who sampled the Mosel vineyards with you,", "Grace Liu's post that you two worked together".
    "(with|alongside) you(?!\\p{L})(?<=who( [\\p{L}'-]+){1,6} (with|alongside) you)",
    // Named before, said to be shared: "we share Dana Ruiz as a contact" (begun at "as", the sharing looked for behind it).
    "as (a |an |our )?(mutual )?(contact|connection|friend)(?!\\p{L})(?<=(share|have)( [\\p{L}'-]+){1,3} as (a |an |our )?(mutual )?(contact|connection|friend))",
    // Named before: "Dana Ruiz and I are connected", "… and I are in the same circles".
    "and i (are|were) (connected|linked|friends|close|in the same (circles|network|networks|group|groups))(?!\\p{L})",
    // Named before, the three together once: "Raj and I had coffee with you at {{event_name}}".
    "and i (had|grabbed|shared|got) (a |an )?(coffee|lunch|dinner|drink|drinks|beer|beers|chat|call|meeting|breakfast) with you(?!\\p{L})",
    // Named before, in one batch or team with the sender: "Felipe and I were in the same YC batch".
    "and i (are|were) (in|on) the same( [\\p{L}\\p{N}-]+){0,2} (batch|cohort|class|team|programme|program|lab|year|intake|squad|crew|band|department|office)(?!\\p{L})",
    // Named before: "Saw that Carlos knows you too", "Kate Morgan and I both know you".
    "(knows|knew) you( too| as well| already)?(?=\\s*(?:[.!,;]|$|\\p{Extended_Pictographic})| (from|through|via)(?!\\p{L}))", "and i both know you",
    "(you two|the two of you|you both) (worked|studied|trained|served|played|were|went|did|built|ran|started|founded|launched|taught|co-?founded|co-?authored|wrote|overlapped|know each other|go (way )?back)(?!\\p{L})",
    // Named as a contact both have, or as saying something of them without "me": "Kwame Asante is a mutual", "Anand sir from our department told that you…".
    "(is|'s) (a|our) mutual( connection| contact| friend)?",
    // Their firm or them introduced, not their work recommended ("recommended your book" names no one both know).
    'introduced (you|your (fund|firm|company|team|shop|practice|studio|lab))',
    // Named before what they were to pass on: "did Hamid from the Old Vic workshop ever pass on my showreel?".
    '(ever )?(pass|passed|hand|handed) on my (showreel|cv|resume|portfolio|details|reel|deck|email|number|name)',
    '(said|told me|suggested) (to|i should) (get in touch|reach out|contact you|message you|connect|say hi|ping you|drop you a line)(?<!(?<![\\p{L}])(listing|post|ad|advert|page|website|site|posting|announcement|email|form) (said|told me|suggested) (to|i should) (get in touch|reach out|contact you|message you|connect|say hi|ping you|drop you a line))',
    // Sent by them, in so many words: "Kwame basically ordered me to message you".
    '(ordered|begged|nagged|urged|pushed|made|dared|insisted) me to (message|write to|reach out to|contact|ping|email|connect with|talk to) you',
    // Asked by them: "Vikram Rao from our Bengaluru office asked me to get in touch with you".
    "(asked|wanted|told|encouraged|advised)(?<!(you|i|we) (asked|wanted|told|encouraged|advised)) me to (get in touch with|reach out to|message|write to|contact|ping|email|connect with|talk to|call) you",
    // The same in a second language's tense: "Prof. Fahmy … advise me to contact u", "Bruno pass me ur name".
    "(advise|tell|ask|encourage|suggest)(?<!(to|can|could|would|will|please|pls|plz) (advise|tell|ask|encourage|suggest)) me to (get in touch with|reach out to|message|write to|contact|ping|email|connect with|talk to|call) you",
    "(pass|give|send)(?<!(to|can|could|would|will|please|pls|plz) (pass|give|send)) me your (name|contact|number|details|profile)(?!\\p{L})",
    '(told|said) that you (are|were|have|had|can|could|would|might|will)',
    // Named before, with their greetings: "Daniel Ross asked me to pass on his regards".
    "(asked|wanted|told) me to (pass on|send|give you|say) (his|her|their) (regards|best|greetings|hello|love)",
    // Named before: "Ahmed at Lattice said nice things about you".
    "(said|says|had) (such )?(nice|good|great|kind|lovely|wonderful) things (about|of) you",
    // Named before: "Jen from your team is an old friend of mine", "Kai is a former teammate of mine".
    "(is|'s|was) (an? )?(old |good |close |dear |longtime |long-time |former |ex-)?(friend|colleague|classmate|teammate|neighbou?r|mate|pal|buddy|manager|boss|co-?worker) of mine",
    // Named before, still talking of them: "Jonah's still talking about your lasagne".
    // (Written from the verb: a phrase bounded as a whole word cannot begin at the "'s" of "Jonah's".)
    "(talking|raving|going on|bragging|telling everyone) about (you|your)(?<=(is (still )?|('s|’s) still )(talking|raving|going on|bragging|telling everyone) about (you|your))(?!\\p{L})",
    // Said in passing, or over a chat the two had: "Chris mentioned in passing that…", "Marcus and I were chatting and your name came up".
    '(mentioned|said|told me|noted) (in passing|briefly|the other day|last week|recently)( that)?',
    // News of theirs passed on by the one named before: "Carla mentioned Pinemark just closed its Series A", "Carla mentioned that Pinemark is hiring".
    "mentioned( to me)?( that)?(?=( <slot>| [\\p{L}\\p{N}&.'-]+( [\\p{L}\\p{N}&.'-]+)?) (just|is|was|has|had|recently|finally|are|were|will|'s)(?!\\p{L}))(?<!(?<![\\p{L}])(i|we|you|as|it|this|that) mentioned)",
    // What their organisation needs or plans, passed on: "Aisha said Finchley Dental is adding a third chair", "Tomás Vidal thinks Nordvik Outdoor should be stocking…", "Greta mentioned Valtorre's looking for a 3PL".
    "(said|says|thinks|told me|mentioned)( that)?(?=( <slot>| [\\p{L}\\p{N}&.-]+( [\\p{L}\\p{N}&.-]+){0,2})( (is|are|needs|wants|should|plans|will need)|('s|’s) (looking|hiring|planning|moving|expanding|opening|building|launching|adding))(?!\\p{L}))(?<!(?<![\\p{L}])(i|we|you|as|it|this|that|he|she|they) (said|says|thinks|told me|mentioned))",
    // News of their company's own thing, passed on: "Ravi said Loomcraft's Series B closed", "Ines mentioned that Kestrel's new plant opened".
    "(mentioned|said)( to me)?( that)?(?=( <slot>| [\\p{L}\\p{N}&.-]+( [\\p{L}\\p{N}&.-]+)?)('s|’s)( [\\p{L}\\p{N}-]+){1,3} (just |finally |recently |has |had )?(closed|launched|went live|shipped|opened|landed|came out|is out|is live|was approved|got approved)(?!\\p{L}))(?<!(?<![\\p{L}])(i|we|you|as|it|this|that|he|she|they) (mentioned|said))",
    // With an aside between commas: "Felix mentioned, over a very long lunch, that you're…"; someone vouching: "Mia Schulz confirmed you're the person…".
    "(mentioned|said|told me|noted|swore|insisted)(?<!(i|we|you) (mentioned|said|told me|noted|swore|insisted)),( [\\p{L}\\p{N}'-]+){1,6}, that(?!\\p{L})",
    // News of theirs passed on by someone: "Owen … passed on that you're launching…", "Paul shared the news at our book club".
    '(passed on|passed along|pointed out|shared|broke|forwarded|informed me|informed us|let on) (that|the news|the announcement|your news)(?!\\p{L})',
    // Someone who said the two would get on, or kept saying they should meet: "Sam was right that we'd get on", "after Rui had spent a year telling us both we should".
    '(was|were)( quite| so| absolutely| totally)? right (that|about) (we|us|you)',
    '(telling|told|tells|reminding|nudging) (us both|both of us|the two of us)',
    // Named before: "spotted that Marta Ruiz knows us both".
    '(knows|knew|has met|worked with) (us both|both of us|the two of us)(?!\\p{L})',
    // Their work shown or sent by someone: "Ciarán … showed me your case study".
    '(showed|sent|forwarded|passed|shared with) me your(?!\\p{L})',
    // Their work shown by someone, "the" said for "your": "Congrats on shipping the v2 SDK — Omar showed me the benchmarks".
    '(showed|sent|forwarded|passed|shared with) me the( [\\p{L}\\p{N}&-]+){0,2} (benchmarks|numbers|results|deck|slides|demo|video|write-?up|thread|paper|report|case study|recording|screenshots?|prototype|repo|mockups?|designs?|plans|drawings)(?=\\s*[.!,;—–]|\\s*$)',
    // Named before, full of praise for them: "Mei Ling, who sat on the steering group with me, was full of praise for the way you handled the procurement".
    '(was|is|has been|were|are) (full of praise|all praise|singing your praises|raving|glowing) (for|about|over) (you|your|the way you)(?!\\p{L})',
    // Named before, who knows what the reader did: "Arjun credits you with his team's pass rate", "Keiko showed me the recommendation you wrote her".
    '(credits|credited|credit) you (with|for)(?!\\p{L})',
    '(recommendation|reference|testimonial|review|endorsement|shout-?out) you (wrote|gave|left|posted)( for)? (her|him|them)(?!\\p{L})',
    "(confirmed|confirms|vouched|vouches|vouched for the fact)(?<!(i|we|you) (confirmed|confirms|vouched|vouches|vouched for the fact))( that)? (you're|you are|you were|you|your)(?!\\p{L})",
    'and i (were|was|had been)( just)? (chatting|talking|speaking|catching up|swapping notes|comparing notes)',
    // Brought in by them, or said to be known to the reader: "Tomasz looped me in on your search", "Rafael, who I think you know from Loomly, and I…".
    '(looped|loops|looping) me in',
    "who (i think |i believe |i'm told |i hear )?you (know|knew|worked with|studied with|met)(?!\\p{L})",
    '(suggested|recommended|proposed) (that )?(i|we|you|reaching|connecting|getting|talking|speaking|contacting|to)',
    '(suggested|recommended|proposed) that,',
    // Named before, who vouched for their work: "Dr. Felix Amsel, who I believe was your co-editor on…, suggested that your recent work would speak to…".
    "(suggested|recommended|proposed|thought|said|mentioned) (that )?your (recent |latest |current )?(work|experience|expertise|research|background|perspective|insight|insights|story|team|project|book|talk|paper)( [\\p{L}'-]+){0,4} (would|could|might|will|may)(?!\\p{L})",
    // Someone else said it, not the reader, the sender or a page: "you said your firm takes apprentices", "your post said [Company] sponsors visas" name no one.
    '(mentioned|said|says|mentions)(?<!(?<![\\p{L}])(you|i|we) (mentioned|said|says|mentions))(?<!(?<![\\p{L}])(post|article|profile|page|website|site|ad|advert|listing|bio|announcement|newsletter|email|report|blog|description|thread|video|podcast|episode) (mentioned|said|says|mentions)) (that )?(you|your|we|i should|<slot>|the two of you|you two|you both)',
    // News of their organisation passed on by the one named: "Will Porter mentioned Lumen just moved its data pipeline onto AWS".
    "(mentioned|said|told me)(?<!(?<![\\p{L}])(you|i|we|they|it) (mentioned|said|told me))( that)?( [\\p{L}\\p{N}&.'-]+){1,3} (just|recently) (moved|migrated|switched|launched|opened|raised|hired|acquired|rebuilt|rolled out|expanded|signed|won|merged|rebranded|relocated)(?!\\p{L})",
    // Said somewhere before what: "Olga mentioned in her group text that you're moving to Dublin".
    "(mentioned|said)(?<!(?<![\\p{L}])(you|i|we) (mentioned|said)) (in|on|at|during|over) (her|his|their|the|a|our)( [\\p{L}\\p{N}-]+){1,3} that (you|your)(?!\\p{L})",
    // Someone else thought it, not the sender: "I thought we should connect" names no one.
    "(thought|thinks|reckons|reckoned|swears|swore|suggests|insists|insisted)(?<!(?<![\\p{L}])(you|i|we|i just|i really|i also) (thought|thinks|reckons|reckoned|swears|swore|suggests|insists|insisted)) (that )?(you|you'd|you would|you might|you could|we'd|we would|we might|we should|your|(the two of us|both of us|us two) (should|would|might|could|ought to))(?!\\p{L})",
    "(put|puts|putting) (you|your( [\\p{L}-]+)?) forward",
    // Named before: "Tash Kerr was adamant you'd know", "Aroha's the reason you're getting this", "Ngaire put us in the same email thread", "Cormac won't stop talking about the bid you wrote", "Felix reckons I should ask you".
    "(was|is|'s) (adamant|convinced|certain|sure|positive) (that )?(you|you'd|you're|your)(?!\\p{L})",
    "the(?<='s the) reason (you're|you are) (getting|reading|receiving|seeing) this",
    "is the reason (you're|you are) (getting|reading|receiving|seeing) this",
    "(put|puts) (us|me) in (touch|contact|the same( [\\p{L}-]+){1,2})",
    "(won't|wont|can't|cant|doesn't|didn't|never) stop(s|ped)? (talking|raving|going on|gushing|banging on) about",
    // Named before: "Leo Martins and I were roommates and he's always raving about your team".
    "(he's|she's|they're|he is|she is|they are|who's|who is|is|was) (always|forever|constantly) (raving|gushing|talking) about (you|your)",
    // Named before, what they passed on of the reader's: "Anneke from the festival crew mentioned the assistant editor role on your new documentary".
    "(mentioned|flagged|told me about|passed on) the( [\\p{L}-]+){1,4} (role|opening|position|job|vacancy|gig|project|opportunity|brief) (on|at|in|with|for) your(?!\\p{L})",
    // Named before, who thought a word to them would help: "James Tait from your planning committee thought a short note to you would help".
    "(thought|said|suggested|felt|reckoned)( that)? (a|my)( short| quick| brief)? (note|message|line|word|email|intro) (to you )?(would|might|could) (help|be useful|be worth it)(?!\\p{L})",
    // Named before, rating their work: "I played five-a-side with Dev and he rates your strength programmes highly".
    "(rates|rated) (you|your)(?!\\p{L})",
    // Named before, what the sender heard from them, what they wrote, what they asked the sender to send: "Chiara and I were colleagues at Pirelli,
    // and I heard from her that you…", "Karin from the Chamber wrote me that you are looking for…", "Morten asked me to send you the slides".
    "(heard|learned|learnt|found out) from (her|him|them) (that )?(you|your)(?!\\p{L})",
    "(wrote|messaged|emailed|texted|pinged) (me|us)( to say)? that (you|your)(?!\\p{L})",
    "(asked|told) (me|us) to (send|pass on|forward|share with|give) you(?!\\p{L})",
    // Named before, the three together: "Joaquín, you and I all sat on the review panel".
    "you and i (all|both) (sat|served|worked|were|studied|volunteered|spoke|presented|judged|met)(?!\\p{L})",
    // Named before, sending the sender on: "she said I had to meet you about [topic]", "[Recruiter Name] on your team asked me to send over two candidates".
    "(said|says|insists|insisted)( that)? i (had|have|need|needed|ought|must|should) to (meet|talk to|speak to|speak with|reach out to|connect with|get in touch with) you(?!\\p{L})",
    "asked (me|us) to (send|share|pass|forward)( you| over| along)(?!\\p{L})",
    // Named before, putting their name forward, describing them, passing their work on: "he proposed your name to review the chapter", "Bruna describes you as the expert", "Mariana shared it with me".
    "(proposed|suggested|recommended|mentioned|gave me|passed me) your name(?!\\p{L})",
    // Named before, their words quoted: "Jess wrote to me: \"You have to meet Oskar\"".
    "(wrote|texted|messaged|emailed|wrote to|said to) me(?=\\s*:)",
    // Named before, bringing both into a thread, or telling of their company's need: "Hannah Kim looped us both into the shoot thread",
    // "Martin says Kumo needs a Japanese-English translator".
    "(looped|cc'd|ccd|copied|added|pulled) (us both|both of us|you and me|me and you|us) (in|into|on)(?!\\p{L})",
    "(says|said)( that)?(?= [\\p{L}&.'’-]+( [\\p{L}&.'’-]+)? (needs|is looking for|wants|is hiring|is after|could use)(?!\\p{L}))",
    // Named before, telling the sender of them: "Nirosha informs me you are moving to Melbourne".
    "(informs|informed|has informed) (me|us)( that)? you(?!\\p{L})",
    // Named before, passing on news of them: "Francesca passed me the information that you organise…".
    "passed (me|on to me|me on|along to me)( the information| the info| the news| word| your details| your contact( details)?| your number| your email)( that)?(?!\\p{L})",
    "(describes|described|calls|called|introduced) you as(?!\\p{L})",
    "(shared|forwarded|sent|passed) (it|this|that|your (article|post|paper|talk|piece|thread|report|work)) (with|to) (me|us)(?!\\p{L})",
    // Named before, telling the sender of them: "Ingrid let me know your team is evaluating Wiz".
    "(let me know|let us know|gave me a heads-?up|tipped me off)( that)? (you|your)(?!\\p{L})",
    // Named before, pointing the sender to them: "Omar put me onto your work".
    "(put|pointed|turned|steered|sent) me (onto|on to|towards|toward|your way|in your direction)( you| your)?(?!\\p{L})",
    // Named before, vouching for a thing of theirs: "Trevor Lim swears by the one-page scorecard you use".
    "(swears|swore|raves|raved) (by|about) the( [\\p{L}\\p{N}'-]+){1,4} (you|your team) (use|used|built|made|run|ran|wrote|designed|shared)(?!\\p{L})",
    // Named before, their work with the reader after a comma: "Ruth Coleman, who co-authored the 2021 malaria paper with you".
    "who (co-authored|co-wrote|wrote|worked on|published|ran|taught|trained|studied|built|founded|organi[sz]ed)( [\\p{L}\\p{N}'-]+){0,6} with you(?!\\p{L})",
    // Named before, how the reader knows them in brackets: "Kasia (she was in your spring group) recommended…".
    "\\((she|he|they) (was|were|is|are) (in|on|at) your( [\\p{L}\\p{N}-]+){0,3} (group|class|cohort|team|course|workshop|programme|program|lab|crew|section|year)\\)",
    // Named before, discussing their work with the sender: "Ben and I were just discussing your carbon accounting post".
    "and i (were|was) (just )?(discussing|talking about|chatting about|reading|sharing) your(?!\\p{L})",
    // Named before, remembering them from where they met: "Coach Ramirez remembers you from his 2019 class".
    "(remembers|remembered|still remembers) you (from|at|in|as)(?!\\p{L})",
    // Named before, praising them to the sender or to all: "Bec raves about the fit-out you did", "Jack from Leeds Tech is telling everyone you're writing a talk".
    "(raves|raved|gushes|gushed) about (you|your|the( [\\p{L}-]+){1,3} you)(?!\\p{L})",
    "(is|was|has been|keeps|kept) telling (everyone|everybody|people|anyone who'll listen|anyone who will listen)( that)? (you|you're|you are|your)(?!\\p{L})",
    "(reckons|reckoned|thinks|thought|insists|insisted|swears|swore)(?<!(?<![\\p{L}])(you|i|we|i just|i really|i also) (reckons|reckoned|thinks|thought|insists|insisted|swears|swore)) (that )?(i|we) (should|ought to|must)",
    // Not many who keep saying it: "plastics manufacturers keep telling me…", "customers have told me…".
    "(told|tells|telling) me(?<!(?<![\\p{L}])(keep|kept|have|'ve|they) (told|telling) me)",
    // As many write it: "Luca said me you are organizing…", "he commented that you are searching…".
    '(said|says|commented|comments|explained|mentioned) (me|to me) (that )?(you|your)',
    '(commented|comments|explained|mentioned) (me )?that (you|your)',
    '(introduced|tagged|mentioned|cc.?d|connected) (us|me|both of us)',
    '(referred|pointed|sent|directed) me',
    // Named before: "Tom Becker referred you for our opening".
    '(referred|recommended|put forward) you (for|to)',
    '(passed|gave|shared|forwarded) (me )?(on |along )?your',
    "thought(?<!(?<![\\p{L}])(you|i|we|i just|i really|i also) thought) (we|i|you|we'd|you'd|we would|you would|we might|you might) (should|hit it off|get on|get along|click|have)",
    "(thought|thinks|said|says)(?<!(?<![\\p{L}])(you|i|we|i just|i really|i also) (thought|thinks|said|says)) (you'd|you would|you'll|you will) (be|make) (a |an |the )?(great|good|perfect|ideal|brilliant|natural|strong)",
    '(singing|sings|sang) your praises',
    '(vouched|vouches|vouch) for you',
    // Telegraphic: "Rachel Tan (your old PM at Gusto) vouched."
    '(vouched|vouches)(?=\\s*[.!;—–])',
    // Telegraphic, the sender by whom both know: "Kwame's ex-colleague."
    "(ex-?colleague|former colleague|old colleague|ex-?teammate|old teammate|old classmate|old flatmate|old roommate)(?<=('s|’s) (ex-?colleague|former colleague|old colleague|ex-?teammate|old teammate|old classmate|old flatmate|old roommate))(?=\\s*[.!,;—–]| here)",
    '(tagged|mentioned|cc.?d) you (in|on|under)',
    // With a word of thanks between: "Further to Tomasz's kind introduction at last week's away-day".
    // Someone's occasion both were at, named before it: "Tamsin's dinner last night was a blast", "(Aldo's launch party, then the airport lounge)".
    "(dinner|party|launch party|birthday|birthday party|wedding|barbecue|bbq|housewarming|leaving do|drinks|book club|supper club|game night|brunch)(?<=('s|’s) (dinner|party|launch party|birthday|birthday party|wedding|barbecue|bbq|housewarming|leaving do|drinks|book club|supper club|game night|brunch))(?= (last|on|this|was|the other|yesterday|tonight)(?!\\p{L})|\\s*[.!,;)—–]|\\s*$)",
    // Named before, who worked on their thing: "Aisha, who TA'd your first cohort, recommended it".
    "who (ta'd|tutored|taught on|mentored on|coached on|assisted on|worked on|co-hosted|edited|produced|moderated|designed) your(?!\\p{L})",
    // Thanked for the meeting, named before: "Ravi's the one who dragged me to that climbing gym, so I guess I owe him for meeting you".
    "owe (him|her|them)( one)? for (meeting you|introducing us|the intro|the introduction|putting us in touch)(?!\\p{L})",
    "(suggestion|recommendation|advice|tip|nudge|intro|introduction|referral)(?<='s ((kind|kindly made|recent|generous|warm|email|e-mail|lovely|thoughtful|helpful) )?(suggestion|recommendation|advice|tip|nudge|intro|introduction|referral))",
    // Their story told, their words quoted: "Felix still tells the story of your failover", "Wen keeps quoting your line".
    "(tells|told|keeps telling|still tells) (me |us )?(the|a|that) story (of|about) (you|your)",
    "(keeps|kept|always) (quoting|mentioning|citing|talking about|bringing up) (you|your)",
    "(intro'd|introed|intro-ed) (us|me)",
    // Someone over both: "Dr. Lee, who supervised both our theses".
    '(who|that) (supervised|taught|mentored|coached|managed|hired|trained|advised|interviewed|advises|mentors|coaches|manages|supervises|teaches|knows) (both of us|us both|both our|each of us|you and me|me and you)',
    '(is|are) in your network( too| as well)?',
    'put (us|me) in touch',
    'speaks? ((so|very|really|incredibly|extremely) )?highly of (you|your)',
    '(spoke|speaks|spoken|talks|talked) ((so|very|really|incredibly|extremely) )?(highly|well|warmly) about (you|your)(?!\\p{L})',
    "(swears|says|insists|reckons|thinks) (you're|you are) (the|a|an)",
    '(put|puts) (your name|you) forward',
    "(insisted|made me promise) (that )?(i|we)",
    '(put|pointed|steered|nudged) me (onto|on to|towards|toward|in the direction of) you',
    'sent me your way',
    // Named before: "Ben Aldridge, who worked with you there, can vouch for us".
    '(who|that) (worked|works|studied|studies|played|served|trained) (with|alongside) you',
    // Named before, of the sender's circle: "Aisha from my MBA cohort worked with you at Stratvale".
    '(worked|interned|studied|trained|served|played|volunteered)(?<!(i|we|i have|we have|i\'ve|we\'ve) (worked|interned|studied|trained|served|played|volunteered)) (with|alongside) you',
    // Named before: "Marta from the design team is a friend of yours?".
    '(is|are) (a|an)( good| close| old| dear| great)? (friend|colleague|former colleague|classmate|teammate|neighbou?r) of yours',
    // Someone's relative or friend: "Hannah (Ollie's sister)".
    "((younger|older|little|big|elder|twin|kid|baby|step|old|former|ex-) )?(boss|manager|mentor|teacher|coach|client|landlord|sister|brother|wife|husband|partner|cousin|roommate|flatmate|friend|colleague|teammate|co-?founder|classmate|neighbou?r)(?<='s ((younger|older|little|big|elder|twin|kid|baby|step|old|former|ex-) )?(boss|manager|mentor|teacher|coach|client|landlord|sister|brother|wife|husband|partner|cousin|roommate|flatmate|friend|colleague|teammate|co-?founder|classmate|neighbou?r))(?! (api|apis|program|programme|portal|network|ecosystem|integrations?|pages?|tiers?|channel|directory|base|success|services|accounts?|data|app|apps|platform|dashboard|sdk|marketplace)(?!\\p{L}))",
    // Regards passed on: "Tolu sends her regards", "Ruth and Dev from the allotment send their regards".
    '(sends|sent|says) (you )?((her|his|their) )?(regards|best|greetings|hello|hi|love)',
    '(send|say) (you )?their (regards|best|greetings|hellos?|love)',
    // Named before: "I see Anita Shah is a mutual connection", "Lara is a friend of us both", "someone we both know", "in both our networks", "you know him too".
    '(is|are) (a |our )?(mutual|shared|common) (connection|contact|friend|acquaintance)s?',
    '(is|are) (a |an )?(connection|contact|friend|acquaintance)s? (we|you and i) (both )?(share|have in common)',
    // As learners of English say it too: "Rahul Menon is common connection for both of us", "is a connection of both of ours", "is connected with both of us".
    '(is|are) (a )?(connection|contact|friend)s? (of|to|for) (both of ours|both of us|us both|ours)(?!\\p{L})',
    '(is|are) connected (with|to) (both of us|us both|the two of us|both our)(?!\\p{L})',
    '(is|are) (a )?(friend|friends|contact|contacts|connection|connections) (of|to) (us both|both of us|ours|us two)',
    '(is|are) someone (we|you and i) both know',
    "among (the |our )?(people|connections|contacts|folks|names) (we|you and i) (both )?(know|share|have in common)",
    '(is|are|pops up|shows up|appears|turns up) in both (of )?our networks',
    '(connects|links) (the two of us|us both|both of us)(?!\\p{L})',
    'you (also )?know (him|her|them)( too| as well| well)?',
    'we both know (him|her|them)',
    'and i (go way back|go back years|are old (friends|colleagues|classmates|teammates)|used to work together|sit on the same (board|committee))',
    // Who they are to the sender, what they said and where: "Lucy is my manager and she raved about…", "what Pete said at lunch".
    '(is|was) my (old |former )?(manager|boss|colleague|mentor|teacher|coach|cousin|sister|brother|friend|partner|client|flatmate|roommate)',
    '(raved|raves|gushed) about (you|your)',
    // The name before its apposition: "Tariq Aziz, a mutual acquaintance, indicated that…".
    "(a|our|my) (mutual|common|shared) (acquaintance|friend|contact|connection|colleague)(?<=, (a|our|my) (mutual|common|shared) (acquaintance|friend|contact|connection|colleague))(?=,)",
    '((was|is) (full of|all) praise for|(sang|sings|was singing) (the|your) praises of) (you|your)',
    '(said|asked me) to tell you',
    '(said|mentioned) (at|over|during) (lunch|dinner|coffee|drinks|the meeting|the call|the offsite)',
    // Not after a comma, where "and I" opens the sender's own clause: "…at Castleford Foods, and I work with…".
    'and(?<![,;] and) i (worked|work|studied|served|played|co-?founded|built|launched|sat|spoke|met|volunteered|taught|ran)( [\\p{L}-]+)? (together|at|on|with|in)',
    // Named before, doing something together now: "Daniel Cho and I co-teach the evening CPA course at Baruch".
    // The same, a comma after what they run: "Javier and I co-organize PyData Madrid, and your talk came up…".
    "and i (co-?organi[sz]e|organi[sz]e|co-?host|host|co-?run|run|co-?chair|chair)( [\\p{L}\\p{N}&.'-]+){1,3}(?=,| and your)",
    'and i (co-?teach|teach|co-?host|host|co-?run|run|co-?organi[sz]e|organi[sz]e|coach|co-?chair|chair|co-?lead|lead|mentor|share)( [\\p{L}\\p{N}-]+){0,4} (together|at|on|with|in|course|class|team|group|club|committee|board|meetup|podcast|office|studio)',
    'and i (are|were) (working|studying|building) (together|at|on|with)',
    'and i (were|was) on the same (panel|team|board|stage|project|committee|course)',
    'and i co-?founded',
    "(couldn't|could not|can't|cannot|won't) stop (talking|raving) about (you|your)",
    // "Leila and I did our residency together".
    "and i (did|completed|finished|started) (our|the same)( [\\p{L}'-]+){0,2} (residency|internship|training|degree|master's|masters|mba|phd|fellowship|placement|rotation|apprenticeship|program|programme|course|bootcamp)",
    '(asked|encouraged|urged) me to (reach out|connect|contact|write|message)',
    // As many write it: "Mr. Rajesh Kumar suggested me to connect with you".
    '(suggested|recommended|advised|referred) me (to|that)',
    // The name before: "Anand Rao is a common friend", "Dana is a mutual connection".
    '(is|was) (a|our) (common|mutual) (friend|connection|contact|acquaintance|colleague)',
    '(said|told me) to (ping|reach out to|contact|message|write to|get in touch with|talk to|speak to|ask) you(?<!(?<![\\p{L}])(listing|post|ad|advert|page|website|site|posting|announcement|email|form) (said|told me) to (ping|reach out to|contact|message|write to|get in touch with|talk to|speak to|ask) you)',
  ],
  inCommon: [
    // Ahead of the other entries, so that the longer match wins: one of the connections in common, named: "23 mutual connections, including Alisha Kaur" (not "including several at Deloitte").
    '(connections|contacts|mutuals)( in common)?,? (including|incl\\.?|among them|among whom|such as|like)(?!\\p{L})(?! (several|many|some|a few|a couple|lots|a lot|people|folks|others|two|three|four|five|\\p{N})(?!\\p{L}))',
    'mutual (friend|connection|contact|colleague|acquaintance|pal|mate|buddy)',
    // Telegraphic, the name after a colon: "Mutual: Dana Ruiz."
    '(mutual|mutual connection|mutual friend|in common|common contact|shared contact)s?:',
    // As many write it: "Anand Rao is a common friend".
    '(a|our) common (friend|connection|contact|acquaintance)',
    '(we )?both know',
    // On someone's panel or show together, named after: "we shared Tariq's panel at Web Summit".
    "we (shared|were on|sat on|spoke on|were both on)(?= [\\p{L}'’-]+['’]s (panel|table|stage|podcast|show|session|episode|livestream)(?!\\p{L}))",
    // In someone's circle, named after: "we're both in Tariq's orbit from the Breakthrough Energy Fellows".
    "(we're|we are|we were) both in(?= [\\p{L}'’-]+['’]s (orbit|circle|network|team|lab|group|class|cohort|crew)(?!\\p{L}))",
    // On one call or thread with them, named after: "we were both on the renewal call with Kaya Lindqvist".
    "(we were|we're|we are) both (on|in) the( [\\p{L}\\p{N}'-]+){0,3} (call|meeting|zoom|thread|panel|interview|email thread|chat) with(?!\\p{L})",
    // Someone both work beside, named after: "we both work with Ngaio at the catchment group".
    '(we|you and i) both (work|worked|volunteer|volunteered|train|trained|row|rowed|play|played) (with|alongside|under)(?!\\p{L})',
    '(we|you and i) both (reported|report|worked for|work for|answered to)( directly)? to(?!\\p{L})',
    // The same person in the same role for both: "we both have Rita Okafor as an advisor".
    "(we )?both have(?=( [\\p{L}'.-]+){1,3} as (a|an|our|the same) (advisor|adviser|mentor|coach|investor|angel|board member|manager|boss|professor|supervisor|client|lawyer|accountant|agent|therapist|tutor|teacher|editor|recruiter)(?!\\p{L}))",
    "(we're|we are) (both )?(close|good friends|friends|friendly|mates) with",
    '(both|we are both|we\'re both|are both) connected (to|with)',
  ],
  knownThrough: [
    // The name after, who can vouch for the sender: "Ask Ade about me".
    "ask(?= [\\p{L}'’-]+( [\\p{L}'’-]+)? about (me|us)(?!\\p{L}))",
    // The name after: "I worked under {{former_manager}} at Nestlé", "we have <Name> in common".
    '(worked|interned|trained|studied|served|apprenticed|reported) (directly )?under(?!\\p{L})',
    "(we have|we've got|we share|we both know)(?=( (?!(connections?|contacts?|friends?|people|colleagues|a lot|lots|loads|plenty|much|many|several|some|things?|interests?|points?|a few)(?!\\p{L}))[\\p{L}\\p{N}.<>{}_-]+){1,3} in common(?!\\p{L}))",
    // The name after, with both: "we're both in Matt Hughes's loss adjusting study group", "we're both represented by {{ agent_name }}".
    "(we're|we are|we were) both in(?=( <slot>| [\\p{L}'’-]+ [\\p{L}'’-]+['’]s)(?!\\p{L}))",
    "(we're|we are|we were) both (represented|managed|mentored|coached|supervised|signed) by(?!\\p{L})",
    // The name after, with the reader: "you and Beth both worked the Thornbury Castle wedding".
    "you and(?=( [\\p{L}'’-]+){1,2} both(?!\\p{L}))",
    // The name after, met with the reader: "great meeting you and Lauren at Dreamforce", "met you briefly with Connor in the…", "we shared the Datadog partner summit panel with Owen".
    '(meeting|met|meet|seeing|saw|chatting with|talking to) you (briefly )?(and|with|alongside)(?!\\p{L})',
    '(shared|were on|sat on) the( [\\p{L}\\p{N}&-]+){0,4} (panel|stage|table|booth|session|call|thread|jury) with(?!\\p{L})',
    // The name after: "Word from Dana (our BSides crew) is that Veritas needs a detection engineer".
    "(word|news) (from|via)(?= [\\p{L}'’-]+)",
    // Named after, who was at the table: "your post came up over lunch with Luis yesterday".
    "over (lunch|dinner|coffee|drinks|breakfast|a beer|beers|a coffee) with(?!\\p{L})",
    // An introduction they made, named after it: "following up on the intro Ben Carter made by email".
    '(on|for|after|per|about) the (intro|introduction)( from| by)?(?!\\p{L})',
    // The name after: "I got your contact from Tolu Adebayo".
    '(got|received|have|was given|was passed) your (contact|details|number|name|email|profile) from',
    // The name after: "as a fellow connection of Michael Tan".
    "(fellow|mutual) (connection|contact) of",
    // The name after: "Per Arvid Holm, your team took…", "according to Lena".
    "(according to|per(?! (our|my|the|your|their|his|her|its|a|an|this|that|these|those|week|month|year|hour|day|cent|se)(?!\\p{L})))",
    '(on|at) the (advice|suggestion|recommendation|request) of',
    // Their family, named: "your brother Dani", "your cousin Elena".
    // Not a modifier: "your partner companies", "your sister brands".
    "your (brother|sister|cousin|aunt|uncle|niece|nephew|brother-in-law|sister-in-law|dad|father|mum|mom|mother|son|daughter|husband|wife|partner)(?! (companies|company|firms|organi[sz]ations|schools|brands|agencies|network|programmes?|programs?|institutions|employers|universities|sites|stores|hotels|clinics|practices|teams?|ecosystems?|channels?|summits?|portals?|managers?|qbrs?|tiers?|integrations?|accounts?)(?!\\p{L}))",
    // The name after: "heard from Lou at Harbor Freight that you're short on flatbeds", "our friend Noor Haddad".
    "(heard|learned|learnt|found out) from",
    // The one both worked or trained under, named after: "we both learned the ropes under Harold Kim at the Sentinel".
    "(we )?both (learned the ropes|learnt the ropes|trained|worked|apprenticed|interned|studied|cut our teeth|started out) under",
    // Told what first: "I heard about your mentoring circles from Gabriel" (not "from a friend").
    "(heard|learned|learnt|found out|read) about (you|your( [\\p{L}'’-]+){1,4}) from",
    // The same in the present, told before what: "I hear from Kasia that you're taking over the account".
    "(i )?(hear|hearing) from(?= [\\p{L}'’-]+( [\\p{L}'’-]+)? that)",
    // Both in a group someone leads, named after: "we've both been in Liam Carter's mentorship circle".
    "((we've|we have|we were|we're|we are) both been|(we were|we're|we are) both|both of us (are|were|have been)|we both (sit|sat|serve|served)) (in|part of|on|members of)(?= [\\p{L}'’-]+( [\\p{L}'’-]+)?('s|’s)( [\\p{L}-]+){0,2} (circle|cohort|class|team|lab|group|club|course|programme|program|seminar|squad|band|choir|crew|workshop|studio|practice|council|board|committee|panel)(?!\\p{L}))",
    // Thanks for an introduction in a chat's shorthand, or in brackets: "h/t to Raj for the intro", "Hi Mateo (via Lena)".
    // Both named in someone's post, the name after: "we were both tagged in Hannah Schultz's goodbye post".
    "((we were|we've been|we have been|we're|we are|we got) both|both of us (were|got)|we both (got|were)) (tagged|mentioned|thanked) in(?= [\\p{L}'’-]+( [\\p{L}'’-]+)?('s|’s)(?!\\p{L}))",
    // The reader's work passed on, the name after: "your post on pricing was shared by Felipe in our group chat".
    "your( [\\p{L}\\p{N}-]+){0,3} (post|article|talk|video|thread|paper|deck|newsletter|essay|piece|write-?up)( (on|about|from) (<slot>|[\\p{L}\\p{N}&-]+( [\\p{L}\\p{N}&-]+){0,2}))? (was|got|had been|has been) (shared|reshared|reposted|forwarded|recommended|passed around) by(?!\\p{L})",
    "(h/t|hat tip|hat-tip)( to)?(?= [\\p{L}'’-]+)",
    "\\((via|through|thanks to|intro by|introduced by)(?= [\\p{L}'’-]+( [\\p{L}'’-]+)?\\))",
    // Someone's client or student too, named after; someone's call or thread both were on: "fellow client of Mina Okafor's",
    // "good to meet you on Jo Park's call about the migration".
    "fellow (client|customer|student|mentee|patient) of(?!\\p{L})",
    "(on|during|in|after|from)(?= [\\p{L}'’-]+( [\\p{L}'’-]+)?('s|’s) (call|meeting|zoom|thread|chat|dinner|lunch|workshop|intro|introduction|email|group chat)(?!\\p{L}))",
    // The name first, as a second-language writer puts it: "from Joost I heard you start a podcast".
    "from(?<=(^|[.!?:;,—–] )from)(?= [\\p{L}'’-]+( [\\p{L}'’-]+)?,? i (heard|learned|learnt|hear|understood|know)(?!\\p{L}))",
    "our (old |dear |good )?(friend|pal|mate)(?!\\p{L})",
    // Someone they are seen to know: "I see you know Mark from Rotary too".
    '(i see|i noticed|i saw|i notice|looks like|seems like|it seems|(?<![\\p{L}] )(see|saw|noticed|notice)) (that )?you (also )?know',
    // Found out with surprise: "Small world that you know Pete Halvorsen too!".
    "(small world|funny|amazing|crazy|wild)( that|,| —| -)? you (also )?know",
    // Someone both spoke with: "on the call with Priya on Tuesday".
    '(on|during|after|following|as per|at the end of|at the start of|in) (the|our|my)( (three-way|3-way|joint|group))? (call|meeting|zoom|zoom call|video call|teams call|lunch|dinner|conversation|chat|huddle|demo) with',
    // The name after, someone they spoke of: "You mentioned Hyun-su from our old Samsung team is now on yours".
    'you (mentioned|brought up|told me about)(?! (at|in|on|during|that|how|what|when|where|why|it|this|your|yours|the|a|an|some|our|my)(?!\\p{L}))',
    '(friend|colleague|teammate|classmate|former colleague) of',
    // Not the sender's own title: "I'm co-founder of Quayside".
    "(partner|co-?founder|manager)(?<!(i'm|i am|as)( the| a| an)? (partner|co-?founder|manager)) of",
    // Named just after who they are: "my sister Jo", "your brother Matt", "my niece Zeynep's team".
    // Not one who will contact the reader, whom the reader does not know yet: "my colleague Peter will reach out about waste collection".
    "(my|your) (old |former |best |ex-)?(college |uni |university |school |high school |childhood |work )?(sister|sis|brother|bro|wife|husband|partner|cousin|niece|nephew|daughter|son|mum|mom|dad|aunt|uncle|friend|colleague|manager|boss|teammate|flatmate|roommate|classmate|desk-?mate|desk mate|neighbou?r|mentor|coach|co-?founder|student|mentee|intern|apprentice)(?! (companies|company|firms|organi[sz]ations|schools|brands|agencies|network|programmes?|programs?|institutions|employers|universities|sites|stores|hotels|clinics|practices|teams?|ecosystems?|channels?|summits?|portals?|managers?|qbrs?|tiers?|integrations?|accounts?)(?!\\p{L}))(?!( [\\p{L}'’.-]+){1,3} (will|is going to|is about to|shall) (reach out|contact|call|ring|email|e-mail|message|be in touch|get in touch|follow up|send|drop)(?!\\p{L}))",
    '(thanks to|on behalf of|recommendation from|referral from)',
    // How the two are linked, through someone: "we're connected through Dana Ruiz", "I got your name
    // via Dana", "Through Dana I heard…"; not a means ("more patients through Google Ads", "via Sales Navigator").
    "(through|via)(?<=(^|[.!?:;,—–] |(you|your|yours|us|each other|we|connected|connecting|linked|introduced|intro|introduction|referred|recommended|reaching out|reached out|writing|found|heard|hear|know|knew|degree)( [\\p{L}'-]+){0,2} |(met|meet|meeting)( [\\p{L}'-]+){0,8} )(through|via))(?! (linkedin|sales navigator|google|a (post|search|group)|the (app|platform|site|website|search|feed|algorithm|group)|the( [\\p{L}\\p{N}&.'-]+){0,5} (list|directory|database|roster|page|website|site|newsletter|forum|portal|app|platform|group|registry|register|listing|lineup|line-up|programme|program|board|job board|slack|discord|community|scene|ecosystem|circuit|crowd)(?![\\p{L}-])|your( [\\p{L}-]+)? (profile|post|website|site|page|article|content|blog|talk|video|podcast|newsletter|repo|paper|thread|comment)|my (feed|search|network)|[\\p{L}\\p{N}&.-]+( [\\p{L}\\p{N}&.-]+){0,3}('s|') ([\\p{L}-]+ ){0,2}(program|programme|scheme|course|bootcamp|academy|training|process|pipeline|onboarding|residency|fellowship|internship|accelerator|incubator|rotation|rotations)(?![\\p{L}-])))",
    // The name after: "saw that you and Hannah Lee are connected".
    '(saw|see|noticed|notice) (that )?you and',
    // The name after: "looks like we both worked with Dana Whitfield".
    '(we )?both (worked|studied|trained|played|volunteered|served|interned|reported) (with|under|for|alongside)',
    "(saw|see|noticed|notice) (that )?(you're|you are) connected (to|with)",
    '(we )?(share|have) a (mutual )?(connection|contact|friend) in',
    // The name after: "great meeting you at Web Summit with Pedro".
    '(meeting|met|meet|seeing|saw) you( at( [\\p{L}\\p{N}-]+){1,4})? with',
    // The name after: "I was talking with Bruno Costa yesterday and he commented…".
    '(was|were) (talking|speaking|chatting) (with|to)',
    // The name after: "we met with Father Tom at the board meeting", "great chatting with you and Paddy".
    '(we|you and i) (met|chatted|talked|caught up|had lunch|had dinner|had coffee|had a drink|sat) with',
    'with you and',
    '(got|have|had) your (name|details|contact|contact details|reference|number|email|profile) from',
    // Passed on by the one named after: "I was given your name by Helen Carver, with whom I served on the board".
    '(i was|i\'ve been|i have been|we were|we\'ve been|we have been) (given|passed|sent|handed|forwarded) your (name|details|contact|contact details|number|email|profile) by',
    // The name after: "as referred by Tom Becker".
    '(as )?(referred|recommended|introduced)( to you)? by',
    '(your name|you) came up( [\\p{L}]+){0,6} with',
  ],
  countInCommon: ['<slot> of (my|our) (connections|contacts)', '(a few|some|several|lots of|a lot of|many|plenty of) (mutual )?(friends|mates|people|folks) in common', '(a few|some|several|lots of|a lot of|many|plenty of|tons of|loads of|so many) mutual (friends|mates|people|folks|connections|contacts)( (from|in|at|across) (the )?([\\p{L}&.-]+ ){0,3}(scene|world|community|industry|space|circles?|crowd|network|days))?', '\\d+\\+? (mutual |shared |common )?(connections|contacts|people)( in common)?', '<slot> (mutual |shared |common )?(connections|contacts|people)( in common)?', '(a lot of|many|several|lots of|loads of|tons of|heaps of|a bunch of) (mutual |shared )?(connections|contacts)( (at|in|from) [\\p{L}&.-]+( [\\p{L}&.-]+)?(?=\\s*[.,!;—–]|\\s*$| so| and))?'],
  // Not "your contact from …": their details, passed on by the person named after.
  referrerPronouns: ['she', 'he', 'they'],
  referrerCompanions: ['with', 'alongside', 'and', 'both (had|treated|coached|trained|mentored|taught|managed)'],
  signedThrough: ['(intro via|intro by|introduced by|introduction via|via|h/t)(?<=[\\n,(—–|·-]\\s{0,2}(intro via|intro by|introduced by|introduction via|via|h/t))'],
  placedAt: ["(someone|somebody|people|folks|a colleague|colleagues) (on|in|from) (your|the) (team|staff|office|department|crew) (at|in|from)", "(my|our) (sister|brother|cousin|mum|mom|dad|father|mother|wife|husband|partner|son|daughter|aunt|uncle|niece|nephew|flatmate|roommate|neighbou?r) (from|at|in)( the)?", "(friends?|colleagues?|co-?workers?|people|someone|somebody|folks|teammates?|classmates?|managers?|mentors?|contacts?|members?|alumni)(?<!(your|ur) (friends?|colleagues?|co-?workers?|people|someone|somebody|folks|teammates?|classmates?|managers?|mentors?|contacts?|members?|alumni))( of (yours|mine|ours))? (at|from|in)( the| our| my)?"],
} satisfies SharedContactPhrases;
