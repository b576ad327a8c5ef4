import { getCurrentEditor } from '@/server/auth/current-editor';
import { signOutAction } from './sign-in-actions';
import { SignInLink } from './sign-in-link';

/** The header's corner: who is signed in (with sign-out), or the way to sign in. */
export async function EditorStatus() {
  const editor = await getCurrentEditor();
  if (!editor) {
    return <SignInLink />;
  }
  return (
    <form action={signOutAction} className="flex items-center gap-2 text-sm text-stone-700">
      <span>
        Signed in as <span className="font-medium">{editor.email}</span>
      </span>
      <button type="submit" className="rounded border border-stone-300 px-2 py-0.5 hover:bg-stone-50">
        Sign out
      </button>
    </form>
  );
}
