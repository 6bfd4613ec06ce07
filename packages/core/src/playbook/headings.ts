import { fold } from '../analysis/fold.js';
import { compilePhrases, findPhrases, type PhrasePattern } from '../analysis/phrase-pattern.js';
import { languageData, type HeadingLanguage } from '../languages/index.js';
import { LANGUAGES } from '../settings.js';

/** What a block of a playbook is: an invitation note (judged by every rule) or a message sent some other way. */
export type MessageKind = 'invitation' | 'message';

/** What one heading says about the blocks under it. */
export interface HeadingCues {
  /** `invitation` when it names invitations, `message` when it names messages that are not. */
  kind: MessageKind | undefined;
  /** The degree its situation suggests: 3 for alumni or an event, 2 for a person in common. */
  degree: 2 | 3 | undefined;
}

/** A heading is a few words; past this it is a paragraph set as a heading, and its tail says nothing more. */
const HEADING_CHARACTERS = 300;

interface HeadingPatterns {
  invitation: PhrasePattern | undefined;
  message: PhrasePattern | undefined;
  context: PhrasePattern | undefined;
  sharedContact: PhrasePattern | undefined;
}

let patterns: HeadingPatterns | undefined;

/** Every language's lists at once: a heading has no language of its own, and a team may mix them. */
function compiled(): HeadingPatterns {
  const union = (...picks: (keyof HeadingLanguage)[]) => compilePhrases(LANGUAGES.flatMap((language) => picks.flatMap((pick) => languageData[language].headings[pick].phrases)));
  patterns ??= {
    invitation: union('invitation'),
    message: union('afterAccepting', 'inMail', 'email', 'reply'),
    context: union('context'),
    sharedContact: union('sharedContact'),
  };
  return patterns;
}

function matches(pattern: PhrasePattern | undefined, text: string): boolean {
  return findPhrases(pattern, text).length > 0;
}

/**
 * Read a heading's words. Within one heading a message beats an invitation ("Follow-up after
 * they accept the invitation" is a message) and a person in common beats an event (an alumnus
 * you were introduced to is 2nd degree).
 */
export function readHeading(text: string): HeadingCues {
  const { invitation, message, context, sharedContact } = compiled();
  const folded = fold(text.slice(0, HEADING_CHARACTERS));
  const kind = matches(message, folded) ? 'message' : matches(invitation, folded) ? 'invitation' : undefined;
  const degree = matches(sharedContact, folded) ? 2 : matches(context, folded) ? 3 : undefined;
  return { kind, degree };
}

/** Whether the words that name invitations occur anywhere in `text`: a playbook's headings hold them. */
export function mentionsInvitations(text: string): boolean {
  return matches(compiled().invitation, fold(text));
}
