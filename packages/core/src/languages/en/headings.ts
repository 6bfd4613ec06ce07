import type { HeadingLanguage } from '../types.js';

export default {
  invitation: {
    // Not "notes" alone: every README has a "Notes" section.
    phrases: ['invit(e|es|ation|ations)', 'connection requests?', 'connect requests?', 'requests? to connect', '(connection|connect|invite|invitation|linkedin) notes?', 'notes? (to|for) (connect|connecting|invitations?|connection requests?)'],
    examples: ['Connection requests', 'Invitation notes', 'Notes for connection requests', 'LinkedIn note: cold outreach'],
    not: ['Notes', 'Release notes', 'Connecting the API'],
  },
  afterAccepting: {
    phrases: [
      'after (they|he|she|you) (accept|accepts|accepted|connect|connected)',
      'after (accepting|acceptance|connecting)',
      'once (they|he|she|you) (have |has )?(accept|accepts|accepted|connect|connected)',
      'follow-?ups?',
      'follow up',
      'welcome (messages?|notes?)',
      'thank-?you (messages?|notes?)',
      'thanks for (connecting|accepting)',
      'first messages?',
      '(1st|first)(-| )?degree',
      'already connected',
      'existing connections?',
      'direct messages?',
      'dms?',
    ],
    examples: ['Follow-up after they accept', 'After they accepted', 'Welcome message', '1st-degree connections'],
    not: ['Alumni', 'After the conference'],
  },
  inMail: {
    phrases: ['in-?mails?'],
    examples: ['InMail to recruiters', 'In-mail'],
    not: ['Mailing list'],
  },
  email: {
    phrases: ['e-?mails?', 'cold e-?mails?'],
    examples: ['Cold email', 'E-mail follow-up'],
    not: ['Mailing list', 'Emerald'],
  },
  reply: {
    phrases: ['repl(y|ies)', 'responses?', 'respond(ing)?', 'answers?', 'when (they|he|she) (write|writes) back'],
    examples: ['Replies', 'When they reply', 'Response to a recruiter'],
    not: ['Reputation'],
  },
  context: {
    phrases: ['alumni', 'alumnus', 'alumna', 'alums?', 'classmates?', 'same (school|university|college|bootcamp|program|programme)', 'events?', 'conferences?', 'meet-?ups?', 'webinars?', 'summits?', 'workshops?', 'hackathons?', 'trade (shows?|fairs?)', 'tradeshows?', 'expos?', '(3rd|third)(-| )?degree'],
    examples: ['Alumni', 'After a conference', 'Met at a meetup', '3rd-degree'],
    not: ['Eventually', 'Confidence'],
  },
  sharedContact: {
    phrases: ['mutual', 'referrals?', 'referred', 'introduced by', 'introductions?', 'intros?', '(shared|common) (connections?|contacts?|friends?)', 'in common', '(2nd|second)(-| )?degree'],
    examples: ['Mutual connection', 'Referral', 'Introduced by a colleague', 'Second-degree'],
    not: ['Introducing the product', 'Commonly asked'],
  },
} satisfies HeadingLanguage;
