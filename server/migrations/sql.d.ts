/** A migration's SQL text, imported with Vite's `?raw` (bundled into the built server). */
declare module '*.sql?raw' {
  const text: string;
  export default text;
}
