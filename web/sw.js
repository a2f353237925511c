// Steunwijzer's service worker: after the first visit the app works without a network.
// scripts/postbuild.mjs fills in the version and the build's files. Nothing is ever sent anywhere:
// this only caches the app's own files from its own origin.
const VERSION = '__VERSION__';
const CACHE = `steunwijzer-${VERSION}`;
const ASSETS = ['__ASSETS__'];

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(ASSETS)).then(() => self.skipWaiting()),
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
    // The page: fresh from the network when there is one, else the copy cached at install. (It is
    // never written from here: an old worker finishing a request could bring back a deleted cache.)
    event.respondWith(fetch(request).catch(() => caches.match('./', { cacheName: CACHE })));
    return;
  }
  // The hashed assets never change under their name: cache first.
  event.respondWith(caches.match(request, { cacheName: CACHE }).then((hit) => hit ?? fetch(request)));
});
