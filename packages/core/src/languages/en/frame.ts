import type { FramePhrases } from '../types.js';

export default {
  greetings: ['hi', 'hii+', 'hello', 'hey', 'hiya', 'dear', 'respected', 'greetings', 'good (morning|afternoon|evening|day)', 'morning', 'afternoon', 'evening', 'howdy', 'yo', 'namaste', 'to whom it may concern', 'greetings of the day', 'salaa?m', 'as+ala+mu? ?alaikum', 'kumusta', 'marhaba', 'shalom', 'vanakkam', 'kia ora', 'hola', 'ciao', 'hallo'],
  mailFooters: ['sent from my (iphone|ipad|android|phone|mobile|samsung( galaxy)?|blackberry|galaxy|pixel)', 'sent from (outlook|mail) for (ios|android|iphone)', 'get outlook for (ios|android)', '(disclaimer|confidentiality notice|confidential)[:.][^\\n]*', 'this (message|e-?mail|communication)( and any attachments)? (is|are|may (be|contain))[^\\n]*', 'please consider the environment before printing[^\\n]*', 'registered (in|office)[^\\n]*'],
  signOffs: [
    'best( regards| wishes)?',
    '(kind|warm|warmest|many) regards',
    'regards',
    'cheers',
    // A faith community's closings: "Blessings,", "Peace,", "God bless,".
    '(many |god\'s )?blessings', 'peace', 'god bless( you)?', 'in (christ|faith|service|his service)',
    'thanks( again| so much| in advance| a lot)?',
    'thank you( so much| in advance)?',
    'many thanks',
    'sincerely( yours)?',
    // As second-language writers close: "Cordially,", "Att.," (atenciosamente), "Hugs,".
    '(cordially|cordial regards|cordial greetings|att|atte|hugs|a hug|big hug)',
    '(thanks|thank you)( (&|and) (best |kind |warm )?regards)',
    // Abbreviated: "Rgds., Claudia", "BR, Jan", "Thx, Sam".
    '(rgds|brgds|kr|br|thx|thnx|tks|tnx)',
    'respectfully( yours)?',
    'yours (faithfully|respectfully|obediently|in christ)',
    'with (kind |warm |best |warmest )?regards( and (respect|gratitude|thanks|appreciation))?',
    '(warm|best|kind) wishes',
    'god bless( you)?( (ma|sir|madam|brother|sister))?',
    'in his service',
    'your obedient (student|servant)',
    'with gratitude',
    // A cause's closings: "In solidarity,", "In partnership,".
    'in (solidarity|partnership|friendship|gratitude)',
    'gratefully',
    'yours( truly| sincerely)?',
    '(wishing you )?all the best',
    'wishing you( continued| every| much)? (success|well)',
    'talk soon',
    'have a (great|good|nice) (day|week|weekend)',
    'looking forward',
    'take care',
    // Greetings as a close, and closings in the writer's own language: "Greetings from Munich,", "Saludos,", "Groeten,", "Distinti saluti,", "MfG,".
    '(many |kind |warm |best |friendly |sunny )?greetings( from [\\p{L}-]+( [\\p{L}-]+)?)?',
    '(muchos |cordiales )?saludos( cordiales)?', 'un (fuerte )?abrazo', 'abrazos', 'atentamente', 'cordialmente', 'abracos', 'atenciosamente', '(met )?(vriendelijke|hartelijke)? ?groet(en)?', '(distinti|cordiali|tanti|cari)? ?saluti', 'un saluto', '(mit )?(freundlichen|besten|herzlichen|viele|liebe|beste) gr(u|ue)(ß|ss)e(n)?', 'mfg', '(bien )?cordialement', 'bien (a|à) vous',
  ],
  // Honorifics said after a name too, in South Asian English: "Hi Imran bhai,", "Dear Sharma ji,".
  addressees: ['there', 'all', 'everyone', 'team', 'folks', 'ji', 'bhai', 'bhaiya', 'didi', 'saab', 'sahab', 'sahib', 'garu', 'sir', 'madam', 'professor', 'prof', 'doctor', 'dean', 'hiring', 'manager', 'recruiter', 'colleague', 'colleagues', 'father', 'reverend', 'pastor', 'rabbi', 'imam', 'sheikh', 'sister', 'coach', 'captain', 'sergeant', 'councillor', 'councilor', 'mayor'],
  nameParticles: ['de', 'da', 'van', 'von', 'der', 'del', 'la', 'le', 'di', 'du', 'dos', 'bin', 'bint', 'al'],
  notNames: [
    // Blessings and greetings of faith, capitalised, that name no one: "May Allah bless you", "Jazak Allah khair", "God willing".
    'allah', 'god', 'lord', 'inshallah', "insha'allah", 'mashallah', "masha'allah", 'alhamdulillah', 'jazak', 'jazakallah', 'khair', 'salam', 'salaam', 'alaykum', 'alaikum', 'assalamu', 'bismillah',
    // Interjections, in a note typed in a hurry: "so yeah", "lol".
    'yeah', 'yep', 'yup', 'lol', 'haha', 'omg', 'btw', 'tbh', 'idk', 'wow', 'oh', 'ah', 'hmm',
    // Words that turn the talk, at a sentence's start before what looks like a referral: "Anyway, we have loads of connections in common".
    'anyway', 'anyways', 'honestly', 'besides', 'meanwhile', 'otherwise', 'seriously', 'basically', 'actually',
    // Words that open a sentence before what looks like a referral: "People you know at {company} recommended…", "Looks like we have 18 connections in common".
    'people', 'folks', 'looks', 'seems', 'sounds', 'feels',
    // Verbs that open a sentence with its subject dropped: "Came across your profile and thought we should connect".
    'came', 'found', 'stumbled', 'met', 'been', 'thought', 'wanted', 'spotted', 'heard', 'seeing', 'following', 'reaching', 'writing',
    'was', 'were', 'is', 'are', 'has', 'had', 'have', 'did', 'does', 'do',
    // Who in common, unnamed, capitalised at a sentence's start: "Mutual friends told me about you".
    'mutual', 'mutuals', 'friends', 'colleagues', 'connections', 'contacts',
    'i', "i'm", "i'd", "i've", "i'll", 'im', 'id', 'me', 'my', 'we', "we're", "we've", 'our', 'you', "you're", "you'd", 'your',
    'he', 'she', 'they', 'it', 'his', 'her', 'their', 'its', 'yours', 'mine', 'ours', 'theirs', 'hers', 'this', 'that', 'these', 'those', 'there', 'here',
    'the', 'a', 'an', 'and', 'or', 'but', 'so', 'if', 'as', 'at', 'in', 'on', 'of', 'to', 'for', 'with', 'by', 'from',
    'hi', 'hello', 'hey', 'dear', 'thanks', 'thank', 'please', 'would', 'could', 'should', 'can', 'will', 'let', "let's",
    'just', 'also', 'great', 'good', 'nice', 'happy', 'glad', 'looking', 'hope', 'congrats', 'congratulations', 'saw',
    'noticed', 'loved', 'love', 'read', 'enjoyed', 'quick', 'big', 'linkedin', 'sir', 'madam', 'mr', 'mrs', 'ms', 'dr', 'prof', 'professor',
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
    'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'ok',
    // Job titles, capitalised in signatures and self-descriptions ("I'm an AI Engineer"): not names.
    'engineer', 'developer', 'manager', 'director', 'designer', 'founder', 'co-founder', 'cofounder', 'ceo', 'cto', 'cfo', 'coo', 'cmo', 'vp',
    'head', 'lead', 'consultant', 'analyst', 'scientist', 'architect', 'specialist', 'recruiter', 'student', 'intern', 'advisor', 'officer',
    'president', 'owner', 'strategist', 'marketer', 'executive', 'associate', 'coach', 'entrepreneur', 'freelancer', 'senior', 'junior', 'okay', 'yes', 'no', 'not', 'some', 'someone',
    // Indefinite pronouns, capitalised after an emoji or a colon: "👋 Something founders keep telling me".
    'something', 'somebody', 'one', 'who', 'whoever', 'everyone', 'everybody', 'everything', 'anyone', 'anybody', 'anything', 'nobody', 'nothing', 'many', 'most', 'all', 'few', 'lots', 'whatsapp', 'slack', 'discord', 'telegram', 'reddit', 'group', 'groups', 'chat', 'channel', 'server', 'forum', 'several', 'various', 'numerous', 'multiple', 'plenty', 'loads', 'tons', 'dozens', 'hundreds',
    // The stock sentence's nouns, capitalised for weight: "add you to my Professional Network".
    'professional', 'network',
  ],
  nounMarkers: [],
  abbreviations: ["Mr", "Mrs", "Ms", "Mx", "Dr", "Drs", "Prof", "Eng", "Engr", "Bro", "Sis", "Fr", "Rev", "Cdr", "Capt", "Col", "Lt", "Retd", "St", "Jr", "Sr", "e.g", "i.e", "vs", "approx", "incl"],
  functionWords: ['the', 'and', 'you', 'your', "you're", 'i', "i'm", "i'd", "i've", 'to', 'of', 'with', 'for', 'are', 'my', 'would', 'that', 'this', 'it', 'be', 'have', 'was', 'were', 'our', 'at', 'from', 'about', 'just', 'really', 'will', 'their', 'they', 'them', "let's", 'what', 'which', 'who', 'could', 'should', 'can', 'been', 'like', 'how', "we're", "we've", "it's", "i'll", "don't"],
  // Chat spellings of a note typed in a hurry: "thx for ur talk, lets connect n keep the convo going".
  shorthand: {
    you: ['u', 'ya'],
    your: ['ur', 'yr'],
    "you're": ['ur', 'youre'],
    thanks: ['thx', 'thnx', 'thks', 'tx'],
    and: ['n', '&'],
    about: ['abt', 'bout'],
    really: ['rly', 'realy'],
    conversation: ['convo'],
    forward: ['fwd'],
    "i'm": ['im'],
    "i've": ['ive'],
    "i'd": ['id'],
    people: ['ppl'],
    please: ['pls', 'plz'],
    because: ['bc', 'cuz', 'coz'],
    with: ['w/'],
    through: ['thru'],
    great: ['gr8'],
    message: ['msg'],
    // The misspellings a hurried note makes of a referral: "Steph Cole recomended I get in touch".
    recommended: ['recomended', 'reccomended', 'reccommended'],
    recommend: ['recomend', 'reccomend', 'reccommend'],
  },
  grammar: {
    definiteArticles: ['the'],
    indefinites: ['a', 'an', 'some', 'any'],
    possessives: ['my'],
    someone: ['someone', 'somebody'],
    and: ['and'],
    or: ['or'],
    clauseOpeners: ['that'],
    questionTags: ['no', 'right', 'eh', 'yeah', 'yes', 'ok', 'okay'],
    questionVerbs: ['is', 'are', 'does', 'do', 'did', 'has', 'was', 'will'],
    topicMarkers: ['about', 'regarding', 're'],
    nameJoiners: ['of', 'the', 'and', '&', 'for'],
    workplaceMarkers: ['at'],
    originMarkers: ['from'],
    organisationMarkers: ['at', 'in', 'for', 'from'],
    anyEvent: ['event', 'events'],
    nameArticles: [],
    selfHere: ['here'],
    recentTimes: ['last night', 'last week', 'last weekend', 'last month', 'last year', 'last spring', 'last summer', 'last autumn', 'last fall', 'last winter', 'this morning', 'this week', 'yesterday', 'tonight'],
  },
} satisfies FramePhrases;
