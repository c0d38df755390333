// @ts-check
/** FEED_FILE watched for changes, so an edited feed is published without a restart. */
import { watch } from 'node:fs';
import path from 'node:path';

/**
 * Call `onChange` once a burst of changes to `file` has settled for `debounceMs`. The folder is watched, not
 * the file: editors and `cp`/`mv` often replace the file, which would end a watch on the file itself.
 * Where watching is not possible (some network file systems), SIGHUP still reloads.
 * @param {string} file
 * @param {() => void} onChange
 * @param {{ debounceMs?: number, log?: (line: string) => void }} [options]
 * @returns {{ close: () => void }}
 */
export function watchFeedFile(file, onChange, { debounceMs = 500, log = () => {} } = {}) {
  const name = path.basename(file);
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  let watcher;
  try {
    watcher = watch(path.dirname(file), { persistent: false }, (_event, changed) => {
      if (changed !== null && changed !== name) return;
      clearTimeout(timer);
      timer = setTimeout(onChange, debounceMs);
    });
    watcher.on('error', (e) => log(`feed: watching ${file} stopped (${e.message}); SIGHUP still reloads it`));
  } catch (e) {
    log(`feed: ${file} cannot be watched (${/** @type {Error} */ (e).message}); SIGHUP reloads it`);
    return { close: () => {} };
  }
  const w = watcher;
  return {
    close() {
      clearTimeout(timer);
      w.close();
    },
  };
}
