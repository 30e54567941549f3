/**
 * Codebook rules the reading applies, each on a short article of its own: toll arithmetic across sides and
 * sentences, the type precedence, and what is not background.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PLACE_WITHIN } from '../../shared/baseline/place-hierarchy.js';
import { PLACES } from '../../shared/baseline/places.js';
import { classifyArticle } from '../../shared/domain/classify.js';
import { extractTolls, readSentenceTolls } from '../../shared/domain/tolls.js';
import { loadDevset } from '../eval/classification-eval.js';

const TUNING = fileURLToPath(new URL('../fixtures/blind/tuning.jsonl', import.meta.url));

const PUBLISHED = '2026-03-06T09:00:00Z';
const assess = (title: string, text: string) => classifyArticle({ title, text, published: PUBLISHED });

/** Toll phrasings of wire and Russian-language reports, written for this test: [sentences, killed, wounded]. */
const TOLL_CASES: [string[], number | null, number | null][] = [
  // Injuries named by what they are: contused, bruised, a concussion, burns, a beating.
  [['Погиб рядовой, трое пограничников ранены осколками, ещё один контужен.'], 1, 4],
  [['Двое мужчин получили побои.'], null, 2],
  [['Двое пограничников получили сотрясение мозга.'], null, 2],
  // A clock time before a count is no part of it.
  [['Около 19:30 трое пограничников были ранены.'], null, 3],
  [['At about 21:40 two guards were wounded.'], null, 2],
  // One man wounded who died, an aside in commas between: one death, no wounded.
  [['A corporal was badly wounded and, despite hours of surgery, died in the district hospital.'], 1, null],
  // A bare count with adverbs and reporting words between it and its predicate.
  [['Five were seriously wounded when the post came under fire.'], null, 5],
  [['Three were said to be wounded, two of them critically.'], null, 3],
  [['Two were reported killed and four were later reported injured.'], 2, 4],
  [['По словам очевидцев, пятеро были тяжело ранены.'], null, 5],
  [['One died on the spot and another was seriously injured.'], 1, 1],
  // Attackers by more of their names; one victim "became" the incident's; the dead counted by their bodies.
  [['Security forces killed three infiltrators, the ministry said.'], 3, null],
  [['Ликвидированы трое диверсантов.'], 3, null],
  [['Жертвой обстрела стала пожилая женщина.'], 1, null],
  [['Four bodies were recovered from the river after the shooting.'], 4, null],
  // A total of people named between its noun and the predicate: "the number of troops hurt … to two".
  [['A second guard was wounded, bringing the number of troops hurt over the two nights to two.'], null, 2],
  [['The number of Tajik civilians killed rose to three.'], 3, null],
  // A Russian tally with where they died between it and its count, its parts listed after a colon.
  [
    ['Таким образом, погибших в том бою теперь четверо: трое нарушителей, убитых на месте, и пограничник.'],
    4,
    null,
  ],
  [['Раненых при обстреле уже пятеро.'], null, 5],
  // "Со стороны пограничников": the side named by its people, apart from the attackers.
  [['Ликвидированы двое нападавших.', 'Со стороны пограничников погибли трое.'], 5, null],
  // A wounded attacker held after his comrades were killed, told as "the fourth" or "one of them", is apart
  // from the guards wounded.
  [
    [
      'Двое пограничников получили ранения.',
      'Ответным огнем трое нарушителей уничтожены.',
      'Четвертый, раненный в плечо, задержан на месте.',
    ],
    3,
    3,
  ],
  // The part of the body in the genitive between a wound and its auxiliary; people bruised by stones.
  [['В ходе боестолкновения огнестрельное ранение ноги получил военнослужащий пограничных войск.'], null, 1],
  [['Three villagers were bruised by stones thrown from the other side.'], null, 3],
  // A count whose people are listed after a dash, one of each side, is not another figure of the side named.
  [
    [
      'В субботу на пастбище у границы ранен 17-летний житель Чоркуха.',
      'Таким образом, в инциденте пострадали двое - наш подросток и кыргызский военный.',
    ],
    null,
    2,
  ],
  // A death told as a noun: "the death of a shepherd".
  [['Prosecutors opened a case into the death of two shepherds shot by Kyrgyz border guards.'], 2, null],
  // People by their trade or as men.
  [['Трое мужчин получили телесные повреждения.'], null, 3],
  [['Two hunters were shot dead near the border.'], 2, null],
  [['Раненный в ночном бою у заставы младший сержант скончался в районной больнице.'], 1, null],
  // "One of them … died", the verb some words on: one death, not the whole group's.
  [['Трое подростков пасли коз на склоне, один из них наступил на мину и погиб на месте.'], 1, null],
  // "Killing two of them": the count after the predicate, its people named before.
  [['The guards opened fire on a group of men wading across the river, killing two of them.'], 2, null],
  // "До 40" is up to forty, read as forty, as "up to 40" is; "до 5 часов утра" is no count.
  [['По оценкам военных, в ходе операции уничтожены до 40 боевиков.'], 40, null],
  [['Бой шёл до 5 часов утра, погибли двое пограничников.'], 2, null],
  // Nationals counted by nationality, Russians among them.
  [['По данным оппозиции, в бою погибли более 40 россиян.'], 40, null],
  [['More than 40 Russians were killed, the opposition claimed.'], 40, null],
  // "The sergeant died": one man's death, though "the" gives no count.
  [['The sergeant died of his wounds in a Dushanbe hospital on Monday, the border troops said.'], 1, null],
  // "Двое раненых пограничников": the people named after the toll word are a group of their own, added to
  // another group's figure.
  [
    [
      'Двоих раненых пограничников отправили вертолётом в Душанбе.',
      'Пожилую жительницу кишлака ранило осколком.',
    ],
    null,
    3,
  ],
  // One man's death told in many ways is one death; "также" said of the wounded is no second death.
  [
    [
      'В Баткене похоронили рядового Осмонова, погибшего в перестрелке у заставы.',
      'Обстоятельства гибели пограничника расследуются вместе с таджикской стороной.',
      'Трое его сослуживцев также получили ранения.',
    ],
    1,
    3,
  ],
  // A pair split between the dead and the wounded: the one who died was never one of the wounded.
  [
    [
      'Двое чабанов подорвались на мине: один скончался сразу, второй в критическом состоянии находится в больнице Пенджикента.',
    ],
    1,
    1,
  ],
  [
    [
      'Two boys stepped on a mine near the wire.',
      'One of them died on the spot, the other was flown to hospital in Khujand.',
    ],
    1,
    1,
  ],
  // One person taken to care, named just before the verb, a state between them.
  [['Военнослужащий в тяжёлом состоянии доставлен в военный госпиталь.'], null, 1],
  // "Ещё один" without a noun of its own is one more of the people just counted: an attacker, added to guards.
  [['Трое боевиков ликвидированы, ещё один ранен и задержан.', 'Ранения получили двое пограничников.'], 3, 3],
  // One man wounded and dead, his second verb coordinated or the wound in commas before the death: a death only.
  [['Пограничник был тяжело ранен в перестрелке у моста, и скончался в вертолёте.'], 1, null],
  [['Двое боевиков уничтожены, третий, раненный и задержанный, скончался в больнице.'], 3, null],
  // "One of whom later died", "один из которых скончался": one of the wounded died, as "one of them" says.
  [['Three villagers were wounded by the shelling, one of whom later died in hospital.'], 1, 2],
  [['Ранены трое жителей кишлака, один из которых, подросток, скончался в больнице.'], 1, 2],
  // "An Afghan border policeman" is an Afghan, not the Afghan border: his side adds to the other side's.
  [
    ['An Afghan border policeman was wounded in the crossfire.', 'One Tajik border guard was also wounded.'],
    null,
    2,
  ],
  // The other side's people after "and", by their country: "three Kyrgyz citizens and two from Tajikistan".
  [['Three Kyrgyz citizens and four from Tajikistan were injured in the fight over the canal.'], null, 7],
  // A sentence that opens on a group counts its people: the attackers' dead added to a guard's.
  [
    [
      'Погиб рядовой пограничной заставы «Шагон».',
      'Среди нарушителей, по уточнённым данным, погибли четверо.',
    ],
    5,
    null,
  ],
  [['A Tajik private was killed.', 'Among the intruders, two were killed and one was captured.'], 3, null],
  // "Жертвами … стали" with the event named between them; "десятки" is no number.
  [['Жертвами перестрелки у кишлака Хистеварз в ночь на субботу стали трое пограничников.'], 3, null],
  [['Жертвами мин за эти годы стали десятки жителей приграничных сел.'], null, null],
  // A tally in the genitive plural, its people named, then its count: "погибших талибов уже трое".
  [['По словам жителей Шаартуза, погибших афганцев уже четверо, раненых трое.'], 4, 3],
  // A collective numeral counts people, whatever one word after it calls them; "двое суток" is a time.
  [['В перестрелке трое наших погибли, сказал глава махалли.'], 3, null],
  [['Двое суток раненые пограничники ждали вертолёт в ущелье.'], null, null],
  // "Died of her injuries": one woman's wounds, one death, whoever "she" is.
  [
    ['Nazarova was struck by a stray bullet and died of her injuries in the Isfara hospital two days later.'],
    1,
    null,
  ],
  // One man wounded and then dead, taken up again by a pronoun: a death, not a wound as well.
  [['Нарушитель получил тяжёлое ранение и был задержан; через час он скончался в больнице.'], 1, null],
  [['Один из нападавших получил ранение, от которого скончался по дороге в больницу.'], 1, null],
  [['A guard was badly wounded and flown to Dushanbe, where he died on Monday.'], 1, null],
  [['Сержант был ранен, а рядовой скончался.'], 1, 1],
  // "Hit by shrapnel" is a wound; of someone who then died, a death.
  [['A border guard hit by shrapnel is recovering in hospital, the agency said.'], null, 1],
  [['A woman hit by shrapnel in her yard died on the way to hospital.'], 1, null],
  // A communiqué names its casualties, surname and initials, instead of counting them.
  [
    [
      'Огнестрельные ранения получили жители села Чорбог Саидов Р., 1985 года рождения, и Каримов Ш. А., а также ' +
        'военнослужащий погранзаставы рядовой Бобоев М.',
    ],
    null,
    3,
  ],
  [['Погибли военнослужащие сержант Холов Д. и рядовой Шарипов Ф.'], 2, null],
  // A limb lost to a mine is a wound; kin by name are victims ("двоюродному брату", "cousin", "мальчиков").
  [['Один мальчик погиб на месте, его 13-летнему брату оторвало ногу.'], 1, 1],
  [['The blast killed a shepherd and maimed his 12-year-old nephew.'], 1, 1],
  [['His 15-year-old cousin suffered severe injuries to both legs.'], null, 1],
  [['Двое мальчиков погибли при взрыве мины.'], 2, null],
  [['Нарушитель выстрелил в наряд из ружья, ранив пограничника.'], null, 1],
  // One man named many ways and never with a number is one man; "also" tells of another; an attacker and a
  // guard are two.
  [
    [
      'Накануне у границы убит чабан.',
      'Родственник погибшего рассказал, что к отаре подъехали кыргызские военнослужащие.',
      'Тело погибшего передали таджикской стороне.',
    ],
    1,
    null,
  ],
  [['Погиб пограничник.', 'Также погиб местный житель.'], 2, null],
  [['Ранение получил рядовой пограничного отряда.', 'Задержан нарушитель, получивший ранение.'], null, 2],
  // "Nobody was killed" said with an aside or without a verb is 0, not "no figure".
  [['Ранены трое жителей. Погибших, по предварительным данным, нет.'], 0, 3],
  [['Officials counted nine injured and, fortunately, no one killed.'], 0, 9],
  [['У Самаркандека обошлось без пострадавших.'], 0, 0],
  // "On each side" doubles a count; "двое — по одному с каждой стороны" only splits one.
  [['One guard on each side was wounded in the exchange.'], null, 2],
  [['В перестрелке погибли двое военнослужащих - по одному с каждой стороны.'], 2, null],
  [['The shooting wounded a Kyrgyz sergeant and a Tajik orchard watchman.'], null, 2],
  // An aside between dashes names the people just counted, of the next predicate.
  [['Погиб пограничник, еще двое взрослых - его отец и брат - получили ранения.'], 1, 2],
  [
    [
      'A Tajik border guard was killed and two others were wounded when Tajik and Kyrgyz forces exchanged fire.',
      "Kyrgyzstan's border service said two of its servicemen were wounded.",
    ],
    1,
    4,
  ],
  [['Таджикские погранвойска сообщили о двух погибших и десяти раненых гражданах Таджикистана.'], 2, 10],
  [['The ministry said 36 people had been killed and 134 injured, up from 24 dead the day before.'], 36, 134],
  [['Число погибших выросло с 24 до 36 человек.'], 36, null],

  [['Two Tajik border guards and three militants were killed in the clash.'], 5, null],
  [['The gunmen opened fire, killing two guards and wounding three others.'], 2, 3],
  [['Three soldiers died and five were injured.'], 3, 5],
  [['The attack left four dead and six injured.'], 4, 6],
  [['At least seven people, including two civilians, were killed.'], 7, null],
  [['The death toll rose to 12, the ministry said.'], 12, null],
  [['Kyrgyzstan said 24 of its citizens were killed, while Tajikistan reported 15 dead.'], 39, null],
  [['Tajik authorities said one of their guards was killed.', 'The Kyrgyz side reported two dead.'], 3, null],
  [
    [
      'Kyrgyzstan said three of its servicemen were wounded, and Tajikistan said two of its guards were hurt.',
    ],
    null,
    5,
  ],
  [['A guard was killed and another was wounded.'], 1, 1],
  [['Three of the attackers were killed and the other two fled back across the river.'], 3, null],
  [['Officials said five people died, two of them border guards.'], 5, null],
  [['One militant was killed and two were captured.'], 1, null],
  [['The clashes killed 13 people on the Kyrgyz side and 10 on the Tajik side.'], 23, null],
  [['Четверо нарушителей были ликвидированы, один пограничник получил ранение.'], 4, 1],
  [['Погибли двое военнослужащих и трое мирных жителей.'], 5, null],
  [['С кыргызской стороны погибли 24 человека, с таджикской — 15.'], 39, null],
  [['В результате столкновения ранения получили шесть человек, в том числе четверо пограничников.'], null, 6],
  [['Число погибших возросло до 12 человек.'], 12, null],
  // Care: people taken to hospital are the wounded when nothing else counts them.
  [['Two farmers were taken to hospital after the shooting, police said.'], null, 2],
  [['A local resident was also taken to hospital.'], null, 1],
  [['В районную больницу доставлены трое пограничников и один житель села.'], null, 4],
  [['За медицинской помощью в больницу обратились семь человек.'], null, 7],
  [['Three guards were wounded and taken to hospital.'], null, 3],
  // The auxiliary before a few modifiers, and collective numerals in their case forms.
  [['Командир заставы получил тяжелое осколочное ранение.'], null, 1],
  [['Прощание прошло сразу с пятерыми погибшими.', 'Похоронили четверых погибших.'], 5, null],
  [['Обстрел унес жизни трех человек.'], 3, null],
  [['Один из нападавших получил смертельное ранение.'], 1, null],
  // The other kind of toll after a dash.
  [['Число погибших с кыргызской стороны достигло 20, раненых — 57.'], 20, 57],
  // A figure whose side is not said goes on about the one side named so far.
  [
    [
      'Погибли трое таджикских пограничников.',
      'Еще шесть человек получили ранения.',
      'Кыргызская сторона сообщила о четырех раненых военнослужащих.',
    ],
    3,
    10,
  ],
  // "Nobody was killed" is nobody killed; "none among the guards" says nothing of anyone else.
  [['Five people were hurt. Nobody was killed.'], 0, 5],
  [['Среди пограничников пострадавших нет.'], null, null],
  // A total with its parts between dashes: the total, never the parts added to it.
  [['Seven Tajik guards - five soldiers and two officers - were wounded.'], null, 7],
  [['Еще 9 человек — четверо пограничников и пятеро жителей — получили ранения.'], null, 9],
  // One side's death toll is that side's figure; a pair's border word is nobody's side.
  [
    [
      'Kyrgyzstan said 24 of its citizens had been killed and 87 wounded, while Tajikistan put its death toll at 15.',
    ],
    39,
    87,
  ],
  [
    ['The death toll from the Kyrgyz-Tajik clashes rose to 94.', 'Tajikistan said 35 of its citizens died.'],
    94,
    null,
  ],
  [
    ['The toll from the clashes rose to 81 on Sunday, with Kyrgyzstan reporting 46 dead and Tajikistan 35.'],
    81,
    null,
  ],
  [['Kyrgyzstan reported 59 dead and 144 wounded; Tajikistan, 35 dead and 20 wounded.'], 94, 164],
  [['The bodies of four gunmen were found after the firefight.'], 4, null],
  [['The shelling killed a woman and wounded her two children.'], 1, 2],
  // The wounded who later died are dead, no longer wounded.
  [['Two guards were wounded; one of them later died.'], 1, 1],
  [['One guard was killed and two were wounded; one of them later died.'], 2, 1],
  [['Двое пограничников получили ранения, один из них позже скончался в больнице.'], 1, 1],
  [['Two young Tajik border guards were gunned down by masked raiders near the outpost.'], 2, null],
  [['The gunfight killed a conscript from the Farkhor detachment.'], 1, null],
  [
    [
      'A Tajik border guard was killed in a shootout with a group carrying drugs across the Panj.',
      'Two of the group were killed.',
    ],
    3,
    null,
  ],
  [['Двое его сослуживцев получили огнестрельные ранения, один из них — тяжёлое.'], null, 2],
  [['One serviceman sustained a wound and was evacuated to a medical facility.'], null, 1],
  [['Three guards were hospitalised with gunshot wounds.'], null, 3],
  [['Ранения различной степени тяжести получили семеро военнослужащих и двое мирных жителей.'], null, 9],
  [['Итоговое число жертв — 94: 59 в Кыргызстане и 35 в Таджикистане.'], 94, null],
  [['Жертвами обстрела стали двое мирных жителей, еще четверо ранены.'], 2, 4],
  [['Пограничник скончался в больнице, таким образом число погибших достигло трёх.'], 3, null],
  [['Среди погибших — трое военнослужащих и один мирный житель.'], 4, null],
  // Parts after a dash beside a verb are the same people, not more.
  [['Пятеро ранены — трое военнослужащих и двое мирных жителей.'], null, 5],
  // "Dozens" alone gives no number, and does not borrow one.
  [['The fighting killed at least 13 people and wounded dozens.'], 13, null],
  [
    [
      'Four soldiers were wounded in the attack.',
      'One of the wounded, a 19-year-old soldier, later died in hospital.',
    ],
    1,
    3,
  ],
  // Two predicates of the same people are one figure.
  [
    [
      'Погибла девятилетняя девочка, ещё двое взрослых — её бабушка и дядя — получили осколочные ранения и ' +
        'госпитализированы в Бохтаре.',
    ],
    1,
    2,
  ],
  [['The attack claimed the life of a serviceman and left four persons injured.'], 1, 4],
  [['The shelling cost the lives of three villagers.'], 3, null],
  [['The dead included a nine-year-old girl and her grandmother.'], 2, null],
  [['The shelling killed a woman and her son.'], 2, null],
  // Livestock are not casualties.
  [['One woman was wounded.', 'A cow was killed and a roof was destroyed.'], null, 1],
  [['Ранена одна женщина.', 'Погибла корова, разрушена крыша.'], null, 1],
  // The wounds of the one who died are not another victim.
  [['A Tajik border guard wounded in the clash with smugglers on Friday has died of his injuries.'], 1, null],
  [['A Tajik border guard succumbed to injuries sustained in the clash with smugglers.'], 1, null],
  [['A Tajik border guard died in hospital on Sunday, two days after he was wounded in the clash.'], 1, null],
  [['A wounded Tajik border guard died in hospital on Sunday.'], 1, null],
  [['A civilian was wounded and a Tajik border guard died in the clash.'], 1, 1],
  [['Three soldiers were wounded in the clash, and one of the wounded died on the way to hospital.'], 1, 2],
  [['The toll rose to one dead after a wounded guard died; three others remain in hospital.'], 1, 3],
  // Coordinated victims, each with its own modifiers.
  [['Погибли один сотрудник таможенной службы и один военнослужащий пограничного отряда.'], 2, null],
  [['No one among the patrol was hurt.'], null, null],
  // Sides named by the Afghan authorities' own name, and people counted by nationality.
  [
    [
      "Officials put the Islamic Emirate's losses at three fighters killed and one wounded.",
      'On the Tajik side, two guards were killed and four were hurt.',
    ],
    5,
    5,
  ],
  [['Two soldiers and four Afghans were injured in the exchange.'], null, 6],
  // "Them" are the dead counted just before: not moved from the wounded.
  [['Three guards were killed - one of them died of his wounds in hospital - and one was hurt.'], 3, 1],
  // One predicate's coordinated people are different people, whatever their groups and sides.
  [['A Kyrgyz soldier and two Tajiks were wounded, as was a 12-year-old girl.'], null, 4],
  [['Two guards were killed, as were three smugglers.'], 5, null],
  // A single person in commas after a count names that count's people again.
  [['The border service said one of its officers, a 30-year-old captain, died on Monday.'], 1, null],
  [['Погибли не менее трех военнослужащих, еще двое ранены.'], 3, 2],
  // One described or named victim, in Russian participles and with the subject after the verb.
  [['Житель села, получивший пулевое ранение, доставлен в больницу.'], null, 1],
  [['В кишлаке похоронили 40-летнего фермера, застреленного у канала.'], 1, null],
  [['Раненный у заставы пастух находится дома.'], null, 1],
  [['Посольство позднее сообщило еще об одном раненом.'], null, 1],
  [['Двое нарушителей ликвидированы.', 'В бою погиб рядовой пограничного отряда.'], 3, null],
  // People "neutralised" are the attackers, counted apart from the guards.
  [['Погибли двое пограничников.', 'Вечером все четверо были ликвидированы.'], 6, null],
  // Bodies found; the Afghan side's "martyrs".
  [['Утром у реки нашли тела троих граждан соседней страны.'], 3, null],
  [['Two of our fighters were martyred, the spokesman said.'], 2, null],
  [['Один наш моджахед стал шахидом.'], 1, null],
  // "Two of them" after ';' counts anew: the crossers before it are no toll.
  [['Six armed men crossed the river; two of them and a sergeant were killed.'], 3, null],
  // Gunshot and shrapnel wounds; "of those who crossed"; a part after "one of them"; a person in apposition
  // with a long description; Tashkent and Kabul say whose people.
  [['Four of those who crossed had gunshot wounds and were taken to the hospital in Khorog.'], null, 4],
  [['Two guards and two farmers, one of them a woman, sustained gunshot wounds.'], null, 4],
  [
    [
      'The embassy said one of its citizens, an engineer working for a subcontractor on the road, suffered ' +
        'light shrapnel wounds.',
    ],
    null,
    1,
  ],
  [
    ['Kyrgyz officials reported two wounded; Tashkent says three of its guards were injured by stones.'],
    null,
    5,
  ],
  // A list after a toll and a colon names the same people again.
  [
    ['Three civilians were killed: a woman, her son and a neighbour who died of his wounds two days later.'],
    3,
    null,
  ],
  // Citizens say a nationality, not a role; "доставили" is a care verb.
  [
    [
      'Пятеро граждан Кыргызстана получили ранения в ходе перестрелки.',
      'Состояние одного из пограничников, получившего ранение в живот, тяжелое.',
    ],
    null,
    5,
  ],
  [['Всех пятерых доставили в районную больницу.'], null, 5],
  // Relatives without a count of their own, before or after the counted people.
  [['His younger brother and a neighbour were wounded and are being treated in hospital.'], null, 2],
  [['A woman and her son were killed when the shell hit their house.'], 2, null],
  [['Two guards and their commander were wounded.'], null, 3],
  // A captive taken with wounds is wounded.
  [['Four members of the group were neutralised and one was detained with gunshot wounds.'], 4, 1],
  [['Четверо террористов нейтрализованы, один задержан с огнестрельным ранением.'], 4, 1],
  // A count the death read is not also the wounded ("several" adds nothing); a count whose part follows it
  // stands alone; a comma-joined group that is the subject of the next predicate is that predicate's.
  [['Local media report that two soldiers died and several people were hurt.'], 2, null],
  [['Ещё пятеро, в том числе двое детей, получили ранения и доставлены в больницу.'], null, 5],
  [
    [
      'В результате нападения погиб один гражданин Таджикистана, трое сотрудников компании, в том числе один ' +
        'иностранец, получили ранения различной степени тяжести.',
    ],
    1,
    3,
  ],
  // Russian people named in the singular after the verb, relatives and hyphenated nouns included.
  [['Погибли мать и её сын-подросток.'], 2, null],
  [
    ['В перестрелке между пограничниками Таджикистана и Кыргызстана погиб таджикский военнослужащий.'],
    1,
    null,
  ],
  // People listed by age are one each; an age after a dash is no figure.
  [['Среди погибших — 45-летний фермер, 22-летний пограничник и пожилой житель села.'], 3, null],
  [['Один из них, 27-летний житель района, погиб, еще один ранен.'], 1, 1],
  // "Of them" after a count that is no toll counts anew; after a toll (or in apposition to one) it is a part.
  [['Officials said six armed men crossed the river, and that four of them and a sergeant died.'], 5, null],
  [['Four more people, two of them children, were wounded.'], null, 4],
  // A victim with an age and a few words of his own, then the next group.
  [['The shooting killed a 19-year-old conscript from the Vose district and two of the gunmen.'], 3, null],
  // "One of the two wounded … died": one of the wounded, not two dead; a wounded total given after the
  // death is already the current figure.
  [['Один из двух раненных накануне пограничников скончался в больнице.'], 1, 1],
  [['One of the three injured soldiers died in hospital on Friday.'], 1, 2],
  [
    ['Один из раненых пограничников скончался.', 'Число раненых, по последним данным, возросло до шести.'],
    1,
    6,
  ],
  // One person named in the singular, without a count, after a counted group; a genitive plural is no one.
  [['Ранения получили двое военнослужащих и жительница села, 1971 года рождения.'], null, 3],
  [['Погибли трое пограничников и житель приграничного кишлака.'], 4, null],
  [['Ранения получили шестеро жителей района и военнослужащих.'], null, 6],
  // A counted group with a phrase of its own ("of the …", "from …") before "and" the next group.
  [['Three officers of the district police and a shepherd were hurt by the blast.'], null, 4],
  [['Two conscripts from the Panj detachment and four civilians were killed.'], 6, null],
  // "Two guards were killed and three civilians wounded": two predicates, not one coordinated group.
  [['Two guards were killed and three civilians wounded.'], 2, 3],
  // A count whose noun is left out after "killed and" names the same people, on the same side: the other
  // side's figure in the sentence is added to it.
  [['One Uzbek farmer was killed and three wounded, while Dushanbe said two of its guards were hurt.'], 1, 5],
  // A wounded man who died is added to the dead counted before him, not to a figure that already counts him.
  [
    [
      'В пятницу прошли похороны двух пограничников, погибших при подрыве на мине.',
      'Один военнослужащий погиб на месте, двое были ранены.',
      'В ночь на пятницу один из раненых скончался в больнице.',
    ],
    2,
    1,
  ],
  [['Two guards were killed and three wounded.', 'One of the wounded died in hospital on Friday.'], 3, 2],
  // One person named again with an age is not another; ", и двое жителей" is more people.
  [['В воскресенье погиб таджикский пограничник, 22-летний сержант родом из Исфары.'], 1, null],
  [['Погиб пограничник, 22-летний сержант, и двое жителей села.'], 3, null],
  // Wounds by where they hit ("shot in the shoulder"); companions are people; "спутники погибшего" are not
  // the dead, though "погибшего" says one man died.
  [['One border guard was hit in the shoulder by a round from the Afghan bank.'], null, 1],
  [['Uzbek guards killed a young man and wounded two of his companions.'], 1, 2],
  [['В субботу на границе погиб житель села.', 'Двое спутников погибшего задержаны.'], 1, null],
  [['Родственники погибших потребовали расследования.'], null, null],
  // "Other" between a count and its toll noun; comrades are forces; a body found with wounds is no wounded.
  [['Один пограничник погиб.', 'Двое других раненых переведены в Душанбе.'], 1, 2],
  [['A guard was killed on Monday.', 'Three other wounded remain in hospital.'], 1, 3],
  [['В больнице скончался пограничник.', 'Ещё семеро остаются на лечении.'], 1, 7],
  // A passive's people stand before it: the count after an "according to" aside is another predicate's.
  [
    [
      'Two Tajiks were killed, according to the border troops, who said six Tajiks, two of them soldiers, were wounded.',
    ],
    2,
    6,
  ],
  // Animals killed are no toll.
  [['Ранены двое наших.', 'Убило корову.'], null, 2],
  [['Погибли две коровы, двое пастухов ранены.'], null, 2],
  // "Have" wounds: "трое имеют огнестрельные ранения".
  [['Среди прибывших трое имеют огнестрельные ранения.'], null, 3],
  // Bones broken by stones or rifle butts are wounds; people who drowned crossing are dead.
  [['A Kyrgyz border guard also had his nose broken by a stone.'], null, 1],
  [['Один пограничник получил перелом руки.'], null, 1],
  [['The elder brother was admitted to hospital with two broken ribs and bruises to his face.'], null, 1],
  [['При переправе через Пяндж двое солдат утонули.'], 2, null],
  // The object pronoun before its verb, as Russian puts it; not a possessive before a noun.
  [['Его застрелили в среду вечером, когда он гнал коров с пастбища.'], 1, null],
  [['В тот же вечер её ранили в ногу.'], null, 1],
  [['Его брата задержали пограничники.'], null, null],
  // A count broken down after a colon: the parts' nationality is not the count's.
  [
    [
      'Жертвами столкновения стали пятеро: двое таджикских военнослужащих и трое контрабандистов.',
      'Афганская сторона настаивает, что убитых афганцев было четверо.',
    ],
    5,
    null,
  ],
  [['Двое его боевых товарищей были ранены.'], null, 2],
  // Two numbers and a unit are ages, not people.
  [['Двое подростков ранены. Пострадавшим 15 и 13 лет.'], null, 2],
  // A Russian singular subject after "получил"; one person named again after a comma; a death at night.
  [['Огнестрельное ранение получил военнослужащий Пограничных войск, рядовой срочной службы.'], null, 1],
  [
    [
      'В результате пострадали пятеро жителей джамоата.',
      'Один из раненых, 61-летний житель села, ночью скончался в больнице.',
    ],
    1,
    4,
  ],
  // Civilians take the side of the place they are of, before a side the sentence names elsewhere.
  [
    [
      'One Maksat resident was taken to hospital with a head wound.',
      'Tajik media reported that two residents of Kulundu were also injured.',
    ],
    null,
    3,
  ],
  [
    [
      'Пятеро жителей Воруха получили ранения от ударов камнями.',
      'С кыргызской стороны пострадали двое граждан.',
    ],
    null,
    7,
  ],
  // "Was himself badly injured": one person; a body only carries the wounds it is found "with".
  [['A man who tried to recover the body was himself badly injured when a second mine exploded.'], null, 1],
  // People listed after a count and a comma are that count's people.
  [['Two Tajik servicemen, a private and a junior sergeant, were wounded and taken to hospital.'], null, 2],
  [['Three border guards, a lieutenant and two privates, were killed in the ambush.'], 3, null],
  // The dead named after "the killing of", "the deaths of".
  [['Dushanbe protested over the killing of a Tajik herder by Kyrgyz guards.'], 1, null],
  [['The deaths of two soldiers were confirmed on Monday.'], 2, null],
  // An aside on the source between a predicate and its count; members of a gang are attackers.
  [
    ['Погибли двое; ранены, по последним данным, 19 человек с обеих сторон, из них десять — жители села.'],
    2,
    19,
  ],
  [['В ходе боя четверо членов бандгруппы ликвидированы, один задержан с огнестрельным ранением.'], 4, 1],
  // "Half a dozen" is six, before its noun or after an active predicate.
  [['The flare-up left half a dozen people hurt.'], null, 6],
  [['The shelling wounded half a dozen villagers and killed a dozen sheep.'], null, 6],
  // A nationality between a count and its toll noun.
  [['Bishkek said four Kyrgyz guards had been killed.', 'Dushanbe has confirmed two Tajik deaths.'], 6, null],
  // A funeral of one person named with the participle of death ("погибшего"), then the attackers.
  [
    ['В селе похоронили сержанта, погибшего в перестрелке.', 'В бою также погибли двое нарушителей.'],
    3,
    null,
  ],
  // The rank of the one who died says how many died in all; "оба" is two; a rank of a time is no one.
  [['A second victim of the shooting died in hospital on Friday.'], 2, null],
  [['Three guards were killed.', 'A fourth died in hospital.'], 4, null],
  [['Скончался второй пограничник, раненный при обстреле.'], 2, null],
  [['Во второй половине дня погиб пограничник.'], 1, null],
  [['Таким образом, оба пастуха погибли.'], 2, null],
  // One person wounded: "ранил пограничника", "ранение в руку получил сержант", "suffered a minor wound".
  [['Один из нарушителей выстрелил из ружья и ранил пограничника.'], null, 1],
  [['Ранение в руку получил младший сержант Пограничных войск.'], null, 1],
  [['A Tajik serviceman suffered a minor wound to his arm.'], null, 1],
  // One of those hurt, wounded and then dead, is no longer among the wounded.
  [
    [
      'Всего за два дня пострадали 11 жителей села.',
      'Один из них, 34-летний мужчина, получил огнестрельное ранение в живот и скончался по дороге в больницу.',
    ],
    1,
    10,
  ],
  // A relative who opens the next predicate's subject is that predicate's; one of a group is one, unless a
  // copula or a comma makes the group the figure.
  [['Погиб девятилетний мальчик, его мать и двое братьев ранены осколками.'], 1, 3],
  [['Один из двух братьев, подорвавшихся на мине, скончался.'], 1, null],
  [['Two of the three guards were wounded.'], null, 2],
  [['The commander was one of three Tajik servicemen killed on Monday evening.'], 3, null],
  // One of those detained was wounded; one of the wounded died, the wounded never counted; lives lost.
  [['Двое нарушителей были задержаны, один из них ранен.'], null, 1],
  [['Один из раненых пограничников скончался в госпитале.'], 1, null],
  [['Три человека лишились жизни.'], 3, null],
  // Drug smugglers in one Russian word; a mortal wound kills.
  [['Ответным огнем трое вооруженных наркоконтрабандистов уничтожены.'], 3, null],
  [['A woman from the village received mortal wounds.'], 1, null],
  // A knife wound, "a wound to the forearm", a private; one person named again after a comma and "who".
  [['Военнослужащий получил ножевое ранение предплечья.'], null, 1],
  [['One of them attacked a patrol with a knife, leaving a guard with a wound to the forearm.'], null, 1],
  [['A private wounded in that exchange is in hospital in Khorog.'], null, 1],
  [['A second soldier, a private who was hit in the shoulder, is still in hospital.'], null, 1],
  // "Fatally wounding" kills; the rank of the one who fired is not a count of the dead.
  [['The second guard then fired, fatally wounding one of the smugglers.'], 1, null],
  // Taken to a hospital named with a few words: those taken are the wounded.
  [['Two Kyrgyz servicemen and three residents were taken to the Batken regional hospital.'], null, 5],
  // A part after "among them" is not the count of the people it is part of.
  [['Three people on its side, among them a shepherd, were being treated in hospital.'], null, 3],
  // Medical care is a wound: "needed medical care", "медицинская помощь оказана".
  [['In all, nine people from both villages needed medical care.'], null, 9],
  [['Медицинская помощь оказана пятерым жителям села.'], null, 5],
  // Only people are wounded: a count after a wound predicate counts people whatever their noun.
  [['Осколочные ранения получили две сборщицы хлопка.'], null, 2],
  // A count before a plural attribute: "солдат" after "раненых" is the plural, not one soldier.
  [['Троих раненых солдат в воскресенье вертолётом отправили в Душанбе.'], null, 3],
  // The impersonal "ранило"; a denied singular is nobody.
  [['Пожилую жительницу села ранило осколком в ногу.'], null, 1],
  [['По счастью, никого из жителей не ранило.'], null, null],
  [['Пограничник не был ранен.'], null, null],
  // A tally, a dash, its count; an aside on the source before the dash; "уже" before the count.
  [['Погибших — двое, раненых — пятеро.'], 2, 5],
  [['Раненых, по последним данным обеих сторон, — восемнадцать.'], null, 18],
  [['Жертвами столкновения стали уже четыре человека.'], 4, null],
  // A wound in commas after the one who died; a parent's children are not the victims.
  [['Мать пятерых детей, раненная осколком мины, скончалась в больнице.'], 1, null],
  [['A father of three was killed by a stray bullet.'], 1, null],
  // Nobody in particular; nothing said; nobody hurt, in Russian.
  [['Officials did not say whether anyone was injured.'], null, null],
  [['No casualties were mentioned in the statement.'], null, null],
  [['Никто не погиб, никого не ранило.'], 0, 0],
];

describe('toll arithmetic by the codebook', () => {
  it('adds the other side\'s figure the article says that side gave earlier ("ранее сообщала")', () => {
    const got = assess(
      'Ворух простился с погибшим',
      'В Ворухе похоронили жителя, погибшего во вторник в перестрелке на таджикско-кыргызской границе. Ещё ' +
        'двое таджикских пограничников ранены. Кыргызская сторона ранее сообщала о четырёх раненых у себя.',
    );
    expect(got.wounded).toBe(6);
  });

  it('keeps the title\'s new total over a count the body says was given earlier ("ранее говорилось")', () => {
    const got = assess(
      'Число погибших в конфликте у Воруха выросло до 12',
      'Число погибших в перестрелке между пограничниками Таджикистана и Кыргызстана у Воруха в воскресенье ' +
        'выросло, сообщил Минздрав. Ранее говорилось о 9 погибших.',
    );
    expect(got.killed).toBe(12);
  });

  it('counts a figure hedged "по предварительным данным" (preliminary, not overtaken) beside other figures', () => {
    const got = assess(
      'На Пяндже в бою с наркокурьерами погиб пограничник',
      'В ночь на понедельник в перестрелке с нарушителями у заставы Хирманджо погиб пограничник. Еще один ' +
        'военнослужащий ранен. Трое нарушителей уничтожены, остальные, по предварительным данным, ушли на ' +
        'афганский берег.',
    );
    expect(got.killed).toBe(4);
  });

  it.each([
    [
      'Боевики обстреляли заставу в Рушане',
      'Вооружённые люди с афганского берега обстреляли таджикскую заставу в Рушанском районе. Один пограничник ' +
        'получил осколочное ранение, погибших нет. По данным афганских властей, только за последний месяц в ' +
        'провинции погибли более двадцати военнослужащих.',
      0,
      1,
    ],
    [
      'Fire from Afghan bank wounds Tajik guard',
      'Fire from the Afghan bank wounded a Tajik border guard in Rushan on Sunday, and Tajik guards killed two of ' +
        'the attackers with return fire. Separately, Afghan forces repelled an assault on a police post in which ' +
        'one policeman and eight insurgents were killed.',
      2,
      1,
    ],
    [
      'At least 18 hurt in Kyrgyz-Tajik canal clash',
      'Kyrgyz and Tajik border guards exchanged fire near Vorukh on Wednesday, and officials said at least 18 ' +
        'people had been hurt since the trouble began on Tuesday, one of them fatally.',
      1,
      17,
    ],
    [
      'Число погибших у Воруха выросло до двух',
      'Число погибших в конфликте у Воруха выросло до двух. Всего, по данным сторон, с начала противостояния ' +
        'пострадали 18 человек, двое из них скончались.',
      2,
      16,
    ],
  ])(
    'counts this incident only (no tally over a period, no other incident) and its own tally of the hurt: %s',
    (title, text, killed, wounded) => {
      const got = assess(title, text);
      expect([got.killed, got.wounded]).toEqual([killed, wounded]);
    },
  );

  it.each([
    'the body of a fourth attacker with gunshot wounds was found on saturday.',
    'пограничники обнаружили тело ещё одного нарушителя с огнестрельными ранениями.',
  ])('reads no wounded figure in the wounds of a body found: %s', (sentence) => {
    expect(readSentenceTolls(sentence).figures.filter((f) => f.kind === 'wounded')).toEqual([]);
  });

  it.each([
    ['three soldiers were wounded on the kyrgyz border, the ministry said.', null],
    ['трое жителей села погибли на границе с кыргызстаном.', null],
    ['two guards died at a post on the border with afghanistan.', null],
    ['the kyrgyz border service said two of its guards were wounded.', 'KG'],
    ['two kyrgyz guards were wounded on the tajik border.', 'KG'],
    // A dateline's city is where the report was filed.
    ['bishkek, april 10 (wire) - six people were injured in the shooting.', null],
    ['душанбе, 25.12.2025. двое военнослужащих получили ранения.', null],
  ])("reads a border's name as no side of the people counted: %s", (sentence, side) => {
    const [figure] = readSentenceTolls(sentence).figures;
    expect(figure?.side).toBe(side);
  });

  it.each(TOLL_CASES)('reads %j as killed %s, wounded %s', (sentences, killed, wounded) => {
    const tolls = extractTolls(sentences);
    expect([tolls.killed, tolls.wounded]).toEqual([killed, wounded]);
  });

  it('reads a death after its victims named in apposition, initials and all', () => {
    const got = assess(
      'Statement of the Press Centre of the Border Troops',
      'An armed group crossed the border from Afghanistan into Hamadoni district and opened fire on a patrol. ' +
        'Two servicemen of the Border Troops, Senior Sergeant Sh. Rahimov and Private M. Odinaev, died heroically ' +
        'in the performance of their military duty.',
    );
    expect(got.killed).toBe(2);
  });

  it('adds the two sides wounded figures given in separate sentences', () => {
    const tolls = extractTolls([
      'The Kyrgyz health ministry said 11 Kyrgyz citizens were wounded, eight of them servicemen.',
      'Tajik border troops said ten Tajik citizens were wounded and two were killed.',
    ]);
    expect(tolls.wounded).toBe(21);
    expect(tolls.killed).toBe(2);
  });

  it("adds one side's named group to the other side's people counted only as people", () => {
    const tolls = extractTolls([
      'В конфликте пострадали трое граждан Таджикистана.',
      'Кыргызская сторона сообщает о пятерых пострадавших.',
    ]);
    expect(tolls.wounded).toBe(8);
  });

  it('keeps one figure when the same side is counted again in a later sentence', () => {
    const tolls = extractTolls([
      'Three Tajik border guards were wounded in the exchange of fire.',
      'The three wounded Tajik guards were taken to hospital in Isfara.',
    ]);
    expect(tolls.wounded).toBe(3);
  });

  it('leaves out a tally of the period ("a tally shows 16 killed in that period")', () => {
    const got = assess(
      'Two Tajik guards killed on Afghan border',
      'Two Tajik border guards were killed on Sunday when gunmen crossed from Afghanistan into Shamsiddin ' +
        'Shohin district. A tally of official figures shows at least 16 people killed in that period, among ' +
        'them guards and militants.',
    );
    expect(got.killed).toBe(2);
  });

  it('counts a running toll "so far" as this incident\'s, parts listed after it added; "so far this year" stays a tally', () => {
    const got = assess(
      'Tajik guards kill two gunmen in Vanj',
      'Tajik border guards killed two gunmen in Vanj district on Monday after an attack on a post the night ' +
        'before, the border service said. The toll so far stands at one guard and two gunmen dead and four ' +
        'guards wounded.',
    );
    expect([got.killed, got.wounded]).toEqual([3, 4]);
    const tally = assess(
      'Tajik guards kill two gunmen in Vanj',
      'Tajik border guards killed two gunmen in Vanj district on Monday, the border service said. So far this ' +
        'year, nine guards have been wounded on the Afghan border.',
    );
    expect([tally.killed, tally.wounded]).toEqual([2, null]);
  });

  it("reads no count in a dateline's day before a dash", () => {
    const got = classifyArticle({
      title: 'Two men wounded on the Panj',
      text: 'KHOROG, May 14 – Two men were wounded in Vanj district by fire from the Afghan bank late on Sunday.',
      published: '2026-05-14T10:00:00Z',
    });
    expect(got.wounded).toBe(2);
  });

  it('drops what follows "a month after": another, earlier incident', () => {
    const got = assess(
      'Probe into border killing',
      'Tajik and Uzbek officials agreed on Wednesday to investigate the killing of two Tajik men by Uzbek ' +
        'guards near Shulum last Saturday, a month after an attack on a border post that left 17 people dead.',
    );
    expect(got.killed).toBe(2);
  });

  it("gives attackers no side from the sentence's reporter: the same five dead told by both sides are five", () => {
    const tolls = extractTolls([
      'An Afghan official said on Sunday that the five Afghan men killed on Thursday were traders, not militants.',
      'Tajikistan says an armed group crossed the Panj and attacked a post, and that five attackers were killed.',
    ]);
    expect(tolls.killed).toBe(5);
  });

  it('reads "ранее" before what those people did as no earlier incident', () => {
    const got = assess(
      'В Дарвазе ликвидированы боевики',
      'В понедельник в Дарвазском районе пограничники вступили в бой с боевиками, проникшими из Афганистана. ' +
        'По словам представителя ГКНБ, ликвидированы пятеро боевиков, из них двое — граждане Таджикистана, ранее ' +
        'выехавшие в Афганистан.',
    );
    expect(got.killed).toBe(5);
  });

  it('reads "no deaths were reported" as nobody killed', () => {
    expect(extractTolls(['No deaths were reported by either side.']).killed).toBe(0);
  });

  it('reads a count after "были убиты и" and members of a group neutralised', () => {
    expect(extractTolls(['Ответным огнем были убиты и двое нападавших.']).killed).toBe(2);
    expect(
      extractTolls(['В результате операции 15 участников вооруженной преступной группы нейтрализованы.'])
        .killed,
    ).toBe(15);
  });

  it('takes a total of this incident ("всего в результате столкновения") as its combined toll', () => {
    const got = assess(
      'На таджикско-кыргызской границе произошла перестрелка',
      'В четверг у села Ворух на таджикско-кыргызской границе произошла перестрелка. Погиб один таджикский ' +
        'пограничник, ранены двое. Всего в результате столкновения погибли четыре человека.',
    );
    expect(got.killed).toBe(4);
  });

  it('reads a revised toll told "since then" as this incident\'s, not as a tally since a date', () => {
    const got = assess(
      'Tajik post attack: toll revised',
      'Gunmen who crossed from Afghanistan attacked a Tajik border post in Farkhor district on Tuesday; ' +
        'officials first said two guards were killed. Since then, the border troops have said that four ' +
        'guards died, which puts the death toll at four.',
    );
    expect(got.killed).toBe(4);
  });

  it("leaves out a figure another source had reported earlier that day, overtaken by the statement's", () => {
    const got = assess(
      'Tajik guard killed in clash with gunmen',
      'A Tajik border guard was killed on Thursday when gunmen crossed from Afghanistan, the border troops ' +
        'said. A local channel had earlier on Friday reported that at least three guards had died.',
    );
    expect(got.killed).toBe(1);
  });

  it.each([
    'Это уже третий смертельный инцидент на границе за месяц, погибли восемь человек.',
    'Обстановка напряженная с конца ноября, когда погибли пятеро граждан КНР.',
  ])('leaves out a recap of earlier deaths: %s', (recap) => {
    const got = assess(
      'Погиб пограничник',
      'Во вторник в Шамсиддин Шохинском районе в перестрелке с нарушителями, переправившимися через Пяндж, ' +
        `погиб таджикский пограничник. ${recap}`,
    );
    expect(got.killed).toBe(1);
  });

  it('leaves out the figures of a sentence dated days before the event, though it names no earlier year or month', () => {
    // Published Friday 6 March.
    const got = assess(
      'Shootout on the Kyrgyz border',
      'Kyrgyz and Tajik border guards exchanged fire near Tamdyk on Thursday; nobody was hurt, the Kyrgyz ' +
        'border service said. Border representatives of the two countries met at the scene. The situation is ' +
        'described as stable. On February 28, mortar fire in the same area wounded three Kyrgyz servicemen.',
    );
    expect(got.wounded).toBe(0);
  });

  it.each([
    ['two of them and a young tajik sergeant were killed in that exchange.', [2, 1]],
    ['двое из них и один пограничник погибли в перестрелке.', [2, 1]],
    ['five guards were wounded, two of them seriously.', []],
  ])(
    'reads "two of them" as its own count when nothing before it in the sentence holds it: %s',
    (sentence, killed) => {
      const figures = readSentenceTolls(sentence).figures;
      expect(
        figures
          .filter((f) => f.kind === 'killed')
          .map((f) => f.value)
          .sort((a, b) => b - a),
      ).toEqual(killed);
    },
  );

  it('takes "всего" without a period as this incident\'s total, and with one as a cumulative count', () => {
    const lead =
      'Во вторник вечером у водозабора Головной на кыргызско-таджикской границе произошла перестрелка между ' +
      'пограничниками, погиб один военнослужащий. ';
    const total = assess('Перестрелка на границе', `${lead}Всего, по данным Минздрава, пострадали семеро.`);
    expect(total.wounded).toBe(7);
    const cumulative = assess(
      'Перестрелка на границе',
      `${lead}Всего с начала года на этом участке ранены 23 человека.`,
    );
    expect(cumulative.wounded).toBeNull();
    const series = assess(
      'Guard killed on the Afghan border',
      'A Tajik border guard was killed on Tuesday in a clash with gunmen who crossed from Afghanistan into ' +
        'Shamsiddin Shohin district. At least 16 people have been killed in total in cross-border infiltration ' +
        'attempts from Afghanistan, according to official data.',
    );
    expect(series.killed).toBe(1);
  });

  it('keeps a preliminary figure when no later sentence gives one of that kind, and no overtaken "no casualties"', () => {
    const flash = assess(
      '⚡ Кулунду: драка переросла в стрельбу',
      '⚡ СРОЧНО. Лейлекский район, Кулунду. Около 16:00 у вододелителя жители Кулунду и таджикского ' +
        'Овчи-Калача сцепились. Примерно в 19:30 с таджикской стороны прозвучали автоматные очереди. По ' +
        'предварительным данным, двое кыргызских пограничников ранены. Пострадавшие у таджиков пока неизвестны.',
    );
    expect([flash.relevant, flash.wounded]).toEqual([true, 2]);
    const overtaken = assess(
      'Kyrgyz and Tajik patrols trade fire',
      'Border troops of Kyrgyzstan and Tajikistan exchanged fire on Friday in Batken region. "There are wounded ' +
        'on both sides," the statement said, without giving numbers. An earlier statement had said there were no ' +
        'casualties among Kyrgyz troops.',
    );
    expect([overtaken.killed, overtaken.wounded]).toEqual([null, null]);
  });

  it('reads people who sought medical help as wounded', () => {
    const figures = readSentenceTolls('за медицинской помощью обратились 13 граждан кыргызстана.').figures;
    expect(figures.map((f) => [f.kind, f.value])).toEqual([['wounded', 13]]);
  });

  it.each([
    ['Ранения получили трое военнослужащих пограничной службы.', 3],
    ['Двое несовершеннолетних получили осколочные ранения.', 2],
  ])('reads a Russian wounded figure after its predicate or its adjective: %s', (sentence, wounded) => {
    const figures = readSentenceTolls(sentence.toLowerCase()).figures;
    expect(figures.filter((f) => f.kind === 'wounded').map((f) => f.value)).toEqual([wounded]);
  });

  it("gives the killed figure's breakdown by role and side, the militants not taken for Tajik", () => {
    const got = assess(
      'Tajik guards and militants killed in clash on Afghan border',
      'Two Tajik border guards and three militants were killed on Tuesday when gunmen crossed from ' +
        'Afghanistan into Shamsiddin Shohin district, the border troops said.',
    );
    expect(got.killed).toBe(5);
    expect(got.evidence.killedBy).toHaveLength(2);
    expect(got.evidence.killedBy).toEqual(
      expect.arrayContaining([
        { who: 'forces', side: 'TJ', count: 2 },
        { who: 'attackers', side: null, count: 3 },
      ]),
    );
  });

  it('tells the side of each count from the nationality nearest it', () => {
    const figures = readSentenceTolls(
      'two uzbek border guards were killed and one tajik guard was wounded.',
    ).figures;
    expect(figures.map((f) => [f.kind, f.value, f.side])).toEqual([
      ['killed', 2, 'UZ'],
      ['wounded', 1, 'TJ'],
    ]);
  });
});

describe('border by the codebook', () => {
  it('puts an attack on a post of the Uzbek border there, though the attackers are said to have come from Afghanistan', () => {
    const got = assess(
      'Afghan ministry denies gunmen came from Kunduz',
      "Afghanistan's defence ministry on Friday denied that the gunmen who attacked the Ishkobod border post " +
        'on Wednesday had crossed from Kunduz. Tajik officials say the group came from Afghanistan; two of the ' +
        "post's defenders and fifteen attackers were killed.",
    );
    expect(got.border).toBe('tajik-uzbek');
  });

  it('takes the border from a later sentence placing the post, when the incident sentences name no Tajik place', () => {
    const got = assess(
      'Бой на заставе',
      'В ночь на среду двадцать человек в масках открыли огонь по таджикской пограничной заставе, погибли двое ' +
        'силовиков. Боевики, по данным властей, перешли границу из Афганистана. Застава стоит у самой границы с ' +
        'Узбекистаном, в районе Рудаки.',
    );
    expect(got.border).toBe('tajik-uzbek');
  });

  it('puts a mine blast at Lakkon, in Isfara district, on the Uzbek border', () => {
    const got = assess(
      'Mine kills Tajik border guard near Lakkon',
      'A Tajik border guard was killed on Wednesday when his patrol set off a landmine near Lakkon, a community ' +
        'of the town of Isfara, the border troops said.',
    );
    expect(got.border).toBe('tajik-uzbek');
  });

  it('does not take the border from the town where the wounded were taken to hospital', () => {
    const got = assess(
      'Mine wounds two Tajik guards on Uzbek border',
      'Two Tajik border guards were wounded on Wednesday when their patrol set off a landmine on the border with ' +
        'Uzbekistan. The wounded servicemen were taken to hospital in Isfara.',
    );
    expect(got.border).toBe('tajik-uzbek');
  });

  it('breaks a tie of a district on two borders with the rest of the report', () => {
    // Shahrituz district lies on both the Afghan and the Uzbek border.
    const got = assess(
      'Подросток из Шаартуза скончался после взрыва мины',
      'Один из двух подростков, подорвавшихся вчера на мине в Шаартузском районе, скончался в больнице. По ' +
        'данным милиции, взрыв произошёл на склоне у линии таджикско-узбекской границы.',
    );
    expect(got.border).toBe('tajik-uzbek');
  });
});

describe('event date by the codebook', () => {
  it.each([
    [
      'В субботу около 23:30 по московскому времени боевики с афганского берега обстреляли таджикскую ' +
        'пограничную заставу в Шамсиддин-Шохинском районе. Ранен один пограничник.',
      '2026-03-01',
    ],
    [
      'Gunmen fired on a Tajik border post in Shamsiddin Shohin district at about 2130 GMT on Saturday, wounding ' +
        'a guard, the border troops said.',
      '2026-03-01',
    ],
    [
      'Gunmen fired on a Tajik border post in Shamsiddin Shohin district at about 1530 GMT on Saturday, wounding ' +
        'a guard, the border troops said.',
      '2026-02-28',
    ],
  ])('converts a clock time of another zone to the local day: %s', (text, day) => {
    expect(assess('Gunmen fire on border post', text).eventDate).toBe(day);
  });

  it.each([
    [
      'DUSHANBE/BISHKEK, March 5 (Wire) – One person was killed and six were wounded in two days of gunfire on ' +
        'the Tajik-Kyrgyz border, officials said. The trouble began on Tuesday afternoon at a canal near Vorukh. ' +
        'The shooting flared again overnight and went on until 9 a.m. on Wednesday.',
      '2026-03-03',
    ],
    [
      'Перестрелка на таджикско-кыргызской границе у Воруха продолжалась до утра четверга, погиб один человек. ' +
        'Конфликт из-за воды начался во вторник вечером.',
      '2026-03-03',
    ],
    [
      'В ночь на 4 марта 2026 года в 02 часа 40 минут группа вооружённых лиц напала на заставу на ' +
        'таджикско-афганской границе, погиб один пограничник.',
      '2026-03-04',
    ],
    [
      'В ночь на 4 марта группа вооружённых лиц напала на заставу на таджикско-афганской границе, погиб один ' +
        'пограничник.',
      '2026-03-03',
    ],
    // A "tragedy" in the lead is the incident it dates; the day of the funeral is later.
    [
      'Страшная трагедия в минувший вторник потрясла кишлак Гулистон в Исфаринском районе у кыргызской границы. ' +
        'Подросток, пасший коз на склоне, наступил на мину и погиб на месте. Вчера мальчика похоронили.',
      '2026-03-03',
    ],
    // A death in hospital, told with no violence beside it, is a later day than the attack.
    [
      'A Tajik teenager injured by a landmine on the border with Uzbekistan last week has died in hospital, ' +
        'officials said. The 15-year-old died on Wednesday in the regional hospital in Khujand, where he had ' +
        'undergone two operations. His cousin was killed on the spot when one of them stepped on a mine above ' +
        'their village of Oshoba in Asht district on February 26.',
      '2026-02-26',
    ],
    // "Со среды" is since Wednesday: the first day of what goes on.
    [
      'Стрельба на участке заставы «Ёл» на таджикско-кыргызской границе не утихает со среды, ранены трое пограничников.',
      '2026-03-04',
    ],
    // "Сутки назад" is a day back, as "вчера" is.
    [
      'Перестрелка на таджикско-афганской границе произошла сутки назад, ранены двое пограничников.',
      '2026-03-05',
    ],
    // "С ночи на 4 марта" is the night that began on the 3rd, as "в ночь на 4 марта" is.
    [
      'Обстрел заставы на таджикско-афганской границе продолжался с ночи на 4 марта до утра, ранены двое ' +
        'пограничников.',
      '2026-03-03',
    ],
    // "Last Friday" in a report of a Friday is a week back, not the day of the report.
    [
      'A Tajik shepherd shot dead by Uzbek border guards last Friday near Zafarobod was buried on Tuesday, ' +
        'district officials said.',
      '2026-02-27',
    ],
    // A deadline is no day of the event: "школа должна открыться к 1 сентября".
    [
      'Житель Сомониёна, раненный во время перестрелки на таджикско-кыргызской границе во вторник, скончался. ' +
        'Школа, в которой выбиты окна, должна открыться к 1 сентября.',
      '2026-03-03',
    ],
    // "A week ago", "неделю назад": seven days back.
    ['Перестрелка у Воруха, в которой погиб пограничник, произошла неделю назад.', '2026-02-27'],
    ['A Tajik guard was killed in a shootout with smugglers near Farkhor two weeks ago.', '2026-02-20'],
    // A weekend starts on its Saturday; "всё началось в субботу" is the start told apart from the lead.
    [
      'Таджикские пограничники и талибы обменялись огнём в минувшие выходные у Ишкашима, погиб один пограничник.',
      '2026-02-28',
    ],
    [
      'Two Tajik guards were wounded in an exchange of fire with Taliban forces near Ishkoshim over the weekend.',
      '2026-02-28',
    ],
    [
      'В воскресенье в перестрелке у Воруха погиб пограничник. Всё началось в субботу вечером с ссоры из-за воды.',
      '2026-02-28',
    ],
  ])('dates the event to its first day, a night by its hour when one is said: %s', (text, date) => {
    // Published on Friday 6 March 2026.
    expect(assess('', text).eventDate).toBe(date);
  });

  it.each([
    'A Tajik border guard was killed the previous evening in a clash with smugglers near the Khirmanjo post.',
    'Пограничник погиб в перестрелке с контрабандистами у заставы «Хирманджо». Инцидент произошел днем ранее.',
  ])('reads a day just before ("the previous evening", "днём ранее") as this incident\'s: %s', (text) => {
    const got = classifyArticle({ title: 'Border guard killed', text, published: '2026-11-28T06:00:00Z' });
    expect([got.relevant, got.eventDate]).toEqual([true, '2026-11-27']);
  });

  it.each([
    [
      'В Лейлеке простились с погибшим пограничником',
      'В четверг в селе Кулунду похоронили младшего сержанта, погибшего в ходе столкновения на кыргызско-' +
        'таджикской границе. Проститься с ним пришли сотни человек. Сержант был ранен вечером во вторник и ' +
        'скончался в больнице.',
    ],
    [
      'Tajik border guard laid to rest in Farkhor',
      'A Tajik border guard killed in a clash with smugglers on the Panj was buried on Thursday in his home ' +
        'village in Farkhor district. Hundreds of mourners attended. The clash broke out late on Tuesday.',
    ],
  ])("dates a funeral report to the violence, not the funeral's day: %s", (title, text) => {
    const got = classifyArticle({ title, text, published: '2026-11-27T07:00:00Z' });
    expect(got.eventDate).toBe('2026-11-24');
  });

  it("reads a numeric dateline with an agency as the dispatch's day", () => {
    const got = classifyArticle({
      title: 'Узбекский наряд открыл огонь по рыбакам',
      text:
        'ДУШАНБЕ, 26.11.2026 /НИАТ «Ховар»/. На Фархадском водохранилище узбекские пограничники открыли ' +
        'огонь по лодке таджикских рыбаков, один из них ранен, сообщили в среду Пограничные войска ГКНБ ' +
        'Таджикистана.',
      published: '2026-11-26T07:00:00Z',
    });
    expect(got.eventDate).toBe('2026-11-25');
  });

  it("reads the day of a denial as not the event's, so the attack's own day dates it", () => {
    const denial = classifyArticle({
      title: 'Kabul denies role in drone strike on Tajik post',
      text:
        'The defence ministry in Kabul on Friday denied any role in a drone strike on a Tajik border post in ' +
        'Ishkashim district. "There is no evidence that the drone came from our side," a spokesman said. ' +
        'Tajik officials say the drone struck the post late on Tuesday, killing two soldiers.',
      published: '2026-11-28T09:00:00Z',
    });
    expect(denial.eventDate).toBe('2026-11-24');
  });

  it("reads the day a wounded man died as not the event's", () => {
    const death = classifyArticle({
      title: 'В Ишкашиме скончался второй пограничник',
      text:
        'В четверг в больнице Хорога скончался второй военнослужащий погранвойск, получивший тяжёлые ранения при ' +
        'атаке беспилотника на заставу в Ишкашимском районе. Таким образом, число погибших выросло до двух. ' +
        'Напомним, поздно вечером во вторник дрон, ' +
        'прилетевший с афганского берега, сбросил на заставу два взрывных устройства.',
      published: '2026-11-28T09:00:00Z',
    });
    expect(death.eventDate).toBe('2026-11-24');
  });

  it('dates a death "two days after he was wounded" to the wounding, and keeps a follow-up relevant', () => {
    const article = (text: string) =>
      classifyArticle({
        title: 'Tajik border guard dies of wounds',
        text,
        published: '2026-03-09T04:00:00Z',
      });
    const before = article(
      'A Tajik border guard died in hospital on Sunday, two days after he was wounded in a clash with smugglers ' +
        'in Farkhor district.',
    );
    expect([before.relevant, before.eventDate, before.killed, before.wounded]).toEqual([
      true,
      '2026-03-06',
      1,
      null,
    ]);
    const named = article(
      'A Tajik border guard died in hospital on Sunday, two days after being shot in a clash with smugglers in ' +
        'Farkhor district on Friday.',
    );
    expect(named.eventDate).toBe('2026-03-06');
  });

  it("reads a dateline as the dispatch's day, so the lead's later sentence dates the event", () => {
    const got = classifyArticle({
      title: 'Кыргызский пограничник погиб в перестрелке',
      text:
        'Лейлек, 6 марта. Пограничная служба сообщила о гибели военнослужащего в ходе вечерней перестрелки на ' +
        'кыргызско-таджикской границе. По данным ведомства, в среду около 19:30 таджикская сторона первой ' +
        'открыла огонь по пограничному посту.',
      published: '2026-03-05T20:40:00Z',
    });
    expect(got.eventDate).toBe('2026-03-04');
  });

  it("dates a follow-up to the event's first day, not to the later days it also tells of", () => {
    const got = classifyArticle({
      title: 'Tajik border guard buried after two-day clash with Kyrgyz forces',
      text:
        'The clash between Tajik and Kyrgyz border guards began on 8 September near Vorukh and went on into ' +
        'the next day. One Tajik border guard was killed on 9 September. He was buried on 11 September in Isfara.',
      published: '2026-09-12T08:00:00Z',
    });
    expect(got.eventDate).toBe('2026-09-08');
  });
});

/** Place phrasings of wire and Russian-language reports, written for this test: [title, text, accepted]. */
const PLACE_CASES: [string, string, string[]][] = [
  // District names as reporters spell them: "Shahrituz", "Зафарободский".
  [
    'Herder shot dead at Uzbek border',
    'A herder from Shahrituz district was shot dead by Uzbek border guards on Tuesday evening while grazing ' +
      'sheep near the frontier, Tajik officials said.',
    ['Shahritus'],
  ],
  [
    'В Зафарободском районе на мине подорвался подросток',
    'Во вторник в Зафарободском районе у таджикско-узбекской границы на мине подорвался подросток, он ранен.',
    ['Zafarobod'],
  ],
  // The hospital the wounded were taken to is not where they were hurt, even when the sentence that says so
  // is the only incident sentence naming a place.
  [
    'Информация о пресечении нарушения границы',
    'Вечером 4 марта на участке у кишлака Зигар наряд обнаружил группу из пяти вооружённых лиц, перешедших по ' +
      'льду реку Пяндж. В ходе боестолкновения ранен сержант, он доставлен в областную больницу г. Хорог.',
    ['Zigar'],
  ],
  // A town's two-word name in another case is the town, not its first word ("у Нижнего Пянджа"); a
  // neighbour's border district the gazetteer knows.
  [
    'Бой у Нижнего Пянджа',
    'В районе Нижнего Пянджа пограничники вступили в бой с нарушителями границы. Уничтожены трое нарушителей.',
    ['Panji Poyon'],
  ],
  [
    'Погранслужба: у Ак-Сая открыт огонь',
    'Пограничная служба Кыргызстана сообщила, что у Ак-Сая таджикские военнослужащие открыли огонь по ' +
      'кыргызскому наряду. Ранены двое пограничников.',
    ['Ak-Sai'],
  ],
  [
    'Uzbek guards fire on fishermen near Bekabad',
    'Uzbek border guards opened fire on fishermen on the Syr Darya near Bekabad on Monday, wounding one of them.',
    ['Bekabad'],
  ],
  // A sentence opening on the village; a burial place is not the incident's.
  [
    'Two Tajik soldiers killed in Farkhor',
    'Gulistan, a village of flat-roofed houses near the Panj river in Farkhor district, woke to gunfire on ' +
      'Friday. Two Tajik soldiers were killed when armed men who crossed from Afghanistan opened fire on a patrol.',
    ['Gulistan'],
  ],
  [
    'Похоронили солдата, погибшего на Пяндже',
    'В воскресенье в родном кишлаке в соседнем Хамадонийском районе похоронили солдата, погибшего в пятницу ' +
      'при нападении боевиков из Афганистана на патруль в Фархорском районе.',
    ['Farkhor'],
  ],
  // Border villages and exclaves the gazetteer names, in both scripts.
  [
    'В Сарваке похоронили погибшего',
    'В таджикском анклаве Сарвак в понедельник похоронили мужчину, застреленного узбекскими пограничниками ' +
      'в ходе спора из-за воды.',
    ['Sarvak'],
  ],
  [
    'Drone strikes post near Namadgut',
    'A drone launched from across the Panj struck a Tajik border post near Namadgut late on Tuesday, wounding ' +
      'two soldiers.',
    ['Namadgut'],
  ],
  [
    'Gunmen storm Tajik border post',
    'One guard and 15 attackers were killed, the border troops said. Gunmen who crossed from Afghanistan ' +
      'days earlier entered Qubodiyon district. The assault on the Sari-Tepa post in Rudaki district began at 3 a.m.',
    ['Sari-Tepa'],
  ],
  [
    'Kyrgyz villager wounded',
    'A resident was wounded on Tuesday in Jar-Kyshtak, a village in Batken region, when Tajik guards opened fire.',
    ['Jar-Kyshtak'],
  ],
  [
    'Shots at the border',
    'Tajik guards opened fire on Tuesday near the village Kara-Tokoi in Isfara district; one man was wounded.',
    ['Kara-Tokoi'],
  ],
  [
    'Tajik and Kyrgyz guards clash',
    'Tajik and Kyrgyz border guards exchanged fire near the Tajik village of Vorukh on Tuesday; two guards were wounded.',
    ['Vorukh'],
  ],
  [
    'Kyrgyz villager wounded in border shooting',
    'A resident of the Kyrgyz village of Kok-Tash in Batken region was wounded on Tuesday when Tajik guards opened fire, Kyrgyz officials said.',
    ['Kok-Tash'],
  ],
  [
    'Guard killed on Afghan border',
    'A Tajik border guard was killed on Tuesday when gunmen from Afghanistan attacked a border post in the Shamsiddin Shohin district, the border troops said.',
    ['Shamsiddin Shohin'],
  ],
  [
    'Drone hits Tajik post',
    'A drone launched from Afghanistan struck the Istiqlol border post in Shamsiddin Shohin district on Tuesday, killing one guard.',
    ['Istiqlol'],
  ],
  [
    'Shootout on the Panj',
    'Tajik border guards killed two smugglers on Tuesday in the Panj district of Khatlon province, the border troops said.',
    ['Panj'],
  ],
  [
    'Post attacked in Farkhor',
    "Gunmen from Afghanistan's Takhar province attacked a Tajik border post in Farkhor district on Tuesday, killing one guard.",
    ['Farkhor'],
  ],
  [
    'Workers killed in Darvoz',
    "Two Chinese workers were shot dead on Tuesday in Tajikistan's Darvoz district, officials in Dushanbe said.",
    ['Darvoz'],
  ],
  [
    'Clash at Sari Khosor',
    'Tajik guards and Taliban forces exchanged fire near Sari Khosor border post on Tuesday; one Tajik guard was wounded.',
    ['Sari Khosor'],
  ],
  [
    'Shepherd shot on Uzbek border',
    'A Tajik shepherd was shot dead by Uzbek border guards on Tuesday in Jabbor Rasulov district, his relatives said.',
    ['Jabbor Rasulov'],
  ],
  [
    'Перестрелка у Воруха',
    'Во вторник в джамоате Ворух произошла перестрелка между таджикскими и кыргызскими пограничниками, ранены двое.',
    ['Ворух', 'Vorukh'],
  ],
  [
    'Стрельба в Ходжаи Аъло',
    'Во вторник в селе Ходжаи Аъло Исфаринского района кыргызские военные открыли огонь, ранен один житель.',
    ['Ходжаи Аъло', 'Khoja', 'Ходжа'],
  ],
  [
    'Guards fire at the crossing',
    'Uzbek and Tajik guards traded fire at the Sayod crossing on Tuesday; one Tajik guard was wounded.',
    ['Sayod'],
  ],
  [
    'Clash in Surkh',
    'Kyrgyz and Tajik border guards clashed on Tuesday in the Tajik village of Surkh in Isfara district; three were wounded.',
    ['Surkh'],
  ],
];

describe('place by the codebook', () => {
  it.each(PLACE_CASES)('%s: names the place', (title, text, accepted) => {
    const place = assess(title, text).place ?? '';
    expect(
      accepted.some((name) => place.toLowerCase().includes(name.toLowerCase())),
      place,
    ).toBe(true);
  });

  it.each([
    [
      'Kyrgyz herder shot near the Kyzyl-Art pass',
      'A herder from Bordobo in the Alay valley was wounded on Monday by shots fired from the Tajik side near ' +
        'the Kyzyl-Art pass, his relatives said.',
      'tajik-kyrgyz',
      'Kyzyl-Art',
    ],
    [
      'Подросток погиб на мине у Саразма',
      'В воскресенье у кишлака Саразм Пенджикентского района подросток подорвался на мине у линии границы ' +
        'с Узбекистаном и погиб.',
      'tajik-uzbek',
      'Sarazm',
    ],
  ])('knows the border villages and passes of every stretch: %s', (title, text, border, place) => {
    const got = assess(title, text);
    expect(got.relevant).toBe(true);
    expect(got.border).toBe(border);
    expect(got.place).toBe(place);
  });

  it.each([
    ['В Шамсиддин-Шохинском районе ранен пограничник', 'Shamsiddin Shohin'],
    ['Border guard wounded in Panji-Poyon district', 'Panji Poyon'],
    ['Пограничник ранен в Джалолиддини-Балхийском районе', 'Jaloliddini Balkhi'],
  ])('knows a two-word district written with a hyphen or as one word: %s', (title, place) => {
    const got = assess(
      title,
      'A border guard was wounded on Tuesday in an exchange of fire with smugglers who crossed from ' +
        'Afghanistan, the border troops said.',
    );
    expect(got.place).toBe(place);
  });

  it.each([
    ['Kyrgyz and Tajik guards trade fire at the Jar-Kyshtak post', 'Jar-Kyshtak'],
    ['Перестрелка у заставы «Сари Хосор» на таджикско-афганской границе', 'Сари Хосор'],
  ])(
    'names a post or village the gazetteer does not know, before its district or region: %s',
    (title, place) => {
      const got = assess(
        title,
        'Border guards exchanged fire on Tuesday in Isfara district of Sughd region, the border troops said; ' +
          'one guard was wounded.',
      );
      expect(got.place).toBe(place);
    },
  );

  it.each([
    [
      'Afghan side says gunmen fled to Tajikistan',
      "The Taliban's spokesman in Badakhshan said on Monday that gunmen who attacked a checkpoint in Shughnan " +
        'had fled across the bridge to Pastkhuf on the Tajik side with their families.',
      'Pastkhuf',
    ],
    [
      'Талибы: напавшие на блокпост боевики ушли в Таджикистан',
      'Представитель талибов в Бадахшане заявил, что боевики, напавшие в субботу на блокпост в Шугнане, ушли ' +
        'через мост в Пастхуф на таджикском берегу вместе с семьями, всего границу перешли более ста человек.',
      'Пастхуф',
    ],
  ])('takes an unknown place "on the Tajik side" over the far side\'s province: %s', (title, text, place) => {
    expect(assess(title, text).place).toBe(place);
  });

  it('leaves out a burial place told a few words before its burial, for the place of the fighting', () => {
    const got = assess(
      'В Восе простились с пограничником',
      'В кишлаке Гулистон Восейского района в среду похоронили младшего сержанта, погибшего на ' +
        'таджикско-афганской границе в Дарвазе. В ту ночь его наряд вступил в бой с группой, переправившейся ' +
        'через Пяндж у кишлака Нулванд; погибли трое нападавших.',
    );
    expect(got.place).toBe('Nulvand');
  });

  it('takes the village where a woman was killed and buried over the province the shells came from', () => {
    const got = assess(
      'В Навободе похоронили погибшую при обстреле',
      'В селе Навобод Джайхунского района похоронили женщину, погибшую в субботу, когда на село упали мины, ' +
        'выпущенные с афганского берега. Афганская сторона признала, что мины могли перелететь через реку во ' +
        'время операции против банды в провинции Кундуз.',
    );
    expect(got.place).toBe('Навобод');
  });

  it("takes a village the title names within the region the incident's sentences name", () => {
    const got = assess(
      'In Ak-Sai, a pump house with holes in it',
      "The pump house that feeds Ak-Sai's fields has two fresh holes in its roof. Villagers say it was hit on " +
        'Saturday, when a quarrel between Kyrgyz and Tajik border patrols turned into the worst shooting this ' +
        'corner of Batken province has seen; six Kyrgyz were wounded.',
    );
    expect(got.place).toBe('Ak-Sai');
  });

  it('takes the village, not the district named right after it', () => {
    const got = assess(
      'Пограничник погиб в бою на Пяндже',
      'Пограничник погиб в четверг во время боя с вооруженной группой, переправившейся через Пяндж у кишлака ' +
        'Вранг Ишкашимского района.',
    );
    expect(got.place).toBe('Vrang');
  });

  it('reads the place of a title that opens "In X, a village …", not the preposition', () => {
    const got = assess(
      'In Ak-Sai, a village counts what three days of shooting took',
      'Bishkek said five Kyrgyz citizens had been killed and 23 wounded in the clashes with Tajik forces.',
    );
    expect(got.place).toBe('Ak-Sai');
  });

  it('takes a district the lead names over the river of the incident sentences', () => {
    const got = assess(
      'Ночной бой на Пяндже',
      'Сводка за ночь, Фархорский район. В ночь на субботу на Пяндже пограничники вступили в бой с ' +
        'наркокурьерами, двое нарушителей убиты.',
    );
    expect(got.place).toBe('Farkhor');
  });

  it('leaves out where a victim was buried, told after the place, and where relatives live', () => {
    const funeral = assess(
      'Похороны пограничника',
      'В субботу в кишлаке Навобод Вахдатского района похоронили сержанта, погибшего в перестрелке с ' +
        'контрабандистами в Фархорском районе.',
    );
    expect(funeral.place).toBe('Farkhor');
    const relatives = assess(
      'Three smugglers killed on the Panj',
      'Tajik border guards killed three smugglers who crossed the river into Farkhor district on Sunday. ' +
        'Relatives in the village of Dashtak said the men were fishermen.',
    );
    expect(relatives.place).toBe('Farkhor');
  });

  it('takes the burial place when the report names no other', () => {
    const got = assess(
      'Похороны в анклаве',
      'В четверг в анклаве Сарвак похоронили жителя, застреленного во вторник у канала в ходе ссоры с ' +
        'узбекскими пограничниками.',
    );
    expect(got.place).toBe('Sarvak');
  });

  it('does not take an actor after "у" for a place', () => {
    const got = assess(
      'Перестрелка на таджикско-афганской границе',
      'В субботу на таджикско-афганской границе в районе Шамсиддин Шохин произошла перестрелка с талибами. ' +
        'У Исламского Эмирата нет претензий к таджикской стороне, заявил представитель талибов.',
    );
    expect(got.place).toBe('Shamsiddin Shohin');
  });

  it("does not take the attackers' village across the river for the incident's place", () => {
    const got = assess(
      'Four gunmen killed after crossing from Afghanistan',
      'Four gunmen who crossed the Panj from the village of Darbandak in Afghanistan were killed on Sunday ' +
        'by Tajik border guards near the Khirmanjo post in Shamsiddin Shohin district, the border troops said.',
    );
    expect(got.place).toBe('Khirmanjo');
  });

  it("does not take the smugglers' district across the river, though the gazetteer knows it", () => {
    const got = assess(
      'Smugglers killed on the Panj',
      'Tajik border guards killed two drug smugglers from Khwahan district who opened fire when stopped ' +
        'after crossing the Panj into Khatlon region on Sunday, the border troops said.',
    );
    expect(got.place).toBe('Khatlon');
  });

  it("does not take a victim's home village, where he was buried, for the incident's place", () => {
    const got = assess(
      'Похороны пограничника',
      'В четверг в родном кишлаке Нуран похоронили сержанта, погибшего во вторник при обстреле у махалли ' +
        'Сомониён на таджикско-кыргызской границе.',
    );
    expect(got.place).toBe('Somoniyon');
  });

  it('takes the place where the report sets the scene when no incident sentence names one', () => {
    const got = assess(
      'Водителя обстреляли на границе',
      'На кыргызско-таджикской границе во вторник произошел инцидент с применением оружия. Водитель ехал ' +
        'по дороге в Лейлекском районе, когда его остановили военные.',
    );
    expect(got.place).toBe('Leilek');
  });

  it('does not take the place of an incident of "last November" the report recalls', () => {
    const got = assess(
      'Drone hits road camp in Darvoz',
      "A drone from across the Panj dropped two charges on a road builders' camp in Darvoz district on " +
        'Saturday, wounding one worker. The attack revived memories of last November, when two workers were ' +
        'shot dead near the village of Yoged.',
    );
    expect(got.place).toBe('Darvoz');
    expect(got.killed).toBe(null);
  });
});

describe('evidence', () => {
  it('says the event date is unknown, not the publication day, when there is neither a date nor a publication', () => {
    const got = classifyArticle({
      title: 'Tajik border guard killed in clash with gunmen from Afghanistan',
      text: 'A Tajik border guard was killed in a gunfight with an armed group that crossed the Panj river into Shahritus district.',
    });
    expect(got.eventDate).toBeNull();
    expect(got.evidence.reasons).toContain(
      'event date: unknown (no date in the text and no publication date)',
    );
    expect(got.evidence.reasons).not.toContain('event date: publication day');
  });
});

describe('relevance by the codebook', () => {
  it.each([
    [
      'Border violators detained',
      'Uzbek border guards detained 12 Tajik citizens who crossed the border illegally near Sariosiyo on ' +
        'Monday; none resisted.',
    ],
    [
      'Задержаны нарушители границы',
      'В понедельник узбекские пограничники задержали 12 граждан Таджикистана, незаконно пересекших границу у ' +
        'Сариасия.',
    ],
  ])('reads people detained after crossing, with no violence, as no incident: %s', (title, text) => {
    expect(assess(title, text).relevant).toBe(false);
  });

  it('still reads a detention with shots fired as an incident', () => {
    const got = assess(
      'Border violators detained',
      'Uzbek border guards detained 12 Tajik citizens who crossed the border illegally near Sariosiyo on ' +
        'Monday after firing warning shots; one man was wounded.',
    );
    expect([got.relevant, got.wounded]).toEqual([true, 1]);
  });

  it('puts a Russian "уезд" Darwaz in Afghanistan', () => {
    const got = assess(
      'Бой талибов и сил сопротивления',
      'В понедельник в афганском уезде Дарваз произошел бой между талибами и бойцами Фронта национального ' +
        'сопротивления, погибли шесть человек.',
    );
    expect(got.relevant).toBe(false);
  });

  it('keeps a ceasefire agreed after a dated clash as its follow-up, not a diplomacy piece', () => {
    const got = assess(
      'Стороны договорились о прекращении огня',
      'Главы пограничных ведомств Таджикистана и Кыргызстана договорились о прекращении огня после ' +
        'перестрелки у Ак-Сая в понедельник.',
    );
    expect([got.relevant, got.border]).toEqual([true, 'tajik-kyrgyz']);
  });

  it.each([
    [
      'A rumoured clash the border troops deny ("никаких боестолкновений не было")',
      'Погранвойска опровергли слухи о бое у Рушана',
      'Пограничные войска ГКНБ опровергли сообщения анонимных каналов о бое с талибами у Рушана, в котором ' +
        'якобы погибли двое пограничников. «Никаких боестолкновений на этом участке не было, все ' +
        'военнослужащие живы», — заявили в ведомстве.',
    ],
    [
      'A denial that the reported battle took place ("не соответствует действительности")',
      'Погранвойска опровергли сообщения о бое у Шурообода',
      'В Пограничных войсках ГКНБ опровергли распространяемую в соцсетях информацию о якобы произошедшем накануне ' +
        'бое у Шурообода, в котором будто бы погибли трое пограничников. «Эта информация не соответствует ' +
        'действительности», — заявили в ведомстве.',
    ],
    [
      'A veteran recalling an old battle',
      'Ветеран заставы о бое в Хамадони: «Мы держались одиннадцать часов»',
      'Ветеран вспоминает бой у заставы в Хамадонийском районе на таджикско-афганской границе, когда погибли 25 ' +
        'пограничников.',
    ],
    [
      'A drill rehearsing an incursion',
      'Tajik, Russian troops rehearse repelling an incursion',
      'Tajik and Russian troops rehearsed repelling an incursion by militants on the Afghan border in Khatlon on ' +
        'Tuesday.',
    ],
    [
      'Fighting inside Afghanistan near the border with Tajikistan',
      'Отряды ФНС атаковали талибов у границы с Таджикистаном',
      'Бойцы Фронта национального сопротивления атаковали позиции талибов в уезде Хован у границы с ' +
        'Таджикистаном. Погибли четверо талибов.',
    ],
    [
      'An accidental shot in the barracks',
      'Conscript killed by accidental shot in barracks',
      'A conscript was killed by an accidental shot in the barracks of a border post in Panj district on Sunday.',
    ],
    [
      'A conscript hurt at a border detachment firing range',
      'На стрельбище погранотряда в Шаартузе ранен срочник',
      'В четверг на стрельбище пограничного отряда в Шаартузском районе рядовой получил огнестрельное ранение ' +
        'во время учебных стрельб, сообщили в погранвойсках.',
    ],
    [
      'A rockfall on the Pamir road along the Panj',
      'В Ванче под камнепад попал автомобиль: трое погибших',
      'В воскресенье на участке Памирского тракта в Ванчском районе, идущем вдоль Пянджа по границе с ' +
        'Афганистаном, на внедорожник обрушился камнепад. Погибли три человека.',
    ],
    [
      'A special operation inland against a warlord',
      'В Раштской долине уничтожен полевой командир',
      'Силовики в ходе спецоперации в горах Нурободского района ликвидировали полевого командира и ещё 12 его ' +
        'сторонников, сообщили в пятницу в ГКНБ. По данным ведомства, среди убитых есть граждане Афганистана.',
    ],
    [
      'A book of memoirs of the border presented',
      'Вышла книга воспоминаний пограничников',
      'В День пограничника представлена книга воспоминаний офицеров, служивших на таджикско-афганской границе. ' +
        'Авторы описывают обстрелы застав с афганского берега и бой на 12-й заставе, где погибли 25 человек.',
    ],
    [
      'A conscript who shot himself at a post',
      'Трагедия на заставе в Пяндже: солдат застрелился на посту',
      'На пограничной заставе в Пянджском районе 19-летний военнослужащий застрелился во время ночного ' +
        'дежурства, сообщили в погранвойсках.',
    ],
    [
      'Conscripts dead of heatstroke and typhoid',
      'Two Tajik conscripts die of heatstroke and suspected typhoid at Afghan-border post',
      'Two conscripts died and eleven were taken to hospital in Panj district after heatstroke and a suspected ' +
        'typhoid outbreak at a border post on the Afghan frontier, the border troops said.',
    ],
    [
      'Border guards decorated on their day',
      'Rahmon decorates border guards on frontier troops’ day',
      'President Rahmon decorated border guards in Dushanbe on Thursday, among them a sergeant wounded in a ' +
        'clash with smugglers in Farkhor in which two traffickers were killed.',
    ],
    [
      'A year’s tally',
      'Kyrgyz-Tajik border: deadliest year in a decade, monitor says',
      'Clashes on the Kyrgyz-Tajik border near Vorukh killed four people and wounded 30 this year, the deadliest ' +
        'year in a decade, a monitor said on Monday.',
    ],
    [
      'A soldier shot by a comrade',
      'Conscript shot dead by comrade at frontier post',
      'A conscript serving at a frontier post in Ishkoshim district was shot dead by a fellow soldier on ' +
        'Saturday after a quarrel in the barracks, a source in the border troops said.',
    ],
    [
      'A guard who drowned on patrol',
      'Tajik border guard drowns during patrol',
      'A Tajik border guard drowned on Monday when he slipped while crossing a flooded stream near the Panj ' +
        'during a routine patrol in Vanj district, the border detachment said.',
    ],
    [
      'A title that looks back a year',
      'Год после перестрелки у Кок-Таша: дорогу достроили, доверия нет',
      'Кок-Таш и Чоркух живут в ожидании новой стрельбы. В перестрелке между пограничниками двух стран у во' +
        'дозабора погиб житель Чоркуха, ранены пятеро. Сегодня по новой объездной дороге ездят грузовики, но жители по-прежнему не ходят на дальние поля.',
    ],
    [
      'A title that looks back half a year',
      'Полгода спустя: в Ходжаи-Ало восстановили дома',
      'Жители Ходжаи-Ало вернулись в свои дома. В перестрелке между пограничниками Таджикистана и Кыргызста' +
        'на у села погибли двое военнослужащих, ранены шесть человек. Сегодня в селе работает школа.',
    ],
    [
      'An anniversary',
      'Вдова пограничника: год без него',
      'Ровно год назад у кишлака Намадгут погиб сержант-пограничник. Тогда в бою с боевиками были уничтожены ' +
        'четверо нападавших. В субботу у его могилы собрались родственники и сослуживцы.',
    ],
    [
      'A caller recalling an earlier clash',
      'Radio call-in: life in Isfara after the clashes',
      'CALLER: Since May last year our children are afraid of fireworks. Three people from our village died ' +
        'then. We rebuilt the roof, but nobody has paid for the school windows.',
    ],
    [
      'Talks that follow a string of incidents',
      'Tajik and Afghan officials hold border-security talks',
      'Delegations held two days of talks on border security this week. The talks follow a string of incidents, ' +
        "including April's drone attack on a road camp in Darvoz that killed two workers.",
    ],
    [
      'Fighting far inside Afghanistan, Tajikistan only as where an actor is based',
      'Six dead in Panjshir operation',
      'Six people were killed on Monday in a security operation in the Abshar valley of Panjshir province, local ' +
        'sources said. The resistance front, whose leaders are based abroad, including in Tajikistan according ' +
        'to Kabul, said it had ambushed a convoy. Panjshir lies several hundred kilometres from the Tajik border.',
    ],
    [
      'An equipment programme for the border troops',
      'Japan hands Tajik border troops patrol vehicles',
      "Japan on Thursday handed over 20 patrol vehicles to Tajikistan's border troops in Kulob for the frontier " +
        'with Afghanistan, where guards clash with drug smugglers several times a year.',
    ],
    [
      'Fighting in Afghan Badakhshan, "far from the Tajik border"',
      'Taliban raid kills three gunmen in Badakhshan',
      "Taliban forces killed three gunmen in a raid in Afghanistan's Badakhshan province on Monday, a spokesman " +
        'said. The valley lies far from the Tajik border.',
    ],
    [
      'A dateline of four words before an accident',
      'Трое пограничников погибли на дороге в Ишкашим',
      'ХОРОГ, 3 мая (Памир-Информ). Вчера у кишлака Намадгут бронетранспортер погранотряда сорвался с обрыва ' +
        'в Пяндж. Погибли трое военнослужащих.',
    ],
    [
      'A patrol boat overturned on the river',
      'Two Tajik border guards drown on the Panj',
      'Two Tajik border guards drowned on Sunday when their patrol boat capsized in the Panj in Darvoz district, ' +
        'emergency officials said.',
    ],
    [
      'A glacial lake burst in a valley on the river',
      'В Ванчском районе прорвалось ледниковое озеро',
      'В ночь на вторник в Ванчском районе у Пянджа прорвалось ледниковое озеро; пропали без вести двое ' +
        'жителей, смыт мост.',
    ],
    [
      "A border service's year at a year-end press conference",
      'Tajik border troops fought 19 clashes with smugglers this year',
      'Tajik border guards fought 19 armed clashes with drug smugglers on the Afghan border this year, killing ' +
        'nine, a spokesman told a year-end news conference on Thursday. Two servicemen were killed.',
    ],
    [
      'Sons of a border district killed fighting in Syria',
      'Families in Shahritus mourn two sons killed in Raqqa',
      'Two men from Shahritus district who left for work in Russia were killed in an air strike in Raqqa last ' +
        'Tuesday, their relatives said. They had joined the Islamic State a year ago.',
    ],
    [
      'A brawl between traders at a market in a border town',
      'Драка на рынке Исфары: двое в больнице',
      'В воскресенье на рынке в Исфаре вспыхнула драка между продавцами из-за места в торговом ряду. Двое ' +
        'доставлены в больницу, задержаны четверо.',
    ],
    [
      "The border committee's year in figures",
      'Погранкомитет подвел итоги: 14 боестолкновений на границе',
      'ДУШАНБЕ, 16 января. Председатель погранкомитета рассказал о работе на коллегии. В ходе ' +
        'боестолкновений на таджикско-афганской границе ликвидированы 11 нарушителей. Погибли двое ' +
        'пограничников, еще семеро ранены.',
    ],
    [
      'A husband who shot his wife in a border district',
      'Shahritus man held over killing of wife',
      'A man in Shahritus district was arrested on Wednesday on suspicion of shooting his wife dead with a ' +
        'hunting rifle, police said. He told officers he was jealous. Neighbours said they heard two shots late ' +
        'on Tuesday.',
    ],
    [
      'A money changer robbed at gunpoint in a border town',
      'Налёт на обменник в Пяндже',
      'В понедельник двое налетчиков в масках ворвались в обменник у рынка в Пяндже и ранили кассира из ' +
        'пистолета. Подозреваемые задержаны.',
    ],
    [
      "A guard shot by a comrade's rifle going off",
      'На заставе в Хамадони ранен пограничник',
      'В пятницу на одной из застав Хамадонийского района при чистке оружия произошёл случайный выстрел; ' +
        'рядовой ранен в руку. В Пограничных войсках подчеркнули, что нарушения границы не было.',
    ],
    [
      'A hunter who took his companion for game',
      'В горах над Пянджем ранен охотник',
      'В субботу в Ванчском районе охотник принял товарища за архара и выстрелил; раненый доставлен в ' +
        'больницу Хорога.',
    ],
    [
      'A border troops lorry off an icy road into the river',
      'Двое пограничников погибли в Рушанском районе',
      'Двое военнослужащих Пограничных войск погибли во вторник, когда грузовик сорвался с дороги у кишлака ' +
        'Шипад в реку Пяндж.',
    ],
    [
      'Wedding shots taken for a clash, nobody hurt',
      'Свадебная стрельба у границы встревожила жителей Фархора',
      'Поздно вечером в субботу в кишлаке Фархорского района у Пянджа прозвучали автоматные очереди; на ' +
        'место выехали пограничники. Оказалось, что гости на свадьбе стреляли в воздух. Пострадавших нет.',
    ],
    [
      'Holiday fireworks taken for shooting across the river',
      'Fireworks over Khorog alarm residents across the Panj',
      'Fireworks for Navruz lit up Khorog on Saturday night, and families on the Afghan bank took the flashes ' +
        'for shooting on the border, officials said. Nobody was hurt and no shots were fired.',
    ],
    [
      'A robbery some distance from the border ("about 20 km from the Afghan border")',
      'Two traders killed in knife attack in Farkhor',
      'Two traders were stabbed to death and a third was wounded on Saturday in a robbery at a shop in Farkhor ' +
        'district, about 20 km from the Afghan border, police said. Two suspects were detained.',
    ],
    [
      'Guards honoured posthumously for an earlier battle',
      'Rahmon posthumously honours guards killed in March clash',
      'President Emomali Rahmon on Thursday posthumously gave the Order of Courage to four border guards killed in ' +
        'March when an armed group attacked their post in Shamsiddin Shohin district, and handed medals to 12 ' +
        'other servicemen.',
    ],
    [
      'A tally of months ("за одиннадцать месяцев")',
      'Погранвойска: 14 боестолкновений на афганской границе',
      'Душанбе, 3 марта. За одиннадцать месяцев пограничники 14 раз вступали в бой с нарушителями ' +
        'на таджикско-афганской границе, уничтожены 11 нарушителей, погибли двое военнослужащих.',
    ],
    [
      'A half-year\'s tally ("in the first six months")',
      'Border troops report 9 clashes on the Afghan frontier',
      'Tajik border troops fought armed smugglers nine times on the Afghan border in the first six months of the ' +
        'year, killing seven of them and losing one serviceman, the agency said on Thursday.',
    ],
    [
      'Fighting across the Panj that the Tajik side says never reached it',
      'Afghan troops and Taliban fight for Khwahan district centre',
      'Afghan government forces and Taliban fighters battled for the centre of Khwahan district in Badakhshan ' +
        'on Thursday, and five soldiers were killed, a provincial spokesman said. Villagers in Darvoz watched ' +
        'the smoke from across the river; officials there said no shells had fallen on the Tajik side.',
    ],
    [
      'A battle on the Afghan bank heard in a Tajik town ("к нам ничего не долетело")',
      'Бой за уезд Шегнан: в Хороге слышали стрельбу',
      'В ночь на пятницу талибы атаковали центр афганского уезда Шегнан провинции Бадахшан, погибли четверо ' +
        'афганских полицейских. Жители Хорога слышали стрельбу всю ночь. «Стреляли часами, но к нам ничего ' +
        'не долетело», — сказал один из них.',
    ],
  ])('%s is no incident', (_kind, title, text) => {
    expect(assess(title, text).relevant).toBe(false);
  });

  it.each([
    [
      'A killing at a market in a border town',
      'Shopkeeper stabbed in Isfara bazaar',
      'A 50-year-old shopkeeper was stabbed to death and his son was wounded in a quarrel at the bazaar in Isfara ' +
        'on Tuesday, police said. The suspect was detained in Chorkuh.',
    ],
    [
      'A knife fight at a wedding in a border district',
      'Поножовщина на свадьбе в Ишкашиме',
      'В Ишкашимском районе во время свадьбы в субботу вечером один гость ударил ножом другого; раненый скончался ' +
        'в больнице. Милиция задержала подозреваемого.',
    ],
    [
      'A knife fight in a village "of a border district"',
      'Поножовщина на свадьбе в Ворухе',
      'В одном из сел приграничного Исфаринского района на свадьбе вспыхнула ссора, гость нанёс ножевые ранения ' +
        'двоим, один скончался. Подозреваемый задержан милицией.',
    ],
    [
      'Rumours of a clash that officials deny',
      'Rumours of border shooting spread panic in Isfara',
      'Rumours that fighting had broken out with Kyrgyzstan spread panic in Isfara on Tuesday night, but officials ' +
        'on both sides said no shots were fired.',
    ],
    [
      'An official denial that anything happened',
      'ГКНБ опроверг сообщения о перестрелке у Воруха',
      'В ГКНБ опровергли сообщения Telegram-каналов о перестрелке у Воруха. На участке границы никаких инцидентов ' +
        'не зафиксировано, сообщили в ведомстве.',
    ],
    [
      'A denial of a rumoured clash "with six dead"',
      'ГКНБ опроверг сообщения о перестрелке с талибами',
      'Пограничные войска опровергли сообщения Telegram-каналов о перестрелке с талибами у кишлака Кавок, в ' +
        'которых говорилось о шести убитых. «Никаких вооружённых столкновений на границе не происходило», — ' +
        'сообщили в ведомстве.',
    ],
    [
      "A border troops' lorry off a mountain road",
      'Грузовик погранвойск сорвался в Пяндж в Ванче',
      'В Ванчском районе грузовик Пограничных войск сорвался с горной дороги в Пяндж, погибли двое военнослужащих. ' +
        'Водитель не справился с управлением.',
    ],
    [
      'An interview recapping earlier clashes',
      'Radio transcript: why the Isfara valley keeps flaring – an interview',
      'HOST: Good evening. Tonight, a longer conversation about the Kyrgyz–Tajik border, where the irrigation ' +
        'season has again brought confrontations. HOST: This summer a young man from Chorkuh was shot by border ' +
        'guards near Kok-Tash and died four days later. GUEST: The pattern is the same every year.',
    ],
    [
      'A knife fight at a market in a border town',
      'Драка на рынке Пенджикента: двое ранены',
      'В субботу на центральном рынке Пенджикента торговцы подрались из-за места, двое мужчин получили ножевые ' +
        'ранения. Милиция задержала зачинщика.',
    ],
    [
      'A robbery and murder at a market',
      'В Исфаре на рынке ограбили и убили менялу',
      'В Исфаре двое молодых людей ограбили менялу у входа на рынок, один из них ударил его ножом; пострадавший ' +
        'скончался. Возбуждено уголовное дело об убийстве.',
    ],
    [
      'Fighting in Warduj, inside Afghan Badakhshan',
      'Taliban attack kills soldiers in Warduj',
      'At least ten Afghan soldiers were killed when Taliban fighters attacked army posts in Warduj district of ' +
        'Badakhshan province overnight, officials said.',
    ],
    [
      'A drug seizure inland, with no violence',
      'В Кулябе изъяли 30 кг героина, переправленного через Пяндж',
      'Сотрудники ГКНБ задержали в Кулябе двоих жителей района и изъяли у них 30 килограммов героина, ' +
        'переправленного с афганского берега Пянджа. Сопротивления при задержании оказано не было.',
    ],
    [
      'Fighting inside Afghanistan, away from the border',
      'Resistance fighters attack Taliban posts in Andarab',
      'Resistance fighters attacked Taliban checkpoints in the Andarab valley of Baghlan province on Sunday, ' +
        'killing five, local sources said. The Taliban accuse Tajikistan of sheltering resistance leaders.',
    ],
  ])('%s is no border incident', (_kind, title, text) => {
    expect(assess(title, text).relevant).toBe(false);
  });

  it.each([
    [
      'Kyrgyz guard stabbed by Tajik herder on the border, Bishkek says',
      'A Kyrgyz border guard was stabbed and wounded on Sunday by a Tajik herder who had crossed the border near ' +
        'Kok-Tash, the Kyrgyz border service said.',
    ],
    [
      'Ссора жителей двух стран на границе закончилась перестрелкой',
      'У села Ворух в понедельник ссора жителей приграничных сел Таджикистана и Кыргызстана переросла в ' +
        'перестрелку пограничников; ранены двое.',
    ],
  ])('keeps a stabbing or a quarrel at the border an incident: %s', (title, text) => {
    expect(assess(title, text).relevant).toBe(true);
  });

  it("reads a bulletin's incident item past the other items' contexts in its title", () => {
    const got = assess(
      'Morning bulletin: Vorukh shooting; Dushanbe football derby; CSTO drill in Kyrgyzstan',
      'Good morning. Three items today.\n' +
        '1. VORUKH. Kyrgyz and Tajik border guards exchanged fire near Vorukh on Monday evening after a quarrel ' +
        'over a water pipe; two Tajik guards were wounded, the border troops said.\n' +
        '2. FOOTBALL. Istiklol beat CSKA Pamir 2-1 in the Dushanbe derby.\n' +
        '3. DRILL. CSTO forces began a week-long exercise in Osh region.',
    );
    expect([got.relevant, got.border, got.wounded]).toEqual([true, 'tajik-kyrgyz', 2]);
  });

  it('keeps a protest that demands a trial for the shooting it reports', () => {
    const got = assess(
      'Dushanbe protests killing of herder on Kyrgyz border',
      'Tajikistan sent a protest note to Kyrgyzstan over the killing of a Tajik herder by Kyrgyz border guards ' +
        'near Arka on Tuesday and demanded that the soldier who fired be put on trial.',
    );
    expect([got.relevant, got.killed]).toEqual([true, 1]);
  });

  it('leaves out the trial of men accused of an earlier attack', () => {
    const got = assess(
      'Trial of three men accused of 2024 border attack opens in Dushanbe',
      'The trial of three men accused of taking part in an attack on a border post in Shamsiddin Shohin in 2024, ' +
        'in which two guards were killed, opened in Dushanbe on Monday.',
    );
    expect(got.relevant).toBe(false);
  });

  it("keeps the other side's denial of reports of an incident the article establishes", () => {
    const got = assess(
      'Taliban deny reports of clash with Tajik guards',
      "The Taliban's spokesman in Badakhshan denied reports of a clash on Saturday, but Tajik border troops said " +
        'two of their guards were wounded when fire was opened from the Afghan bank near Ishkoshim.',
    );
    expect([got.relevant, got.wounded]).toEqual([true, 2]);
  });

  it('keeps an incident that is "the latest in a string of" others', () => {
    const got = assess(
      'Four militants killed on the Panj',
      'Tajik border troops killed four armed men who crossed from Afghanistan in the early hours of Sunday, the ' +
        'latest in a string of deadly incidents on the frontier.',
    );
    expect([got.relevant, got.killed]).toEqual([true, 4]);
  });

  it('keeps a dated incident in the lead relevant under a question for a headline', () => {
    const got = assess(
      'Is the Vorukh ceasefire holding?',
      'Two Tajik border guards were killed on Tuesday in an exchange of fire with Kyrgyz forces near Vorukh, ' +
        'the border troops said.',
    );
    expect(got.relevant).toBe(true);
  });

  it.each([
    [
      'Kyrgyz-Uzbek border guards clash at Sokh',
      'Kyrgyz and Uzbek border guards exchanged fire near the Sokh exclave, not far from the Tajik border, on ' +
        'Monday; two Uzbek guards were wounded.',
    ],
    [
      'Tajik soldier dies in barracks accident',
      'A Tajik conscript was killed at a border detachment in Khorog when a wall collapsed during construction ' +
        'work, the defence ministry said, calling it an accident.',
    ],
    [
      'Несчастный случай на заставе в Дарвазе',
      'На погранзаставе в Дарвазском районе погиб военнослужащий: при разгрузке машины на него упал контейнер. ' +
        'Произошедшее расследуется как несчастный случай.',
    ],
    [
      'Three border guards die as patrol vehicle plunges off mountain road in Darvoz',
      'Three Tajik border guards were killed and two injured on Tuesday when their vehicle went off the road above ' +
        'the Panj in Darvoz district, the border troops said.',
    ],
    [
      'В Рушане пограничный УАЗ сорвался в реку',
      'Двое военнослужащих погранотряда погибли, когда их автомобиль сорвался в реку Пяндж на участке дороги ' +
        'Хорог — Калаи-Хумб, сообщили в ГКНБ.',
    ],
    [
      'В Исфаре вспоминают погибших в конфликте 2021 года',
      'В Исфаре в четверг прошли траурные мероприятия: родственники и сослуживцы вспоминают десятерых погибших ' +
        'граждан Таджикистана. Тогда же ранены более 40 человек.',
    ],
    [
      'Will the Panj stay quiet as the Taliban tighten their hold?',
      'For two decades the pattern on the Panj has been the same: couriers cross at night, patrols intercept ' +
        'them, and an exchange of fire leaves a few dead. The strike that killed two Tajik servicemen near ' +
        'Ishkashim suggests the pattern is changing.',
    ],
    [
      'Riot at Khujand prison leaves 23 dead',
      'At least 23 people were killed when inmates rioted at a prison in Khujand near the Kyrgyz border on Wednesday.',
    ],
    [
      'Пограничные войска подвели итоги года',
      'Подведены итоги года: на таджикско-афганской границе ликвидированы 20 нарушителей, погибли трое пограничников.',
    ],
    [
      'Commentary: why the Tajik-Afghan border heated up',
      'Two Tajik border guards were killed in a clash with gunmen on the Afghan border last week, and more will follow.',
    ],
    [
      'ДТП у таджикско-узбекской границы: погибли трое',
      'Три человека погибли в ДТП на трассе у таджикско-узбекской границы в Турсунзаде в субботу.',
    ],
    [
      'Concert hall attack suspects are Tajik nationals',
      "Four men charged over the massacre at a concert hall outside Moscow are citizens of Tajikistan, Russian investigators said, as the death toll from Friday's attack climbed past 130. Islamic State's Afghan branch has claimed the attack.",
    ],
    [
      'Союзники опровергли просьбу о помощи',
      'Секретариат организации опроверг сообщения о том, что Таджикистан после нападений на границе с Афганистаном обратился к союзникам за военной помощью. Обстановку на таджикско-афганской границе отслеживают постоянно, заявили в среду.',
    ],
    [
      'Fighting in northern Afghanistan',
      'Taliban forces and resistance fighters clashed in Panjshir province on Monday, with dozens reported killed; the valley lies some 150 km from the Tajik border.',
    ],
    [
      'Police clear highway in Pamir border district',
      'Security forces cleared protesters from the highway in Vanj district on the Afghan border on Tuesday; two officers and three gunmen were killed in an exchange of fire, officials said.',
    ],
    [
      'One year on: the night the Afghan army crossed the Panj',
      'On the night of 4 to 5 July last year, more than a thousand Afghan soldiers fled across the Panj into Tajikistan. This commentary asks what Dushanbe learned.',
    ],
    [
      'Союзники опровергли слухи о просьбе Душанбе',
      'В организации опровергли сообщения о просьбе Таджикистана о военной помощи. Поводом для слухов стали два нападения на таджикско-афганской границе в Хатлоне, в которых погибли трое пограничников.',
    ],
  ])('finds a non-incident with incident words not relevant: %s', (title, text) => {
    expect(assess(title, text).relevant).toBe(false);
  });

  it('finds a review that recalls "the January firefight" weeks later not relevant', () => {
    // Published 6 March.
    const got = assess(
      'Review: what the monitors say about the Tajik border',
      "The monitors' latest report looks at militant groups in northern Afghanistan. It does not attribute " +
        'the January firefight near the Kavok post, in which two Tajik guards and three intruders died, to any group.',
    );
    expect(got.relevant).toBe(false);
  });

  it('finds a drug seizure where "there was no exchange of fire, nobody was hurt" not relevant', () => {
    const got = assess(
      'Пограничники изъяли более 120 кг наркотиков на таджикско-афганской границе',
      'Пограничники Таджикистана изъяли 126 килограммов гашиша в тайнике на берегу Пянджа недалеко от Рушана. ' +
        'Контрабандисты успели уйти на афганскую сторону. Перестрелки не было, пострадавших нет.',
    );
    expect(got.relevant).toBe(false);
  });

  it("finds an incident on another pair's border not relevant when its lead never names Tajikistan", () => {
    const got = assess(
      'Uzbek guards fight drug couriers on the Amu Darya near Termez',
      'Uzbek border guards clashed with armed smugglers on the Uzbek-Afghan border near Termez on Thursday, ' +
        'killing three. The stretch lies some 60 km from the point where the borders of Uzbekistan, ' +
        'Afghanistan and Tajikistan meet, and a Tajik post there reported an incident too.',
    );
    expect(got.relevant).toBe(false);
  });

  it('reads the incident sentences of a report told from Tajikistan as Tajik, though only the lead names it', () => {
    const got = assess(
      'Утренняя сводка',
      'Шамсиддин Шохин. В ночь на воскресенье погранвойска вступили в бой с наркокурьерами на Пяндже. ' +
        'Трое нарушителей убиты, двое пограничников ранены.',
    );
    expect(got.relevant).toBe(true);
    expect(got.killed).toBe(3);
  });
});

describe('fighting across the border that did not reach the Tajik side', () => {
  it('keeps fire that wounded Tajik guards relevant though the report says it went no further', () => {
    const got = assess(
      'Tajik guards wounded as Taliban fire across the Panj',
      'Two Tajik border guards were wounded when Taliban fighters fired on their post opposite Khwahan on ' +
        'Thursday night, the border troops said. No shells fell on the Tajik side beyond the post, they added.',
    );
    expect(got.relevant).toBe(true);
    expect(got.wounded).toBe(2);
  });
});

describe('fighting the report places well away from the Tajik border', () => {
  it('turns down a battle in an Afghan district on the Panj that the report puts away from the river', () => {
    const got = assess(
      'Seven dead as Taliban attack Khwahan police headquarters',
      'Seven people, four policemen and three attackers, were killed when Taliban fighters attacked the police ' +
        'headquarters of Khwahan district in Badakhshan on Sunday night, provincial officials said. Two policemen ' +
        'were wounded. Khwahan sits on the Panj opposite Tajikistan, but the battle was fought about 15 km from ' +
        'the river and Tajik border guards reported no incidents. Villagers on the Tajik side said they heard ' +
        'gunfire all night.',
    );
    expect(got.relevant).toBe(false);
  });

  it('turns down a Russian report of fighting the report places far from the Pyanj', () => {
    const got = assess(
      'Бой за Кундуз: погибли 12 военных',
      'В ночь на четверг талибы атаковали позиции афганской армии на окраине Кундуза, погибли 12 ' +
        'военнослужащих, сообщили в штабе корпуса. Кундуз граничит с Таджикистаном, но город находится примерно ' +
        'в 50 километрах от реки Пяндж, инцидентов на таджикской границе не зафиксировано.',
    );
    expect(got.relevant).toBe(false);
  });

  it('keeps an incursion relevant when the gunmen were caught far inland after it', () => {
    const got = assess(
      'Two Tajik guards killed as gunmen cross from Afghanistan',
      'Two Tajik border guards were killed when armed men crossed the Panj and attacked their post in ' +
        'Shamsiddin Shohin district on Tuesday, the border troops said. Three of the attackers were caught the ' +
        'next day about 30 km from the border.',
    );
    expect(got.relevant).toBe(true);
    expect(got.killed).toBe(2);
  });
});

describe("a tally since the year's start", () => {
  it.each([
    'С начала текущего года на данном направлении пресечено девять попыток прорыва, в ходе которых уничтожены пятеро нарушителей.',
    'По данным пограничных войск, с начала 2026 года на таджикско-афганской границе произошло семь вооруженных ' +
      'столкновений с контрабандистами, в которых нейтрализованы одиннадцать нарушителей и погибли двое военнослужащих.',
  ])('does not add "%s" to the incident', (tally) => {
    const got = assess(
      'На Пяндже уничтожены двое контрабандистов',
      'В ночь на среду у кишлака Хаём Фархорского района пограничный наряд вступил в бой с вооруженными ' +
        'контрабандистами, переправившимися через Пяндж. Ответным огнем уничтожены двое нарушителей. ' +
        tally,
    );
    expect(got).toMatchObject({ relevant: true, killed: 2 });
  });
});

describe('a border force on the Panj that names neither its country nor its committee', () => {
  it("reads a communiqué of 'the border troops' about fire from the far bank of the Pyanj as Tajikistan's", () => {
    const got = assess(
      'Заявление пресс-центра пограничных войск',
      '12 марта около 14 часов на участке пограничной заставы «Шидз» вооруженные лица с противоположного ' +
        'берега реки Пяндж открыли огонь по пограничному наряду. Ответным огнем огневые точки на сопредельной ' +
        'территории подавлены. Ранение получил один военнослужащий, его состояние стабильное. Представителям ' +
        'афганской стороны заявлен протест.',
    );
    expect(got).toMatchObject({ relevant: true, border: 'tajik-afghan', wounded: 1 });
  });

  it("reads a border service's annual review as statistics", () => {
    const got = assess(
      'Tajik border guards fought 25 skirmishes with smugglers in 2018',
      'Tajik border troops fought at least 25 armed skirmishes with drug smugglers on the Afghan frontier last ' +
        'year and killed 11 of them, the border service said in its annual review.\nThe busiest stretches were ' +
        'the Panj and Farkhor sectors in Khatlon.',
    );
    expect(got.relevant).toBe(false);
    expect(got.evidence.reasons).toContain('statistics context in lead');
  });
});

describe("a denial of the other side's account", () => {
  it("keeps a clash relevant when the report calls only the other side's version untrue", () => {
    const got = assess(
      'В ГКНБ опровергли версию Бишкека о стрельбе у Воруха',
      'В перестрелке у Воруха в среду погибли двое таджикских пограничников, ещё трое ранены, сообщили в ' +
        'Пограничных войсках ГКНБ. Заявления кыргызской стороны о том, что первыми огонь открыли таджикские ' +
        'военные, не соответствуют действительности, говорится в заявлении ведомства.',
    );
    expect(got).toMatchObject({ relevant: true, killed: 2, wounded: 3 });
  });
});

describe('a posthumous order at a funeral', () => {
  it('keeps a funeral days after the battle relevant though its soldier is decorated posthumously', () => {
    const got = assess(
      'В Кулябе похоронили сержанта, погибшего в субботу на заставе',
      'В Кулябе в понедельник похоронили младшего сержанта, погибшего в ночь на субботу в бою с нарушителями, ' +
        'переправившимися через Пяндж в Шамсиддин-Шохинском районе. Он посмертно представлен к ордену.',
    );
    expect(got.relevant).toBe(true);
  });
});

describe('a salute at a funeral is no celebration', () => {
  it('keeps a funeral follow-up with its toll relevant', () => {
    const got = assess(
      'В Кулябе под троекратный салют похоронили пограничника',
      'В Кулябе под троекратный салют похоронили сержанта, погибшего в субботу в бою с вооружённой группой, ' +
        'переправившейся через Пяндж в Шамсиддин-Шохинском районе.',
    );
    expect(got.relevant).toBe(true);
    expect(got.killed).toBe(1);
  });
});

describe('fighters back from a war abroad', () => {
  it('reads the dead of a war abroad from a border town as no border incident', () => {
    const got = assess(
      'Two more Isfara men dead in Syria: why a border town loses its young',
      'Families in Isfara were told on Monday that two more local men had died fighting in Syria, which takes ' +
        'the town losses there since 2014 to at least 12, a rights activist said. Isfara, wedged against the ' +
        'Kyrgyz border around the Vorukh exclave, has sent more men to Syria than most Tajik towns.',
    );
    expect(got.relevant).toBe(false);
  });

  it('keeps an attack across the Panj relevant when the lead says the attackers had fought in Syria', () => {
    const got = assess(
      'Gunmen who fought in Syria attack Tajik border post',
      'Armed men who had fought for the Islamic State in Syria crossed the Panj into Shamsiddin Shohin ' +
        'district on Sunday night and attacked a border post; two guards were killed, the border troops said.',
    );
    expect(got.relevant).toBe(true);
  });
});

describe('an incident told without naming Tajikistan', () => {
  it('reads a clash at a Kyrgyz village on the Tajik border, told by the Kyrgyz side, as a Tajik border incident', () => {
    const got = assess(
      'Перестрелка у Кок-Таша: ранены двое пограничников',
      'В Баткенском районе у села Кок-Таш в воскресенье произошла перестрелка между пограничными нарядами двух ' +
        'государств. Ранены двое кыргызских пограничников, сообщила Пограничная служба Кыргызстана.',
    );
    expect(got).toMatchObject({ relevant: true, border: 'tajik-kyrgyz', type: 'armed-clash', wounded: 2 });
  });

  it('reads a Kyrgyz report of a clash at a post ("на участке заставы") without naming Tajikistan', () => {
    const got = assess(
      'На участке заставы «Капчыгай» перекрыли дорогу',
      'На участке заставы «Капчыгай» граждане сопредельного государства забросали камнями наряд, ранены двое ' +
        'военнослужащих.',
    );
    expect(got).toMatchObject({ relevant: true, border: 'tajik-kyrgyz', wounded: 2 });
  });

  it('reads an Uzbek report of "the neighbouring state" in a border district as a Tajik border incident', () => {
    const got = assess(
      'КОГГ СНБ: нарушители напали на наряд',
      'Комитет охраны государственной границы СНБ Узбекистана сообщил, что двое нарушителей со стороны ' +
        'сопредельного государства напали на пограничный наряд в Сариасийском районе. Один нарушитель задержан, ' +
        'военнослужащий ранен.',
    );
    expect(got).toMatchObject({ relevant: true, border: 'tajik-uzbek', wounded: 1 });
  });

  it('reads the later sentences of a report whose lead puts it at a Kyrgyz post on the line as that incident', () => {
    const got = assess(
      'На участке заставы «Достук» граждане соседнего государства пытались отобрать оружие у пограничника',
      'Утром 3 марта наряд заставы «Достук» обнаружил у села Достук группу граждан сопредельного государства, ' +
        'которые пасли скот на территории Кыргызстана. На требование уйти они ответили отказом и набросились ' +
        'на наряд. В ходе стычки двое военнослужащих получили травмы.',
    );
    expect(got).toMatchObject({
      relevant: true,
      border: 'tajik-kyrgyz',
      wounded: 2,
      eventDate: '2026-03-03',
    });
  });

  it('reads a GKNB report of the border with Afghanistan as the Tajik-Afghan border', () => {
    const got = assess(
      'На границе с Афганистаном погиб пограничник',
      'В ночь на субботу на границе с Афганистаном в перестрелке с контрабандистами погиб военнослужащий ' +
        'пограничных войск. Уничтожены двое нарушителей, сообщили в ГКНБ.',
    );
    expect(got).toMatchObject({
      relevant: true,
      border: 'tajik-afghan',
      type: 'smuggling-shootout',
      killed: 3,
    });
  });

  it('does not take an Uzbek report of the Afghan border for Tajikistan’s', () => {
    const got = assess(
      'На границе с Афганистаном погиб пограничник',
      'В ночь на субботу на границе с Афганистаном у Термеза в перестрелке с контрабандистами погиб узбекский ' +
        'пограничник, сообщили в ГКНБ.',
    );
    expect(got.relevant).toBe(false);
  });

  it('knows the Pyandzh, as Russian reports of the 1990s spell it, as the Panj', () => {
    const got = assess(
      'Russian border post fired on across the Pyandzh',
      'Gunmen on the Afghan bank fired on a post of the Pyandzh border detachment overnight, and the guards ' +
        'returned fire. One border guard was wounded, the Russian command said.',
    );
    expect(got).toMatchObject({ relevant: true, border: 'tajik-afghan', wounded: 1 });
  });

  it('reads a post of the Pyanj border detachment as the Tajik bank', () => {
    const got = assess(
      'Border guards repel attack on post',
      'Russian border guards repelled an attack by a group of Afghan mujahideen on a post of the Pyanj ' +
        'detachment overnight, killing seven of the attackers. Two border guards were wounded.',
    );
    expect(got).toMatchObject({ relevant: true, border: 'tajik-afghan', killed: 7, wounded: 2 });
  });
});

describe('a follow-up days after the violence joins it', () => {
  it('reads a memorial days after an attack, dated by looking back to it, as a report of that attack', () => {
    const got = assess(
      'Vanj remembers sergeant killed in last Tuesday’s attack',
      'Hundreds of people gathered in Vanj on Thursday to remember a border sergeant who was killed when armed ' +
        'men from Afghanistan attacked his post last Tuesday, the district administration said. Two of the ' +
        'attackers were killed in the fighting.',
    );
    expect(got).toMatchObject({ relevant: true, type: 'infiltration', eventDate: '2026-03-03', killed: 3 });
  });

  it("reads a court ruling on those detained after last Saturday's shootout as a report of it", () => {
    const got = assess(
      'В Исфаре арестованы двое участников перестрелки в минувшую субботу',
      'Суд Исфары арестовал двоих жителей района, задержанных после перестрелки с кыргызскими пограничниками в ' +
        'минувшую субботу у Чоркуха. В перестрелке был ранен таджикский пограничник.',
    );
    expect(got).toMatchObject({
      relevant: true,
      border: 'tajik-kyrgyz',
      eventDate: '2026-02-28',
      wounded: 1,
    });
  });
});

describe("a bulletin's table of contents is not the lead", () => {
  it('reads a digest whose contents name an earlier clash, and whose items are about other things, as no incident', () => {
    const got = assess(
      'Ferghana Valley Border Digest — No. 12',
      'IN THIS ISSUE: 1. After the Vorukh clash: the Isfara bus returns. 2. Apricot buyers cross into Batken.\n' +
        '1. BUS ROUTE. The bus service between Batken and Isfara resumed on 5 June after a break of several days.\n' +
        '2. APRICOTS. Tajik buyers are again crossing into Batken region for the early harvest.',
    );
    expect(got.relevant).toBe(false);
  });

  it('still reads an item that reports a clash, below contents set out one per line', () => {
    const got = assess(
      'Бюллетень «Граница», выпуск 4',
      'В этом номере:\n1. Ворух: бой у водозабора, двое погибших.\n2. Цены на муку.\n' +
        'В воскресенье у водозабора у Воруха пограничники Таджикистана и Кыргызстана открыли огонь друг по ' +
        'другу. Погибли двое военнослужащих.',
    );
    expect(got).toMatchObject({ relevant: true, border: 'tajik-kyrgyz', type: 'armed-clash', killed: 2 });
  });
});

describe('a bulletin of numbered items is read item by item', () => {
  it("does not make one report of fighting inside Afghanistan and a guard's road accident", () => {
    const got = assess(
      'Border Risk Monitor, week 9',
      'BORDER RISK MONITOR. Week 9. For subscribers only.\n' +
        '1. AFGHANISTAN – Takhar. Afghan forces said more than 30 insurgents were killed in a week of fighting ' +
        'around Khwaja Ghar, well south of the Panj; no spillover onto Tajik territory was reported.\n' +
        '2. TAJIKISTAN – Accident. A Tajik border guard died and three were hurt on Thursday when their lorry ' +
        'overturned on the road near Kalaikhumb. Officials called it a traffic accident.\n' +
        '3. UZBEKISTAN – Trade. Freight through the Termez crossing rose by a tenth in the quarter.\n' +
        "Outlook: the Farkhor stretch of the border stays our main worry after last month's shooting there.",
    );
    expect(got.relevant).toBe(false);
  });

  it("reads the item that reports a clash with that item's own toll and date, not another item's", () => {
    const got = assess(
      'Еженедельный обзор «Южные рубежи», № 12',
      'Главное за неделю на границах Таджикистана.\n' +
        '1. Экономика. Через мост в Ишкашиме за месяц прошло 400 грузовиков, на 50 больше, чем в прошлом году.\n' +
        '2. Граница. В ночь на 3 марта у заставы «Кокул» в Фархорском районе пограничники вступили в бой с ' +
        'группой наркокурьеров, переправлявшихся через Пяндж. Двое нарушителей убиты, один пограничник ранен.\n' +
        '3. Происшествия. В субботу вечером на рынке в Исфаре в драке между торговцами ранены трое человек, ' +
        'один из них скончался в больнице.\n' +
        'Следующий выпуск — через неделю.',
    );
    expect(got.relevant).toBe(true);
    expect(got.killed).toBe(2);
    expect(got.wounded).toBe(1);
    expect(got.eventDate).toBe('2026-03-02');
    expect(got.border).toBe('tajik-afghan');
  });

  it('turns down an item under a rubric that tells of trade across the border, not of an incident', () => {
    const got = assess(
      'Valley Brief No. 31',
      'VALLEY BRIEF. Three items this week.\n' +
        '1. WATER. Engineers of both sides inspected the Golovnoy intake before the irrigation season.\n' +
        '2. FRUIT. Buyers from Isfara are once more crossing into Batken region to buy early cherries. Prices ' +
        'at the Batken market started at 80 som a kilo.\n' +
        '3. ROADS. The Isfara–Batken road will close for repairs for two nights next week.',
    );
    expect(got.relevant).toBe(false);
  });
});

describe('fire named from where it landed', () => {
  it('reads a post that "came under fire" as an incident', () => {
    const got = assess(
      'Tajik post in Darvoz hit from Afghan bank',
      'A Tajik border post in Darvoz district came under fire from the Afghan bank late on Tuesday, the border ' +
        'troops said. One guard was wounded.',
    );
    expect(got).toMatchObject({
      relevant: true,
      border: 'tajik-afghan',
      wounded: 1,
      eventDate: '2026-03-03',
    });
  });
});

describe("an editor's note in square brackets is no sentence of the report", () => {
  it('dates the event by the report, not by the broadcast day in the note', () => {
    const got = assess(
      'Border Hour transcript',
      '[Border Hour, broadcast Friday 6 March: the clash at the Vorukh canal. Programme transcript, excerpt.]\n' +
        'HOST: On Tuesday evening Kyrgyz border guards opened fire on villagers from the Tajik exclave of Vorukh ' +
        'at the canal, officials said. One man was wounded in the leg.\n[Segment ends]',
    );
    expect(got).toMatchObject({ relevant: true, eventDate: '2026-03-03', type: 'other' });
  });
});

describe("a monitoring service's header is not the lead", () => {
  it('reads a translated broadcast under its source line as the report it is', () => {
    const got = assess(
      'Taleban radio says Russian guards fired on Afghan boatmen',
      "Voice of Shari'a radio, Kabul, in Pashto 1500 gmt 4 Mar 99\nExcerpt from report\n" +
        'Russian border guards on the Tajik bank of the Amu Darya opened fire on Afghan boatmen near Dasht-e ' +
        'Qala on Wednesday evening, killing two of them, the radio said.',
    );
    expect(got).toMatchObject({ relevant: true, border: 'tajik-afghan', killed: 2 });
  });

  it('reads the header with a comma after the language as a header too', () => {
    const got = assess(
      'Taleban radio says Russian guards fired on Afghan boatmen',
      "Source: Voice of Shari'a radio, Kabul, in Pashto, 1500 gmt 6 Mar 26\nExcerpt from report:\n" +
        'Russian border guards on the Tajik bank of the Amu Darya opened fire on Afghan boatmen near Dasht-e ' +
        'Qala on Wednesday evening, killing two of them, the radio said.',
    );
    expect(got.eventDate).toBe('2026-03-04');
    expect(got.evidence.reasons.filter((r) => r.includes('news abroad'))).toEqual([]);
  });
});

describe('a dateline is not the lead', () => {
  it('reads the rumour in the first sentence after a dateline cut off as a sentence of its own', () => {
    const got = assess(
      'Перестрелка в Ишкашиме оказалась свадебным салютом',
      'ИШКАШИМ. Слухи о перестрелке на границе, разошедшиеся в субботу, не подтвердились. В субботу вечером ' +
        'жители звонили в редакции, уверяя, что с афганской стороны идет бой. Как выяснилось, в кишлаке на ' +
        'берегу Пянджа гуляли свадьбу и стреляли в воздух.',
    );
    expect(got.relevant).toBe(false);
  });
});

describe('the Panj when Russian border troops guarded it', () => {
  it('reads a Russian guard killed on the Panj as a Tajik-Afghan border incident, not another pair of countries', () => {
    const got = assess(
      'На Пяндже в бою с наркокурьерами погиб пограничник',
      'Российский пограничник погиб в ночь на понедельник в перестрелке с нарушителями, переправлявшимися ' +
        'через Пяндж с афганского берега на участке Московского пограничного отряда. Двое нарушителей ' +
        'уничтожены.',
    );
    expect(got.relevant).toBe(true);
    expect(got.border).toBe('tajik-afghan');
    expect(got.place).toBe('Hamadoni');
  });

  it('reads rockets that hit the town of Panj as shelling in Panj district, not on the river', () => {
    const got = assess(
      'Ракеты с афганского берега упали у поселка Пяндж',
      'Два реактивных снаряда, выпущенных с территории Афганистана, разорвались в субботу на окраине поселка ' +
        'Пяндж; ранены двое жителей. Пограничники огонь не открывали.',
    );
    expect(got.relevant).toBe(true);
    expect(got.place).toBe('Panj district');
    expect(got.type).toBe('shelling');
  });

  it('still reads a lead on two neighbours of each other, with no Tajik place, as another border', () => {
    const got = assess(
      'Uzbek and Afghan guards trade fire at Hairatan',
      'Uzbek and Afghan border guards exchanged fire near Hairatan on the Amu Darya on Sunday; one Afghan ' +
        'guard was wounded.',
    );
    expect(got.relevant).toBe(false);
  });
});

describe('earlier counts and earlier incidents', () => {
  it('takes the official count over an earlier report the article says it overtook', () => {
    const got = assess(
      'Tajik guard and two gunmen killed in raid from Afghanistan',
      'A Tajik border guard and two gunmen were killed on Thursday when an armed group crossed from ' +
        'Afghanistan into Ishkashim district, the border troops said. A Telegram channel had earlier ' +
        'reported that at least two border guards had died.',
    );
    expect(got.killed).toBe(3);
  });

  it('dates a report by the day its lead gives, not by an earlier attack recalled further down', () => {
    const got = classifyArticle({
      title: 'Second deadly attack on Chinese workers rattles Tajik border',
      text:
        'Gunmen firing from Afghanistan killed two Chinese road workers in Darvoz district of Tajikistan on ' +
        'Sunday, the border troops said. The attack came after a drone strike on 26 November killed three ' +
        'workers in Shamsiddin Shohin district.',
      published: '2025-12-01T08:00:00Z',
    });
    expect(got.eventDate).toBe('2025-11-30');
  });

  it('leaves out a sentence that goes on with an earlier incident ("Days later, …")', () => {
    const got = assess(
      'Drone drops explosives near road builders in Tajikistan; no one hurt',
      'A drone from Afghanistan dropped two charges near a camp of road builders in Darvoz district on ' +
        'Saturday, the border troops said. No one was hurt. It was the first drone attack since November, ' +
        'when a drone killed three workers. Days later, two road workers were shot dead in the same district.',
    );
    expect(got.killed).toBe(0);
  });
});

describe('what is background', () => {
  it('does not take a victim named with a year of birth for an earlier incident', () => {
    const got = assess(
      'Два пограничника Таджикистана погибли на границе с Кыргызстаном',
      'Вчера на таджикско-кыргызской границе у села Ворух произошла перестрелка между пограничниками. ' +
        'Погибли двое таджикских пограничников, 1999 года рождения.',
    );
    expect(got.killed).toBe(2);
  });

  it('takes a toll of "less than a month ago" for an earlier incident', () => {
    const got = assess(
      'В Бишкеке задержаны противники передачи водохранилища',
      'Милиция Бишкека задержала 15 активистов, выступивших против передачи водохранилища. Критики соглашения ' +
        'напоминают, что меньше месяца назад в конфликте на границе с Таджикистаном погибли 40 кыргызстанцев.',
    );
    expect(got.relevant).toBe(false);
  });
});

/** One report of each type, as wires and Russian-language outlets phrase them: [title, text, type]. */
const TYPE_CASES: [string, string, string][] = [
  // Guards beating drivers at a crossing: another border incident, no firearms.
  [
    'Кыргызские пограничники избили таджикских водителей',
    'В среду у пункта пропуска Кайрагач кыргызские пограничники избили двух водителей из Исфары, сообщили в ' +
      'хукумате района. Один доставлен в больницу с переломом руки.',
    'other',
  ],
  // Bombs dropped from aircraft across the border, with no ground clash: shelling.
  [
    'Душанбе протестует против бомбардировки Лахша',
    'МИД Таджикистана вручил послу ноту протеста в связи со вчерашней бомбардировкой территории Лахшского района: ' +
      'два самолёта без опознавательных знаков сбросили бомбы у двух сёл вблизи кыргызской границы. Никто не ' +
      'пострадал.',
    'shelling',
  ],
  // Villagers' stones, then the neighbour's servicemen firing and a guard's gunshot wound: fire between the
  // forces, not guards shooting at villagers.
  [
    'Заявление Пограничных войск ГКНБ о событиях у Чорбога',
    '3 марта около 16 часов жители кыргызского села Достук помешали жителям Чорбога расчищать арык и забросали ' +
      'их камнями. Затем военнослужащие пограничной службы Кыргызской Республики произвели несколько очередей из ' +
      'автоматического оружия в сторону таджикской территории. В результате действий кыргызской стороны трое ' +
      'граждан Республики Таджикистан получили телесные повреждения, один военнослужащий Пограничных войск — ' +
      'огнестрельное ранение.',
    'armed-clash',
  ],
  // Smugglers named only as what most shootouts involve, or left open ("declined to say whether"): gunmen who
  // attacked a post are an infiltration.
  [
    'Gunmen from Afghanistan attack Tajik border outpost, guard killed',
    'Armed men who crossed from Afghanistan attacked a Tajik border outpost in Darvoz district overnight, killing ' +
      'a guard. Two attackers were killed. Attacks on posts are rare; most shootouts on the frontier involve drug ' +
      'couriers.',
    'infiltration',
  ],
  [
    'Third gunman found dead after border clash',
    'Tajik border troops found a third armed intruder dead near Shuroobod two days after a night-time firefight ' +
      'that killed a conscript. Officials declined to say whether they believed the men were traffickers.',
    'infiltration',
  ],
  // An armed group firing rockets across the river at a post: the codebook's infiltration ("fires across it and
  // attacks"), before shelling.
  [
    'Застава обстреляна реактивными снарядами с афганского берега',
    'Вечером 11 июня по заставе Пянджского пограничного отряда выпущено восемь реактивных снарядов с ' +
      'территории Афганистана. Двое военнослужащих ранены. Обстрел вели отряды вооруженной таджикской ' +
      'оппозиции.',
    'infiltration',
  ],
  [
    'Border guard dies after rocket attack from Afghan bank',
    'A border guard wounded when rebels fired rockets at his post from Afghanistan late on Tuesday has died in ' +
      'hospital near Nizhny Pyanj, the border command said.',
    'infiltration',
  ],
  // A guard cut with a knife by crossers whom the guards then shot: no firefight, the codebook's "other".
  [
    'Нарушители напали на пограничный наряд в Бешарыкском районе',
    'Двое нарушителей из Таджикистана напали с ножом на пограничный наряд на узбекско-таджикской границе в ' +
      'Бешарыкском районе. Пограничники применили оружие, один нарушитель убит. Военнослужащий получил ножевое ' +
      'ранение.',
    'other',
  ],
  // Mujahideen and a gang ("банда") are armed groups: their attack on a post is an infiltration.
  [
    'Нападение на заставу',
    'Российские пограничники отразили нападение отряда моджахедов на 12-ю заставу Московского пограничного ' +
      'отряда. Погибли 25 пограничников.',
    'infiltration',
  ],
  [
    'Банда из-за Пянджа ликвидирована',
    'В Шуроабадском районе пограничники вступили в бой с бандой, переправившейся через Пяндж. Трое бандитов ' +
      'уничтожены, ранен один военнослужащий.',
    'infiltration',
  ],
  // One state's guards firing on a crowd, no fire from the other state's forces: other; a ceasefire between the
  // two sides tells of their fire.
  [
    'Kyrgyz guards fire on crowd near Vorukh',
    'Kyrgyz border guards fired on a crowd near Vorukh on Sunday, wounding three men, the Tajik border troops said.',
    'other',
  ],
  [
    'Kyrgyz guards fire on crowd near Vorukh; ceasefire agreed',
    'Kyrgyz border guards fired on a crowd near Vorukh on Sunday, wounding three men, the Tajik border troops ' +
      'said. The two sides agreed a ceasefire in the evening.',
    'armed-clash',
  ],
  // A stone fight that turns into fire between the two sides' guards, told as "an exchange of gunfire" or
  // as each side accusing the other of "firing first": a clash.
  [
    'Canal quarrel near Chorkuh ends in gunfire',
    'A quarrel over a canal near Chorkuh turned into a stone fight and then an exchange of gunfire between ' +
      'border guards on Saturday. Two Kyrgyz servicemen and six residents of Chorkuh were hurt.',
    'armed-clash',
  ],
  [
    'Ten hurt near Vorukh',
    'At least ten people were hurt near Vorukh over the weekend after a row over a ditch turned into a ' +
      "stone-throwing brawl. A Kyrgyz sergeant was shot dead. Each side accused the other's troops of firing " +
      'first.',
    'armed-clash',
  ],
  // Villagers who go at guards with stones or a knife, and guards who fire on them: other, not a clash of
  // two states' forces nor an armed group; a brawl where the other side's guards fire back is a clash.
  [
    'Patar shooting goes to a joint commission',
    'A joint commission met on Friday over the shooting near Patar on the Tajik–Uzbek border. One Tajik ' +
      'villager was killed and two wounded; Tashkent says three of its guards were injured by stones and ' +
      'shovels before they fired.',
    'other',
  ],
  [
    'Погранслужба КР: таджикский чабан напал на пограничника с ножом',
    'Погранслужба Кыргызстана сообщила об инциденте на кыргызско-таджикской границе в Чон-Алайском районе, в ' +
      'результате которого погиб гражданин Таджикистана. Чабан набросился на пограничника с ножом. ' +
      'Военнослужащий произвел предупредительный выстрел, а затем открыл огонь.',
    'other',
  ],
  [
    'Кыргызские пограничники открыли огонь по селу',
    'На кыргызско-таджикской границе жители села Кулунду забросали камнями работавших у водозабора граждан ' +
      'Таджикистана. Кыргызские пограничники открыли огонь, таджикские пограничники были вынуждены открыть ' +
      'ответный огонь. Погиб житель джамоата.',
    'armed-clash',
  ],
  // Families fleeing fighting on the other bank, some of them armed and disarmed: a mass crossing.
  [
    'Around 120 Afghans flee into Tajikistan after fighting in Shughnan',
    'More than 120 Afghans, most of them women and children, crossed into Tajikistan over the Tem bridge late on ' +
      'Saturday after fighting broke out in the Afghan district. About 30 armed men among them were disarmed by ' +
      'the border guards. There was no fighting on Tajik territory.',
    'mass-crossing',
  ],
  [
    'Wakhan families sheltered in Ishkoshim',
    'Seventy-two Afghan nationals, among them 30 children, who crossed the Panj into Ishkoshim district on ' +
      'Friday are housed in a school. The group says it fled fighting between Taliban units and residents.',
    'mass-crossing',
  ],
  // Smugglers only in a description of the area's past, not of who fought.
  [
    'Двое пограничников погибли, отражая нападение боевиков',
    'Двое таджикских пограничников погибли в ночь на субботу в бою с вооружённой группой, проникшей с ' +
      'афганской стороны на участке заставы «Чубек». Трое нападавших ликвидированы. В последние годы на этом ' +
      'участке границы происходили в основном столкновения с наркокурьерами.',
    'infiltration',
  ],
  // Mortars between the Kyrgyz and Tajik sides are the clash's escalation, unless nobody fired back.
  [
    'Погранслужба КР: таджикская сторона применила минометы',
    'В ночь на 15 мая таджикская сторона обстреляла из минометов позиции погранзаставы «Кулунду» в ' +
      'Лейлекском районе. Военнослужащие Пограничной службы ведут ответный огонь.',
    'armed-clash',
  ],
  [
    'Mortar rounds hit Kyrgyz village from Tajik side',
    'Mortar rounds fired from the Tajik side landed in the Kyrgyz village of Kok-Tash in Batken region on ' +
      'Friday, wounding two residents. Kyrgyz border guards did not return fire, the border service said.',
    'shelling',
  ],
  // Flight told across sentences: the crossing in one, the number in another.
  [
    'Afghan soldiers cross into Tajikistan as Taliban advance',
    'Afghan government troops crossed into Tajikistan on Monday after Taliban fighters seized border posts in ' +
      'Badakhshan, Tajik officials said. In all, 1,037 servicemen were allowed in on humanitarian grounds.',
    'mass-crossing',
  ],
  [
    'Afghan troops flee',
    'Afghan troops fleeing a Taliban offensive crossed the Panj into Tajikistan overnight. Tajikistan said 152 ' +
      'Afghan soldiers had been given shelter.',
    'mass-crossing',
  ],
  [
    'Dozens of Afghan soldiers seek refuge in Tajikistan',
    'Dozens of Afghan soldiers fled across the border into Tajikistan on Thursday after clashes with the ' +
      'Taliban in Badakhshan, officials said.',
    'mass-crossing',
  ],
  // A neighbour's troops who cross and open fire attack: an armed clash.
  [
    'Kyrgyz troops cross into Tajik territory',
    'Hundreds of Kyrgyz troops crossed into Tajik territory near Vorukh on Tuesday and opened fire on a Tajik ' +
      'border post, the border troops said; Tajik guards returned fire.',
    'armed-clash',
  ],
  // Mines fired across the river are mortar bombs; a mine stepped on is a mine.
  [
    'Мины с афганского берега разорвались у кишлака',
    'В субботу несколько мин, выпущенных с территории Афганистана, разорвались на окраине кишлака в ' +
      'Шамсиддин Шохинском районе, ранены двое жителей. На афганском берегу в это время шёл бой между ' +
      'талибами и вооружённой группой. Ответного огня таджикская сторона не открывала.',
    'shelling',
  ],
  [
    'Пастухи подорвались на мине у границы',
    'В субботу двое пастухов подорвались на мине у таджикско-кыргызской границы в Исфаринском районе, один погиб.',
    'other',
  ],
  // Stones first, then the forces with their rifles: firearms, so not a brawl.
  [
    'Стычка у Воруха',
    'В воскресенье жители Воруха и Ак-Сая забросали друг друга камнями, а затем кыргызские и таджикские ' +
      'пограничники с автоматами вступили в столкновение. Ранены пять человек с обеих сторон.',
    'armed-clash',
  ],
  [
    'Quadcopter attack on Tajik post',
    'A quadcopter flown from Afghanistan dropped grenades on a Tajik border post in Darvoz on Tuesday, wounding two guards; the guards also came under rifle fire.',
    'drone-attack',
  ],
  [
    'Afghan soldiers flee to Tajikistan',
    'More than 300 Afghan soldiers crossed into Tajikistan on Tuesday fleeing a Taliban offensive, Tajik border troops said.',
    'mass-crossing',
  ],
  [
    'Drug couriers killed on the Panj',
    'Tajik border guards killed three drug couriers who opened fire when stopped on the Panj river in Hamadoni district on Tuesday.',
    'smuggling-shootout',
  ],
  [
    'Gunmen storm Tajik post',
    'Armed men who crossed from Afghanistan attacked a Tajik border post in Farkhor district on Tuesday; two attackers and one guard were killed.',
    'infiltration',
  ],
  [
    'Tajik and Taliban forces exchange fire',
    'Tajik border guards and Taliban forces exchanged fire across the Panj near Ishkashim on Tuesday; one Tajik guard was wounded.',
    'armed-clash',
  ],
  [
    'Kyrgyz, Tajik troops clash',
    'Kyrgyz and Tajik troops exchanged fire with mortars and machine guns along the border in Batken on Tuesday; four servicemen were killed.',
    'armed-clash',
  ],
  [
    'Mortar rounds hit Tajik village',
    'Mortar rounds fired from the Afghan side landed in a Tajik village in Shahritus district on Tuesday, wounding a woman; there was no exchange of fire.',
    'shelling',
  ],
  [
    'Mortar shells hit Tajik village',
    'Mortar shells fired from Afghan territory hit a Tajik village in Hamadoni district on Sunday, wounding two residents, officials said.',
    'shelling',
  ],
  [
    'Stray rounds hit Tajik village',
    'Mortar rounds fired during clashes between Taliban forces and a gang across the river landed in a Tajik village in Jaihun district on Saturday, wounding two children. Tajik border guards did not return fire.',
    'shelling',
  ],
  [
    'Taliban shell Tajik post',
    'Taliban forces shelled a Tajik border post in Ishkashim district with mortars on Saturday and Tajik border guards returned fire; one guard was wounded.',
    'armed-clash',
  ],
  [
    'Shepherd shot by Kyrgyz guards',
    'A Tajik shepherd was shot and wounded by Kyrgyz border guards near Chorkuh on Tuesday, Tajik officials said.',
    'other',
  ],
  [
    'Villagers throw stones at border',
    'Residents of Tajik and Kyrgyz villages near Vorukh threw stones at each other on Tuesday over a water canal; five people were hurt.',
    'other',
  ],
  [
    'Mine blast on Uzbek border',
    'A Tajik teenager was killed by a landmine on the Tajik-Uzbek border in Zafarobod district on Tuesday.',
    'other',
  ],
  [
    'Attack on workers camp near Afghan border',
    'Gunmen attacked a workers camp in Shamsiddin Shohin district on Wednesday evening, killing two. The foreign ministry said the camp was struck from Afghan territory by a drone carrying grenades and that firearms were also used.',
    'drone-attack',
  ],
  [
    'Нападение на лагерь рабочих',
    'В среду вечером лагерь рабочих в районе Шамсиддин Шохин был атакован с афганской стороны, погибли двое. Нападавшие использовали беспилотник с гранатами и стрелковое оружие.',
    'drone-attack',
  ],
  [
    'Перестрелка с нарушителями на Пяндже',
    'В ночь на вторник пограничный наряд обнаружил нарушителей границы, переправлявшихся через Пяндж в Хамадонийском районе; на требование остановиться они открыли огонь, один нарушитель уничтожен. На месте изъято 40 кг гашиша.',
    'smuggling-shootout',
  ],
  [
    'Гибель военнослужащих на границе',
    'Во вторник в результате вооруженного инцидента на таджикско-кыргызской границе погибли двое таджикских военнослужащих. Кыргызская сторона сообщила о гибели одного своего пограничника.',
    'armed-clash',
  ],
  [
    'Kyrgyz post hit by mortars',
    'Tajik border troops fired mortars at a Kyrgyz border post near Ak-Sai on Tuesday, wounding two Kyrgyz servicemen, Bishkek said.',
    'armed-clash',
  ],
  [
    'Драка у канала',
    'Во вторник жители таджикского и кыргызского сел у канала забросали друг друга камнями; пострадали двое граждан Таджикистана и трое граждан Кыргызстана.',
    'other',
  ],
  [
    'Нарушители ликвидированы на границе',
    'Во вторник на таджикско-афганской границе в Шамсиддин Шохинском районе пограничники ликвидировали троих боевиков, проникших из Афганистана.',
    'infiltration',
  ],
  [
    'Бой с контрабандистами',
    'Во вторник пограничники Таджикистана вступили в бой с контрабандистами на Пяндже в Хамадонийском районе, двое нарушителей убиты.',
    'smuggling-shootout',
  ],
  [
    'Беспилотник атаковал заставу',
    'Во вторник беспилотник, запущенный с афганской территории, сбросил взрывчатку на таджикскую заставу в Дарвазе, ранен пограничник.',
    'drone-attack',
  ],
];

describe('"a day after the farmer died" is this incident, not another', () => {
  it('keeps the clause after "a day after" when it tells of the dead man the report is about', () => {
    const got = classifyArticle({
      title: 'Chorkuh buries herder shot in border clash',
      text:
        'ISFARA, Tajikistan - Hundreds of people walked behind the coffin of Sherali Nazarov in Chorkuh on Thursday, ' +
        'a day after the 41-year-old herder died of a gunshot wound he received during Monday’s clash on the ' +
        'Kyrgyz border.',
      published: '2026-03-06T09:00:00Z',
    });
    expect([got.killed, got.eventDate]).toEqual([1, '2026-03-02']);
  });
});

describe('the people a blast hit are its dead and its wounded', () => {
  it('counts those who did not die as wounded when no sentence counts the wounded', () => {
    const got = classifyArticle({
      title: 'У Фароба на мине подорвались трое пастухов',
      text:
        'В четверг у кишлака Фароб Пенджикентского района на таджикско-узбекской границе на противопехотной мине ' +
        'подорвались трое пастухов. Один из них скончался по дороге в районную больницу, сообщили в милиции.',
      published: '2026-05-08T08:30:00Z',
    });
    expect([got.killed, got.wounded]).toEqual([1, 2]);
  });
  it('leaves the wounded to a sentence that counts them', () => {
    const got = extractTolls([
      'Четверо детей подорвались на мине у границы.',
      'Двое погибли, один ранен, ещё один не пострадал.',
    ]);
    expect([got.killed, got.wounded]).toEqual([2, 1]);
  });
});

describe('"has since" is no tally since a date', () => {
  it('keeps the toll of a sentence about one who "has since been flown home"', () => {
    const got = classifyArticle({
      title: 'Darvoz drone was a modified quadcopter, investigators say',
      text:
        'The drone that struck a road camp near Nulvand in the Darvoz district last month came from across ' +
        'the Panj. The attack on the night of 21 April killed two workers and injured two more, including an ' +
        'engineer who has since been flown home.',
      published: '2026-05-06T08:30:00Z',
    });
    expect([got.killed, got.wounded, got.eventDate]).toEqual([2, 2, '2026-04-21']);
  });
});

describe('a border district named only in the lead', () => {
  it('dates, places and counts a drone strike told without the border or the country', () => {
    const got = assess(
      'ТРАГЕДИЯ В ПРАЗДНИК: дрон убил мать и сына',
      'Беда в районе Пяндж! Вечером в субботу в кишлак Гулшан прилетел беспилотник. Он сбросил взрывчатку ' +
        'во двор, где сидели гости. Погибли мать и её сын-подросток.',
    );
    expect([got.relevant, got.border, got.type, got.killed]).toEqual([
      true,
      'tajik-afghan',
      'drone-attack',
      2,
    ]);
  });

  it('does not make a border incident of fighting or floods in a border district', () => {
    const got = assess(
      'В Пяндже идет спецоперация',
      'Беда в районе Пяндж! В субботу силовики вступили в бой с преступной группировкой, погибли двое.',
    );
    expect(got.relevant).toBe(false);
  });
});

describe('type precedence by the codebook', () => {
  it('reads a man who triggered an anti-personnel mine as a mine blast, whoever laid the mines', () => {
    const got = assess(
      'Shepherd killed by mine',
      'A shepherd triggered an anti-personnel mine laid by militants near the Uzbek border in Shahrinav district ' +
        'on Saturday and was killed.',
    );
    expect(got.type).toBe('other');
  });

  it('reads armed raiders who beat herders and then put up armed resistance as an infiltration', () => {
    const got = assess(
      'В Даштиджуме нейтрализованы двое участников вооружённой группы',
      'Группа вооружённых лиц, незаконно пересёкших государственную границу, напала на стоянку чабанов в ' +
        'джамоате Даштиджум и избила двух чабанов. В ходе преследования члены бандгруппы оказали вооружённое ' +
        'сопротивление, двое нарушителей нейтрализованы.',
    );
    expect(got.type).toBe('infiltration');
  });

  it('reads smugglers "killed by return fire" on the Uzbek border as a smuggling shootout', () => {
    const got = assess(
      'Man shot dead on Uzbek border',
      "Uzbekistan's border committee said on Wednesday that a patrol in Urgut district had come under fire late " +
        'on Tuesday from a group of smugglers who had crossed from Tajikistan near Panjakent. One of the smugglers ' +
        'was killed by return fire, the committee said.',
    );
    expect(got.type).toBe('smuggling-shootout');
  });

  it('reads a sentence going on about a background clash ("That clash took place …") as background too', () => {
    const got = assess(
      'Vorukh man dies after brawl with Ak-Sai villagers',
      'A resident of Vorukh who was shot by a Kyrgyz villager with a hunting rifle during a stone-throwing fight ' +
        'on Saturday died on Sunday. Five other residents were hurt by stones. Tension has been high since ' +
        "September 16, when a dispute near Kulundu turned into a gunfight between the two countries' guards. " +
        'That clash took place some 60 km to the north.',
    );
    expect(got.type).toBe('other');
  });

  it.each([
    [
      'Uzbek and Tajik guards trade shots',
      'Uzbek and Tajik border guards traded shots near Farob on Monday after a dispute over a patrol route; no ' +
        'one was hurt.',
    ],
    [
      'Стрельба на узбекско-таджикской границе',
      'В понедельник у Фароба узбекские и таджикские пограничники обменялись выстрелами после спора о маршруте ' +
        'патрулирования, никто не пострадал.',
    ],
  ])("reads shots traded by two states' guards as an armed clash: %s", (title, text) => {
    const got = assess(title, text);
    expect([got.relevant, got.type]).toEqual([true, 'armed-clash']);
  });

  it('reads drones used with artillery between the Kyrgyz and Tajik forces as an armed clash', () => {
    const got = assess(
      'Kyrgyz army shells Tajik positions',
      'The Kyrgyz army used artillery and drones against Tajik positions in Isfara district on Monday as ' +
        "fighting between the two countries' forces spread, the Tajik defence ministry said.",
    );
    expect(got.type).toBe('armed-clash');
  });

  it.each(TYPE_CASES)('%s: %s', (title, text, type) => {
    expect(assess(title, text).type).toBe(type);
  });

  it.each([
    [
      'Kyrgyz troops fire on Tajik villagers at road site',
      'Villagers of Ovchi-Kalacha threw stones at a Kyrgyz road crew on Monday, and Kyrgyz soldiers opened fire ' +
        'on them. Our border guards responded, the district said. A Tajik guard and two residents were hurt.',
    ],
    [
      'Стрельба у Воруха: кто начал первым',
      'У Воруха в понедельник жители двух сел забросали друг друга камнями, затем раздались выстрелы. ' +
        'Кыргызская погранслужба заявила, что таджикские военные первыми открыли огонь; ранены двое жителей.',
    ],
  ])('calls a brawl where fire was returned an armed clash: %s', (title, text) => {
    expect(assess(title, text).type).toBe('armed-clash');
  });

  it("calls a stone fight in which one state's guards fired on the other's an armed clash", () => {
    const got = assess(
      'У Чоркуха кыргызские военнослужащие открыли огонь',
      'Жители кыргызского села забросали камнями жителей Чоркуха, чистивших канал. Затем кыргызские ' +
        'военнослужащие открыли огонь из автоматов в сторону таджикской территории. Таджикский пограничник ' +
        'получил огнестрельное ранение, двое жителей ранены камнями.',
    );
    expect(got.type).toBe('armed-clash');
  });

  it.each([
    [
      'Пограничники Узбекистана применили оружие против нарушителей',
      'На узбекско-таджикском участке границы в Денауском районе наряд обнаружил троих нарушителей, перегонявших ' +
        'скот со стороны Таджикистана. После предупредительных выстрелов пограничники применили оружие, один ' +
        'нарушитель погиб.',
      'other',
    ],
    [
      'Uzbek guards shoot man crossing from Tajikistan',
      'Uzbek border guards opened fire on two violators who crossed from Tajikistan with sacks of goods near ' +
        'Uzun on Monday night, killing one, the Uzbek border service said.',
      'other',
    ],
    [
      'Armed men attack Uzbek post from Tajikistan',
      'A group of armed men who crossed from Tajikistan attacked an Uzbek border post near Uzun on Monday night; ' +
        'two of the gunmen were killed, the Uzbek border service said.',
      'infiltration',
    ],
  ])('types guards firing on crossers by who they were: %s', (title, text, type) => {
    expect(assess(title, text).type).toBe(type);
  });

  it.each([
    [
      'Uzbek guards kill smuggler from Tajikistan',
      'Uzbek border guards shot dead one man of a group of smugglers who refused to stop after warning shots ' +
        'near Sariosiyo on Tuesday night, the Uzbek security service said; the group carried cigarettes.',
      'other',
    ],
    [
      'Узбекские пограничники застрелили контрабандиста',
      'В ночь на среду узбекские пограничники открыли огонь по группе контрабандистов у Турсунзадевского ' +
        'района; один погиб. По данным узбекской стороны, один из нарушителей выстрелил в пограничника из ' +
        'обреза.',
      'smuggling-shootout',
    ],
  ])(
    'calls smugglers shot on the Uzbek border a shootout only when they fired back (a firefight): %s',
    (title, text, type) => {
      expect(assess(title, text).type).toBe(type);
    },
  );

  it('does not call villagers who cross to open a canal a mass crossing', () => {
    const got = assess(
      'Нарушители из Таджикистана напали на наряд',
      'На узбекско-таджикской границе в Бешарыкском районе группа из 15–20 жителей соседнего Таджикистана ' +
        'незаконно пересекла границу и попыталась открыть затвор на канале. Нарушители набросились на ' +
        'военнослужащих с камнями, трое пограничников получили травмы.',
    );
    expect(got.relevant).toBe(true);
    expect(got.type).not.toBe('mass-crossing');
  });

  it('calls a firefight with gunmen who crossed from Afghanistan an infiltration, not an interstate clash', () => {
    const got = assess(
      'Tajik border guard killed in clash with gunmen on Afghan border',
      'A Tajik border guard was killed on Thursday in a gunfight with an armed group that crossed the Panj ' +
        'river into Shahritus district, the border troops said. The attackers withdrew to Afghanistan.',
    );
    expect(got.type).toBe('infiltration');
  });

  it('calls an armed group storming a post on the Uzbek border an infiltration, not a clash between states', () => {
    const got = assess(
      'Нападение на заставу «Ишкобод» на таджикско-узбекской границе',
      'Ночью вооруженная группа напала на пограничную заставу «Ишкобод» в районе Рудаки. В ходе перестрелки ' +
        'погибли один военнослужащий пограничных войск и один сотрудник милиции. Пятнадцать нападавших ' +
        'нейтрализованы.',
    );
    expect(got.type).toBe('infiltration');
  });

  it('calls an exchange of fire between Kyrgyz and Tajik guards with mortars an armed clash', () => {
    const got = assess(
      'Kyrgyz and Tajik border guards exchange fire near Vorukh',
      'Kyrgyz and Tajik border guards exchanged fire near the Tajik village of Vorukh on Wednesday, and the ' +
        'Kyrgyz side said Tajik troops used mortars. Three Kyrgyz servicemen were wounded.',
    );
    expect(got.type).toBe('armed-clash');
  });

  it('calls guards shooting a shepherd with no exchange of fire "other"', () => {
    const got = assess(
      'Tajik shepherd shot by Kyrgyz border guards',
      'A Tajik shepherd was wounded on Tuesday when Kyrgyz border guards opened fire on him near the village ' +
        'of Chorkuh in Isfara, Tajik border troops said.',
    );
    expect(got.type).toBe('other');
  });

  it.each([
    [
      'Afghan troops take refuge in Tajikistan',
      "Several hundred Afghan soldiers took refuge in Tajikistan's Darvoz district on Monday after Taliban fighters overran their posts, Tajik border troops said.",
    ],
    [
      'Афганские военные укрылись в Таджикистане',
      'Несколько сотен афганских военнослужащих укрылись на территории Таджикистана в Ишкашимском районе, спасаясь от талибов, сообщили в ГКНБ.',
    ],
    [
      'Tajikistan lets in Afghan servicemen',
      'Tajik border guards on Sunday let in 134 Afghan servicemen who had fled the Taliban advance, the border troops said.',
    ],
    [
      'Tajikistan admits Afghan army personnel',
      'Tajikistan allowed 1,037 members of the Afghan army and police to enter its territory on humanitarian grounds on Monday night, the security committee said.',
    ],
    [
      'Таджикистан пропустил афганских военных',
      'Пограничники Таджикистана в воскресенье пропустили на территорию республики 152 военнослужащих ВС Афганистана, отступивших под натиском талибов.',
    ],
    [
      'Афганские силовики укрылись в Таджикистане',
      'Свыше двухсот афганских силовиков во вторник укрылись в Таджикистане после боев с талибами у переправы.',
    ],
  ])('calls hundreds of soldiers fleeing over the border a mass crossing: %s', (title, text) => {
    const got = assess(title, text);
    expect(got.relevant).toBe(true);
    expect(got.type).toBe('mass-crossing');
  });

  it('does not call gunmen smugglers because traffickers are said to be active in the area', () => {
    const got = assess(
      'Four gunmen killed crossing from Afghanistan',
      'Tajik border guards killed four armed men who crossed the Panj into Shamsiddin Shohin district early ' +
        'on Sunday, the border troops said. Dushanbe has asked Kabul to stop the destabilisation of the area, ' +
        'where drug traffickers and militant groups are active.',
    );
    expect(got.type).toBe('infiltration');
  });

  it.each([
    [
      'Guards fight armed group on the Panj',
      'An armed group crossed the Panj into Farkhor district overnight and opened fire on a Tajik patrol; two ' +
        'of the gunmen were killed, the border troops said. Analysts said the rifles and grenades pointed to ' +
        'a militant cell rather than a smuggling gang.',
      'infiltration',
    ],
    [
      'Нападение на пограничный наряд в Дарвазе',
      'Вооружённая группа, переправившаяся через Пяндж, обстреляла пограничный наряд в Дарвазском районе; ' +
        'один пограничник погиб. Версия о контрабандистах рассматривается, но характер нападения указывает ' +
        'скорее на боевиков.',
      'infiltration',
    ],
    [
      'Житель Шаартуза погиб от выстрела узбекского пограничника',
      'Узбекские пограничники застрелили жителя Шаартузского района у линии границы. Родственники говорят, ' +
        'что он пас скот и никогда не занимался контрабандой.',
      'other',
    ],
    [
      'Gunmen killed after crossing into Ishkoshim',
      'Three armed men who crossed the Panj into Ishkoshim district were killed by Tajik border troops on ' +
        'Friday. A local official said the group may have been smugglers or men settling a feud.',
      'infiltration',
    ],
    [
      'Border officer killed in second firefight with gunmen',
      'A Tajik border officer was killed on Thursday in a firefight with gunmen who crossed the Panj into ' +
        'Vanj district. Downstream in Khatlon, armed drug smugglers regularly clash with Tajik guards.',
      'infiltration',
    ],
  ])(
    'does not call people smugglers where the article denies it or sets it against another reading: %s',
    (title, text, type) => {
      expect(assess(title, text).type).toBe(type);
    },
  );

  it('still calls couriers caught with "no less than" a load of drugs smugglers', () => {
    const got = assess(
      'Перестрелка с наркокурьерами на Пяндже',
      'В Шамсиддин-Шохинском районе пограничники вступили в перестрелку с нарушителями, переправившимися с ' +
        'афганского берега; один нарушитель убит. На месте изъято не менее 20 кг гашиша.',
    );
    expect(got.type).toBe('smuggling-shootout');
  });

  it('calls an Uzbek guard shooting a herder his side says crossed the border "other", not an infiltration', () => {
    const got = assess(
      'Житель Согдийской области погиб от выстрела узбекского пограничника',
      'Гражданин Таджикистана погиб на таджикско-узбекской границе в Зафарабадском районе: вечером в ' +
        'воскресенье в него выстрелил военнослужащий пограничных войск Узбекистана. По словам родственников, ' +
        'он пас скот у линии границы. Узбекская сторона утверждает, что мужчина нарушил государственную границу.',
    );
    expect(got.type).toBe('other');
  });

  it('calls mortar rounds from Afghanistan that hit a Tajik village, with no fire returned, shelling', () => {
    const got = assess(
      'Mortar rounds from Afghanistan hit Tajik village',
      'Three mortar rounds fired from the Afghan bank landed in a village in Farkhor district on Saturday, ' +
        'wounding two children, Tajik border troops said. The mortar shells came from Takhar province; Tajik ' +
        'guards did not return fire.',
    );
    expect(got.type).toBe('shelling');
  });
});

describe('page furniture', () => {
  it('reads every article of the blind tuning part the same with a date line above its text', () => {
    const differ: string[] = [];
    for (const article of loadDevset(TUNING)) {
      const read = (text: string) => {
        const got = classifyArticle({ title: article.title, text, published: article.published });
        return JSON.stringify({ ...got, score: 0, evidence: null });
      };
      if (read(`${article.published.slice(0, 10)}\n${article.text}`) !== read(article.text))
        differ.push(article.id);
    }
    expect(differ).toEqual([]);
  });

  it.each(['3 March 2026, 11:45', '03.03.2026 11:45', 'Просмотров: 3 418'])(
    'takes "%s" above the text for a metadata line, not a sentence',
    (line) => {
      const title = 'Two Tajik border guards killed in clash with gunmen';
      const text =
        'Two Tajik border guards were killed on Tuesday in a clash with gunmen who crossed from Afghanistan. ' +
        'The border troops said the attackers fled. A third guard was wounded in Shahritus district.';
      const plain = assess(title, text);
      const withLine = assess(title, `${line}\n${text}`);
      expect({ ...withLine, score: 0, evidence: null }).toEqual({ ...plain, score: 0, evidence: null });
    },
  );
});

describe('wounds told by where they struck, by a state, or as "more" and "of them"', () => {
  it.each([
    ['A Tajik conscript was hit in the abdomen during the exchange.', 1],
    ['One guard was shot in the hip and another in the knee.', 1],
    ['A woman from Vorukh suffered a head injury.', 1],
    ['Two men needed hospital treatment after the brawl.', 2],
    ['Two guards died, and three more were hurt.', 3],
    ['The crowd led away two Kyrgyz guards, one of them with a head injury.', 1],
    ['Five villagers were treated for head wounds at the district clinic.', 5],
  ])('%s: %i wounded', (sentence, wounded) => {
    expect(extractTolls([sentence]).wounded).toBe(wounded);
  });

  it('counts a state only the wounded are in when nothing else in the sentence counts them', () => {
    expect(extractTolls(['One Tajik serviceman remains in critical condition.']).wounded).toBe(1);
    // Of those already counted, not more people.
    expect(
      extractTolls(['Пятеро жителей Чоркуха получили ранения, двое из них в тяжелом состоянии.']).wounded,
    ).toBe(5);
  });

  it('does not count the wounds of the dead, or a part of a count in commas, as the wounded of "of them"', () => {
    expect(extractTolls(['Three guards were killed, two of them were shot in the head.']).wounded).toBeNull();
    expect(extractTolls(['Five villagers, two of them children, were injured.']).wounded).toBe(5);
    expect(extractTolls(['Шесть человек пострадали, трое из них госпитализированы.']).wounded).toBe(6);
  });

  it('takes a report whose only casualty is a guard in critical condition for an incident', () => {
    const got = assess(
      'Kyrgyz border guard in critical condition after night shooting at Tajik frontier',
      'A Kyrgyz border guard is in critical condition after Tajik servicemen opened fire on a patrol near the ' +
        'village of Kok-Tash on Thursday night, the Kyrgyz border service said.',
    );
    expect(got.relevant).toBe(true);
    expect(got.wounded).toBe(1);
  });
});

describe('deaths in words the toll reader did not know, and one death told twice', () => {
  it.each([
    ['Двое пастухов умерли в районной больнице.', 2],
    ['Four men drowned when their boat overturned on the Panj.', 4],
    ['Пограничник был зарезан нарушителями.', 1],
    ['A Tajik farmer was beaten to death by the patrol.', 1],
    ['Two fishermen perished in the shelling.', 2],
    ['Оба пастуха найдены мертвыми у арыка.', 2],
  ])('%s: %i dead', (sentence, killed) => {
    expect(extractTolls([sentence]).killed).toBe(killed);
  });

  it('reads a wounded man who died, told with the clause of his wounding, as one of the wounded', () => {
    const got = extractTolls([
      'Пятеро жителей Чоркуха получили ранения.',
      'Один из жителей Чоркуха, получивших ранения в субботу, скончался в больнице.',
    ]);
    expect([got.killed, got.wounded]).toEqual([1, 4]);
    const en = extractTolls([
      'Four guards were wounded.',
      'One of the guards who were wounded in the exchange, a 22-year-old private, died on Monday.',
    ]);
    expect([en.killed, en.wounded]).toEqual([1, 3]);
  });

  it('counts a death of the wounded told again in a later sentence once', () => {
    const got = extractTolls([
      'Трое пограничников получили ранения, один из них позже скончался.',
      'Один из них, 20-летний рядовой, получил ранение в грудь и скончался в госпитале.',
    ]);
    expect([got.killed, got.wounded]).toEqual([1, 2]);
  });
});

describe('the town of the hospital and the home of the dead are not the place', () => {
  it("leaves out a place named as the hospital's town and the town a guard came from", () => {
    const got = assess(
      'Пограничник скончался в хорогской больнице',
      'Пограничник, раненный в перестрелке на участке Ишкашимского района, скончался в хорогской больнице. ' +
        'Погибший был родом из Куляба.',
    );
    expect(got.place).toMatch(/Ishk[ao]shim|Ишкашим/);
  });
});

describe('border villages and posts the gazetteer did not know', () => {
  it.each([
    [
      'Перестрелка на границе',
      'В районе Калаи-Хумба в среду пограничники вступили в бой с группой, прибывшей из Афганистана. Погиб один нарушитель.',
      /Kalaikhumb/,
    ],
    [
      'Стрельба у Исфаны',
      'Во вторник у Исфаны кыргызские и таджикские пограничники обменялись огнем, ранен один военнослужащий.',
      /Isfana/,
    ],
    [
      'Uzbek guards shoot herder',
      'Uzbek border guards shot and wounded a herder from Mirzoobod in Zafarobod district on Monday, Tajik officials said.',
      /Mirzoobod/,
    ],
    [
      'Нарушители атаковали наряд',
      'В среду у кишлака Хостав Дарвазского района группа из Афганистана атаковала пограничный наряд, ранен один пограничник.',
      /Khostav/,
    ],
  ])('%s: the place', (title, text, place) => {
    const got = assess(title, text);
    expect(got.relevant).toBe(true);
    expect(got.place).toMatch(place);
  });

  it('knows a village by the Sokh enclave for one on no Tajik border', () => {
    const got = assess(
      'Stone fight near Sokh',
      'Residents of Chechme and Khushyar threw stones at each other on Tuesday; four people were hurt, Kyrgyz police said.',
    );
    expect(got.relevant).toBe(false);
  });
});

describe('an earlier season or a month named by its adjective is background', () => {
  it.each([
    [
      'Deminers hand back pasture in Farkhor',
      'Deminers handed back 30 hectares of pasture near Kokul in Farkhor district on Tuesday, the mine action centre said. ' +
        'Last summer a herder was killed and his son lost a leg on a mine near the village of Kokul.',
    ],
    [
      'В Хороге наградили пограничников',
      'В Хороге во вторник прошло торжественное собрание, лучшим пограничникам вручили награды. Часть наград — за ' +
        'мартовские бои в Дарвазском районе, где погибли трое военнослужащих.',
    ],
  ])('%s: no incident', (title, text) => {
    expect(assess(title, text).relevant).toBe(false);
  });
});

describe('Tajikistan known by its border force, its old detachments, and a film of an old battle', () => {
  it('takes the GKNB on the Afghan bank for Tajikistan, unless the report names Tajikistan elsewhere', () => {
    const got = assess(
      'Наряд обстрелян с сопредельной стороны',
      'В ночь на четверг с афганского берега был обстрелян пограничный наряд ГКНБ. Ранен один военнослужащий.',
    );
    expect([got.relevant, got.border]).toEqual([true, 'tajik-afghan']);
  });

  it('knows the Moscow border detachment for the Hamadoni (Moskovsky) stretch of the Panj', () => {
    const got = assess(
      'Russian border post attacked on the Panj',
      'Russian border guards repelled an attack on a post of the Moscow border detachment on Wednesday; two guards ' +
        'were killed.',
    );
    expect([got.relevant, got.place]).toEqual([true, 'Hamadoni']);
  });

  it('does not take a documentary of an old battle for an incident', () => {
    const got = assess(
      "'Post Eleven', a documentary, first shown 3 March 2026",
      'NARRATOR: At dawn the first mortar round lands in the yard of a post of the Moscow border detachment. ' +
        'NARRATOR: By noon, nineteen of its defenders are dead.',
    );
    expect(got.relevant).toBe(false);
  });
});

describe('sides and groups named by a report, an ellipsis or "the"', () => {
  it.each([
    [
      'По сведениям узбекской стороны, погибли двое граждан; таджикская сторона сообщила об одном погибшем.',
      3,
      null,
    ],
    ['Six of its guards were injured, while the other side said four.', null, 10],
    ['С узбекской стороны ранены 6 человек, с таджикской — трое.', null, 9],
    ['The sergeant and three of the gunmen were killed.', 4, null],
  ])('%s', (sentence, killed, wounded) => {
    const got = extractTolls([sentence]);
    expect([got.killed, got.wounded]).toEqual([killed, wounded]);
  });

  it('does not take a man named after "of the", or people in the plural, for one more person', () => {
    expect(extractTolls(['Relatives of the herder and two neighbours were hurt.']).wounded).toBe(2);
    expect(extractTolls(['The guards and two civilians were wounded.']).wounded).toBe(2);
  });
});

describe('one dead man told in the singular in several ways', () => {
  it('reads "a suspected courier" and "a Tajik man" in two sentences as one man', () => {
    const got = extractTolls([
      'Uzbek border guards shot dead a suspected courier near Bekabad overnight, the border committee said.',
      'The men ignored an order to stop and the guards opened fire, killing a Tajik man.',
    ]);
    expect(got.killed).toBe(1);
  });

  it('counts "a national" as a person', () => {
    expect(extractTolls(['The guards opened fire, killing an Afghan national.']).killed).toBe(1);
  });

  it('still adds one man more when a sentence says so', () => {
    const got = extractTolls([
      'Uzbek border guards shot dead a suspected courier near Bekabad overnight.',
      'A second man, a Tajik national, was also killed.',
    ]);
    expect(got.killed).toBe(2);
  });
});

describe('people of different ranks told one at a time are different people', () => {
  it('counts a private and a sergeant wounded in two sentences as two', () => {
    const got = extractTolls([
      'Рядовой Каримов получил огнестрельное ранение бедра.',
      'Сержант Саидов получил осколочное ранение руки.',
    ]);
    expect(got.wounded).toBe(2);
    expect(
      extractTolls(['A private was shot in the leg.', 'A lieutenant suffered shrapnel wounds.']).wounded,
    ).toBe(2);
  });

  it('still reads one man told of twice by the same rank as one', () => {
    const got = extractTolls([
      'Младший сержант Саидов получил ранение.',
      'Сержанта доставили в госпиталь Хорога.',
    ]);
    expect(got.wounded).toBe(1);
  });
});

describe('a headline of a trend is analysis, not an incident', () => {
  it.each([
    [
      'Why the Isfara valley keeps boiling over',
      'Three weeks ago Kyrgyz and Tajik guards traded fire near Kok-Tash and two men were wounded. It was the third ' +
        'such exchange this spring, and residents on both sides say nobody expects it to be the last.',
    ],
    [
      'Мины на узбекской границе: чем грозит затянувшееся разминирование',
      'В среду на мине у кишлака Ошоба подорвался чабан, он погиб. За двадцать лет на этом участке погибли десятки ' +
        'жителей, а разминирование идёт медленно.',
    ],
  ])('%s', (title, text) => {
    expect(assess(title, text).relevant).toBe(false);
  });

  it('still reads a headline that asks why of one incident as that incident', () => {
    const got = assess(
      'Kok-Tash: why a quarrel over a canal became a gunfight',
      'Kyrgyz and Tajik border guards exchanged fire near Kok-Tash on Tuesday after villagers quarrelled over a ' +
        'canal; two Kyrgyz guards were wounded.',
    );
    expect(got.relevant).toBe(true);
  });
});

describe('a neighbour service that names Tajikistan only as "the neighbouring state"', () => {
  it('takes its district on the Tajik border, its guards and the unnamed neighbour in the lead for a Tajik incident', () => {
    const got = assess(
      'Пограничники задержали нарушителя',
      'Пограничные войска Узбекистана сообщили об инциденте на государственной границе в Папском районе. ' +
        'Вечером в среду двое граждан соседнего государства перешли линию границы и напали на пограничный наряд; ' +
        'один нарушитель ранен и задержан.',
    );
    expect([got.relevant, got.border]).toEqual([true, 'tajik-uzbek']);
  });

  it('does so for a Kyrgyz post on the Tajik border', () => {
    const got = assess(
      'ГПС: нарушитель ранен',
      'Пограничный наряд заставы «Кайрагач» в среду применил оружие против гражданина соседнего государства, ' +
        'пытавшегося незаконно пересечь границу. Нарушитель ранен.',
    );
    expect([got.relevant, got.border]).toEqual([true, 'tajik-kyrgyz']);
  });

  it('reads villagers driven off across the line by armed men, told by a Kyrgyz service, as an incident', () => {
    const got = assess(
      'В Лейлекском районе двух сельчан увели за линию границы',
      'Двое жителей села Кулунду Лейлекского района сегодня днём были схвачены людьми в камуфлированной форме и ' +
        'вывезены на сопредельную территорию, сообщили в Государственной пограничной службе.',
    );
    expect([got.relevant, got.border, got.type]).toEqual([true, 'tajik-kyrgyz', 'other']);
  });

  it('reads a stone fight with "the neighbouring village" on an undescribed section as an incident', () => {
    const got = assess(
      'В Баткенском районе жители приграничных сёл закидали друг друга камнями',
      'Сегодня у оросительного канала в Баткенском районе произошла массовая драка: жители соседнего села начали ' +
        'углублять русло на неописанном участке, стороны стали забрасывать друг друга камнями. С нашей стороны ' +
        'пострадали четыре человека.',
    );
    expect([got.relevant, got.border, got.type, got.wounded]).toEqual([true, 'tajik-kyrgyz', 'other', 4]);
  });

  it('knows Nizhniy Panj written with a space', () => {
    const got = assess(
      'Rockets hit Nizhniy Panj',
      'Rockets fired from Afghanistan hit Nizhniy Panj on Monday, killing a woman.',
    );
    expect(got.place).toBe('Panji Poyon');
  });

  it('tells the town of Panj ("в Пяндже", "на окраину Пянджа", "жители Пянджа") from the river', () => {
    const got = assess(
      'Жители Пянджа просят укрытия',
      'В четверг вечером на окраину Пянджа упали две мины, выпущенные с противоположного берега; ранен пожилой ' +
        'мужчина. Жители Пянджа просят власти построить укрытия.',
    );
    expect([got.relevant, got.border, got.place]).toEqual([true, 'tajik-afghan', 'Panj district']);
  });

  it('reads a case opened into the death of a shepherd "shot by" guards as an incident', () => {
    const got = assess(
      'Case opened over herder',
      'Prosecutors in Sughd opened a criminal case on Tuesday into the death of a shepherd shot by Kyrgyz ' +
        'border guards near Ovchi-Kalacha on Sunday.',
    );
    expect([got.relevant, got.border, got.killed, got.place]).toEqual([
      true,
      'tajik-kyrgyz',
      1,
      'Ovchi-Kalacha',
    ]);
  });

  it('reads a funeral in a home district off the border as a follow-up, the place where they died', () => {
    const got = assess(
      'В Восе похоронили пограничников',
      'Во вторник в Восейском районе похоронили двоих военнослужащих пограничных войск, погибших после боя на ' +
        'шурообадском участке границы в ночь на воскресенье.',
    );
    expect([got.relevant, got.border, got.killed, got.place]).toEqual([true, 'tajik-afghan', 2, 'Shurobod']);
  });

  it('reads mudflows ("сход селей") as a disaster, not an incident', () => {
    const got = assess(
      'Сели в Рушанском районе',
      'Сильные дожди вызвали сход селей в Рушанском районе; в кишлаке у слияния Бартанга с Пянджем под завалом ' +
        'погибла женщина.',
    );
    expect(got.relevant).toBe(false);
  });

  it('puts Internatsional in Bobojon Gafurov district, on the Tajik side facing Arka', () => {
    expect(PLACE_WITHIN.Internatsional).toBe('Bobojon Gafurov');
    expect(PLACES.find((p) => p.name === 'Internatsional')?.country).toBe('TJ');
  });

  it('does not do so for a district far from Tajikistan', () => {
    const got = assess(
      'Пограничники задержали нарушителя',
      'Пограничные войска Узбекистана сообщили об инциденте на государственной границе в Кунградском районе. ' +
        'Вечером в среду двое граждан соседнего государства перешли линию границы и напали на пограничный наряд; ' +
        'один нарушитель ранен и задержан.',
    );
    expect(got.relevant).toBe(false);
  });
});

describe('"since Tuesday" is the span of this incident; a count with its part on one side is both sides\' total', () => {
  it('counts the dead "since Tuesday evening" as this incident\'s', () => {
    const got = assess(
      'Truce agreed on the Kyrgyz-Tajik border',
      'Kyrgyz and Tajik border commanders agreed a truce near Surkh on Thursday. Since Tuesday evening three ' +
        'servicemen have died, two of them Kyrgyz.',
    );
    expect(got.killed).toBe(3);
  });

  it('reads "12 people were hurt, seven of them on the Tajik side" as 12 in all, whatever the other sentences add', () => {
    const got = extractTolls([
      'Two Kyrgyz guards were wounded on Monday.',
      'In all, 12 people have been hurt since Monday, seven of them on the Tajik side.',
    ]);
    expect(got.wounded).toBe(12);
  });
});

describe('people named between dashes, and a wound "incompatible with life"', () => {
  it('counts the people of a count whose names and years of birth stand between dashes before the predicate', () => {
    const got = extractTolls([
      'Ещё двое жителей Воруха — Каримов Б., 1985 года рождения, и Саидов Н., 1999 года рождения, — получили огнестрельные ранения.',
    ]);
    expect(got.wounded).toBe(2);
  });

  it('reads "получил ранение, несовместимое с жизнью" as a death, not a wound', () => {
    const got = extractTolls(['Рядовой Одинаев получил ранение, несовместимое с жизнью.']);
    expect([got.killed, got.wounded]).toEqual([1, null]);
  });
});

describe('a corporal is one of the forces, however long his name and particulars', () => {
  it('finds the group of a singular death whose subject stands many words before it', () => {
    const [figure] = readSentenceTolls(
      'в результате обстрела ефрейтор пограничных войск каримов бахтиёр салимович, 2001 года рождения, уроженец района ' +
        'бободжон гафуров, получил ранение, несовместимое с жизнью.',
    ).figures;
    expect(figure?.group).toBe('defender');
  });

  it("calls fire by one state's guards that killed the other's corporal an armed clash, not guards firing on villagers", () => {
    const got = assess(
      'У Сурха погиб таджикский ефрейтор',
      '14 июня жители Сурха и соседнего кыргызского села Ак-Сай забросали друг друга камнями. Военнослужащие ' +
        'Пограничной службы Кыргызской Республики открыли огонь в сторону таджикского пограничного наряда. В результате ' +
        'обстрела ефрейтор Пограничных войск Каримов Б., 2001 года рождения, уроженец Исфары, получил ранение, ' +
        'несовместимое с жизнью.',
    );
    expect(got.type).toBe('armed-clash');
  });
});

describe('the eve of a weekday the sentence names, and "около полуночи с 17 на 18"', () => {
  it('dates "погибшего накануне" in a sentence about Friday\'s funeral to Thursday', () => {
    const got = classifyArticle({
      title: 'В Понгозе похоронили чабана',
      text:
        'В пятницу в кишлаке Понгоз Аштского района похоронили чабана, погибшего накануне вечером на пастбище у ' +
        'таджикско-узбекской границы. По словам родственников, в него стреляли узбекские пограничники.',
      published: '2026-03-08T09:00:00Z',
    });
    expect(got.eventDate).toBe('2026-03-05');
  });

  it('dates a clash "около полуночи с 17 на 18 сентября" to the 17th', () => {
    const got = classifyArticle({
      title: 'Перестрелка у Панджи Поёна',
      text: 'Перестрелка с контрабандистами произошла около полуночи с 17 на 18 сентября у Панджи Поёна, погиб пограничник.',
      published: '2026-09-21T09:00:00Z',
    });
    expect(got.eventDate).toBe('2026-09-17');
  });
});

describe('deaths at a post that no incident caused', () => {
  it.each([
    [
      'Conscript shoots comrades at Shahritus post',
      'A conscript opened fire on his comrades at a border post in Shahritus on Monday, killing two, before he was detained.',
    ],
    [
      'Солдат застрелил сослуживцев',
      'В понедельник на заставе в Фархорском районе военнослужащий срочной службы застрелил двух сослуживцев и был задержан.',
    ],
    [
      'Guard dies of pneumonia at Murghab post',
      'A border guard died of pneumonia at a post in Murghab district on Monday, the border troops said.',
    ],
  ])('%s', (title, text) => {
    expect(assess(title, text).relevant).toBe(false);
  });
});

describe('crimes and police operations near the border, and casualties on the far bank', () => {
  it.each([
    [
      'Two killed in police operation in Khorog',
      'Two suspects were killed in a police operation in Khorog on Monday, the interior ministry said.',
    ],
    [
      'В Пяндже при задержании убит подозреваемый',
      'В понедельник в Пяндже при задержании подозреваемых в экстремизме убит один человек, сообщили в МВД.',
    ],
    [
      'Убит водитель в Шахритусе',
      'Тело водителя нашли в понедельник в Шахритусе; подозреваемых в убийстве задержали у узбекской границы.',
    ],
    [
      'Afghan herders killed by mine',
      'Two Afghan herders were killed by a mine on the Afghan bank of the Panj opposite Khorog on Monday, Afghan officials said.',
    ],
  ])('%s', (title, text) => {
    expect(assess(title, text).relevant).toBe(false);
  });
});

describe('people beaten are hurt', () => {
  it.each([
    ['Three villagers were beaten.', 3],
    ['Пограничники избили двоих водителей.', 2],
    ['Четверо жителей были избиты.', 4],
  ])('%s: %i wounded', (sentence, wounded) => {
    expect(extractTolls([sentence]).wounded).toBe(wounded);
  });

  it("counts a beating's people as the article's wounded", () => {
    const got = assess(
      'У Кулунду избили троих кыргызстанцев',
      'В понедельник у Кулунду жители таджикского села задержали и избили троих граждан Кыргызстана, сообщила ' +
        'пограничная служба. Пострадавшие доставлены в больницу Лейлекского района.',
    );
    expect(got.wounded).toBe(3);
  });
});

describe('one wounded man told without a count', () => {
  it.each([
    ['Guards opened fire on two brothers, killing one of them and wounding the other.', 1, 1],
    ['They killed one of the men and wounded the other.', 1, 1],
    ['The younger brother, 19, was hit in the left hand and ran back to the village.', null, 1],
    ['The man was shot in the right leg.', null, 1],
    ['The junior sergeant received a gunshot wound to the arm.', null, 1],
    ['A guard received a cut to the forearm.', null, 1],
    ['One border guard was stabbed in the arm.', null, 1],
    ['Two smugglers were killed; a third, wounded in the leg, was detained.', 2, 1],
  ])('%s', (sentence, killed, wounded) => {
    const got = extractTolls([sentence]);
    expect([got.killed, got.wounded]).toEqual([killed, wounded]);
  });

  it('reads a fatal wound of one man as no wounded', () => {
    expect(extractTolls(['The man received a gunshot wound from which he died at the scene.']).wounded).toBe(
      null,
    );
  });
});

describe('more of the people and phrasings a report counts', () => {
  it.each([
    [
      'Two brothers aged eight and eleven were killed when they stepped on a mine. No one else was hurt.',
      2,
      0,
    ],
    // (As the classifier hands it over: dashes normalised to a hyphen.)
    ['DUSHANBE, Dec. 28 - Two Tajik border guards were wounded, one of them seriously.', null, 2],
    ['Three of the traffickers were shot dead; the last, wounded in the leg, was taken prisoner.', 3, 1],
    ['The boy, hit in the hip, was carried home by his cousins.', null, 1],
    ['The other, shot in the arm, managed to swim back to the Afghan bank.', null, 1],
    ['A grandmother and her granddaughter were blown to pieces by a landmine.', 2, null],
  ])('%s', (sentence, killed, wounded) => {
    const got = extractTolls([sentence]);
    expect([got.killed, got.wounded]).toEqual([killed, wounded]);
  });

  it('reads a repelled attempt to break through the state border in a named district as an incident', () => {
    const got = assess(
      'Border troops repel breakthrough attempt',
      'On the night of 1 to 2 March, an armed formation of the opposition numbering up to 40 men attempted to ' +
        'break through the state border in the Shohin district. Two servicemen were killed and five received ' +
        'wounds of varying severity, the SCNS border troops said.',
    );
    expect([got.relevant, got.border, got.killed, got.wounded]).toEqual([true, 'tajik-afghan', 2, 5]);
  });
});

describe('Russian tallies, wounds of the dead and one more wounded', () => {
  it.each([
    [
      'Число граждан Кыргызстана, погибших в ходе эскалации, выросло до 59. Двое из них скончались в больницах от полученных ранений. Раненых насчитывается 144.',
      59,
      144,
    ],
    ['От полученных ранений 20-летний рядовой скончался на месте.', 1, null],
    ['В госпитале скончался 22-летний пограничник, получивший тяжёлое ранение в прошлую субботу.', 1, null],
    ['Взрывом убило трёх ослов, на которых косари собирались везти сено.', null, null],
    ['Ещё около десятка человек с обеих сторон обратились за медицинской помощью.', null, 10],
    ['Его старшая сестра с тяжёлыми ранениями доставлена в областную больницу.', null, 1],
    ['Один контрабандист убит. Ранение получил и военнослужащий пограничных войск.', 1, 1],
    ['Погибших нет, ранены двое таджикских военнослужащих и один талиб.', 0, 3],
  ])('%s', (text, killed, wounded) => {
    const sentences = text.replace(/ё/g, 'е').split(/(?<=\.) /);
    const got = extractTolls(sentences);
    expect([got.killed, got.wounded]).toEqual([killed, wounded]);
  });
});

describe('drowning beside the violence', () => {
  it('reads people drowned fleeing the guards as no accident', () => {
    const got = assess(
      'Один утонул, один ранен: задержание наркокурьеров на Пяндже',
      'Вчера на рассвете на участке Кумсангирского погранотряда пограничники пресекли переправу группы ' +
        'наркокурьеров. Нарушители открыли огонь; одного из них ранили и задержали, ещё один, пытаясь уйти ' +
        'вплавь, утонул.',
    );
    expect([got.relevant, got.type]).toEqual([true, 'smuggling-shootout']);
  });

  it('keeps a drowning with no violence an accident', () => {
    expect(
      assess(
        'Двое пограничников утонули в Пяндже',
        'Двое военнослужащих Пянджского погранотряда утонули в субботу, переправляясь через реку на лодке, ' +
          'сообщили в погранвойсках.',
      ).relevant,
    ).toBe(false);
  });
});

describe('objects, ages, sides told by country, asides and old names', () => {
  it.each([
    ['A grandmother of 62 was killed by a landmine.', 1, null],
    ['The detail returned fire and neutralised him.', 1, null],
    ['The guards shot him dead on the border line.', 1, null],
    ['Пограничники открыли огонь на поражение и застрелили его.', 1, null],
    [
      'Со стороны Кыргызстана, по предварительным данным, погибли трое, со стороны Таджикистана - один пограничник.',
      4,
      null,
    ],
    ['Пострадавших, по её словам, уже 154.', null, 154],
    ['Удар по школе унёс жизни шести мирных жителей.', 6, null],
  ])('%s', (sentence, killed, wounded) => {
    const got = extractTolls([sentence.replace(/ё/g, 'е')]);
    expect([got.killed, got.wounded]).toEqual([killed, wounded]);
  });

  it('reads "he died" after one wounded man as his death', () => {
    const got = extractTolls([
      'Major Olimov received a severe gunshot wound to the abdomen.',
      'His comrades tried to get him to hospital, but he died on the way from loss of blood.',
    ]);
    expect(got.killed).toBe(1);
  });

  it('reads "succumbed to her wounds" as no one more killed', () => {
    expect(extractTolls(['A 61-year-old woman succumbed to her wounds in hospital.']).killed).toBe(1);
  });

  it('knows Parkhar, the old name of Farkhor', () => {
    const got = assess(
      'Миномётный обстрел кишлака в Пархаре',
      'Вечером 5 марта с сопредельной афганской территории был обстрелян из миномётов приграничный кишлак ' +
        'Пархарского района. Погибла местная жительница, двое её детей ранены.',
    );
    expect([got.relevant, got.border, got.place]).toEqual([true, 'tajik-afghan', 'Farkhor']);
  });
});

describe('the toll of a war between the states', () => {
  it.each([
    [
      'Kyrgyz toll from border conflict rises to 33',
      'The number of Kyrgyz citizens killed in the conflict on the border with Tajikistan that began on Monday has reached 33, the deputy health minister said.',
    ],
    [
      'Минздрав Кыргызстана: 59 погибших',
      'Число граждан Кыргызстана, погибших в ходе эскалации на границе с Таджикистаном, начавшейся в понедельник, выросло до 59, сообщили в Минздраве.',
    ],
  ])('%s: an armed clash', (title, text) => {
    expect(assess(title, text).type).toBe('armed-clash');
  });

  it('keeps guards firing on a herder "other" without a war named', () => {
    const got = assess(
      'Kyrgyz guards shoot Tajik herder',
      'Kyrgyz border guards shot and wounded a Tajik herder near Vorukh on Monday, the Tajik border troops said.',
    );
    expect(got.type).toBe('other');
  });
});

describe('days told in Russian words', () => {
  it.each([
    [
      'Третьего мая у кишлака в Айнинском районе трое чабанов подорвались на минах у таджикско-узбекской границы.',
      '2003-05-03',
    ],
    [
      'Двадцать первого мая у кишлака в Айнинском районе трое чабанов подорвались на минах у таджикско-узбекской границы.',
      '2003-05-21',
    ],
    [
      'В первый день мая у пункта пропуска «Патар» на таджикско-узбекской границе вспыхнула драка, шестеро получили ушибы.',
      '2003-05-01',
    ],
    [
      'В последний день апреля на участке Шаартузского отряда пограничники вступили в перестрелку с наркокурьерами.',
      '2003-04-30',
    ],
  ])('%s', (text, date) => {
    const got = classifyArticle({
      title: 'Происшествие на границе',
      text,
      published: '2003-05-25T06:00:00Z',
    });
    expect(got.eventDate).toBe(date);
  });
});

describe('one wounded in care or custody', () => {
  it.each([
    [
      'The boy died in the regional hospital, where his younger sister is still being treated for shrapnel wounds.',
      1,
      1,
    ],
    ['A fourth man from the same group, he said, is being held in Tajikistan with a bullet wound.', null, 1],
    ['Uzbek officials say one of their guards was cut on the arm.', null, 1],
    ['Five men were taken to hospital with gunshot wounds.', null, 5],
  ])('%s', (sentence, killed, wounded) => {
    const got = extractTolls([sentence]);
    expect([got.killed, got.wounded]).toEqual([killed, wounded]);
  });
});

describe('a risen toll told with its earlier death', () => {
  it('reads "число жертв выросло до двух: ранее погибла соседка" as this incident\'s toll', () => {
    const got = assess(
      'В Кулябе умер мальчик, раненный при обстреле Чубека',
      'В больнице Куляба в пятницу скончался девятилетний мальчик, получивший осколочные ранения при ракетном ' +
        'обстреле кишлака Чубек со стороны Афганистана во вторник. Таким образом, число жертв обстрела выросло до ' +
        'двух: ранее погибла 43-летняя соседка.',
    );
    expect(got.killed).toBe(2);
  });
});

describe('a rank that heads its sentence', () => {
  it.each([
    ['The second, Ikrom, 27, who was shot in the thigh, died on 10 December in the regional hospital.', 2],
    ['Second victim of Konibodom border shooting dies', 2],
  ])('%s', (sentence, killed) => {
    expect(extractTolls([sentence]).killed).toBe(killed);
  });
});

describe('nobody hurt, with words between', () => {
  it.each([
    ['Жители заблаговременно эвакуированы, пострадавших, по предварительным данным, нет.', 0, 0],
    ['Военные пересекли границу; переход обошёлся без инцидентов и пострадавших.', 0, 0],
    ['Других пострадавших, по данным больницы, нет.', null, null],
  ])('%s', (sentence, killed, wounded) => {
    const got = extractTolls([sentence.replace(/ё/g, 'е')]);
    expect([got.killed, got.wounded]).toEqual([killed, wounded]);
  });
});

describe('members, defenders and a lost limb', () => {
  it.each([
    ['Eighteen more of the post’s defenders were wounded, officers said.', null, 18],
    ['A Tajik warrant officer and a member of an armed group were killed in a firefight.', 2, null],
    ['A herder was killed and his nephew lost a leg.', 1, 1],
  ])('%s', (sentence, killed, wounded) => {
    const got = extractTolls([sentence.replace('’', "'")]);
    expect([got.killed, got.wounded]).toEqual([killed, wounded]);
  });
});

describe('a quadcopter in Russian', () => {
  it('reads "квадрокоптер" as a drone', () => {
    const got = assess(
      'С кыргызского квадрокоптера сбросили гранату',
      'Вчера около девяти вечера над селом Ходжаи Аъло пролетел кыргызский квадрокоптер, с которого на позицию ' +
        'таджикских пограничников была сброшена граната. Легко ранен один военнослужащий.',
    );
    expect([got.relevant, got.type, got.wounded]).toEqual([true, 'drone-attack', 1]);
  });
});

describe('an analysis centred on an incident of days ago', () => {
  it('reads "ANALYSIS: Friday\'s firefight …" as a follow-up of that incident', () => {
    const got = classifyArticle({
      title: "ANALYSIS: Friday's Nizhny Panj firefight shows couriers are arming up",
      text:
        "ANALYSIS — The border service's account of Friday night's fight near the Nizhny Panj post reads like a " +
        'small battle: a group carrying some 120 kg of hashish opened up with a machine gun when challenged, and ' +
        'when it was over two Tajik border guards and five couriers lay dead.',
      published: '2015-03-30T08:00:00Z',
    });
    expect([got.relevant, got.eventDate, got.killed]).toEqual([true, '2015-03-27', 7]);
  });

  it('keeps an explainer that recaps ("Why the border heated up") an analysis', () => {
    const got = classifyArticle({
      title: "Analysis: Why the border heated up after Friday's firefight",
      text:
        'ANALYSIS — For two decades the frontier was a smugglers’ border. Last Friday’s fight near the Nizhny ' +
        'Panj post, in which two Tajik border guards died, was the fifth this winter; the analysis looks at why.',
      published: '2015-03-30T08:00:00Z',
    });
    expect(got.relevant).toBe(false);
  });
});

describe('soldiers hit by fire', () => {
  it.each([
    ['Half a dozen Tajik soldiers were hit when Kyrgyz border guards fired back.', 6],
    ['Dushanbe now admits two of its own soldiers were hit when the Kyrgyz guards fired back.', 2],
    ['Several houses were hit by mortar rounds.', null],
    ['Three houses were hit by mortar rounds.', null],
  ])('%s', (sentence, wounded) => {
    expect(extractTolls([sentence]).wounded).toBe(wounded);
  });
});

describe('"тогда" of this week', () => {
  it('reads "Тогда … получили трое, а в воскресенье один из них скончался" as this incident', () => {
    const got = assess(
      'Поножовщина у моста в Ворухе: один из раненых скончался',
      'Драка между молодыми жителями Воруха и соседнего кыргызского села, вспыхнувшая в субботу вечером у ' +
        'моста через Исфару, закончилась трагедией. Тогда ножевые ранения получили трое, а в воскресенье один ' +
        'из них, 23-летний житель Аксая, скончался в Баткенской больнице.',
    );
    expect([got.killed, got.wounded]).toEqual([1, 2]);
  });
});

describe('the Panj in a GKNB report', () => {
  it('reads fire "на Пяндже" reported with the GKNB as the Tajik–Afghan border', () => {
    const got = assess(
      'Ночью снова стреляли на Пяндже',
      'Поздно вечером в пятницу на Пяндже произошла перестрелка с группой контрабандистов: погиб один ' +
        'нарушитель, ранен военнослужащий. В ГКНБ подробности пока не сообщают.',
    );
    expect([got.relevant, got.border, got.killed, got.wounded]).toEqual([true, 'tajik-afghan', 1, 1]);
  });
  it('leaves a GKNB report of the Panj that places its incident in Uzbekistan alone', () => {
    const got = assess(
      'Узбекские пограничники задержали нарушителей',
      'На узбекском участке у Термеза задержаны двое нарушителей, ранее переправившихся через Пяндж; в ГКНБ ' +
        'Узбекистана сообщили, что один из них ранен.',
    );
    expect(got.relevant).toBe(false);
  });
});

describe('Matcha is a district, not a football match', () => {
  it('reads "застрелили жителя Матчи" in a title without a sport context', () => {
    const got = assess(
      'У Ойбека пограничники застрелили жителя Матчи',
      'В среду вечером на таджикско-узбекской границе у пункта пропуска «Ойбек» пограничники открыли огонь по ' +
        'двум мужчинам, переходившим границу в обход поста; один из них, житель Матчинского района, погиб.',
    );
    expect([got.relevant, got.killed]).toEqual([true, 1]);
    expect(got.evidence.reasons.join(' ')).not.toMatch(/sport/);
  });
  it('still reads a match as sport', () => {
    const got = assess(
      'После матча в Исфаре подрались болельщики',
      'После футбольного матча на стадионе Исфары болельщики двух команд подрались; пострадавших нет.',
    );
    expect(got.relevant).toBe(false);
  });
});

describe('shots fired by guards', () => {
  it('reads "произвели несколько выстрелов в сторону" as fire at people', () => {
    const got = assess(
      'Погранслужба: по строителям стреляли с той стороны',
      'Вчера днём у села Кок-Таш Баткенского района таджикские пограничники произвели несколько выстрелов в ' +
        'сторону рабочих, строивших дорогу, сообщили в Погранслужбе Кыргызстана. Пострадавших нет.',
    );
    expect([got.relevant, got.border, got.killed, got.wounded]).toEqual([true, 'tajik-kyrgyz', 0, 0]);
  });
});

describe('a count of the dead named with their trade', () => {
  it.each([
    [
      "The number of Afghan drug smugglers killed in yesterday's clash has risen to three, a spokesman said.",
      3,
    ],
    ['The number of smugglers killed in the clash has risen to three.', 3],
  ])('%s', (sentence, killed) => {
    expect(extractTolls([sentence]).killed).toBe(killed);
  });
});

describe('"took a bullet"', () => {
  it('reads one man who took a bullet as wounded', () => {
    const got = extractTolls([
      'A Tajik border sergeant took a bullet in the shoulder late Monday when smugglers opened fire on his patrol.',
    ]);
    expect([got.killed, got.wounded]).toEqual([null, 1]);
  });
});

describe('the toll of a conflict between the states', () => {
  it('reads "конфликт на границе … унёс жизни" counted by one state as an armed clash', () => {
    const got = assess(
      'Бишкек назвал число погибших',
      'В Бишкеке сообщили, что конфликт на границе с Таджикистаном унёс жизни 30 граждан Кыргызстана, ' +
        'пострадали 150 человек. Кыргызские пограничники, по данным ведомства, вели огонь по позициям у села.',
    );
    expect(got.type).toBe('armed-clash');
  });
  it('reads "в боях на границе" as an armed clash', () => {
    const got = assess(
      'Минздрав: 20 погибших',
      'Число погибших граждан Кыргызстана в боях на границе с Таджикистаном, начавшихся в пятницу, достигло ' +
        '20, ещё 80 человек ранены, сообщили в Минздраве республики.',
    );
    expect(got.type).toBe('armed-clash');
  });
});

describe('near misses: Tajik news that is no border incident', () => {
  it('turns down an operation against a region’s informal leader', () => {
    const got = assess(
      'Informal leader shot dead in Khorog as security operation goes on',
      'An informal leader in Gorno-Badakhshan was shot dead in Khorog on Sunday, the third week of a security ' +
        'operation in which at least 20 people have died, officials said.',
    );
    expect(got.relevant).toBe(false);
  });
  it('turns down a crime in a Tajik town off the border', () => {
    const got = assess(
      'В Дангаре обстреляли автомобиль: двое погибших',
      'В Дангаринском районе Хатлонской области в субботу вечером неизвестные обстреляли автомобиль, двое ' +
        'пассажиров погибли, водитель ранен.',
    );
    expect(got.relevant).toBe(false);
  });
  it('still reads an incident told from a border town with its border force', () => {
    const got = assess(
      'В Пяндже простились с пограничником',
      'В Пянджском районе похоронили рядового пограничных войск, погибшего в субботу в перестрелке с ' +
        'контрабандистами на берегу Пянджа.',
    );
    expect(got.relevant).toBe(true);
  });
});

describe('near misses: an electric shock is an accident', () => {
  it('turns down a soldier killed by an electric shock at a post', () => {
    const got = assess(
      'На заставе в Шуроабадском районе погиб рядовой',
      'На заставе в Шуроабадском районе во вторник погиб 19-летний рядовой пограничных войск: он получил удар ' +
        'током во время ремонта освещения.',
    );
    expect(got.relevant).toBe(false);
  });
});

describe('near misses: denials', () => {
  it('turns down a denial that says no rounds landed', () => {
    const got = assess(
      'Пограничники опровергли заявление боевиков об обстреле',
      'Пограничные войска ГКНБ опровергли заявление группировки о ракетном обстреле таджикской территории с ' +
        'афганского берега: на участке границы разрывов снарядов не зафиксировано, пострадавших нет.',
    );
    expect(got.relevant).toBe(false);
  });
  it('turns down a denial that "nothing like this happened"', () => {
    const got = assess(
      'Border forces deny gunfire with Tajik guards',
      'The border brigade rejected reports that its fighters had exchanged fire with Tajik border guards ' +
        'across the Panj near Khorog on Monday. "Nothing like this happened," a spokesman said.',
    );
    expect(got.relevant).toBe(false);
  });
});

describe('"несколькими часами ранее"', () => {
  it('reads a count revised within the day as this incident’s, not an earlier incident’s', () => {
    const got = assess(
      'Минздрав: число погибших выросло до 13',
      'Минздрав Кыргызстана сообщает уже о 13 погибших в ходе столкновений на границе с Таджикистаном — ' +
        'несколькими часами ранее речь шла о троих.',
    );
    expect([got.relevant, got.killed]).toEqual([true, 13]);
  });
});

describe('"членов" of a group', () => {
  it.each([
    ['В ходе спецоперации 15 членов преступной группы уничтожены, пятеро задержаны.', 15],
    ['Погибли двое членов семьи пограничника.', 2],
  ])('%s', (sentence, killed) => {
    expect(extractTolls([sentence]).killed).toBe(killed);
  });
});

describe('nobody hurt, in more words', () => {
  it.each([
    ['Neither side suffered casualties.'],
    ['There were no human casualties, the centre said.'],
    ['Fortunately nobody was wounded.'],
    ['По словам военного, никто не погиб и не ранен.'],
    ['Никто не ранен.'],
  ])('%s', (sentence) => {
    const got = extractTolls([sentence]);
    expect([got.killed, got.wounded]).toEqual([0, 0]);
  });
});

describe('guards firing toward people, or firing warning shots', () => {
  it('reads "fired in the direction of" villagers as an incident', () => {
    const got = assess(
      'Kyrgyz guards fire toward Khoja Alo pipe-layers',
      'Kyrgyz border guards fired in the direction of Khoja Alo residents who were replacing water pipes ' +
        'yesterday afternoon, the Tajik border service said, adding that nobody was wounded.',
    );
    expect([got.relevant, got.type, got.killed, got.wounded]).toEqual([true, 'other', 0, 0]);
  });
  it('reads guards who "fired several warning shots" over herders as an incident', () => {
    const got = assess(
      'Uzbek guards fire warning shots at Tajik herders',
      'Uzbek border guards fired several warning shots over the heads of Tajik herders who had followed their ' +
        'cattle across an unmarked section of the frontier in Konibodom district on Wednesday. No one was injured.',
    );
    expect([got.relevant, got.type, got.wounded]).toEqual([true, 'other', 0]);
  });
});

describe('a count far before its predicate, and "смертельно ранен"', () => {
  it.each([
    [
      'Двое подростков из пенджикентского кишлака Суджина, собиравших металлолом у линии границы, вчера днём получили огнестрельные ранения.',
      null,
      2,
    ],
    ['Сержант смертельно ранен на границе.', 1, null],
    ['Пограничник смертельно ранен.', 1, null],
  ])('%s', (sentence, killed, wounded) => {
    const got = extractTolls([sentence]);
    expect([got.killed, got.wounded]).toEqual([killed, wounded]);
  });
});

describe('the last of a few, and the other one’s wound by where it struck', () => {
  it.each([
    [
      'Armed men opened fire on three Tajik forest rangers, killing two of them and injuring the third, officials said.',
      2,
      1,
    ],
    ['Один ранен в ногу, второй — в руку.', null, 2],
    ['One was shot in the leg, the other in the arm.', null, 2],
  ])('%s', (sentence, killed, wounded) => {
    const got = extractTolls([sentence]);
    expect([got.killed, got.wounded]).toEqual([killed, wounded]);
  });
});

describe('fire traded in other words', () => {
  it.each([
    [
      'У Кок-Таша 15 минут стреляли',
      'Вчера около 17 часов у села Кок-Таш Баткенского района кыргызские и таджикские пограничники около 15 минут вели огонь друг по другу, сообщила Погранслужба Кыргызстана. Обошлось без пострадавших.',
    ],
    [
      'One dead as Kok-Tash water row escalates',
      'A resident of Kyrgyzstan was killed on Wednesday when a quarrel at a water intake near Kok-Tash went from stone-throwing to shooting between Kyrgyz and Tajik border troops, officials said.',
    ],
  ])('%s', (title, text) => {
    expect(assess(title, text).type).toBe('armed-clash');
  });
});

describe('", а также" in a list of the hurt', () => {
  it.each([
    [
      'В результате обстрела ранения получили двое военнослужащих, а также житель джамоата 1971 года рождения.',
      null,
      3,
    ],
    ['Ранения получили двое военнослужащих, а также двое жителей села.', null, 4],
    ['Погибли военнослужащий, а также житель села.', 2, null],
  ])('%s', (sentence, killed, wounded) => {
    const got = extractTolls([sentence]);
    expect([got.killed, got.wounded]).toEqual([killed, wounded]);
  });
});

describe('one attacker held wounded after the others were killed', () => {
  it('adds him to the guards wounded in the next sentence', () => {
    const got = extractTolls([
      'В ходе боевой операции четверо террористов нейтрализованы, один задержан с огнестрельным ранением и доставлен в медицинское учреждение под охраной.',
      'Еще двое военнослужащих получили ранения.',
    ]);
    expect([got.killed, got.wounded]).toEqual([4, 3]);
  });
});

describe('one side’s losses', () => {
  it.each([
    ['Потери нападавших, по предварительным данным, — не менее пяти человек.', 5, null],
    ['Потери нападавших, по оценке командования, составили около 30 человек.', 30, null],
    ['Все трое были уничтожены в ходе операции, но и пограничники потеряли двоих своих товарищей.', 5, null],
    ['The post lost two of its men.', 2, null],
    ['His nephew lost a leg.', null, 1],
    ['Smugglers lost 40 kilograms of heroin.', null, null],
    [
      'По словам командира группы, в бою уничтожены семнадцать оккупантов, сожжены две бронемашины.',
      17,
      null,
    ],
    [
      "The spokesman said the mujahideen had killed 'more than 40 Russian soldiers' before withdrawing.",
      40,
      null,
    ],
  ])('%s', (sentence, killed, wounded) => {
    const got = extractTolls([sentence]);
    expect([got.killed, got.wounded]).toEqual([killed, wounded]);
  });
  it('reads the attackers’ losses told in a sentence of their own', () => {
    const got = assess(
      'Застава отбила нападение',
      'Ночью боевики, переправившиеся с афганского берега, атаковали заставу Московского погранотряда. Погибли ' +
        'двое пограничников. Потери нападавших, по предварительным данным, — не менее пяти человек.',
    );
    expect(got.killed).toBe(7);
  });
});

describe('a look back over the year', () => {
  it('turns down a year-end review that retells the year’s clashes', () => {
    const got = assess(
      'Граница-2020: Кок-Таш и Ходжа-Аъло',
      'Уходящий год на границах Таджикистана не принёс большой войны, но и спокойным его не назовёшь. ' +
        'Кыргызское направление. Спор из-за воды у Кок-Таша перерос в перестрелку пограничников. Погиб один ' +
        'житель Ходжа-Аъло, ранены шестеро.',
    );
    expect(got.relevant).toBe(false);
  });
});

describe('near misses: a wedding volley, claims denied by both sides', () => {
  it('turns down shots from a wedding party taken for a clash', () => {
    const got = assess(
      'Wedding volley, not border raid, behind night alarm near the Panj',
      'FARKHOR, Aug 27 – Bursts of gunfire that sent residents of a village near the Panj running for cover late ' +
        'on Saturday came from a wedding party, not from a border clash, police said. Neighbours called the ' +
        'border post thinking smugglers were shooting.',
    );
    expect(got.relevant).toBe(false);
  });
  it('turns down claims of fire on a post that both sides denied', () => {
    const got = assess(
      'Claims of fire on Tajik post in Darvoz denied by both sides',
      'Several Telegram channels claimed that Taliban fighters had fired on a Tajik border post in Darvoz. ' +
        'Tajikistan’s border troops called the reports "completely untrue": "No shooting, no casualties, no ' +
        'incident," a spokesman said.',
    );
    expect(got.relevant).toBe(false);
  });
});

describe('a memoir of the border', () => {
  it('turns down a retired officer who "looks back"', () => {
    const got = assess(
      "'Every clash starts with a ditch': a retired border colonel looks back",
      'For nearly two decades the colonel commanded posts along the Batken stretch of the frontier with ' +
        'Tajikistan. "The worst night was when they opened fire with mortars on our post at Kok-Tash and two of ' +
        'my boys were wounded," he says.',
    );
    expect(got.relevant).toBe(false);
  });
});

describe('"похитители"', () => {
  it('reads kidnappers named as such as an incident', () => {
    const got = assess(
      'Вооружённые похитители увезли двоих пастухов за Пяндж',
      'В пятницу вечером вооружённые похитители увезли двоих пастухов из кишлака Наматгут Ишкашимского района ' +
        'на афганский берег Пянджа, сообщили в хукумате района.',
    );
    expect([got.relevant, got.type]).toEqual([true, 'other']);
  });
});

describe('one side’s tally beside the other side’s figure', () => {
  it('adds "the number of injured Kyrgyz citizens had risen to five" to the Tajik side’s wounded', () => {
    const got = extractTolls([
      'Kyrgyzstan’s health ministry said the number of injured Kyrgyz citizens had risen to five.',
      'Tajikistan’s border troops said three of their servicemen had been wounded.',
    ]);
    expect(got.wounded).toBe(8);
  });
});

describe('a count raised "from three to four"', () => {
  it('reads the count the service raised as the latest', () => {
    const got = extractTolls([
      'In Bishkek, the Kyrgyz Border Service raised its own count of wounded from three to four on Wednesday.',
    ]);
    expect(got.wounded).toBe(4);
  });
});

describe('a funeral day told further from its word', () => {
  it('dates the event, not "в пятницу в родном кишлаке … похоронили"', () => {
    const got = classifyArticle({
      title: 'В Таджикабадском районе простились с пограничником',
      text:
        'В пятницу в родном кишлаке в Таджикабадском районе похоронили 21-летнего рядового Пограничных войск, ' +
        'погибшего на границе с Кыргызстаном. Проститься с ним пришли несколько сотен человек, в том числе ' +
        'представители командования пограничного отряда. Солдата призвали прошлой осенью, до конца службы ' +
        'оставалось три месяца. Он был тяжело ранен во вторник, 19 сентября, когда на участке у ' +
        'джамоата Алга началась стрельба, и скончался ночью.',
      published: '2023-09-23T09:15:00Z',
    });
    expect(got.eventDate).toBe('2023-09-19');
  });
});

describe('"a weekend shooting"', () => {
  it('dates a follow-up to the weekend of the shooting it disputes', () => {
    const got = classifyArticle({
      title: 'Badakhshan officials say men killed by Tajik guards were not smugglers',
      text:
        'Officials in Khwahan district on Tuesday disputed Tajikistan’s account of a weekend shooting on the Panj ' +
        'river, saying that three local men killed by Tajik border troops were villagers collecting driftwood.',
      published: '2010-04-20T13:30:00Z',
    });
    expect(got.eventDate).toBe('2010-04-17');
  });
});

describe('fire exchanged with its weapons named between', () => {
  it('reads "exchanged small-arms fire" and "traded heavy fire" as an exchange of fire', () => {
    const small = classifyArticle({
      title: 'Safety advisory: firing on the river road',
      text:
        'SAFETY ADVISORY – On 14 May at about 17:00, Taliban border units and Tajik border troops exchanged ' +
        'small-arms fire across the Panj opposite Khumrogi. No casualties were reported.',
      published: '2024-05-15T07:00:00Z',
    });
    expect(small.relevant).toBe(true);
    expect(small.type).toBe('armed-clash');
    const heavy = classifyArticle({
      title: 'Taliban, Tajik guards in overnight firing',
      text:
        'Taliban fighters and Tajik border guards traded heavy fire across the Panj near Shamsiddin Shohin late ' +
        'on Monday, a local official said. Nobody was hurt.',
      published: '2024-05-15T07:00:00Z',
    });
    expect(heavy.type).toBe('armed-clash');
  });
});

describe('the border as a neighbour’s outlet names it', () => {
  it('puts "на границе с Таджикистаном" under a Kyrgyz dateline on the Kyrgyz border', () => {
    const got = classifyArticle({
      title: 'Баткен: вечерняя сводка',
      text:
        'Вооружённое противостояние военных на границе с Таджикистаном продолжалось весь день, сообщили в ' +
        'областной администрации. В больницы области доставлены 12 раненых.',
      published: '2021-04-29T16:00:00Z',
    });
    expect(got.relevant).toBe(true);
    expect(got.border).toBe('tajik-kyrgyz');
    expect(got.wounded).toBe(12);
  });
});

describe('deaths of an accident or an illness told past the lead', () => {
  it('turns down a lorry of border troops off a mountain road, the accident named in the third sentence', () => {
    const got = classifyArticle({
      title: 'Под Ишкашимом погибли двое пограничников',
      text:
        'Двое военнослужащих погибли и трое получили травмы в Ишкашимском районе, сообщает местный сайт.\n' +
        'По его данным, всё произошло в пятницу вечером на дороге вдоль Пянджа.\n' +
        'Автомобиль УАЗ, в котором ехали пограничники, не справился с управлением на серпантине.',
      published: '2023-05-13T08:00:00Z',
    });
    expect(got.relevant).toBe(false);
  });

  it('turns down a conscript dead of meningitis at a post on the Panj', () => {
    const got = classifyArticle({
      title: 'Soldier dies at Panj frontier post',
      text:
        'A 19-year-old conscript serving at a frontier post in Shamsiddin Shohin district died on Sunday, his ' +
        'relatives said. Doctors later found he had meningitis; his family says he complained of headaches ' +
        'for a week.',
      published: '2023-05-16T08:00:00Z',
    });
    expect(got.relevant).toBe(false);
  });

  it('still reads a guard killed by fire from the far bank, an accident named only as a rumour denied', () => {
    const got = classifyArticle({
      title: 'Под Ишкашимом погиб пограничник',
      text:
        'Пограничник погиб в пятницу вечером на участке заставы у Ишкашима, сообщили в Пограничных войсках ГКНБ.\n' +
        'По данным ведомства, наряд был обстрелян с афганского берега Пянджа.\n' +
        'Версию о несчастном случае в ведомстве отвергли.',
      published: '2023-05-13T08:00:00Z',
    });
    expect(got.relevant).toBe(true);
  });
});

describe('a police raid on suspects in a border town', () => {
  it('turns down police storming a drug gang’s house in Farkhor', () => {
    const got = classifyArticle({
      title: 'One killed as police raid drug gang hideout in Farkhor',
      text:
        'One suspect was killed and two officers were wounded on Friday when police raided a house on the edge ' +
        'of Farkhor, the Interior Ministry said. Officers seized 8 kg of hashish and a rifle.',
      published: '2019-03-02T09:00:00Z',
    });
    expect(got.relevant).toBe(false);
  });

  it('still reads a drug gang that crossed the Panj and fired on a border patrol', () => {
    const got = classifyArticle({
      title: 'Drug gang from Afghanistan fires on Tajik border patrol',
      text:
        'Members of a drug gang who crossed the Panj from Afghanistan opened fire on a Tajik border patrol near ' +
        'Farkhor on Friday; one of them was killed, the border troops said.',
      published: '2019-03-02T09:00:00Z',
    });
    expect(got.relevant).toBe(true);
  });
});

describe('a villager led off across the line', () => {
  it('reads "увели на узбекскую территорию" as an abduction on the border', () => {
    const got = classifyArticle({
      title: 'Чабана из Зафарабада увели на узбекскую территорию',
      text:
        'Жителя Зафарабадского района, пасшего овец у самой границы, во вторник вечером увели на узбекскую ' +
        'территорию неизвестные люди, сообщили его родственники. Пограничники обеих стран выясняют обстоятельства.',
      published: '2020-03-12T09:00:00Z',
    });
    expect(got.relevant).toBe(true);
    expect(got.border).toBe('tajik-uzbek');
    expect(got.type).toBe('other');
  });
});

describe('a drone told without the word', () => {
  it('reads "a small unmanned aircraft struck" a tanker on the Panj road as a drone attack', () => {
    const got = classifyArticle({
      title: 'Driver killed on Panj road',
      text:
        'A lorry driver was killed on Tuesday when a small unmanned aircraft struck his truck on the road along ' +
        'the Panj in Shamsiddin Shohin district, a local official said.',
      published: '2026-01-08T10:00:00Z',
    });
    expect(got.relevant).toBe(true);
    expect(got.type).toBe('drone-attack');
  });

  it('reads a drone "с гранатами" that "залетел" over a post as a drone attack', () => {
    const got = classifyArticle({
      title: 'Дрон над заставой',
      text:
        'Ночью на 3 марта над заставой в Хамадонийском районе Таджикистана появился беспилотник с двумя ' +
        'гранатами, залетевший с афганского берега Пянджа. Пострадавших нет.',
      published: '2026-03-03T08:00:00Z',
    });
    expect(got.relevant).toBe(true);
    expect(got.type).toBe('drone-attack');
  });
});

describe('a large group crossing, counted in words or as villagers', () => {
  it('reads "сорок шесть сотрудников пограничной полиции" who crossed to the Tajik bank as a mass crossing', () => {
    const got = classifyArticle({
      title: 'В Ишкашиме границу перешли афганские пограничники',
      text:
        'Сорок шесть сотрудников пограничной полиции Афганистана перешли на таджикский берег Пянджа у Ишкашима ' +
        'в ночь на вторник, спасаясь от наступления талибов, сообщили в ГКНБ.',
      published: '2021-07-06T09:00:00Z',
    });
    expect(got.type).toBe('mass-crossing');
  });

  it('reads "some sixty villagers" who crossed the Panj asking for shelter as a mass crossing', () => {
    const got = classifyArticle({
      title: 'Afghan villagers cross into Vanj',
      text:
        'Some sixty villagers from the Afghan bank crossed the Panj on rafts on Monday night and asked for ' +
        'shelter in Tajikistan’s Vanj district, a local official said.',
      published: '2026-02-18T09:00:00Z',
    });
    expect(got.type).toBe('mass-crossing');
  });

  it('does not count "15-20" residents who crossed and attacked a patrol as a large group', () => {
    const got = classifyArticle({
      title: 'Uzbek border service: patrol attacked near Sariosiyo',
      text:
        'A group of 15-20 residents of a Tajik village crossed the line near Sariosiyo on Tuesday and attacked an ' +
        'Uzbek border patrol with stones, injuring two guards, the border service said.',
      published: '2024-07-18T09:00:00Z',
    });
    expect(got.type).not.toBe('mass-crossing');
  });
});

describe('a flight across the river told in other words', () => {
  it('reads soldiers who "ушли от талибов через границу в Таджикистан" as a mass crossing', () => {
    const got = classifyArticle({
      title: 'Ночной переход',
      text:
        'Более трёхсот афганских военнослужащих ночью ушли от талибов через границу в Таджикистан, сообщил ' +
        'ГКНБ Таджикистана.',
      published: '2021-07-06T09:00:00Z',
    });
    expect(got.relevant).toBe(true);
    expect(got.border).toBe('tajik-afghan');
    expect(got.type).toBe('mass-crossing');
  });

  it('reads thousands who "crossed the Pyanj" and were "let onto" the Tajik shore as a mass crossing', () => {
    const got = classifyArticle({
      title: 'Night on the river',
      text:
        'Some two thousand Afghan villagers crossed the Pyanj near Pyanj town on Wednesday night and were let ' +
        'onto the Tajik shore, border guards said on Friday.',
      published: '1998-08-14T09:00:00Z',
    });
    expect(got.relevant).toBe(true);
    expect(got.type).toBe('mass-crossing');
  });
});

describe('road accidents told in more words', () => {
  it('turns down a car gone off a mountain road into a gorge, border troops among the dead', () => {
    const got = classifyArticle({
      title: 'На перевале машина упала в ущелье: четверо погибших',
      text:
        'Четыре человека погибли вечером в субботу, когда автомобиль сорвался с серпантина на перевале в ' +
        'Шамсиддин-Шохинском районе. Среди погибших двое военнослужащих погранотряда, сообщили в ГАИ.',
      published: '2019-12-23T07:00:00Z',
    });
    expect(got.relevant).toBe(false);
  });

  it('turns down a minibus that plunged off the Pamir Highway near the border', () => {
    const got = classifyArticle({
      title: 'Four killed as minibus plunges off Pamir Highway near Ishkashim',
      text:
        'Four people were killed on Friday when a minibus plunged off the Pamir Highway near Ishkashim, close to ' +
        'the Afghan border, police said.',
      published: '2019-08-10T07:00:00Z',
    });
    expect(got.relevant).toBe(false);
  });
});

describe('"since then" after a count', () => {
  it('leaves out "mines have killed more than 70 people since then" from a shooting’s toll', () => {
    const got = classifyArticle({
      title: 'Farob buries shepherd shot by Uzbek guards',
      text:
        'Villagers in Farob on Monday buried a shepherd shot dead by Uzbek border guards at the weekend. ' +
        'Uzbekistan mined the border above the village in 2000. Tajik officials say mines laid by Uzbekistan have ' +
        'killed more than 70 Tajik citizens since then.',
      published: '2010-06-16T11:00:00Z',
    });
    expect(got.killed).toBe(1);
  });
});

describe('an early count "earlier statements had put" at', () => {
  it('reads the count after the death, not the one earlier statements had put', () => {
    const got = classifyArticle({
      title: 'Second Tajik guard dies after clash with smugglers',
      text:
        'A Tajik border guard wounded in a gunfight with drug traffickers on the Panj on Tuesday died in hospital ' +
        'overnight, bringing the number killed in the clash to four, officials said on Thursday. One more guard ' +
        'is still being treated for a bullet wound. Earlier statements had put the toll at three dead and two ' +
        'wounded.',
      published: '2011-06-16T11:05:00Z',
    });
    expect(got.killed).toBe(4);
    expect(got.wounded).toBe(1);
  });
});

describe('shots at a wedding that killed guests', () => {
  it('turns down a wedding shooting in a border district as a crime', () => {
    const got = classifyArticle({
      title: 'Стрельба на свадьбе в Исфаринском районе: один погибший',
      text:
        'Один человек погиб и двое получили огнестрельные ранения на свадьбе в кишлаке Исфаринского района в ' +
        'ночь на субботу, сообщили в УВД. Стрелявший, поссорившийся с гостями, задержан.',
      published: '2019-09-02T08:05:00Z',
    });
    expect(got.relevant).toBe(false);
  });
});

describe('a house fire in a border district', () => {
  it('turns down children killed in a fire in Farkhor', () => {
    const got = classifyArticle({
      title: 'В Фархоре при пожаре погибли трое детей',
      text:
        'Трое детей погибли в субботу ночью при пожаре в жилом доме в Фархорском районе, сообщили в Комитете ' +
        'по чрезвычайным ситуациям.',
      published: '2021-02-14T08:00:00Z',
    });
    expect(got.relevant).toBe(false);
  });
});

describe('place names in more spellings', () => {
  it('knows "Джиликуль" (Dusti) as a Tajik place on the Afghan border', () => {
    const got = classifyArticle({
      title: 'У Джиликуля ликвидированы двое нарушителей',
      text:
        'Нарушители, переправившиеся ночью с афганского берега у Джиликуля, открыли огонь по наряду. Ответным ' +
        'огнём двое ликвидированы.',
      published: '2024-03-09T08:00:00Z',
    });
    expect(got.relevant).toBe(true);
    expect(got.border).toBe('tajik-afghan');
  });

  it.each([
    [
      'У Рузвая идёт перестрелка с талибами',
      'У кишлака Рузвай талибы с того берега открыли огонь по пограничникам, двое ранены.',
      'Ruzvai',
      'tajik-afghan',
    ],
    [
      'КОГГ: нарушитель погиб при нападении на пограничный наряд под Джартепой',
      'В районе населённого пункта Джартепа трое граждан сопредельного государства напали на пограничный наряд; ' +
        'нарушитель погиб, двое пограничников ранены, сообщили в Комитете по охране государственной границы.',
      'Jartepa',
      'tajik-uzbek',
    ],
    [
      'Mine kills boy on Shahristan pasture',
      'A 14-year-old shepherd was killed by a mine on a pasture in Shahristan district near the Uzbek border on Monday.',
      'Shahristan',
      'tajik-uzbek',
    ],
  ])('knows the place of "%s"', (title, text, place, border) => {
    const got = classifyArticle({ title, text, published: '2024-03-09T08:00:00Z' });
    expect(got).toMatchObject({ relevant: true, place, border });
  });
});

describe('guards poisoned at a post', () => {
  it('turns down food poisoning at a frontier post', () => {
    const got = classifyArticle({
      title: 'На заставе в Шамсиддин-Шохинском районе отравились 9 пограничников',
      text:
        'Девять военнослужащих пограничной заставы в Шамсиддин-Шохинском районе госпитализированы в понедельник ' +
        'с признаками пищевого отравления, сообщили в районной больнице.',
      published: '2015-10-20T08:00:00Z',
    });
    expect(got.relevant).toBe(false);
  });
});

describe('crimes and crashes in border towns told in other words', () => {
  it('turns down a shopkeeper stabbed to death in Panj town', () => {
    const got = classifyArticle({
      title: 'Shopkeeper stabbed to death in Panj',
      text:
        'A 40-year-old shopkeeper was found dead with several stab wounds in his shop in the town of Panj early ' +
        'on Sunday, Khatlon police said. The cash box had been emptied.',
      published: '2026-02-17T10:20:00Z',
    });
    expect(got.relevant).toBe(false);
  });

  it('turns down a taxi driver robbed and killed near Isfara', () => {
    const got = classifyArticle({
      title: 'Под Исфарой ограблен и убит водитель такси',
      text:
        'Тело водителя такси обнаружено утром во вторник на обочине дороги у Исфары, сообщили в УВД. ' +
        'Его автомобиль пропал; по версии следствия, мужчину убили пассажиры.',
      published: '2019-03-05T08:30:00Z',
    });
    expect(got.relevant).toBe(false);
  });

  it('turns down a border troops car that crashed into a minibus in Khorog', () => {
    const got = classifyArticle({
      title: 'Two killed in Khorog road crash',
      text:
        'Two people were killed on Saturday when a border troops car crashed into a minibus in central Khorog, ' +
        'police said. The driver faces charges of breaking traffic rules.',
      published: '2018-12-02T06:30:00Z',
    });
    expect(got.relevant).toBe(false);
  });
});

describe('a rumoured clash with a rumoured toll, denied', () => {
  it('turns down rumours of a night battle "in which three guards were said to have died", denied', () => {
    const got = classifyArticle({
      title: 'Погранвойска опровергли слухи о бое в Ванче',
      text:
        'Пресс-центр Пограничных войск в пятницу прокомментировал слухи о ночном бое на участке заставы в ' +
        'Ванчском районе, в котором будто бы погибли трое пограничников. «Никаких столкновений на данном ' +
        'участке не было», — говорится в заявлении.',
      published: '2024-06-21T12:30:00Z',
    });
    expect(got.relevant).toBe(false);
  });

  it('turns down reports of a clash the border troops "назвали ложными"', () => {
    const got = classifyArticle({
      title: 'Погранвойска: сообщений о бое в Ишкашиме не подтверждаем',
      text:
        'Пограничные войска назвали ложными появившиеся в Telegram сообщения о бое с боевиками в Ишкашимском ' +
        'районе и гибели двух пограничников. Обстановка на участке стабильная.',
      published: '2024-06-15T07:30:00Z',
    });
    expect(got.relevant).toBe(false);
  });
});

describe('a clock time before a count', () => {
  it('does not read "около 19:30 пятеро граждан" as a large group crossing', () => {
    const got = classifyArticle({
      title: 'У заставы «Хирманджо» нейтрализованы трое контрабандистов',
      text:
        'В четверг около 19:30 пятеро граждан Афганистана незаконно пересекли границу в зоне заставы «Хирманджо». ' +
        'На требование остановиться они открыли огонь; ответным огнём трое контрабандистов нейтрализованы.',
      published: '2026-01-30T06:00:00Z',
    });
    expect(got.type).toBe('smuggling-shootout');
  });
});

describe('a war’s toll counted by its dead villagers', () => {
  it('reads "в результате вооружённого конфликта … погибли 19 жителей" as an armed clash', () => {
    const got = classifyArticle({
      title: 'Названо число жертв конфликта на границе',
      text:
        'По данным областной администрации, в результате вооружённого конфликта на таджикско-кыргызской ' +
        'границе 29 апреля погибли 12 жителей Исфаринского района, ещё 40 получили ранения.',
      published: '2021-05-01T06:00:00Z',
    });
    expect(got.type).toBe('armed-clash');
  });
});

describe('people held across the line, and a battle with hostages taken', () => {
  it('reads villagers who "удерживали" citizens of the other country as an incident', () => {
    const got = classifyArticle({
      title: 'Жители Кок-Таша несколько часов удерживали двоих граждан Таджикистана',
      text:
        'Жители кыргызского села Кок-Таш во вторник несколько часов удерживали двоих граждан Таджикистана, ' +
        'пасших скот у линии границы, сообщили в Исфаре. Вечером их передали таджикским пограничникам.',
      published: '2021-04-08T09:00:00Z',
    });
    expect(got.relevant).toBe(true);
    expect(got.type).toBe('other');
  });

  it('keeps a battle with an armed group that holds hostages an infiltration', () => {
    const got = classifyArticle({
      title: 'Бои в Баткенском районе',
      text:
        'В пятницу в горах Баткенского района войска вступили в бой с отрядом боевиков, проникшим из ' +
        'Таджикистана. Боевики взяли в заложники двоих жителей. Погибли двое военнослужащих.',
      published: '1999-08-28T09:00:00Z',
    });
    expect(got.type).toBe('infiltration');
  });
});

describe('more near misses told in their own words', () => {
  it('turns down "Десять лет бою у заставы", a look back in its title', () => {
    const got = classifyArticle({
      title: 'Десять лет бою у заставы «Кокул»: что изменилось',
      text:
        'В том бою у заставы «Кокул» погибли двое пограничников и четверо нарушителей. Сегодня на участке ' +
        'построены новые вышки.',
      published: '2025-04-10T07:00:00Z',
    });
    expect(got.relevant).toBe(false);
  });

  it('turns down a memorial plaque to a guard killed years ago', () => {
    const got = classifyArticle({
      title: 'В Вахдате открыли мемориальную доску погибшему пограничнику',
      text:
        'В понедельник в школе, где учился рядовой, открыта мемориальная доска. Пограничник был убит выстрелом ' +
        'с сопредельной территории у заставы в Дарвазе.',
      published: '2021-04-12T09:00:00Z',
    });
    expect(got.relevant).toBe(false);
  });

  it('turns down soldiers swept away by a river', () => {
    const got = classifyArticle({
      title: 'Two soldiers swept away in Vanj river',
      text:
        'Two Tajik border guards were swept away by the Panj near Vanj on Sunday while trying to save a boy ' +
        'who had fallen in; both died, officials said.',
      published: '2022-07-12T09:00:00Z',
    });
    expect(got.relevant).toBe(false);
  });

  it('turns down border troops that test new drones', () => {
    const got = classifyArticle({
      title: 'Tajik border troops test new attack drones near the Afghan border',
      text:
        'Tajik border troops tested new attack drones at a range in Khatlon on Tuesday, firing at targets ' +
        'set up to mimic a group crossing the Panj, the border service said.',
      published: '2024-09-18T09:00:00Z',
    });
    expect(got.relevant).toBe(false);
  });
});

describe('a weekday the report looks back to', () => {
  it('dates a follow-up to "в минувшее воскресенье", told past its incident sentences', () => {
    const got = classifyArticle({
      title: 'Кок-Таш после перестрелки: начато совместное патрулирование',
      text:
        'На участке границы у села Кок-Таш, где в минувшее воскресенье стреляли кыргызские и таджикские ' +
        'пограничники, начинается совместное патрулирование. Раненый сержант погранслужбы во вторник ' +
        'переправлен вертолётом в Ош.',
      published: '2015-05-20T09:00:00Z',
    });
    expect(got.eventDate).toBe('2015-05-17');
  });
});

describe('tallies since an earlier time, told in Russian', () => {
  it('leaves out "с тех пор … погибли более 80 человек" and "за эти годы … более 60" from a mine blast’s toll', () => {
    const got = classifyArticle({
      title: 'В Аште подросток погиб, подорвавшись на мине',
      text:
        'В воскресенье в Аштском районе 15-летний подросток погиб, подорвавшись на мине у узбекской границы. ' +
        'Мины на этом участке были установлены в 2000 году. По данным центра по разминированию, с тех пор на ' +
        'границе от мин погибли более 80 человек. Только в Аштском районе жертвами мин за эти годы стали более ' +
        '60 человек.',
      published: '2018-01-15T09:00:00Z',
    });
    expect(got.killed).toBe(1);
  });

  it('still reads "С тех пор" opening a sentence as after this incident', () => {
    const got = classifyArticle({
      title: 'На границе у Аштского района ранены двое пограничников',
      text:
        'Двое таджикских пограничников были ранены во вторник в перестрелке с нарушителями на границе с ' +
        'Узбекистаном у Аштского района. С тех пор один из раненых скончался в больнице.',
      published: '2018-01-18T09:00:00Z',
    });
    expect(got.killed).toBe(1);
  });
});

describe('bodies handed over', () => {
  it('reads a handover of bodies as a follow-up of the deaths, not aid', () => {
    const got = classifyArticle({
      title: 'Bodies of two Tajik men shot on Uzbek border handed over',
      text:
        'Uzbek border guards on Tuesday handed over to Tajikistan the bodies of two men from Shahrituz district ' +
        'who were shot dead on Sunday while crossing the border, a local official said.',
      published: '2014-10-07T09:00:00Z',
    });
    expect(got.relevant).toBe(true);
    expect(got.killed).toBe(2);
  });

  it('still turns down equipment handed over to border troops', () => {
    const got = classifyArticle({
      title: 'Border troops in Khatlon handed over new vehicles',
      text:
        'Border troops in Khatlon were handed over 20 new vehicles and night-vision equipment on Tuesday under ' +
        'an aid programme, officials said.',
      published: '2014-10-07T09:00:00Z',
    });
    expect(got.relevant).toBe(false);
  });
});

describe('an award for a guard killed days ago', () => {
  it('reads a posthumous award to a guard "погибший неделю назад" as a follow-up of the attack', () => {
    const got = classifyArticle({
      title: 'Лейтенант посмертно награждён орденом',
      text:
        'Указом Президента лейтенант Пограничных войск, погибший неделю назад при отражении нападения на ' +
        'заставу «Чубек» в Хамадонийском районе, посмертно награждён орденом. Вооружённая группа, ' +
        'переправившаяся с афганского берега, обстреляла пограничную вышку.',
      published: '2014-05-29T06:00:00Z',
    });
    expect(got.relevant).toBe(true);
  });
});
