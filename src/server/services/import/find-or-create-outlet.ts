import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { withoutInvisible } from '@/lib/invisible-chars';
import { AppError } from '../../errors';
import { hashedOutletSlug, outletSlug } from './outlet-key';

type Tx = Prisma.TransactionClient;

/**
 * The outlet of this name, created when there is none. An outlet is found by its exact name
 * first: databases made before the slug rules changed hold outlets under older slugs
 * ("Łowicz News" as "owicz-news"), and an import that names one must still find it. Else
 * by its slug, when the outlet holding it is the same name up to case, accents and spacing.
 * A slug held by an outlet of another name (an older, lossier slug: "C++ Weekly" as
 * "c-weekly") is not taken over: the new outlet gets the slug with a hash of its name.
 */
export async function findOrCreateOutlet(tx: Tx, name: string): Promise<{ id: number }> {
  const slug = outletSlug(name);
  // Two imports into different stories may create the same outlet at once.
  await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${`outlet:${slug}`}))`;
  const byName = await tx.outlet.findUnique({ where: { name }, select: { id: true } });
  if (byName) return byName;
  for (const candidate of [slug, hashedOutletSlug(name)]) {
    const held = await tx.outlet.findUnique({ where: { slug: candidate }, select: { id: true, name: true } });
    if (!held) return tx.outlet.create({ data: { slug: candidate, name }, select: { id: true } });
    // (An outlet stored before names were cleaned may hold invisible characters the new name lost.)
    if (outletSlug(withoutInvisible(held.name)) === slug) return { id: held.id };
  }
  throw new AppError(
    'invalid_input',
    `The outlet "${name}" cannot get a slug of its own: both ${slug} and ${hashedOutletSlug(name)} are taken.`,
  );
}
