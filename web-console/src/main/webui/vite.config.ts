/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';

// The Maven build sets WEBUI_OUT_DIR to target/classes/META-INF/resources (Quarkus serves it).
const outDir = process.env.WEBUI_OUT_DIR ?? fileURLToPath(new URL('../../../target/classes/META-INF/resources', import.meta.url));

export default defineConfig({
  plugins: [svelte()],
  logLevel: 'warn',
  base: './',
  build: { outDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 700 },
  // npm test: the logic in src/lib (labels, formatting, the map's classes, paging, the API clients).
  test: { include: ['src/**/*.test.ts'], environment: 'node' },
});
