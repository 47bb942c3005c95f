// papaparse on the same CSV as bench_import (header + dynamicTyping), median of 11 runs.
// usage: node bench/papaparse.mjs FILE
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';

const text = readFileSync(process.argv[2], 'utf8');
const ms = [];
for (let run = 0; run < 11; run++) {
  const start = performance.now();
  const r = Papa.parse(text, { header: true, dynamicTyping: true, skipEmptyLines: true });
  ms.push(performance.now() - start);
  if (r.data.length !== 100000) throw new Error(`papaparse read ${r.data.length} rows`);
}
ms.sort((a, b) => a - b);
console.log(`papaparse 100000 rows: median ${ms[5].toFixed(1)} ms (min ${ms[0].toFixed(1)}, max ${ms[10].toFixed(1)}; 11 runs)`);
