import { afterEach, beforeAll } from "vitest";
import { cleanup } from "@testing-library/react";
import { LANGS, loadLanguage, needMessages } from "../src/i18n";
import { preloadLazyParts } from "../src/views/Lazy";

// Components render in either language, on any page, in tests: fetch every part of every
// catalogue up front (main.tsx fetches the first language before the app renders, and each page
// its messages before it renders).
await needMessages("pages");
await Promise.all(LANGS.map(loadLanguage));

// And every lazy part the test file's imports declared (pages, canvas views, the edit toolbars),
// so that a page renders in one go, as it does in the app once its chunk is here
// (test/views/Lazy.test.tsx covers the placeholder and the failure).
beforeAll(() => preloadLazyParts());

afterEach(() => cleanup());
