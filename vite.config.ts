import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const webRoot = fileURLToPath(new URL('./src/web', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/web', import.meta.url));

// Everything the Node server answers itself; the dev server forwards it there.
const serverTarget = process.env.TONGBAN_DEV_API ?? 'http://localhost:3000';
const proxied = ['/api', '/healthz', '/open311', '/docs', '/openapi.json'];

/** Vendor groups: stable, cacheable chunks apart from the app's own code. */
const vendorGroups = [
  { name: 'vendor-react', test: /node_modules[\\/](react|react-dom|react-router|scheduler|cookie|set-cookie-parser)[\\/]/ },
  { name: 'vendor-echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/ },
  { name: 'vendor-antd', test: /node_modules[\\/](antd|@ant-design|@rc-component|rc-[\w-]+|@babel[\\/]runtime|dayjs|classnames|@emotion|stylis)[\\/]/ },
];

/**
 * Fills `{{zh-CN:key}}` / `{{en-US:key}}` in index.html from the i18n catalogs, so that the
 * page title and the no-script notice come from the same texts as the app.
 */
function htmlI18n(): Plugin {
  const catalog = (lang: string): Record<string, string> =>
    JSON.parse(readFileSync(new URL(`./src/web/i18n/${lang}.json`, import.meta.url), 'utf8')) as Record<string, string>;
  return {
    name: 'tongban-html-i18n',
    transformIndexHtml(html) {
      const catalogs: Record<string, Record<string, string>> = { 'zh-CN': catalog('zh-CN'), 'en-US': catalog('en-US') };
      return html.replace(/\{\{(zh-CN|en-US):([\w.]+)\}\}/g, (_match, lang: string, key: string) => {
        const text = catalogs[lang][key];
        if (text === undefined) throw new Error(`index.html uses unknown i18n key ${lang}:${key}`);
        return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
      });
    },
  };
}

/**
 * Vite bundles React's development build whenever NODE_ENV is not "production" — as it is when
 * the server builds the app in-process under NODE_ENV=test or development. Force production for
 * a production-mode build, and hand the process its own NODE_ENV back once the bundle is written.
 */
function productionNodeEnv(command: string, mode: string): Plugin | null {
  const previous = process.env.NODE_ENV;
  if (command !== 'build' || mode !== 'production' || previous === 'production') return null;
  process.env.NODE_ENV = 'production';
  const restore = () => {
    if (previous === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = previous;
  };
  return {
    name: 'tongban-production-node-env',
    buildEnd(error) {
      if (error) restore();
    },
    closeBundle: restore,
  };
}

export default defineConfig(({ command, mode }) => ({
  root: webRoot,
  base: '/',
  plugins: [productionNodeEnv(command, mode), react(), htmlI18n()],
  // Keep the Vite cache out of src/web so it never lands in a commit.
  cacheDir: fileURLToPath(new URL('./node_modules/.vite', import.meta.url)),
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        codeSplitting: { groups: vendorGroups },
      },
    },
  },
  server: {
    port: 5173,
    strictPort: false,
    proxy: Object.fromEntries(proxied.map((path) => [path, { target: serverTarget, changeOrigin: false }])),
  },
  preview: {
    proxy: Object.fromEntries(proxied.map((path) => [path, { target: serverTarget, changeOrigin: false }])),
  },
}));
