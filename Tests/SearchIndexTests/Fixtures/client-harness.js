// Runs the browser client's code under node against an index folder.
// usage: node client-harness.js SEARCH_JS normalise CASES_JSON     -> JSON array of norm() results
//        node client-harness.js SEARCH_JS query INDEX_DIR QUERIES_JSON  -> JSON array of {count, urls}
// QUERIES_JSON: [{"q": "...", "filters": {"tag": ["x"]}, "want": 10}]
'use strict';
const fs = require('fs');
const path = require('path');
const [script, mode, a, b] = process.argv.slice(2);
const client = require(path.resolve(script));
if (mode === 'normalise') {
  const cases = JSON.parse(fs.readFileSync(a, 'utf8'));
  process.stdout.write(JSON.stringify(cases.map((c) => ({norm: client.norm(c.input), terms: client.terms(c.input)}))));
} else if (mode === 'query') {
  const requests = [];
  const index = new client.Index(a + '/', async (file, binary) => {
    requests.push(path.relative(a, file));
    const bytes = fs.readFileSync(file);
    return binary ? bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) : JSON.parse(bytes.toString('utf8'));
  });
  (async () => {
    const out = [];
    for (const query of JSON.parse(b)) {
      requests.length = 0;
      const result = await index.search(query.q, query.filters || {}, query.want || 10);
      const docs = await Promise.all(result.ids.slice(0, query.want || 10).map((id) => index.doc(id)));
      out.push({count: result.count, urls: docs.map((d) => d[0]), files: requests.slice()});
      index.files = {};
      index.docs = {};
    }
    process.stdout.write(JSON.stringify(out));
  })().catch((e) => { console.error(e); process.exit(1); });
}
