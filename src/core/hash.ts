/**
 * The URL fragment is shared: it holds several '&'-separated parts ("#top&som-calendar=theme:x&som-self-check=…"),
 * so a widget reads and writes only its own `key=…` part and leaves the others (the page's anchor too) alone.
 */

/** The fragment's parts, without the '#'. */
export const hashParts = (hash: string): string[] => hash.replace(/^#/, '').split('&').filter(Boolean);

/** The values of the parts `key=…`, in order (usually none or one). */
export const hashValues = (hash: string, key: string): string[] =>
  hashParts(hash)
    .filter((part) => part.startsWith(`${key}=`))
    .map((part) => part.slice(key.length + 1));
