/// <reference types="vite/client" />
// Vite's client types: import.meta.glob (locale discovery) and CSS imports.
