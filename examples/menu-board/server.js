// Menu Board: the dishes the restaurant serves today. Plain Node.js, no dependencies.
const http = require('http');

let dishes = [];

function send(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

function readJson(req, done) {
  let data = '';
  req.on('data', (chunk) => { data += chunk; });
  req.on('end', () => {
    try { done(data ? JSON.parse(data) : {}); } catch (e) { done({}); }
  });
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  if (req.method === 'GET' && url.pathname === '/menu') {
    const max = Number(url.searchParams.get('maxPrice') || Infinity);
    return send(res, 200, { dishes: dishes.filter((d) => d.price <= max) });
  }
  if (req.method === 'GET' && url.pathname.startsWith('/menu/')) {
    const dish = dishes.find((d) => d.id === url.pathname.substring(6));
    return dish ? send(res, 200, dish) : send(res, 404, { error: 'no such dish' });
  }
  if (req.method === 'POST' && url.pathname === '/_pact/state') {
    return readJson(req, (body) => {
      if (body.action === 'teardown') { dishes = []; return send(res, 200, {}); }
      if (body.state === 'the menu has dishes') {
        dishes = [
          { id: 'ribeye', name: 'Ribeye steak', price: 28.5, vegetarian: false },
          { id: 'risotto', name: 'Mushroom risotto', price: 17.0, vegetarian: true },
        ];
      }
      return send(res, 200, {});
    });
  }
  return send(res, 404, { error: 'not found' });
});

server.listen(3000, '0.0.0.0', () => console.log('menu-board listening on 3000'));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
