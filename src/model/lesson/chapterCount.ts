/**
 * How many chapters the lesson has (chapters.ts builds them). Its own module so that the URL
 * codec and the store, which need only the number, do not pull the chapters and their question
 * generators into the start page's chunk.
 */
export const CHAPTER_COUNT = 10;
