import { handleAddressImport } from '@/server/http/by-address-route';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ slug: string }> };

/** An editor confirms the articles found at their addresses: they are fetched again and imported in the background. */
export async function POST(request: Request, { params }: Context): Promise<Response> {
  return handleAddressImport(request, (await params).slug);
}
