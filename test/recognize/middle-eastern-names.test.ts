import { describe, expect, it } from 'vitest';
import { personRecognizer } from '../../src/recognize/recognizers/person.js';
import { named, recognizeWith, texts } from './run.js';

// Invented sentences and invented people.
const people = async (text: string, earlier: (doc: string) => ReturnType<typeof named>[] = () => []): Promise<string[]> =>
  texts((await recognizeWith(personRecognizer, text, earlier)).filter((m) => m.type === 'Person'));

describe('a first word before an "al-"/"el-" name (article-name.ts)', () => {
  it('reads the name whole when no list holds its first word', async () => {
    expect(await people('Zarqan al-Hadidi met Dhurgham el-Qaisi in the city.')).toEqual(['Zarqan al-Hadidi', 'Dhurgham el-Qaisi']);
    expect(await people('Later Abd al-Rahim al-Fahdawi spoke.')).toEqual(['Abd al-Rahim al-Fahdawi']);
  });

  it('reads no place opened by a generic head-word, no group and no ordinary English word', async () => {
    expect(await people('Fighters reached Wadi al-Qarn and Bab al-Tawba, then Ras al-Kharj.')).toEqual([]);
    expect(await people('Jaish al-Mahdawi and Kataib al-Nasr withdrew.')).toEqual([]);
    // Nor a name's word right after such a head-word ("Kataib <name> al-X" is the group's name).
    expect(await people('Kataib Zarqan al-Nour fighters withdrew.')).toEqual([]);
    expect(await people('Rural al-Hasakah saw clashes.')).toEqual([]);
    expect(await people('Boats crossed the Nahiq al-Arab.')).toEqual([]);
    expect(await people('Zarqan al-Iraqi spoke.')).toEqual([]);
  });

  it('does not let an organization named by a piece of the article word cut the name', async () => {
    const text = 'Abdul-Salam al-Zubairi said the talks failed.';
    const ms = await recognizeWith(personRecognizer, text, (doc) => [named(doc, 'Zubairi', 'Organization')]);
    const person = ms.find((m) => m.type === 'Person');
    expect(person?.text).toBe('Abdul-Salam al-Zubairi');
    // At the lists' priority, so that the longer span wins the overlap with the organization.
    expect(person?.priority).toBe(60);
    // A group named by the whole word, article and all, still stops the name.
    const whole = await recognizeWith(personRecognizer, text, (doc) => [named(doc, 'al-Zubairi', 'Organization')]);
    expect(texts(whole.filter((m) => m.type === 'Person'))).toEqual([]);
  });

  it('wins over another person listed by the piece after the article ("Assad" of a brother\'s "al-Assad")', async () => {
    const ms = await recognizeWith(personRecognizer, 'Rakan al-Qudsi spoke.', (doc) => [named(doc, 'Qudsi', 'Person')]);
    const person = ms.find((m) => m.text === 'Rakan al-Qudsi');
    expect(person?.priority).toBe(60);
  });
});

describe('given names of the Middle East, Iran and Afghanistan (names-middle-east.json)', () => {
  it('reads a listed given name before an unknown family name, in several romanizations', async () => {
    expect(await people('Qassem Rezaei met Kassem Hilali and Zabihullah Hotak.')).toEqual(['Qassem Rezaei', 'Kassem Hilali', 'Zabihullah Hotak']);
  });

  it('reads a hyphenated "Abdul-" given name as a given name', async () => {
    expect(await people('Abdul-Karim Darwani rejected the plan.')).toEqual(['Abdul-Karim Darwani']);
    // Not any hyphenated word: "Abdi-Karim" is no "servant of" compound.
    expect(await people('Abdi-Karim Darwani rejected the plan.')).toEqual([]);
  });

  it('reads no group opened by a group head-word that was also a listed given name', async () => {
    expect(await people('Fighters of Ansar Dine attacked the convoy.')).toEqual([]);
  });
});

describe('"Abu X" and "Umm X" after a preposition of place', () => {
  it('is a place there, a person elsewhere', async () => {
    expect(await people('Militias moved from Abu Kamal to the border.')).toEqual([]);
    expect(await people('Abu Yasir spoke to reporters.')).toEqual(['Abu Yasir']);
    expect(await people('The statement came from Abu Omar al-Ansari himself.')).toEqual(['Abu Omar al-Ansari']);
  });
});
