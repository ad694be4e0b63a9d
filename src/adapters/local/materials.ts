/**
 * The local adapter's use cases, by subject (LocalAdapter composes them). Campaign materials:
 * named links and small files of a kind (brochure, landing page, creative, email…).
 */
import * as z from 'zod/mini';
import { ChangeBuilder } from '../../domain/change-builder.js';
import { materialInputSchema, materialSchema, type Material, type MaterialInput } from '../../model/material.js';
import type { CallOptions } from '../adapter.js';
import { ConflictError, NotFoundError, throwIfAborted, ValidationError } from '../errors.js';
import { parseInput } from '../validate.js';
import type { LocalContext } from './context.js';
import { getCampaign } from './campaigns.js';
import { stripUndefined } from './util.js';

/** Materials one campaign may hold. */
export const MATERIALS_PER_CAMPAIGN = 100;

/** A material as a list shows it: a file's name, type and size, not its content. */
function listed(m: Material): Material {
  if (!m.file?.data) return m;
  const { data: _data, ...file } = m.file;
  return { ...m, file };
}

export async function listMaterials(ctx: LocalContext, campaignId: string, options?: CallOptions): Promise<Material[]> {
  const campaign = await getCampaign(ctx, campaignId, options);
  const all = await ctx.store.getByIndex<Material>('materials', 'campaignId', campaign.id);
  return all.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || (a.id < b.id ? -1 : 1)).map(listed);
}

export async function getMaterial(ctx: LocalContext, id: string, options?: CallOptions): Promise<Material> {
  return ctx.requireRecord<Material>('materials', 'material', id, options);
}

export async function saveMaterial(ctx: LocalContext, input: MaterialInput, options?: CallOptions): Promise<Material> {
  const parsed = parseInput(materialInputSchema, input);
  throwIfAborted(options?.signal);
  const { id, version, ...fields } = parsed;
  const campaign = await getCampaign(ctx, fields.campaignId);
  const existing = id ? await ctx.store.get<Material>('materials', id) : undefined;
  const b = new ChangeBuilder(ctx.now());
  let material: Material;
  if (existing) {
    if (existing.campaignId !== campaign.id) throw new NotFoundError('material', existing.id);
    if (version !== existing.version) throw new ConflictError(`material ${existing.id} changed since it was read (version ${existing.version})`);
    // A file sent back without its content (as a list shows it) keeps the content it had.
    let file = fields.file;
    if (file && file.data === undefined) {
      if (!existing.file?.data || existing.file.size !== file.size) {
        throw new ValidationError([{ path: 'file.data', code: 'required', message: 'A new file needs its content' }]);
      }
      file = { ...file, data: existing.file.data };
    }
    material = b.update('materials', existing, { ...stripUndefined({ ...fields, file }) } as Partial<Material>);
    for (const k of ['url', 'file', 'description'] as const) if (fields[k] === undefined) delete (material as Record<string, unknown>)[k];
  } else {
    if (version !== undefined) throw new NotFoundError('material', id ?? '');
    if (fields.file && fields.file.data === undefined) throw new ValidationError([{ path: 'file.data', code: 'required', message: 'A file needs its content' }]);
    const siblings = await ctx.store.getByIndex<Material>('materials', 'campaignId', campaign.id);
    if (siblings.length >= MATERIALS_PER_CAMPAIGN) {
      throw new ValidationError([{ path: 'campaignId', code: 'too_many', message: `A campaign holds at most ${MATERIALS_PER_CAMPAIGN} materials` }]);
    }
    material = b.create('materials', id ?? ctx.newId(), stripUndefined(fields)) as unknown as Material;
  }
  parseInput(materialSchema, material);
  await ctx.commit(b);
  return listed(material);
}

export async function deleteMaterial(ctx: LocalContext, id: string, version: number, options?: CallOptions): Promise<void> {
  const material = await getMaterial(ctx, id, options);
  const expected = parseInput(z.int().check(z.gte(1)), version, 'version');
  if (material.version !== expected) throw new ConflictError(`material ${material.id} changed since it was read (version ${material.version})`);
  const b = new ChangeBuilder(ctx.now());
  b.delete('materials', material);
  await ctx.commit(b);
}
