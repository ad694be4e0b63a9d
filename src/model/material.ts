import * as z from 'zod/mini';
import { idSchema, optionalText, recordBase, requiredText, text } from './common.js';

/** What a campaign material is. */
export const materialKinds = ['brochure', 'landing-page', 'creative', 'email', 'video', 'document', 'other'] as const;
export const materialKindSchema = z.enum(materialKinds);

/** The largest file a material may hold (bytes). Larger ones belong on a file server, linked. */
export const MATERIAL_FILE_MAX_BYTES = 512 * 1024;

/** Base64 of at most MATERIAL_FILE_MAX_BYTES bytes. */
const base64 = z
  .string()
  .check(z.maxLength(Math.ceil(MATERIAL_FILE_MAX_BYTES / 3) * 4, 'too_big'), z.regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64'));

/** A file kept with a material: its name, media type, size, and content (base64). */
export const materialFileSchema = z
  .object({
    name: requiredText(255),
    type: z._default(text(127), 'application/octet-stream'),
    size: z.int('integer').check(z.gte(0, 'too_small'), z.lte(MATERIAL_FILE_MAX_BYTES, 'too_big')),
    /** Absent in a list (`listMaterials`); `getMaterial` answers it. */
    data: z.optional(base64),
  })
  .check(
    z.refine((f) => f.data === undefined || Math.floor((f.data.length * 3) / 4) - (f.data.match(/=*$/)?.[0].length ?? 0) === f.size, {
      message: 'size_mismatch',
      path: ['size'],
    }),
  );

/** An http(s) address. */
const urlSchema = z.string().check(
  z.trim(),
  z.maxLength(2048, 'too_long'),
  z.refine((v) => {
    try {
      return ['http:', 'https:'].includes(new URL(v).protocol);
    } catch {
      return false;
    }
  }, 'url'),
);

const materialFields = {
  campaignId: idSchema,
  name: requiredText(120),
  kind: z._default(materialKindSchema, 'other'),
  /** A link (brochure, landing page, creative…), or… */
  url: z.optional(urlSchema),
  /** …a file kept with the campaign, where the adapter can store one. */
  file: z.optional(materialFileSchema),
  description: optionalText(1000),
};

const linkOrFile = z.refine<{ url?: string; file?: unknown }>((m) => (m.url === undefined) !== (m.file === undefined), {
  message: 'url_or_file',
  path: ['url'],
});

/** A campaign material: a named link or file of a kind (brochure, landing page, creative, email…). */
export const materialSchema = z.object({ ...recordBase, ...materialFields }).check(linkOrFile);

/**
 * What a caller gives to add (no `id`/`version`) or change (`id` + the `version` read) a
 * material. A change that leaves `file.data` out keeps the file it had.
 */
export const materialInputShape = z.object({ id: z.optional(idSchema), version: z.optional(z.int().check(z.gte(1))), ...materialFields });
export const materialInputSchema = materialInputShape.check(linkOrFile);

export type MaterialKind = z.infer<typeof materialKindSchema>;
export type MaterialFile = z.infer<typeof materialFileSchema>;
export type Material = z.infer<typeof materialSchema>;
export type MaterialInput = z.input<typeof materialInputSchema>;
