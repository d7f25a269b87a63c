// What a text or voicemail may leave out to fit its channel, in the order fitting gives them up (fit-channel.ts; a
// second surname goes before the times offered, the surname itself last).
export const omissions = ['closing', 'role', 'newEmployer', 'reasonDetail', 'reason', 'referral', 'interviewTime', 'doorOpen', 'availability', 'recipientName', 'surname'] as const;
export type Omission = (typeof omissions)[number];
