import { describe, expect, it } from 'vitest';
import { normaliseText, splitSentences } from '../../shared/domain/text.js';

const bodySentences = (text: string) =>
  splitSentences('Title', normaliseText(text))
    .filter((s) => !s.isTitle)
    .map((s) => s.text);

describe('splitSentences', () => {
  it.each([
    'Наряд заметил группу в районе н.п. Намадгут у реки.',
    'Раненый доставлен в больницу г. Хорог в тяжелом состоянии.',
    'Стрельба началась у с. Ворух вечером.',
    'Лодка перевернулась на р. Пяндж у заставы.',
  ])('keeps an abbreviation before a place name inside its sentence: %s', (text) => {
    expect(bodySentences(text)).toEqual([text]);
  });

  it('still ends a sentence at a full stop before a capital', () => {
    expect(bodySentences('Погиб один пограничник. Ранены двое.')).toEqual([
      'Погиб один пограничник.',
      'Ранены двое.',
    ]);
  });
});
