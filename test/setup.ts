import { afterEach } from "vitest";
import { cleanup } from "@testing-library/react";
import { LANGS, loadLanguage, needMessages } from "../src/i18n";

// Components render in either language, on any page, in tests: fetch every part of every
// catalogue up front (main.tsx fetches the first language before the app renders, and each page
// its messages before it renders).
await needMessages("pages");
await Promise.all(LANGS.map(loadLanguage));

afterEach(() => cleanup());
