// Nationalities, creeds, parties and other group words that are capitalized but never a person's name.
export const DEMONYMS = new Set(
  (
    'american americans british briton britons english scottish welsh irish french german germans italian italians ' +
    'spanish portuguese dutch belgian swiss austrian swedish norwegian danish finnish icelandic polish czech slovak ' +
    'hungarian romanian bulgarian greek turkish russian russians ukrainian belarusian serbian croatian bosnian ' +
    'albanian chinese japanese korean koreans vietnamese thai indonesian malaysian filipino filipinos indian indians ' +
    'pakistani afghan afghans iranian iranians iraqi iraqis syrian syrians lebanese israeli israelis palestinian ' +
    'palestinians saudi saudis emirati qatari yemeni egyptian egyptians libyan tunisian algerian moroccan nigerian ' +
    'kenyan ethiopian somali sudanese ghanaian african africans mexican mexicans canadian canadians brazilian ' +
    'argentine argentinian chilean colombian venezuelan cuban peruvian australian australians zealander european ' +
    'europeans asian asians latino latinos latina hispanic arab arabs kurdish kurds muslim muslims christian ' +
    'christians jewish jews catholic catholics protestant hindu hindus buddhist sikh democrat democrats republican ' +
    'republicans conservative conservatives liberal liberals labour tory tories socialist socialists communist ' +
    'communists taliban nazi nazis soviet western eastern northern southern ' +
    // "Dutchman Erik Breukink", "Swiss Alex Zülle": a nationality before a name is not part of it
    'dutchman dutchwoman frenchman frenchwoman englishman englishwoman irishman irishwoman scotsman scotswoman ' +
    'welshman welshwoman ' +
    // armed groups named with the Arabic article: capitalized like "al-Assad" but never a person
    'al-qaeda al-qaida al-shabaab al-shabab al-nusra al-aqsa al-jazeera'
  ).split(' '),
);
