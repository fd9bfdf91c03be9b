import { test } from 'vitest';
import { prepare } from '../helpers/prepare.js';
test('t', async () => {
  const d = await prepare("Russia’s President Vladimir Putin didn't meet Al-Sharaa's envoy in Kharkiv, Sumy, and Dnipro (36th CAA, EMD) on July 31, 2025. Second one here.");
  console.log(JSON.stringify(d.sentences), d.tokens.map(t=>t.text+'/'+t.kind+'/'+t.pos).join(' '));
});
