/**
 * The feed contract (FEED.md) as a zod schema. Imported from `zod/mini` so that only what is used reaches
 * the bundle, with zod's JIT off so nothing ever calls `new Function` on a page with a strict CSP.
 */
import * as z from 'zod/mini';
import { endNotBeforeStart, increasing } from './rules.js';

z.config({ jitless: true });

export { FEED_VERSION } from './version.js';

const nonEmpty = z.string().check(z.minLength(1), z.maxLength(20000));
export const TextSchema = z.union([
  nonEmpty,
  z.record(z.string().check(z.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/)), z.string()),
]);
export const IdSchema = z
  .string()
  .check(
    z.regex(
      /^[a-z0-9][a-z0-9_-]{0,99}$/,
      'an id is 1–100 characters: a–z, 0–9, "_" or "-", starting with a letter or digit',
    ),
  );
/**
 * Link fields carry `x-link` (the allowed schemes) into the browser's contract (contract.generated.ts): the
 * checker applies the URL rule (url.ts) to them. A refused link makes an optional field absent, and an object
 * that needs it (an image without its src) goes with it; a refused required link makes the item invalid.
 * The published schema/feed.schema.json says the same rule in standard keywords (`pattern`, `maxLength`;
 * scripts/schema.mjs), so strict validators accept it.
 */
const link = (schemes: string) => z.string().register(z.globalRegistry, { 'x-link': schemes });
const Link = link('https');
const DateTime = z.iso.datetime({ offset: true });
const DateOrDateTime = z.union([DateTime, z.iso.date()]);
const IdList = z.array(IdSchema);

export const ImageSchema = z.object({
  src: Link,
  alt: z.string(),
  width: z.optional(z.number().check(z.positive())),
  height: z.optional(z.number().check(z.positive())),
});

const Term = z.object({ id: IdSchema, label: z.optional(TextSchema) });

export const FieldSchema = z.object({
  id: IdSchema,
  label: TextSchema,
  type: z.enum(['text', 'email', 'tel', 'textarea', 'select', 'checkbox', 'number']),
  required: z.optional(z.boolean()),
  options: z.optional(z.array(z.object({ value: z.string(), label: TextSchema }))),
  maxLength: z.optional(z.int().check(z.positive())),
  help: z.optional(TextSchema),
});

export const RegistrationSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('none') }),
  z.object({ type: z.literal('external'), url: Link, label: z.optional(TextSchema) }),
  z.object({
    type: z.literal('form'),
    endpoint: Link,
    capacity: z.optional(z.int().check(z.minimum(0))),
    waitlist: z.optional(z.boolean()),
    opens: z.optional(DateTime),
    closes: z.optional(DateTime),
    privacyUrl: Link,
    fields: z.optional(z.array(FieldSchema)),
  }),
]);

const Org = z.object({ name: nonEmpty, url: z.optional(Link) });

export const EventSchema = z
  .object({
    id: IdSchema,
    title: TextSchema,
    summary: z.optional(TextSchema),
    description: z.optional(TextSchema),
    start: DateOrDateTime,
    end: z.optional(DateOrDateTime),
    status: z.optional(z.enum(['scheduled', 'cancelled', 'postponed', 'full'])),
    statusReason: z.optional(TextSchema),
    location: z.optional(
      z.object({ name: z.optional(TextSchema), address: z.optional(z.string()), url: z.optional(Link) }),
    ),
    online: z.optional(z.object({ url: Link })),
    organizer: z.optional(z.object({ name: nonEmpty, url: z.optional(Link), email: z.optional(link('https mailto')) })),
    partners: z.optional(z.array(Org)),
    themes: z.optional(IdList),
    audiences: z.optional(IdList),
    levels: z.optional(IdList),
    strand: z.optional(IdSchema),
    image: z.optional(ImageSchema),
    url: z.optional(Link),
    cost: z.optional(TextSchema),
    languages: z.optional(z.array(z.string())),
    accessibility: z.optional(TextSchema),
    registration: z.optional(RegistrationSchema),
    updated: z.optional(DateTime),
  })
  .check(
    z.refine((e) => !e.end || endNotBeforeStart(e.start, e.end), { message: '"end" is before "start"', path: ['end'] }),
  );

export const StorySchema = z.object({
  id: IdSchema,
  title: TextSchema,
  teaser: z.optional(TextSchema),
  url: Link,
  published: DateOrDateTime,
  kind: z.optional(z.enum(['story', 'news', 'video', 'podcast', 'report'])),
  image: z.optional(ImageSchema),
  author: z.optional(z.object({ name: nonEmpty })),
  themes: z.optional(IdList),
  strand: z.optional(IdSchema),
  readingMinutes: z.optional(z.number().check(z.positive())),
});

export const PortraitSchema = z
  .object({
    id: IdSchema,
    name: nonEmpty,
    role: z.optional(TextSchema),
    organisation: z.optional(Org),
    quote: z.optional(TextSchema),
    bio: z.optional(TextSchema),
    photo: z.optional(ImageSchema),
    url: z.optional(Link),
    published: DateOrDateTime,
    themes: z.optional(IdList),
    levels: z.optional(IdList),
  })
  .check(
    z.refine((p) => p.quote != null || p.bio != null, {
      message: 'a portrait needs "quote" or "bio"',
      path: ['quote'],
    }),
  );

const OptionSchema = z.object({ value: z.number(), label: TextSchema });
export const SelfCheckSchema = z.object({
  id: IdSchema,
  title: TextSchema,
  intro: z.optional(TextSchema),
  about: z.optional(TextSchema),
  dimensions: z
    .array(
      z.object({
        id: IdSchema,
        label: TextSchema,
        description: z.optional(TextSchema),
        questions: z
          .array(
            z.object({
              id: IdSchema,
              text: TextSchema,
              help: z.optional(TextSchema),
              options: z
                .array(OptionSchema)
                .check(z.minLength(2), z.maxLength(7), z.refine(increasing, 'option values must increase')),
            }),
          )
          .check(z.minLength(1)),
        advice: z.optional(
          z.object({ low: z.optional(TextSchema), mid: z.optional(TextSchema), high: z.optional(TextSchema) }),
        ),
        reflection: z.optional(TextSchema),
        /** Extension: the answers to "where do you want to be" (TRES II's desired state); a neutral scale when absent. */
        desired: z.optional(z.array(OptionSchema).check(z.minLength(2), z.maxLength(7))),
      }),
    )
    .check(z.minLength(1)),
  levels: z.optional(
    z.array(
      z.object({
        id: IdSchema,
        min: z.number(),
        label: TextSchema,
        description: z.optional(TextSchema),
        /** Extension: a level also needs these dimensions at `min` (collective impact needs shared goals, a backbone, shared measurement). */
        requires: z.optional(z.object({ dimensions: z.array(IdSchema).check(z.minLength(1)), min: z.number() })),
      }),
    ),
  ),
});

export const NetworkSchema = z.object({
  id: IdSchema,
  name: nonEmpty,
  url: z.optional(Link),
  logo: z.optional(z.object({ src: Link, alt: z.string() })),
  languages: z.optional(z.array(z.string())),
  timeZone: z.optional(z.string()),
  contact: z.optional(link('https mailto tel')),
});

export const TaxonomiesSchema = z.object({
  themes: z.optional(z.array(Term)),
  audiences: z.optional(z.array(Term)),
  levels: z.optional(z.array(Term)),
  strands: z.optional(z.array(Term)),
});

/** The envelope: lists are checked item by item elsewhere, so here they only need to be arrays. */
export const EnvelopeSchema = z.object({
  version: z.int().check(z.minimum(1)),
  network: NetworkSchema,
  taxonomies: z.optional(TaxonomiesSchema),
  events: z.optional(z.array(z.unknown())),
  stories: z.optional(z.array(z.unknown())),
  portraits: z.optional(z.array(z.unknown())),
  selfChecks: z.optional(z.array(z.unknown())),
});

/** The whole contract in one schema, for the JSON Schema export and for editors' tooling. */
export const FeedSchema = z.object({
  version: z.int().check(z.minimum(1)),
  network: NetworkSchema,
  taxonomies: z.optional(TaxonomiesSchema),
  events: z.optional(z.array(EventSchema)),
  stories: z.optional(z.array(StorySchema)),
  portraits: z.optional(z.array(PortraitSchema)),
  selfChecks: z.optional(z.array(SelfCheckSchema)),
});

export type FeedImage = z.infer<typeof ImageSchema>;
export type FeedField = z.infer<typeof FieldSchema>;
export type Registration = z.infer<typeof RegistrationSchema>;
export type FeedEvent = z.infer<typeof EventSchema>;
export type Story = z.infer<typeof StorySchema>;
export type Portrait = z.infer<typeof PortraitSchema>;
export type SelfCheckInstrument = z.infer<typeof SelfCheckSchema>;
export type Network = z.infer<typeof NetworkSchema>;
export type Taxonomies = z.infer<typeof TaxonomiesSchema>;
export type Term = z.infer<typeof Term>;

/** A validated feed: every list present (possibly empty), every item valid, links safe. */
export interface Feed {
  version: number;
  network: Network & { languages: string[]; timeZone: string };
  taxonomies: { themes: Term[]; audiences: Term[]; levels: Term[]; strands: Term[] };
  events: FeedEvent[];
  stories: Story[];
  portraits: Portrait[];
  selfChecks: SelfCheckInstrument[];
}
