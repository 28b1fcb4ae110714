// Stylesheets are imported for their side effect and bundled by Vite into a file the page links (no inline
// <style>, so the strict CSP holds); TypeScript only needs to know such imports exist.
declare module '*.css';
