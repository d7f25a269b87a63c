// English for the content rules: function words, the shapes of greetings and sign-offs, thanks, decisions and
// reasons, and the calques and slips an English-speaking recruiter would rewrite.
import type { LanguageWords } from '../types.js';

const stopWords = new Set(
  `the a an and or but so as at by for from in into of on to with without about after before than that this these those
  there here it its it's i i'm i've i'll i'd me my mine we our us you your yours he she they them their his her
  is am are was were be been being have has had do does did will would shall should can could may might must not no
  nor if then too also very just still once again more most much such only own all any some each both either neither
  who whom whose which what when where why how up out over under off down there's that's don't won't isn't wasn't
  can't couldn't wouldn't doesn't didn't haven't hasn't hadn't aren't let's you're we're they're`.split(/\s+/),
);

const days = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const months = 'January|February|March|April|May|June|July|August|September|October|November|December';

export const englishWords: LanguageWords = {
  stopWords,
  repeatable: new Set(['number', 'phone']),
  stem: (word) => (word.length > 3 ? word.replace(/(ies|es|s)$/, (m) => (m === 'ies' ? 'y' : '')) : word),
  letterSalutation: /^(Dear|To whom)\b/m,
  signOff: /^(Kind regards|Best regards|With best regards|Regards|Best wishes|Warm regards|Warmest regards|All the best|Best|Sincerely|Yours sincerely|Yours faithfully|Yours truly|Many thanks|With thanks|With many thanks|Thanks|Cheers|Take care)[,.!]?$/,
  greetingWords: /\b(Dear|Hi|Hello)/,
  spokenGreeting: /\b(Hi|Hello|Hey|Good (morning|afternoon|evening)|Dear)\b/i,
  apology: /\b(sorry|apologi[sz]e|apologies|regret|forgive)\b/i,
  thanks: /\b(thank|thanks|grateful|gratitude|appreciat(e|ed|es|ing|ion))\b/i,
  thanksOnce: /\b(thank|thanks)\b/i,
  thanksAgain: /\b(thanks|thank you) (once )?again\b|\bagain,? (many )?(thanks|thank you)\b|\bonce again,? (many )?(thanks|thank you)\b/i,
  decisionVerbs: 'cancel|cancelling|canceling|withdraw|withdrawing|decline|declining|turn down|turning down|pull out|pulling out|step back|step away|call off|not attend|not be attending|not proceed|not be proceeding',
  reasonConnectors: 'because|since|as I|as we|due to|given that|owing to|having|now that',
  and: 'and',
  subjectFallback: /an update on my application|my application|a final update|an update from|declin|^Your offer\b|^Reply to your offer:|^Cancell?ing [^:]*'s interview:|^Moving (?:today|tomorrow)'s [^:]* interview:/i,
  declineWords: /\b(declin\w*|turning down|not accept\w*|can't accept|cannot accept|unable to accept|no)\b/i,
  openOfferSubject: { names: /\boffer\b/i, label: /^Your offer:\s*/, accepts: /\b(?:accept\w*|yes|confirm\w*|thrilled|delighted|excited|welcome|joining|start date|signed)\b/i },
  denyList: [
    { pattern: /\bkindly ask you to\b/i, reason: 'a calque of formal requests elsewhere: English asks "please" or "could you"' },
    { pattern: /\bHello there\b/, reason: 'too casual for a formal message to a recruiter', tones: ['formal', 'firm'] },
    { pattern: /\b12(?::00)? ?(?:PM|pm|p\.m\.)/, reason: '"12 PM" is read both ways: write "noon" (or "midday" in British English)' },
    { pattern: new RegExp(`\\b(?:${days}), (?:${months}) \\d{1,2} at\\b`), reason: 'American style sets the date off with a comma after it: "Tuesday, December 15, at 10:30 AM"', variants: ['en-US'] },
    {
      pattern: /\brearrang(?:e|es|ed|ing)\b|\blovely to deal with\b|\bsomeone brilliant\b|\bconscious of the disruption\b|\bdetails (?:you have )?on file\b/i,
      reason: 'British turns an American recruiter would rewrite: "reschedule", "a pleasure to work with", "someone great", "sorry for the disruption", "information on file"',
      variants: ['en-US'],
    },
    { pattern: /\b(?:writing|contacting you) so (?:close to|late about) the interview\b/i, reason: 'apologise for the short notice itself, not for writing: the message is not the fault' },
    { pattern: /\bcould we cancel\b/i, reason: 'a cancellation the candidate has decided is said, not asked for: "so I\'ll need to cancel"' },
    { pattern: /\bI could (?:also )?introduce\b/i, reason: 'an offer to introduce someone is made gladly, not hedged: "I\'d be happy to introduce you to ..."' },
    { pattern: /\bplease do the needful\b|\brevert back\b/i, reason: 'regional calques a US or UK reader does not use' },
    { pattern: /\bkind of you to be so understanding\b/i, reason: 'presumes how the reader took the news: thank for understanding, do not credit them with it' },
    { pattern: /\bplease withdraw\b[^.]*(?:\bbecause\b|, as\b)/i, reason: 'a reason after a request reads as the reason for the recruiter to act: give it with the decision ("I am withdrawing ..., as ...")' },
    { pattern: /\bfind someone wonderful\b/i, reason: 'reads like the end of a relationship, not of an application: "I wish you every success with the search"' },
    { pattern: /\b(?:calling|phoning|ringing|message)\b[^.]*, and (?:thank you|thanks)\b/i, channels: ['voicemail'], reason: 'a thanks glued to who is calling with "and": end the sentence, then thank' },
    {
      pattern: /\b(?:[Tt]his is|[Ii]t's) [A-Z][^,!?]{0,60}, (?:in response to|in reply to|regarding|about)\b|\bhere, (?:in response to|in reply to|regarding|about)\b|\b[Ii]t's [A-Z][^,!?]{0,60}?(?<!\b(?:calling|ringing|phoning|replying|responding|back)) about your\b/,
      channels: ['voicemail'],
      reason: 'who is calling with no verb after the name ("this is Lise, in response to your call"): "this is Lise, calling in response to your latest message about ..."',
    },
    { pattern: /\b(?:thank you|thanks)(?: very much| so much)? for it\./i, reason: 'a thank-you whose "it" points back over a long clause: name the noun again ("Thank you very much for the offer.")' },
    { pattern: /\bflexibility on the schedule\b/i, scenarios: ['decline-offer'], reason: 'names a term the candidate\'s own words may contradict (office days, a hybrid pattern): "any flexibility on this point"' },
    { pattern: /^Rescheduling: /, channels: ['email'], scenarios: ['last-minute'], reason: 'a same-day request hides its urgency: the subject says the day and the time ("Moving today\'s 1 PM ET interview: <name>")' },
    { pattern: /, for which I thank you\b/i, reason: 'stilted, like a translation: "Thank you for the invitation."' },
    { pattern: /, which (?:[^.!?;]* )?(?:you|kind|grateful|appreciat\w*)\b/i, channels: ['voicemail'], reason: 'a thanks glued on as a relative clause hangs off the company: end the sentence, then thank ("Thank you so much for arranging it.")' },
    { pattern: /\b(?:thank you|thanks|grateful|appreciat\w*)\b[^.!?]*\b(?:invitation|invite|inviting me)\b/i, scenarios: ['decline-offer', 'firm-no'], reason: 'a job offer, or a follow-up, is no invitation: thank for what happened ("Thank you for the offer.")' },
    { pattern: /\bOnce more, (?:it's|that is)\b/, channels: ['voicemail'], reason: 'not idiomatic when spoken, and "that" points back to a thank-you: "Again, my number is ...", "Once again, my number is ..."' },
    { pattern: /\b(?:it's|it is) a no\b/i, reason: '"it\'s a no from me" is a talent-show catchphrase, flippant in a reply to a recruiter: "so I\'ll pass on this one"' },
    { pattern: /^Stepping back(?! from)\b/, channels: ['email'], reason: 'a subject that says "Stepping back" reads like leaving a job or a board, not what happens to the application: "Withdrawing for now: <name> (<ref>)"' },
    { pattern: /\bsorry\b(?:[^.!?]*[.!?]){1,2}[^.!?]*\bsorry\b/i, reason: 'the same apology twice within a few sentences: vary the second ("I apologise for the disruption", "I regret the inconvenience")' },
    { pattern: /\bgrateful (?:that you considered me|to have been considered)\b[\s\S]*\b(?:reschedul\w*|rearrang\w*|another (?:date|time|day))\b/i, reason: 'a past-tense thanks for having been considered closes the process, in the message that asks to keep it going: "Thank you for considering me", "Many thanks for considering me"' },
    { pattern: /\bbecause (?:a|an) (?:\p{L}+ ){0,2}(?:bereavement|emergency|illness|matter|commitment|situation|issue|change)s?\b(?! (?:is|was|has|means|meant|requires|came))/iu, reason: 'a noun phrase after a bare "because": "because of a bereavement in the family"' },
    { pattern: /\b(?:enjoyed|enjoy) getting to know\b/i, reason: 'claims meetings the facts do not give (the interview may not have been held): "I think highly of your team"' },
    { pattern: /\bkept time free\b/i, reason: 'a calque, and the time is still set aside: "I know you have set aside time for me"' },
    { pattern: /\bThat's [0-9][0-9 ,]*\.(?: |$)/, channels: ['voicemail'], reason: 'a bare "That\'s <number>." after a question reads as its answer: the repeat says "again" or "my number"' },
    { pattern: /\bI hope it all goes well\b/i, reason: 'vague: what goes well? "I hope the search goes well"' },
    { pattern: /\bthe panel\b/i, reason: 'invents a fact: nobody said a panel would interview; "you", "your colleagues" or "the team"' },
    { pattern: /\btalk again\b/i, reason: 'declining an offer, "talk again" implies a talk about the terms that never happened: "discuss it", "talk it over"' },
    { pattern: /\bFirst, thank you\b/, reason: 'a voicemail that announces the thanks as a list item: thank in the sentence itself' },
    { pattern: /\bwith the hire\b/i, reason: '"good luck with the hire" is American recruiter slang: "good luck filling the role" reads right on both sides', variants: ['en-GB'] },
    { pattern: /[—–] [^.!?—–]*, but\b/, reason: 'a reason set off by a dash and then ", but": the dash clause reads as a fragment; join the reason with "as" or "because"' },
    { pattern: /\(Ref\. /, reason: '"Ref." is British: an American writes the requisition number alone, "(REQ-4471)"', variants: ['en-US'] },
    { pattern: /\bhold about me\b|\bwhich time suits you\b|\bthank you for meeting me\b/i, reason: 'British turns an American rewrites: "have on file for me", "what works for you", "meeting with me"', variants: ['en-US'] },
    { pattern: /\bupsetting your plans\b|\bfor all I (?:have )?learned\b/i, reason: 'stilted: "I regret the trouble this causes", "the chance to learn more about"' },
    { pattern: /^[^.!?]*[.!?] (?:Thanks|Thank you|Many thanks)(?: so much)? for (?:the invitation|the invite|inviting me)\./, channels: ['sms'], reason: 'a thanks with no object: nothing has been named yet, so say for what ("for inviting me to interview")' },
    { pattern: /\bmy (?:[A-Z][^\s,.]*\s){1,6}(?:application|process) at\b/, reason: 'a noun stack: "my application for the Senior Management Accountant role"' },
    { pattern: /\b(?:another|a new|a different) (date|time|day)\b[\s\S]*\b(?:another|a new|a different) \1\b/i, reason: 'asks for "another date" and then hopes for "a new date": one request is enough' },
    { pattern: /\bperhaps (?:for |to |on )?any ?(?:time|day|afternoon|morning|evening|weekday)\b/i, reason: 'an open window is no proposal: "perhaps any afternoon next week" reads "I am available any afternoon next week"' },
    { pattern: /\b(?:process|application|this time|this one|the offer|the role), because\b/i, reason: 'a comma before a "because" that gives the reason for the decision: "I am withdrawing from the process because ..."' },
    { pattern: /\bjust now\b|\bworking schedule\b/i, reason: 'British: to an American "just now" means "a moment ago" ("at the moment"), and the schedule is a "work schedule"', variants: ['en-US'] },
    { pattern: /\b(?:so|and|therefore) I withdraw my\b/i, reason: 'a performative simple present reads as a translation: "so I am withdrawing my application"' },
    { pattern: /\bcandidacy with\b/i, reason: 'a candidacy is not "with" a company: "my application for the Data Officer position at Harrow & Vale"' },
    { pattern: /\b(?:declined|pursuing|about) this opportunity at\b/i, reason: '"this opportunity" points back to nothing when the text has not named the role: "the role at Pinnacle Staffing"' },
    { pattern: /\bremove my details from\b/i, reason: 'British: an American recruiter reads "Please remove me from your list"', variants: ['en-US'] },
    {
      pattern: /\b(?:must|need to|have to|ask to|could we|can we|may I|like to) (?:move|reschedule|rearrange|shift) (?:my|our) (?:[^.?!;:\n]*? )?interview (?:[^.?!;:\n]*? )?(?:today|tomorrow|on [A-Z][^.?!;:\n]*?),? at (?:\d|noon|midday|midnight)/i,
      reason: 'a time after "move my interview" reads as the new slot: "I can\'t make my interview tomorrow at 11 am. Could we move it?"',
    },
    { pattern: /^Your offer \([^)\n]*\):/, reason: 'a reference before the colon makes the subject a label: "Your offer: <role> (<ref>) – <name>"' },
    { pattern: /\bwith thanks for your offer\b/i, channels: ['voicemail'], reason: 'clumsy when spoken: "calling to thank you for your offer of the ... position"' },
    { pattern: /\bstay in touch for the future\b/i, reason: 'padding: staying in touch is about the future already; "I\'d love to stay in touch"' },
    { pattern: /\bI've (?:really )?appreciated you considering me\b/i, reason: 'the present perfect makes the thanks sound like a goodbye to a long relationship: "I really appreciate you considering me"' },
    { pattern: /\bBye for now\b/, tones: ['formal', 'firm'], channels: ['voicemail'], reason: 'too casual after a title and a surname: a formal call ends "Goodbye"' },
    { pattern: /\bcloser matches\b/i, reason: 'after a move or a commute as the reason, "closer" reads as nearer: "other roles", "a better match"' },
    { pattern: /\bPlease delete my data too\b/i, reason: 'an afterthought: "Please also delete my data."' },
    { pattern: /\bI (?:also )?ask you to\b/i, reason: 'a calque: a request is made "Please also delete ...", or spoken "I\'d also ask you to ..."' },
    { pattern: /\bbest\b[^\n]*\n+(?:All the best|Best wishes|Best regards|Best),?$/im, channels: ['email'], reason: 'a closing that wishes "the very best" over a sign-off that says "best" again: vary one' },
    {
      pattern: /\d ?(?:[AP]M|[ap]m)\. (?:Central|Eastern|Mountain|Pacific|Alaska|Hawaii|Atlantic|Arizona|UK|London|Greenwich|British|[A-Z]{1,3}T|GMT|UTC|time\b|\p{Ll})/u,
      reason: 'the full stop of "a.m." left after the time is rewritten "AM": it breaks the clause in two ("after 11 AM. Central"); the dot goes unless the sentence ends there',
    },
    {
      pattern: /\b(?:ET|CT|MT|PT|AKT|HST|[ECMPA][SD]T|AKST|AKDT|GMT|BST|CES?T|WES?T|EES?T)\b/,
      channels: ['voicemail'],
      reason: 'a script is read out as written, and no one says "em-tee": a voicemail names the zone ("10 AM Mountain Time", "8 pm Central European Time")',
    },
    {
      pattern: new RegExp(`\\b(?:thank you|thanks|grateful|appreciat\\w*|enjoyed)\\b[^.!?]*\\b(?:meeting with me|meeting me|met with me|met me|our (?:conversation|talk|chat|call|meeting)|the (?:interview|conversation|meeting)|speaking with me) on (?:${days})\\b(?!,? (?:\\d|${months}))`, 'i'),
      reason: 'a past interview named by a bare weekday reads as the coming one ("Thank you for meeting with me on Tuesday", sent on a Monday): "last Tuesday", or the date',
    },
    { pattern: /\bwithdraw(?:ing)? and cancel\w*\b/i, reason: '"withdrawing and cancelling my interview" shares one object, so it reads "withdrawing my interview": "withdrawing my application and cancelling my interview"' },
    { pattern: /\bwithdraw(?:ing|n)? from (?!the\b|my\b|this\b|consideration\b|your\b)\p{Lu}/u, reason: 'one withdraws an application, not from an employer: "withdrawing my application to Leeds City Council"' },
    { pattern: /\bplease\b[^.!?]*[.!?] Please also\b/i, reason: '"please cancel ... Please also delete ..." asks twice in a row: one request, "so please cancel my interview and delete my data", or "I\'d also like my data deleted"' },
    { pattern: /\bnot to go further\b|\bnot (?:able|in a position) to move\b/i, reason: 'calques: "not to go further" has no object (French "ne pas aller plus loin"), and "not able to move" reads as relocating: "step back from the process", "not in a position to make a move"' },
    { pattern: /\byour further (?:message|calls?|e-?mails?)\b/i, reason: '"your further message", "in reply to your further calls" read as a formal-letter calque: "Thank you for following up", "returning your calls"' },
    { pattern: /\b(?:do not|don't) contact me about other roles\b/i, reason: 'narrows the request to other roles, as if this one were still open: "Please do not contact me again"' },
    { pattern: /\b(?:short notice|so late|this late): (?:I|I'm|a|the|my|owing|having|please)\b/i, reason: 'the news glued to the apology with a colon reads as a translation, above all in American English: "I apologize for the short notice, but I can\'t make my interview today"' },
    { pattern: /\b(?:calling|ringing|phoning)\b[^.!?]*, with (?:my )?(?:thanks|apologies)\b/i, channels: ['voicemail'], reason: 'a courtesy glued onto who is calling as a trailing phrase is not how anyone speaks: end the sentence, then "Thanks for your time." or "I\'m very sorry for the short notice."' },
    { pattern: /\bIf they can change\b/, reason: '"they" has no clear antecedent ("the hours"?): "if there is any flexibility there, I would gladly discuss it"' },
    { pattern: /\broles later\.|\bcause you any trouble\b|\bthe slot was reserved for me\b/i, reason: 'read as translated: "roles later" sounds like later today ("future opportunities"), "cause you any trouble" is no apology ("I\'m sorry for any inconvenience"), "the slot was reserved for me" states the obvious ("time had been set aside for me")' },
    {
      pattern: /\b(?:I'd|I would|I)(?: also)? (?:like|want) you to (?:delete|erase|remove)\b|\bI (?:also )?want you to\b/i,
      reason: 'a deletion asked for as an order ("I\'d also like you to delete ...", "I want you to ..."): a careful writer asks, "Could you also delete my personal data, please?", "Please also delete ...", or formally "I would also ask you to delete ..."',
    },
    { pattern: /\b(?:may|could|can) we move it\b/i, reason: '"move it" is vague in a text, and "may we" stiff: "Could we rearrange?" ("reschedule" in American English)' },
    { pattern: /\b(?:should there be|if there is|if there's) flexibility\b|\bShould there be (?:any )?flexibility there\b/i, reason: 'a bare "flexibility" with no "any", or "Should there be flexibility there" (existential "there" then a pointer "there"): name the term, "Should there be any flexibility on compensation, I would be glad to continue the conversation" ("on the schedule" for hours)' },
    {
      pattern: /\bshort notice (?:regarding|about|concerning|of this message about) (?:the|my|our) (?:[^\s.!?]+ ){0,2}interview\b/i,
      reason: 'an apology for a notice not yet given ("Please forgive the short notice regarding the interview ... I am unable to attend today"): the apology and the decision in one sentence, "I am very sorry for the short notice, but I am unable to attend my interview for the Analyst position at Acme today at 1 PM"',
    },
    {
      pattern: /\b(?:unable to|cannot|can't|not be able to|won't be able to) attend (?:today|tomorrow)\b(?!'s)/i,
      channels: ['email', 'linkedin', 'sms'],
      reason: 'in writing, "attend" needs its object: "I am unable to attend my interview today at 1 PM", not "I am unable to attend today at 1 PM"',
    },
    { pattern: /\b(?:for|forgive) the short notice (?:regarding|about) (?!(?:the|my|our) interview\b)/i, reason: 'short notice is of the cancellation or of the message, not of the position: "I am very sorry to write at such short notice about the Analyst position", or "I am very sorry for the short notice, but I must cancel my interview"' },
    { pattern: /\bwelcome hearing\b/i, reason: 'unidiomatic: "I would be glad to hear about other roles"' },
    { pattern: /\b(?:if|should) (?:the )?(?:pay|salary|hours|schedule) (?:can )?move\b/i, reason: 'clipped: pay does not "move"; "If there is any flexibility on compensation, I would be glad to discuss it"' },
    { pattern: /\b(?:flexibility|room) on pay\b/i, tones: ['formal', 'firm'], channels: ['email', 'linkedin', 'voicemail'], reason: '"flexibility on pay" is casual in a formal letter, call or LinkedIn message (a text may be terse), and echoes a reason that names the pay: "any flexibility on compensation" (remuneration), "any flexibility there"' },
    { pattern: /(?:^|[.!?;] )I(?: am|'m) (?:very |so |most )?grateful for it\./im, reason: '"I am very grateful for it." after a long noun phrase ("your offer of the Analyst position at Acme") is stilted, above all when said, and "it" dangles: "Thank you very much for it", or the thanks first' },
    { pattern: /\bOn reflection, I am (?:looking|seeking|after)\b/i, reason: '"On reflection" introduces a conclusion, not a present search: "On reflection, I do not feel the role is quite the right fit for me"' },
    {
      pattern: /(?:\b(?:would|does|do|is|are) not\b|\b(?:wouldn't|doesn't|don't|isn't|aren't)\b|\blooking for\b|\bbelow what I need\b)[^.!?,;]*, and I(?: have|'ve)? (?:decided to |am |'m )?(?:withdraw|step|declin|bow|pull)\w*/i,
      reason: 'a reason joined to the decision with "and" leaves a seam: the reason leads to the decision, "so I have decided to withdraw from the process"',
    },
    {
      pattern: /\b(?:withdraw(?:ing|n|s)?|(?:step(?:ping|s|ped)?|pull(?:ing|s|ed)?) (?:back|out)|bow(?:ing|s|ed)? out) (?:from|of) the (?:[^\s,;:!?]+ ){0,7}\p{Lu}[^\s,;:!?]* process\b/u,
      reason: 'a role stacked before "process" ("stepping back from the Data Analyst process", "bowing out of the Data Analyst process"): "from the process for the Data Analyst role", or "withdrawing my application for the Data Analyst role"',
    },
    {
      pattern: /\b(?:from|at|with|for|by|to|join|joining) (?:City|County|State|Commonwealth|Town|Borough|University|Department|Ministry) of\b/,
      reason: 'a public body named by a common noun takes the article: "an offer from the City of Tacoma", "a job with the University of Leeds"',
    },
    {
      pattern: /(?:^|[.!?] )(?:Good luck|Best of luck)[.!](?!\S)/m,
      scenarios: ['withdraw-application'],
      channels: ['sms', 'voicemail'],
      reason: 'a bare "Good luck." after a withdrawal reads as a shrug: wish them well with the search ("Good luck with the search.", "Good luck finding the right person.")',
    },
    { pattern: /\bI'll say no to (?:the|this|your)\b/i, reason: '"I\'ll say no to the role" sounds like a promise to decline later: "I\'ll pass on the Head of Grants role"' },
    {
      pattern: /\b(?:available|free|could do)\b[^.!?]*[.!?] [^.!?]*\bthat (?:time|slot|hour) (?:was|is)\b/i,
      reason: '"that time" straight after the candidate\'s free slots reads as those slots: "I know you had kept time free for me"',
    },
    { pattern: /\bappreciat\w*\b[^.!?]*[.!?]\s+[^.!?]*\bappreciat\w*/i, reason: '"appreciate" in back-to-back sentences ("I would appreciate it if we could ... I appreciate your understanding"): "Many thanks for your understanding"' },
    { pattern: /, though, which means\b/i, reason: 'a contrast marker then a gerund without a subject: "However, I\'ve accepted ..., so I need to cancel our interview"' },
    { pattern: /\banother time\b[^.!?]*[.!?;]? ?I(?:'m| am) (?:free|available) any ?time\b/i, reason: '"arrange another time; I am available any time ... UK time": one "time" too many; "rearrange the interview", "find another date"' },
    // Fifth reading.
    { pattern: /\btime\b[^.!?]*\bthis time\b/i, reason: '"Now isn\'t the right time ..., so I\'ll have to pass this time" says "time" twice in one sentence: "so I\'ll have to pass on this one"' },
    { pattern: /\bisn't one for me\b/i, variants: ['en-US'], reason: '"the role isn\'t one for me" is British-colloquial and turns a reason of timing into a verdict on the role: "so I\'ll pass on the Director role at Lakeview"' },
    { pattern: /\binterview (today|tomorrow)\b[\s\S]*\binterview \1\b/i, reason: '"the interview today ... cancel my interview today" says the day twice: the opening names the interview, the decision gives its day and time' },
    { pattern: /(?:^|[.!?] )Do keep me in mind\b/m, variants: ['en-US'], reason: 'an emphatic "Do keep me in mind" reads British to an American: "Please keep me in mind"' },
    { pattern: /^Offer: /, channels: ['email'], reason: 'a subject "Offer: <name> (<ref>)" from the candidate reads as a file label or the offer letter itself, not a reply: "Reply to your offer: <name> (<ref>)"' },
    // Sixth reading.
    { pattern: /\binterest in me as a candidate\b/i, reason: 'turns round the recruiter\'s own formula ("thank you for your interest in the role"): a candidate thanks them "for considering me for the ... position"' },
    { pattern: /\bat (?:such )?short notice\b/i, variants: ['en-US'], reason: '"at such short notice" is British: an American writes "on short notice" or "I am very sorry for the short notice"' },
    { pattern: /\b(?:short notice|so late)\b[^.!?]*\babout the interview\b[^.!?]*[.!?]\s+[^.!?]*\bmy interview\b/i, reason: '"sorry for the short notice about the interview ... I must cancel my interview" says "interview" twice: the apology names the position, the decision the interview' },
    { pattern: /\bkeeps? me from (?:my|our|the|this) (?:interview|meeting|call)\b|\bmay I move it\b/i, reason: 'stiff, and the present for tomorrow reads oddly: "A personal matter means I can\'t attend my interview ... Could we move it?"' },
    // Seventh reading.
    {
      pattern: /\bgrateful\b[\s\S]*\bgrateful\b/i,
      reason: 'the same "grateful" twice in one message ("I am grateful to you for considering me ... would be grateful if we could reschedule"): a careful writer thanks once and asks in other words ("Thank you for considering me", "Please keep my details on file")',
    },
    { pattern: /\bI(?:'m| am) after\b(?! all\b)/i, variants: ['en-US'], reason: '"I\'m after" (looking for) is British-colloquial: an American writes "I\'m looking for a different kind of workplace"' },
    // Ninth reading.
    { pattern: /\byour (?:kind |generous )?offer from\b/i, reason: '"Thank you for your offer from Kestrel" makes the recruiter the one who received it: "the offer from Kestrel", or "your offer of the Analyst role"' },
    {
      pattern: /\bmust ask to (?:reschedule|rearrange|move|postpone)\b|\bI hope that will be possible\b/i,
      reason: '"I cannot attend ... and must ask to reschedule it" is stiff, and "I hope that will be possible" a calque whose "that" points at nothing once the window comes between: "..., and I would like to ask whether we could reschedule", then thanks and "I look forward to hearing what would work for you"',
    },
    // Fifteenth reading.
    { pattern: /, if an introduction helps\b/i, reason: '"Dmitri could be a good fit, if an introduction helps" hangs the condition off the wrong clause and never offers the introduction: "Dmitri could be a good fit; I can introduce you"' },
    { pattern: /\bin (?:its|their) current form\b[^.!?]*\bcurrent(?:ly)?\b|\bcurrent(?:ly)?\b[^.!?]*\bin (?:its|their) current form\b/i, reason: '"the terms in their current form, as I currently …" says "current" twice in one sentence: "the terms as offered"' },
    { pattern: /\b(?:here|reach me|call me),? on (?:\+?\(?\d|X\b)/i, variants: ['en-US'], reason: '"Jordan Lee here, on 555-0100" is British: an American is "calling from 555-0100", and is reached "at" a number' },
    // Seventeenth reading, first pass.
    {
      pattern: /\b(?:because|as)\b[^.!?]*, so I would (?:like to ask|be grateful)\b/i,
      reason: '"I cannot attend ... because my father is going into hospital that week, so I would like to ask whether we could find another date" glues the reason and the request into one chain: the reason ends its sentence, and the request is a sentence of its own',
    },
    { pattern: /, (?:for|owing to|due to) personal (?:reasons|circumstances)[.!?]/i, reason: '"... cancel my interview on Thursday at 10:30 am UK time, for personal reasons." tacks the reason on after the hour: "For personal reasons, I ...", or "..., as a personal matter has come up"' },
    { pattern: /\bweigh(?:ing|ed|s)? it up\b|\bkeen to continue\b|\bthe care you have taken\b/i, variants: ['en-US'], reason: '"After weighing it up", "keen to continue in the process" and "the care you have taken" read British to an American: "After thinking it over", "I remain very interested", "the time you have spent on my application"' },
    { pattern: /, as it is not the right fit\b/i, reason: '"I am withdrawing my application to Lakeshore Hospital, as it is not the right fit for me": "it" points at the employer and turns a role-fit reason into a verdict on the company: "as the position is not the right fit for me"' },
    // Seventeenth reading, second pass.
    {
      pattern: /\b(?:for|owing to|due to|because of) (?:personal|family|health|private) (?:reasons|circumstances|matters), (?:please|kindly|could you|would you|can you)\b/i,
      reason: '"For personal reasons, please withdraw me from the process" hangs the candidate\'s reason on an order to the recruiter: the reason leads the candidate\'s own decision ("For personal reasons, I am withdrawing from the process ... and must cancel my interview")',
    },
    { pattern: /\bweigh(?:ing|ed) (?:up )?my options\b/i, reason: '"After weighing my options" says there were other offers, which is not the candidate\'s reason: say the reason, or "After thinking it over"' },
    {
      pattern: /\bthe care (?:you (?:have )?(?:taken|put|shown)|taken|shown)\b[\s\S]*\bcareful(?:ly)?\b|\bcareful(?:ly)?\b[\s\S]*\bthe care (?:you (?:have )?(?:taken|put|shown)|taken|shown)\b/i,
      reason: '"the care you have taken with my application. After careful consideration, ..." says "care" twice where two sentences meet: thank them for "the time you have spent on my application"',
    },
    {
      pattern: /\bright time\b[^.!?]*\bfor the time being\b|\bfor the time being\b[^.!?]*\bright time\b/i,
      reason: '"now isn\'t the right time for me to change jobs, so I\'m going to bow out for the time being" says "time" twice in one sentence: "the right moment"',
    },
    { pattern: /\bagain[.!]\s+Again\b/i, reason: '"... if our paths crossed again. Again, that\'s 0 7 7 0 0 ..." echoes where two parts of a call meet: "... if our paths crossed one day. Again, that\'s ..."' },
    { pattern: /\bthe time you have taken over\b/i, variants: ['en-US'], reason: '"the time you have taken over my application" reads British to an American: "the time you have spent on my application"' },
    {
      pattern: /\b(?:apologi[sz]e|apologies)\b[\s\S]*\b(?:apologi[sz]e|apologies)\b|\bforgive\b[\s\S]*\bforgive\b|\bregret\b[\s\S]*\bregret\b/i,
      reason: '"I apologize for the short notice, but ... and I apologize for the disruption" says the same apology twice in one message: the second says it in other words ("I regret the inconvenience", "I\'m sorry for the disruption")',
    },
    {
      pattern: /\bbecause of (?:the|my|our|a|an|this|his|her|their) (?:(?!(?:that|which|who)\b)[^\s.,;!?]+ ){0,5}(?:clashes|conflicts|requires|means|makes|runs|falls|is|are|was|were|has|have|will|would|can|cannot)\b/i,
      reason: '"because of the Friday in-office requirement clashes with my caring responsibilities" puts "because of" before a clause with its own verb: "because the Friday in-office requirement clashes with ..."; "because of" goes only before a noun ("because of a long-planned move")',
    },
    // Tenth reading.
    { pattern: /\bwillingly\b|\bIf it would be of use\b/i, reason: '"I would willingly introduce you" suggests reluctance overcome, and "if it would be of use" is stilted: "If it would be helpful, I would be glad to introduce you to ..."' },
    { pattern: /\bI(?:'ve| have) reflected on it\b/i, reason: '"I\'ve reflected on it, and I\'ll pass" is stilted in a text: "After some thought, I\'m going to pass on ...", "I\'ve thought it over"' },
    { pattern: /\bdelete my details\b/i, variants: ['en-US'], reason: '"delete my details" is British: an American asks "Could you also delete my information, please?"' },
    {
      pattern: /\bI (?:must|am) therefore\b|\bI thank you for\b|\bI am writing\b/i,
      channels: ['voicemail'],
      reason: 'letter prose read aloud: "I must therefore cancel", "I thank you for your patience", "I am writing to ..." are not said on the phone: "so I need to cancel", "thank you for your patience", "I am calling to ..."',
    },
    {
      pattern: /\b(?:working )?hours\b[^.!?]*\bflexibility on the hours\b|\bflexibility on the hours\b/i,
      scenarios: ['decline-offer'],
      reason: 'a schedule reason may be office days, not hours: our general words never name the hours ("the working pattern", "flexibility on the working pattern") and leave the detail to the candidate',
    },
    { pattern: /\btime had been set aside\b/i, reason: '"I appreciate that time had been set aside for me" puts in the past a slot still booked (a London reader on a same-day cancellation): "time has been set aside for me"' },
  ],
};
