/** The four languages' date words, as the calendar's message tables carry them. */
import nl from '../../src/feed/date-words/nl.js';
import fr from '../../src/feed/date-words/fr.js';
import de from '../../src/feed/date-words/de.js';
import en from '../../src/feed/date-words/en.js';

export const DATE_WORDS = { nl, fr, de, en };
