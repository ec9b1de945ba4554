/**
 * The shape of every message the background answers, checked before any handler sees it: a
 * page-side world the page took over can send anything, and must get nothing for a message that
 * carries more than it needs (a patient's name, a comment) or values of the wrong kind. Only the
 * background imports this (zod stays out of page-side scripts).
 */
import * as z from 'zod/mini';
import { profileSelectorsSchema } from '../settings/site-schema';
import type { ExtensionProtocol } from './extension';
import type { PageProtocol } from './page';

/**
 * A slot is a time and a practitioner's name as the timebook shows them: nothing about the patient.
 * A taught page's time is its time cell's text ("kl. 08:20–08:40"), so only its length is bounded.
 */
const slot = z.strictObject({
  time: z.string().check(z.maxLength(40)),
  practitioner: z.nullable(z.string().check(z.maxLength(200))),
});
/** More than a day of any timebook holds. */
const slots = z.array(slot).check(z.maxLength(5000));
const tabId = z.number().check(z.int(), z.nonnegative());

type Shapes<P> = { [K in keyof P]: z.ZodMiniType };

const envelope = <K extends string>(type: K, fields: Record<string, z.ZodMiniType> = {}) => z.strictObject({ type: z.literal(type), ...fields });

export const PAGE_SHAPES: Shapes<PageProtocol> = {
  'page:config': envelope('page:config'),
  'detector:load': envelope('detector:load'),
  'room:join': envelope('room:join', { slot }),
  'invite:text': envelope('invite:text', { slot }),
  'timebook:flagged': envelope('timebook:flagged', { slots }),
  'joined:list': envelope('joined:list', { slots }),
  'joined:mark': envelope('joined:mark', { slot }),
  'layout:changed': envelope('layout:changed', { changed: z.boolean() }),
  'profile:save': envelope('profile:save', { selectors: profileSelectorsSchema }),
};

export const EXTENSION_SHAPES: Shapes<ExtensionProtocol> = {
  'settings:get': envelope('settings:get'),
  // The candidate itself is validated as a whole by the store, with every issue listed.
  'settings:save': envelope('settings:save', { settings: z.unknown(), replace: z.optional(z.boolean()) }),
  'settings:reset': envelope('settings:reset'),
  'room:override': envelope('room:override', { room: z.optional(z.nullable(z.string().check(z.maxLength(2000)))) }),
  'invite:text': envelope('invite:text', { slot }),
  'room:try': envelope('room:try'),
  'site:add': envelope('site:add', { pattern: z.string().check(z.maxLength(2000)), tabId }),
  'site:remove': envelope('site:remove', { pattern: z.string().check(z.maxLength(2000)), tabId }),
  'teach:start': envelope('teach:start', { tabId }),
};

/** A check for answerWith: whether a message has the shape its type promises. */
export const wellFormedBy =
  (shapes: Record<string, z.ZodMiniType>) =>
  (message: { type: string }): boolean =>
    Object.hasOwn(shapes, message.type) && shapes[message.type]!.safeParse(message).success;
