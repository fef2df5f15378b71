import { afterEach, beforeAll, vi } from "vitest";
import { cleanup, configure } from "@testing-library/react";
import { LANGS, loadLanguage, needMessages } from "../src/i18n";
import { preloadLazyParts } from "../src/views/Lazy";
import { loadPacker } from "../src/url/fragment";
import { loadEditorParts } from "../src/views/edit/useValueEditor";
import { loadStepCaption } from "../src/views/present/StepNarration";

// Components render in either language, on any page, in tests: fetch every part of every
// catalogue up front (main.tsx fetches the first language before the app renders, and each page
// its messages before it renders).
await needMessages("pages");
await needMessages("later");
await Promise.all(LANGS.map(loadLanguage));
// And the links' DEFLATE code, which main.tsx fetches soon after start-up (test/url/codec.test.ts
// covers a link read or written before it is here).
await loadPacker();
// And the cell editor's parts, fetched when the first cell opens (views/edit/useValueEditor.ts).
await loadEditorParts();
// And the step narration's sentence writer (views/present/StepNarration.tsx).
await loadStepCaption();

// And every lazy part the test file's imports declared (pages, canvas views, the edit toolbars),
// so that a page renders in one go, as it does in the app once its chunk is here
// (test/views/Lazy.test.tsx covers the placeholder and the failure).
beforeAll(() => preloadLazyParts());

// A waitFor waits for the compute client's answer and a React render, and a component test renders
// the whole app. On a shared, loaded machine (two cores, several suites at once) that takes longer
// than testing-library's default 1 s (seen: 6 s for a 67×67 canvas grid at a load of 19) and
// vitest's 5 s per test. Speed is measured by `npm run bench`, never by a unit test's clock: a test
// fails on its assertions, not on the load.
configure({ asyncUtilTimeout: 15_000 });
vi.setConfig({ testTimeout: 30_000 });

afterEach(() => cleanup());
