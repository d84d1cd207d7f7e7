// Serves the fixture workbenches (the demo users see first) on 127.0.0.1. /bundles/<name>.js is built on
// first request from test/fixtures/editors/<name>.js(x) with esbuild: the framework editors (Quill, React,
// Draft.js, Slate, Lexical) some workbench variants use as their reply box, bundled from the real npm
// packages, so no built bundle is committed and a clean clone serves them as soon as `npm ci` has run.
import { createServer, type Server } from 'node:http';
import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

export const FIXTURE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../test/fixtures/workbenches');
export const EDITOR_SOURCES = path.resolve(FIXTURE_ROOT, '../editors');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export async function startFixtureServer({ port = 0, host = '127.0.0.1' } = {}): Promise<RunningServer> {
  const bundles = new Map<string, Promise<string | undefined>>();
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const bundle = /^\/bundles\/([a-z-]+)\.js$/.exec(pathname)?.[1];
    if (bundle) {
      if (!bundles.has(bundle)) bundles.set(bundle, buildEditorBundle(bundle));
      try {
        const code = await bundles.get(bundle)!;
        if (code === undefined) response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('未找到该页面');
        else response.writeHead(200, { 'content-type': TYPES['.js']!, 'cache-control': 'no-store' }).end(code);
      } catch (error) {
        bundles.delete(bundle);
        response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(String(error));
      }
      return;
    }
    const relative = decodeURIComponent(pathname).replace(/\/$/, '/index.html');
    const file = path.join(FIXTURE_ROOT, path.normalize(relative));
    if (!file.startsWith(FIXTURE_ROOT)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('未找到该页面');
    }
  });
  await listen(server, port, host);
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://${host}:${actualPort}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** One editor bundle, or undefined when there is no source of that name. */
async function buildEditorBundle(name: string): Promise<string | undefined> {
  const candidates = ['.jsx', '.js'].map((extension) => path.join(EDITOR_SOURCES, `${name}${extension}`));
  const found = await Promise.all(candidates.map((file) => access(file).then(() => file, () => undefined)));
  const entry = found.find((file) => file !== undefined);
  if (!entry) return undefined;
  // Imported here so serving the plain fixtures does not load esbuild.
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
    // React's JSX runtime, not the project's Preact one (tsconfig.json would otherwise win).
    tsconfigRaw: { compilerOptions: { jsx: 'react-jsx', jsxImportSource: 'react' } },
    loader: { '.css': 'text' },
    define: { 'process.env.NODE_ENV': '"production"', global: 'window' },
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text;
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.HUASHU_PORT ?? 5273);
  const server = await startFixtureServer({ port });
  console.log(`演示工作台: ${server.url}/pinduoduo/index.html`);
}
