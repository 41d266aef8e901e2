import type { PageRecord } from '../record/index.ts';

/** The words of pages that arrived as JSON text (from a reader process), by page. */
const wordsText = new WeakMap<object, string>();

/** A page as a reader process sends it: its words already as JSON text (a string crosses IPC as one copy, an array of words as thousands of objects). */
export type PageWithWordsJson = Omit<PageRecord, 'words'> & { wordsJson: string };

/** The page sent with its words as JSON (the other side calls `fromWordsJson`). */
export function toWordsJson(page: PageRecord): PageWithWordsJson {
  const { words, ...rest } = page;
  return { ...rest, wordsJson: JSON.stringify(words) };
}

/**
 * The page back as a PageRecord whose `words` are parsed only when read: the single writer stores the
 * JSON text as it came (`wordsJsonOf`) and never builds the words at all.
 */
export function fromWordsJson({ wordsJson, ...rest }: PageWithWordsJson): PageRecord {
  const page = rest as PageRecord;
  Object.defineProperty(page, 'words', {
    enumerable: true,
    configurable: true,
    get() {
      const words = JSON.parse(wordsJson) as PageRecord['words'];
      // Once built, the words may be changed: the text no longer stands for them.
      wordsText.delete(page);
      Object.defineProperty(page, 'words', { value: words, enumerable: true, writable: true, configurable: true });
      return words;
    },
    set(words: PageRecord['words']) {
      Object.defineProperty(page, 'words', { value: words, enumerable: true, writable: true, configurable: true });
      wordsText.delete(page);
    },
  });
  wordsText.set(page, wordsJson);
  return page;
}

/** A page's words as stored (JSON text): the text it arrived with when it came from a reader process. */
export function wordsJsonOf(page: PageRecord): string {
  return wordsText.get(page) ?? JSON.stringify(page.words);
}
