// Systems on the board: hosts, appliances, services, accounts. Containment moves
// through a fixed state machine; every transition names how it was done and is
// written to the log. Illegal transitions are refused here, for every caller.
import { z } from '../zod';
import { IdSchema, InstantSchema, text } from './common';
import { TagSchema } from './logEntry';

export const SYSTEM_TYPES = ['host', 'server', 'appliance', 'network', 'service', 'account', 'cloud-tenant', 'other'] as const;
export const CRITICALITIES = ['low', 'medium', 'high', 'critical'] as const;

export const CONTAINMENT_STATES = ['unknown', 'suspected', 'isolated', 'preserved', 'rebuilt', 'restored'] as const;
export type ContainmentState = (typeof CONTAINMENT_STATES)[number];

/** Where each state may go next. Re-infection sends a restored system back to suspected. */
export const CONTAINMENT_TRANSITIONS: Readonly<Record<ContainmentState, readonly ContainmentState[]>> = {
  unknown: ['suspected', 'isolated'],
  suspected: ['isolated', 'unknown'],
  isolated: ['preserved', 'rebuilt', 'restored'],
  preserved: ['rebuilt', 'restored'],
  rebuilt: ['restored'],
  restored: ['suspected'],
};

export const canTransition = (from: ContainmentState, to: ContainmentState): boolean => CONTAINMENT_TRANSITIONS[from].includes(to);

/** How a transition was carried out; `other` needs a description. */
export const CONTAINMENT_METHODS = [
  'switch-port-shut',
  'edr-containment',
  'cable-pulled',
  'wifi-disabled',
  'firewall-rule',
  'vlan-quarantine',
  'account-disabled',
  'sessions-revoked',
  'powered-off',
  'memory-captured',
  'disk-imaged',
  'vm-snapshot',
  'reimaged',
  'restored-from-backup',
  'verified-clean',
  'other',
] as const;
export type ContainmentMethod = (typeof CONTAINMENT_METHODS)[number];

export const SYSTEM_FLAGS = ['poweredOff', 'compromiseConfirmed'] as const;
export type SystemFlag = (typeof SYSTEM_FLAGS)[number];

export const SystemDetailsSchema = z
  .object({
    name: text(200).pipe(z.string().trim().min(1, 'a name is required')),
    type: z.enum(SYSTEM_TYPES),
    addresses: z.array(text(100).pipe(z.string().trim().min(1))).max(32),
    owner: text(200).pipe(z.string().trim()),
    location: text(200).pipe(z.string().trim()),
    criticality: z.enum(CRITICALITIES),
    notes: text(4000),
    tags: z.array(TagSchema).max(32),
  })
  .strict();
export type SystemDetails = z.infer<typeof SystemDetailsSchema>;

export const SystemSchema = SystemDetailsSchema.extend({
  id: IdSchema,
  incidentId: IdSchema,
  state: z.enum(CONTAINMENT_STATES),
  poweredOff: z.boolean(),
  compromiseConfirmed: z.boolean(),
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
});
export type IncidentSystem = z.infer<typeof SystemSchema>;

export const TransitionInputSchema = z
  .object({
    to: z.enum(CONTAINMENT_STATES),
    method: z.enum(CONTAINMENT_METHODS),
    /** What exactly was done: switch and port, EDR ticket, who pulled the cable. Required for `other`. */
    detail: text(2000).pipe(z.string().trim()),
  })
  .strict()
  .refine((input) => input.method !== 'other' || input.detail.length > 0, { message: 'describe the method', path: ['detail'] });
export type TransitionInput = z.infer<typeof TransitionInputSchema>;
