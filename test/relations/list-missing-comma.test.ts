import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, person, region, relate, republic, unit } from './run.js';

describe('list missing comma: two settlements side by side inside a list', () => {
  it('reads the settlement after a settlement as the next conjunct, and the list on past it', async () => {
    const { lines } = await relate('Officials said that Russian troops attacked near Hollow, Ridgefield, Brookvale Stonebury, and Westmarsh on May 3.', [
      demonym('Russian', 'RU'), city('Hollow'), city('Ridgefield'), city('Brookvale'), city('Stonebury'), city('Westmarsh'),
    ]);
    for (const place of ['Hollow', 'Ridgefield', 'Brookvale', 'Stonebury', 'Westmarsh']) expect(lines).toContain(`Russian attacked ${place}`);
  });

  it('gives a unit presence in both settlements', async () => {
    const { lines } = await relate('Elements of the 3rd Brigade are operating in Hollow, Brookvale Stonebury, and Westmarsh.', [
      unit('3rd Brigade'), city('Hollow'), city('Brookvale'), city('Stonebury'), city('Westmarsh'),
    ]);
    expect(lines).toContain('3rd Brigade operatesIn Stonebury');
    expect(lines).toContain('3rd Brigade operatesIn Westmarsh');
  });

  it('does not read a pair outside a list of three, nor a wider place that says where the one before lies', async () => {
    const pair = await relate('Russian troops attacked near Brookvale Stonebury yesterday.', [demonym('Russian', 'RU'), city('Brookvale'), city('Stonebury')]);
    expect(pair.lines).not.toContain('Russian attacked Stonebury');
    const wider = await relate('Russian troops attacked near Hollow, Ridgefield, Brookvale Donetsk Oblast, and Westmarsh.', [
      demonym('Russian', 'RU'), city('Hollow'), city('Ridgefield'), city('Brookvale'), region('Donetsk Oblast'), city('Westmarsh'),
    ]);
    expect(wider.lines).not.toContain('Russian attacked Donetsk Oblast');
  });

  it('does not end the list at the settlement when no list goes on after it', async () => {
    const { lines } = await relate('Russian troops attacked near Hollow, Ridgefield, and Brookvale Stonebury residents fled.', [
      demonym('Russian', 'RU'), city('Hollow'), city('Ridgefield'), city('Brookvale'), city('Stonebury'),
    ]);
    expect(lines).not.toContain('Russian attacked Stonebury');
  });
});

describe('list conjunct past unrecognized words: no name going on past the mention', () => {
  it('does not take a title and the body in it for the next conjunct', async () => {
    const { lines } = await relate('Russian troops attacked near Hollow, and Deputy LNR Interior Minister Ivan Petrov said that the assault failed.', [
      demonym('Russian', 'RU'), city('Hollow'), republic('LNR'), person('Ivan Petrov'),
    ]);
    expect(lines).toContain('Russian attacked Hollow');
    expect(lines).not.toContain('Russian attacked LNR');
  });

  it('still reads a place whose first word the recognizers missed', async () => {
    const { lines } = await relate('Russian troops attacked near Hollow, Velyka Stonebury, and Westmarsh.', [
      demonym('Russian', 'RU'), city('Hollow'), city('Stonebury'), city('Westmarsh'),
    ]);
    expect(lines).toContain('Russian attacked Stonebury');
    expect(lines).toContain('Russian attacked Westmarsh');
  });
});

describe('list missing comma: only a list of this phrase counts', () => {
  it('does not split a pair after the list has ended at its "and"', async () => {
    const { lines } = await relate('Russian troops fought in the direction of Hollow and Brookvale Stonebury, although officials denied it.', [
      demonym('Russian', 'RU'), city('Hollow'), city('Brookvale'), city('Stonebury'),
    ]);
    expect(lines).toContain('Russian attacked Brookvale');
    expect(lines).not.toContain('Russian attacked Stonebury');
  });

  it('does not split a pair after a chain of other phrases ("… and near A B and C")', async () => {
    const { lines } = await relate('Russian troops attacked toward Hollow, Ridgefield, and Westmarsh and near Brookvale Stonebury and Oakton.', [
      demonym('Russian', 'RU'), city('Hollow'), city('Ridgefield'), city('Westmarsh'), city('Brookvale'), city('Stonebury'), city('Oakton'),
    ]);
    expect(lines).toContain('Russian attacked Brookvale');
    expect(lines).not.toContain('Russian attacked Stonebury');
  });
});
