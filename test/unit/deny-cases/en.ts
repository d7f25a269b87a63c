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
  [1, 'en-US', 'My apologies for the short notice, but I must move my interview at Acme today at 11:30 AM.'],
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
  [0, 'en-US', "I'm relocating this spring. I'd love to hear about future opportunities."],
  // A reason after a request reads as the recruiter's reason to act; after the decision it is the candidate's.
  [1, 'en-GB', 'Please withdraw my application at Acme because the commute is too long.'],
  [0, 'en-GB', 'I am withdrawing my application at Acme, as the commute is too long.'],
  // Cases first checked in test/unit/english.test.ts, in a warm message as they were there.
  // Keeps "Ref." and GDPR wording British.
  [1, 'en-US', 'Thank you for considering me (Ref. REQ-4471).', { tone: 'warm' }],
  [0, 'en-GB', 'Thank you for considering me (Ref. REQ-4471).', { tone: 'warm' }],
  [1, 'en-US', 'Please delete any personal information you hold about me.', { tone: 'warm' }],
  [0, 'en-US', 'Please delete any personal information you have on file for me.', { tone: 'warm' }],
  [1, 'en-US', 'Thank you for meeting me last Wednesday.', { tone: 'warm' }],
  [0, 'en-US', 'Thank you for meeting with me last Wednesday.', { tone: 'warm' }],
  // Catches a text that thanks before it has said for what.
  [1, 'en-US', "Hi Ana, it's Dan here. Thanks so much for inviting me. I've accepted another offer.", { tone: 'warm', channel: 'sms' }],
  [0, 'en-US', "Hi Ana, it's Dan here. Thanks so much for inviting me to interview. I've accepted another offer.", { tone: 'warm', channel: 'sms' }],
  // Catches a role stacked before "application".
  [1, 'en-GB', 'I would like to withdraw my Senior Management Accountant application at Acme.', { tone: 'warm' }],
  [0, 'en-GB', 'I would like to withdraw my application for the Senior Management Accountant role at Acme.', { tone: 'warm' }],
  // Catches an open window put where a proposal goes, and a comma before the reason for a decision.
  [1, 'en-GB', 'May I ask for another date, perhaps any afternoon in the week of 14 December?', { tone: 'warm' }],
  [1, 'en-US', 'Could we reschedule it, perhaps for any time next week?', { tone: 'warm', channel: 'sms' }],
  [0, 'en-GB', 'May I ask for another date? I am available any afternoon in the week of 14 December.', { tone: 'warm' }],
  [0, 'en-GB', 'May I ask to rearrange our meeting, perhaps for Thursday or Friday morning?', { tone: 'warm' }],
  [1, 'en-GB', 'I am withdrawing from the process, because I am looking for a more hands-on role.', { tone: 'warm' }],
  [0, 'en-GB', 'I am withdrawing from the process because I am looking for a more hands-on role.', { tone: 'warm' }],
  [1, 'en-US', 'Please remove my details from your list.', { tone: 'warm', channel: 'sms' }],
  [0, 'en-GB', 'Please remove my details from your list.', { tone: 'warm', channel: 'sms' }],
  [1, 'en-US', 'Hi Ana,\n\nI have accepted another offer.\n\nI wish you the very best with the search.\n\nAll the best,\nDan', { tone: 'warm', channel: 'email' }],
  [0, 'en-US', 'Hi Ana,\n\nI have accepted another offer.\n\nGood luck with the search.\n\nAll the best,\nDan', { tone: 'warm', channel: 'email' }],
  // Catches a request made as "I (also) ask you to".
  [1, 'en-US', 'Hello Ana. Dan Lee here. My answer was no. I also ask you to delete my data.', { tone: 'warm', channel: 'sms' }],
  [0, 'en-GB', 'Hello Ana. Dan Lee here. My answer was no. Please also delete any personal data you hold about me.', { tone: 'warm', channel: 'sms' }],
  [0, 'en-GB', 'I would also ask you to delete the personal data you hold about me.', { tone: 'warm', channel: 'voicemail' }],
  // Catches the slips of the eighth reading.
  [1, 'en-US', 'I am available Thursday or Friday, any time after 11 AM. Central.', { tone: 'warm' }],
  [1, 'en-GB', 'I am free on Friday after 2 pm. and on Monday.', { tone: 'warm' }],
  [0, 'en-US', 'I am available Thursday or Friday, any time after 11 AM Central.', { tone: 'warm' }],
  [0, 'en-US', 'I can come at 9 AM. Thank you for understanding.', { tone: 'warm' }],
  [1, 'en-US', "I'll have to cancel our interview on Thursday at 10 AM MT.", { tone: 'warm', channel: 'voicemail' }],
  [1, 'en-GB', 'I must cancel my interview on Thursday at 8 pm CET.', { tone: 'warm', channel: 'voicemail' }],
  [0, 'en-US', "I'll have to cancel our interview on Thursday at 10 AM Mountain Time.", { tone: 'warm', channel: 'voicemail' }],
  [0, 'en-US', "I'll have to cancel our interview on Thursday at 10 AM MT.", { tone: 'warm' }],
  [1, 'en-US', 'Thank you for meeting with me on Tuesday.', { tone: 'warm', channel: 'sms' }],
  [1, 'en-GB', 'Thank you for our conversation on Thursday, and for the insight it gave me.', { tone: 'warm' }],
  [0, 'en-US', 'Thank you for meeting with me last Tuesday.', { tone: 'warm', channel: 'sms' }],
  [0, 'en-US', 'Thank you for the interview on Tuesday, February 9.', { tone: 'warm' }],
  [0, 'en-GB', 'Thank you for the interview on Tuesday 9 February.', { tone: 'warm' }],
  [1, 'en-GB', 'A personal matter keeps me from my interview at Acme tomorrow at 11 am; may I move it?', { tone: 'warm', channel: 'sms' }],
  [0, 'en-GB', "A personal matter means I can't attend my interview at Acme tomorrow at 11 am. Could we move it?", { tone: 'warm', channel: 'sms' }],
  // Catches a thanks glued to a voicemail opening with "and".
  [1, 'en-US', 'Hi Ana, Dan here, with a quick message for Acme about the interview, and thanks for setting it up.', { tone: 'warm', channel: 'voicemail' }],
  // The second reading of the eleventh pass: "withdraw" with its own object, never the interview's or an employer.
  [1, 'en-US', "I'm withdrawing and canceling my Patient Access Representative interview at Lakeview Community Hospital on Thursday."],
  [1, 'en-GB', "I'm withdrawing from Leeds City Council; please cancel my interview on Thursday at 2 pm."],
  [0, 'en-GB', "I'm withdrawing my application to Leeds City Council, so please cancel my interview on Thursday at 2 pm."],
  [0, 'en-US', "I'm withdrawing my application for the Patient Access Representative role at Lakeview Community Hospital and canceling my interview on Thursday."],
  [0, 'en-GB', 'I have decided to withdraw from the process at Acme.'],
  [1, 'en-GB', 'Please cancel my interview on Thursday. Please also delete my data.', { channel: 'sms' }],
  [0, 'en-GB', "Please cancel my interview on Thursday. I'd also like my data deleted.", { channel: 'sms' }],
  // Calques in the British wish to step back, and a move that reads as relocating.
  [1, 'en-GB', "I'm not in a position to make a move just now, so I've decided not to go further for the moment."],
  [1, 'en-GB', "I'm not able to move right now, so I've decided to step back."],
  [0, 'en-GB', "I'm not in a position to make a move just now, so I've decided to step back from the process."],
  // A follow-up is no "further message", and a final no asks for no contact at all.
  [1, 'en-US', 'Thank you for your further message.'],
  [1, 'en-GB', 'Hello Ms Chaudhry-Bennett, this is Hamish MacLeod-Okonjo, in reply to your further calls about the position.', { channel: 'voicemail' }],
  [0, 'en-GB', 'Hello Ms Chaudhry-Bennett, this is Hamish MacLeod-Okonjo, returning your calls about the position.', { channel: 'voicemail' }],
  [1, 'en-US', 'Please do not contact me about other roles.', { tone: 'firm', channel: 'sms' }],
  [0, 'en-US', 'Please do not contact me again.', { tone: 'firm', channel: 'sms' }],
  // The news after an apology for short notice, in its own clause, not after a colon.
  [1, 'en-US', 'I apologize for the short notice: I cannot make my interview at Ridgeway Biotherapeutics today.', { channel: 'sms' }],
  [0, 'en-US', 'I apologize for the short notice, but I cannot make my interview at Ridgeway Biotherapeutics today.', { channel: 'sms' }],
  // A courtesy glued onto who is calling.
  [1, 'en-GB', 'Good morning, I am calling from 07700 900123 about the interview with Harrow & Vale Consulting, with my apologies for the short notice.', { channel: 'voicemail' }],
  [1, 'en-GB', 'Hello Siobhán, Hamish here, calling about the role at Leeds City Council, with thanks for your time.', { channel: 'voicemail' }],
  [0, 'en-GB', "Good morning, I am calling from 07700 900123 about today's interview with Harrow & Vale Consulting. I am very sorry for the short notice.", { channel: 'voicemail' }],
  // A pronoun with no clear antecedent, and three turns that read as translated.
  [1, 'en-US', 'The hours do not suit me. If they can change, I would gladly discuss it.', { channel: 'sms' }],
  [0, 'en-US', 'I cannot accept it as it stands; if there is flexibility there, I would gladly discuss it.', { channel: 'sms' }],
  [1, 'en-US', "I'd love to hear about other roles later.", { channel: 'sms' }],
  [1, 'en-US', "I hope this doesn't cause you any trouble."],
  [1, 'en-GB', 'I know that the slot was reserved for me.'],
  [0, 'en-GB', 'I appreciate that time had been set aside for me, and I am sorry for the disruption this causes.'],
  // Read by a US recruiter as "a moment ago"; the British reader accepted it.
  [1, 'en-US', "The timing isn't right for me just now, so I'll pass on this one."],
  [0, 'en-GB', "The timing isn't right for me just now, so I'll pass on this one."],
  [0, 'en-US', "The timing isn't right for me at the moment, so I'll pass on this one."],
  [1, 'en-US', 'The working schedule would not suit me.'],
  [0, 'en-US', 'The work schedule would not suit me.'],
  [1, 'en-US', 'The position at Ridgeway is not right for me, so I withdraw my application.'],
  [0, 'en-US', 'The position at Ridgeway is not right for me, so I am withdrawing my application.'],
  [1, 'en-GB', 'I am grateful for your interest in my candidacy with Harrow & Vale for the Data Officer position.'],
  [0, 'en-GB', 'I am grateful for your interest in my application for the Data Officer position at Harrow & Vale.'],
  [1, 'en-US', 'I declined this opportunity at Pinnacle Staffing earlier, and I will not reconsider.'],
  [0, 'en-US', 'I declined the role at Pinnacle Staffing earlier, and I will not reconsider.'],
  // A public body named by a common noun takes "the"; a council named as a proper name does not (readers in Seattle
  // and Manchester, third reading).
  [1, 'en-US', "I've said yes to an offer from City of Tacoma."],
  [0, 'en-US', "I've said yes to an offer from the City of Tacoma."],
  [0, 'en-GB', "I've said yes to a job with Leeds City Council."],
];
