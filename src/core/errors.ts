/**
 * The one distinction every transport needs: a UserError is the member's input being wrong (say
 * so plainly, exit 2 / an ephemeral reply), anything else is our bug (log it, apologise, exit 1).
 */
export class UserError extends Error {
  override readonly name = 'UserError';
  /** Each line names the field or file and the fix. */
  readonly problems: string[];
  constructor(problems: string | string[]) {
    const list = Array.isArray(problems) ? problems : [problems];
    super(list.join('; '));
    this.problems = list;
  }
}

export function isUserError(e: unknown): e is UserError {
  return e instanceof UserError;
}
