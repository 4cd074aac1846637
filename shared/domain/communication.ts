// A communication with a directory contact (a call to the police desk, an e-mail to the insurer):
// written as a `communication` entry in the incident log, linked to the contact.
import { z } from '../zod';
import { text } from './common';

export const COMMUNICATION_CHANNELS = ['call', 'email', 'meeting', 'message'] as const;
export const CommunicationChannelSchema = z.enum(COMMUNICATION_CHANNELS);
export type CommunicationChannel = z.infer<typeof CommunicationChannelSchema>;

export const COMMUNICATION_DIRECTIONS = ['outbound', 'inbound'] as const;
export const CommunicationDirectionSchema = z.enum(COMMUNICATION_DIRECTIONS);
export type CommunicationDirection = z.infer<typeof CommunicationDirectionSchema>;

const optionalText = (max: number) => text(max).pipe(z.string().trim());

/** What the responder records about one exchange; `data.communication` of the entry. */
export const CommunicationDetailsSchema = z
  .object({
    contactId: z.string().min(1).max(64),
    /** The contact's name as shown when the entry was written: the log stays readable without the directory. */
    contactName: text(400).pipe(z.string().trim().min(1)),
    channel: CommunicationChannelSchema,
    direction: CommunicationDirectionSchema,
    /** Which number or address was used, if the responder picked one. */
    via: optionalText(254),
    outcome: optionalText(4000),
    /** Police receipt number, JPCERT/CC ticket, insurer claim number … */
    reference: optionalText(200),
    followUp: optionalText(2000),
  })
  .strict();
export type CommunicationDetails = z.infer<typeof CommunicationDetailsSchema>;
