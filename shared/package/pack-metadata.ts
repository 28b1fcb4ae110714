// What the office states about a package it assembles from loose files: the county, and optionally the
// role and title of some documents. A manifest from an earlier package is accepted as metadata too (its
// sizes and hashes are ignored and computed again), so a package can be re-made after a correction.
import { z } from 'zod';
import { countyCodeSchema } from '../model/application';
import { documentRoleSchema } from '../model/document-role';
import { contactSchema, documentPathSchema } from './manifest';

const text = z.string().trim().min(1);

export const packDocumentMetadataSchema = z.object({
  path: documentPathSchema,
  role: documentRoleSchema.optional(),
  title: text.optional(),
});
export type PackDocumentMetadata = z.infer<typeof packDocumentMetadataSchema>;

export const packMetadataSchema = z.object({
  countyName: text,
  countyCode: countyCodeSchema,
  city: text,
  poverty: z.boolean().default(false),
  batch: z.number().int().positive(),
  contact: contactSchema.optional(),
  documents: z.array(packDocumentMetadataSchema).default([]),
});
export type PackMetadata = z.infer<typeof packMetadataSchema>;
