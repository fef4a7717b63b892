// The app's service worker (the build fills in its files and version): the whole app from its cache when there is no
// network; photos the evidence refers to kept once fetched (their address is their hash, so they never change); every
// other call to the service goes to the network, since the app keeps its own data and queue in IndexedDB.
const FILES = __PRECACHE__;
const CACHE = 'field-app-__VERSION__';
const PHOTOS = 'field-app-photos';

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(names.filter((n) => n !== CACHE && n !== PHOTOS).map((n) => caches.delete(n))),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (url.pathname.includes('/api/')) {
    if (/\/media\/[0-9a-f]{64}$/.test(url.pathname))
      event.respondWith(
        caches.open(PHOTOS).then(async (cache) => {
          const kept = await cache.match(request);
          if (kept) return kept;
          const response = await fetch(request);
          if (response.ok) await cache.put(request, response.clone());
          return response;
        }),
      );
    return;
  }
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      // The page asks for its scripts with CORS (Vite's crossorigin), the install fetched them without: ignore Vary.
      const kept = await cache.match(request, {
        ignoreSearch: request.mode === 'navigate',
        ignoreVary: true,
      });
      if (kept) return kept;
      try {
        return await fetch(request);
      } catch (error) {
        // A navigation with no network opens the app itself, which reads what it keeps.
        if (request.mode === 'navigate') {
          const page = await cache.match('./');
          if (page) return page;
        }
        throw error;
      }
    }),
  );
});
