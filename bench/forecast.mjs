// The forecast simulation as a JavaScript developer would write it, on the same 1,000 deals as
// bench_forecast.cpp: per trial, a seeded uniform number per deal against its win probability;
// the trials sorted for P10 / P50 / P90, the mean and the chance to reach quota. Median of 15
// runs after a warm-up. usage: node bench/forecast.mjs
const levels = [25, 50, 75, 99];
const n = 1000, trials = 10000, quota = 18000000;
const amount = new Float64Array(n), p = new Float64Array(n);
for (let i = 0; i < n; i++) {
  amount[i] = 1000 + (i * 7919) % 90000;
  p[i] = (levels[i % 4] * levels[Math.floor(i / 4) % 4]) / 10000;
}

// mulberry32: the usual small seeded generator in JavaScript.
function mulberry32(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function forecast(seed) {
  const random = mulberry32(seed);
  const totals = new Float64Array(trials);
  let sum = 0;
  for (let t = 0; t < trials; t++) {
    let total = 0;
    for (let i = 0; i < n; i++) if (random() < p[i]) total += amount[i];
    totals[t] = total;
    sum += total;
  }
  totals.sort();
  let reached = 0;
  for (let t = 0; t < trials; t++) if (totals[t] >= quota) reached++;
  const at = (q) => totals[Math.ceil((trials * q) / 100) - 1];
  return { mean: sum / trials, p10: at(10), p50: at(50), p90: at(90), chance: reached / trials };
}

const ms = [];
const warmUntil = performance.now() + 500;
for (let run = 0; run < 15 || performance.now() < warmUntil; run++) {
  const start = performance.now();
  forecast((run % 15) + 1);
  ms.push(performance.now() - start);
}
const timed = ms.slice(-15).sort((a, b) => a - b);
console.log(`forecast 10000 trials x 1000 deals: median ${timed[7].toFixed(2)} ms (min ${timed[0].toFixed(2)}, max ${timed[14].toFixed(2)}; 15 runs)`);
const r = forecast(1);
console.log(`seed 1: mean ${r.mean.toFixed(2)} p10 ${r.p10.toFixed(2)} p50 ${r.p50.toFixed(2)} p90 ${r.p90.toFixed(2)} chance ${r.chance.toFixed(4)}`);
