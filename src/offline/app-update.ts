/**
 * A new build of Bulletin, installed and waiting: `reload` switches to it. Set by the service
 * worker's registration (register-service-worker.ts), offered by the shell's notices.
 */
type Listener = () => void;

let reload: (() => void) | null = null;
const listeners = new Set<Listener>();

export const appUpdate = {
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  getSnapshot: () => reload,
  getServerSnapshot: (): (() => void) | null => null,
};

export function offerAppUpdate(apply: () => void): void {
  reload = apply;
  for (const listener of listeners) listener();
}
