// English phrasings the native readers sent back, each with how many deny-list entries it must trip (0: the
// wording a native writes instead, which must pass). Read by test/unit/content-rules.test.ts.
import type { DenyCase } from './case.js';

export const cases: DenyCase[] = [
  [1, 'en-US', 'I kindly ask you to cancel my interview.'],
  [1, 'en-US', 'Hello there, I must cancel.', { tone: 'formal' }],
  [1, 'en-US', 'See you tomorrow at 12 PM.'],
  // A thanks glued to who is calling is a voicemail seam; the same words in a letter are not checked.
  [1, 'en-US', "Hi Priya, it's Jordan, calling about the interview at Acme, and thank you so much for setting it up.", { channel: 'voicemail' }],
  [0, 'en-US', "Hi Priya, it's Jordan, calling about the interview at Acme. Thank you so much for setting it up.", { channel: 'voicemail' }],
  // A thanks glued on as a relative clause hangs off the company.
  [1, 'en-US', "Hi Priya, it's Jordan, calling about the interview at Acme, which I really appreciated you arranging.", { channel: 'voicemail' }],
  [1, 'en-US', "Hi Priya, it's Jordan, calling about the role at Acme, which was kind of you to mention.", { channel: 'voicemail' }],
  [0, 'en-US', "Hi Priya, it's Jordan, calling about the role at Acme. Thanks so much for thinking of me.", { channel: 'voicemail' }],
  [0, 'en-US', "Hi Priya, it's Jordan, calling about my application to Acme, which I am withdrawing. Thank you for your time.", { channel: 'voicemail' }],
  // The thanks names what happened: an offer is no invitation.
  [1, 'en-US', 'I am calling about the offer to join Acme. Thank you for the invitation.', { scenario: 'decline-offer' }],
  [0, 'en-US', 'I am calling about the offer to join Acme. Thank you for the offer.', { scenario: 'decline-offer' }],
  [0, 'en-US', 'Thank you for the invitation to interview.', { scenario: 'accepted-another-offer' }],
  [1, 'en-GB', 'I hope you find someone wonderful.'],
  [1, 'en-US', 'My apologies for the short notice: I must move my interview at Acme today at 11:30 AM.'],
  [1, 'en-GB', 'A personal matter means I must ask to move my interview at Acme tomorrow at 11 am.'],
  [1, 'en-GB', 'Could we move our interview on Thursday at 9:30 am?'],
  [0, 'en-GB', "I can't make my interview at Acme tomorrow at 11 am. Could we move it?"],
  [0, 'en-GB', 'A personal matter means I must ask to move my interview.'],
  [1, 'en-US', "Hi Priya, it's Jordan, calling from 555-0100 with thanks for your offer for the analyst position.", { channel: 'voicemail' }],
  [0, 'en-US', "Hi Priya, it's Jordan, calling from 555-0100 to thank you for your offer of the analyst position.", { channel: 'voicemail' }],
  [1, 'en-US', "I admire Acme, and I'd love to stay in touch for the future."],
  [0, 'en-US', "I admire Acme, and I'd love to stay in touch."],
  [1, 'en-US', "I've really appreciated you considering me for the role."],
  [0, 'en-US', 'I really appreciate you considering me for the role.'],
  [1, 'en-GB', 'Once more, that is 0 7 7. Bye for now.', { channel: 'voicemail', tone: 'formal' }],
  [0, 'en-GB', 'Once more, that is 0 7 7. Bye for now.', { channel: 'voicemail', tone: 'warm' }],
  [0, 'en-GB', 'Once more, that is 0 7 7. Thank you, goodbye.', { channel: 'voicemail', tone: 'formal' }],
  [1, 'en-US', "I'm relocating this spring. I'd love to hear about closer matches."],
  [0, 'en-US', "I'm relocating this spring. I'd love to hear about other roles later."],
  // A reason after a request reads as the recruiter's reason to act; after the decision it is the candidate's.
  [1, 'en-GB', 'Please withdraw my application at Acme because the commute is too long.'],
  [0, 'en-GB', 'I am withdrawing my application at Acme, as the commute is too long.'],
];
