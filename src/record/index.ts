/**
 * The ground floor: the zod schemas of docket's record and nothing else. Every other folder may
 * import it; it imports nothing of docket.
 */
export * from './geometry.ts';
export * from './page.ts';
export * from './values.ts';
export * from './flag.ts';
export * from './document-type.ts';
export * from './table.ts';
export * from './links.ts';
export * from './record.ts';
