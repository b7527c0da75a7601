const http = require('http');
http.createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  if (url.pathname === '/tip') {
    const bill = Number(url.searchParams.get('bill'));
    const body = JSON.stringify({ bill, tip: Math.round(bill * 15) / 100 });
    res.writeHead(200, { 'Content-Type': 'application/json' });
    return res.end(body);
  }
  res.writeHead(404);
  res.end();
}).listen(3000, '0.0.0.0');
