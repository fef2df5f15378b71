// vite-plugin-pwa's virtual:pwa-register module (registerSW and its options).
/// <reference types="vite-plugin-pwa/vanillajs" />
