/**
 * /profile delete: a confirmation first (buttons), then everything stored for the member goes:
 * profile, mock session, history, setup progress, counters.
 */
import type { AppContext } from '../context.js';
import { button, type View } from '../view.js';

/**
 * `profile:delete:confirm:<ownerId>` / `profile:delete:cancel:<ownerId>`. The owner id makes a
 * button pressed by anyone else harmless (a guild message can be seen by others if it is ever
 * posted publicly).
 */
export const confirmId = (ownerId: string): string => `profile:delete:confirm:${ownerId}`;
export const cancelId = (ownerId: string): string => `profile:delete:cancel:${ownerId}`;

export function deleteConfirmView(ownerId: string): View {
  return {
    text: '**Delete everything I store about you?**',
    sections: [
      {
        body: 'This removes your profile, any mock interview in progress, your interview history and your setup progress. It cannot be undone. /profile export first if you want a copy.',
        tone: 'danger',
      },
    ],
    actions: [
      [
        button(confirmId(ownerId), 'Delete everything', { style: 'danger', hint: '/profile delete confirm' }),
        button(cancelId(ownerId), 'Cancel', { style: 'secondary' }),
      ],
    ],
    personal: true,
  };
}

export async function deleteEverything(ctx: AppContext, userId: string): Promise<View> {
  const { removed } = await ctx.store.deleteUser(userId);
  return {
    text:
      removed > 0
        ? '**Deleted.** Your profile, mock interviews and their history, setup progress and pre-match log are gone from my storage. Files you exported earlier are yours and were not touched: delete them yourself if you no longer want them. You can start again any time with /profile setup (or /profile import with a file).'
        : 'There was nothing stored for you, so nothing needed deleting.',
    sections: [],
    personal: true,
  };
}

export function deleteCancelledView(): View {
  return { text: 'Cancelled: nothing was deleted.', sections: [], personal: true };
}
