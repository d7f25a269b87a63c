// What a text or voicemail may leave out to fit its channel, in the order it gives them up.
export const omissions = ['closing', 'referral', 'doorOpen', 'role', 'newEmployer', 'reasonDetail', 'reason', 'surname', 'interviewTime', 'availability', 'recipientName'] as const;
export type Omission = (typeof omissions)[number];
