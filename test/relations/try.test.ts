import { test } from 'vitest';
import { prepare } from '../helpers/prepare.js';
import { addMentions, addDate, demonym, country } from '../relations/annotate.js';
import { relationsOf } from '../relations/run.js';

test('try', async () => {
  const doc = addDate(addMentions(await prepare('A Georgian delegation headed by Deputy Foreign Minister Levan Dolidze visited Yerevan on March 3, 2024, and Russian President Boris Kovalev met with Dolidze the next day.'),
   [demonym('Georgian','GE'), { text: 'Levan Dolidze', type: 'Person', role: 'Deputy Foreign Minister' }, { text: 'Yerevan', type: 'Place', placeKind: 'City' }, demonym('Russian','RU'), { text: 'Boris Kovalev', type: 'Person', role: 'President' }, { text: 'Dolidze', type: 'Person', nth: 1 }]), 'March 3, 2024', '2024-03-03');
  console.log(await relationsOf(doc), JSON.stringify(doc.relations));
});
