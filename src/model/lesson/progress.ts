import { CHAPTER_COUNT } from "./chapterCount";

/**
 * What a student has done, as kept in the browser (localStorage, never sent anywhere): chapters
 * done, how each question was settled, and the practice score. Reading never throws: storage
 * written by another version, or by hand, reads as what it validly holds.
 */
export type Settled = "correct" | "shown";

export interface Progress {
  done: number[];
  answers: Record<string, Settled>;
  practice: { asked: number; right: number; streak: number; best: number };
}

export const PROGRESS_KEY = "tce.lesson.v1";

export function emptyProgress(): Progress {
  return { done: [], answers: {}, practice: { asked: 0, right: 0, streak: 0, best: 0 } };
}

const count = (v: unknown) => (typeof v === "number" && Number.isInteger(v) && v >= 0 ? v : 0);

/** Progress from stored text (null: nothing stored). */
export function readProgress(text: string | null): Progress {
  const p = emptyProgress();
  if (!text) return p;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return p;
  }
  if (!raw || typeof raw !== "object") return p;
  const r = raw as Partial<Record<keyof Progress, unknown>>;
  if (Array.isArray(r.done)) p.done = [...new Set(r.done.filter((n): n is number => Number.isInteger(n) && n >= 1 && n <= CHAPTER_COUNT))].sort((a, b) => a - b);
  if (r.answers && typeof r.answers === "object") {
    for (const [id, how] of Object.entries(r.answers as Record<string, unknown>)) if (how === "correct" || how === "shown") p.answers[id] = how;
  }
  if (r.practice && typeof r.practice === "object") {
    const q = r.practice as Record<string, unknown>;
    p.practice = { asked: count(q.asked), right: count(q.right), streak: count(q.streak), best: count(q.best) };
  }
  return p;
}

/** A question settled: answered right, or shown. A right answer is kept over a later "show me". */
export function withAnswer(p: Progress, id: string, how: Settled): Progress {
  if (p.answers[id] === "correct" || p.answers[id] === how) return p;
  return { ...p, answers: { ...p.answers, [id]: how } };
}

export function withChapterDone(p: Progress, chapter: number): Progress {
  if (p.done.includes(chapter)) return p;
  return { ...p, done: [...p.done, chapter].sort((a, b) => a - b) };
}

/** One practice answer scored: right extends the streak, wrong (or shown) ends it. */
export function withPracticeResult(p: Progress, right: boolean): Progress {
  const q = p.practice;
  const streak = right ? q.streak + 1 : 0;
  return { ...p, practice: { asked: q.asked + 1, right: q.right + (right ? 1 : 0), streak, best: Math.max(q.best, streak) } };
}
