import { handleAddressPreview } from '@/server/http/by-address-route';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ slug: string }> };

/** An editor's pasted addresses: what each page says about its article, before anything is stored. */
export async function POST(request: Request, { params }: Context): Promise<Response> {
  return handleAddressPreview(request, (await params).slug);
}
