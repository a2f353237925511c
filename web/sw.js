// Steunwijzer's service worker: after the first visit the app works without a network.
// scripts/postbuild.mjs fills in the version and the build's files. Nothing is ever sent anywhere:
// this only caches the app's own files from its own origin.
const VERSION = '__VERSION__';
const CACHE = `steunwijzer-${VERSION}`;
const ASSETS = ['__ASSETS__'];

// The cache is filled from the server, never from the browser's HTTP cache (`cache: 'reload'`): a
// server that sends no Cache-Control lets the browser reuse an old copy of the page for weeks, and
// that page names files a new deploy has removed, so offline it would show nothing (issue 18).
// addAll stores all files or none, and a file that fails (no response, or not HTTP 2xx) fails the
// install: the old worker then stays, with its complete cache.
self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) => cache.addAll(ASSETS.map((url) => new Request(url, { cache: 'reload' }))))
      .then(() => self.skipWaiting()),
  );
});

// A new version takes over at once and removes the caches of older versions.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('steunwijzer-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // The page: from the server when there is one, else the copy cached at install. The server is
    // always asked (`no-cache`: the HTTP cache may only answer after it says 304), for the same
    // reason as at install: a heuristically fresh old page would name removed files. It is never
    // written to the cache from here: that copy must stay the page of this worker's files (a newer
    // page would name files this cache lacks), and an old worker finishing a request could bring
    // back a deleted cache.
    // A new request for its URL (some browsers refuse to copy a navigation with other options),
    // leaving redirects to the browser as the navigation does: a followed one would be refused.
    const fresh = new Request(request.url, { cache: 'no-cache', credentials: 'same-origin', redirect: 'manual' });
    event.respondWith(fetch(fresh).catch(() => caches.match('./', { cacheName: CACHE })));
    return;
  }
  // The hashed assets never change under their name: cache first (the HTTP cache may answer a miss).
  event.respondWith(caches.match(request, { cacheName: CACHE }).then((hit) => hit ?? fetch(request)));
});
