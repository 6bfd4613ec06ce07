import type { FramePhrases } from '../types.js';

export default {
  greetings: ['hi', 'hii+', 'hello', 'hey', 'hiya', 'dear', 'greetings', 'good (morning|afternoon|evening|day)', 'howdy', 'yo'],
  signOffs: [
    'best( regards| wishes)?',
    '(kind|warm|warmest|many) regards',
    'regards',
    'cheers',
    'thanks( again| so much| in advance| a lot)?',
    'thank you( so much| in advance)?',
    'many thanks',
    'sincerely( yours)?',
    'yours( truly| sincerely)?',
    'all the best',
    'talk soon',
    'have a (great|good|nice) (day|week|weekend)',
    'looking forward',
    'take care',
  ],
  notNames: [
    'i', "i'm", "i'd", "i've", "i'll", 'im', 'id', 'me', 'my', 'we', "we're", "we've", 'our', 'you', "you're", "you'd", 'your',
    'he', 'she', 'they', 'it', 'his', 'her', 'their', 'its', 'this', 'that', 'these', 'those', 'there', 'here',
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
  ],
  nounMarkers: [],
  abbreviations: ["Mr", "Mrs", "Ms", "Mx", "Dr", "Drs", "Prof", "St", "Jr", "Sr", "e.g", "i.e", "vs", "approx", "incl"],
  functionWords: ['the', 'and', 'you', 'your', "you're", 'i', "i'm", "i'd", "i've", 'to', 'of', 'with', 'for', 'are', 'my', 'would', 'that', 'this', 'it', 'be', 'have', 'was', 'were', 'our', 'at', 'from', 'about', 'just', 'really', 'will', 'their', 'they', 'them', "let's", 'what', 'which', 'who', 'could', 'should', 'can', 'been', 'like', 'how', "we're", "we've", "it's", "i'll", "don't"],
} satisfies FramePhrases;
