// Countries, US states and large cities: capitalized words that name places, not people, when they stand
// alone ("Panama faced Belgium", "Russia said"). Multi-word places are listed whole ("south korea").
export const PLACES = new Set(
  [
    // countries
    'afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas bahrain',
    'bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil brunei bulgaria burkina',
    'burundi cambodia cameroon canada chad chile china colombia comoros congo croatia cuba cyprus czechia denmark',
    'djibouti dominica ecuador egypt eritrea estonia eswatini ethiopia fiji finland france gabon gambia georgia',
    'germany ghana greece grenada guatemala guinea guyana haiti honduras hungary iceland india indonesia iran iraq',
    'ireland israel italy jamaica japan jordan kazakhstan kenya kiribati kosovo kuwait kyrgyzstan laos latvia',
    'lebanon lesotho liberia libya liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali malta',
    'mauritania mauritius mexico micronesia moldova monaco mongolia montenegro morocco mozambique myanmar burma',
    'namibia nauru nepal netherlands nicaragua niger nigeria norway oman pakistan palau palestine panama paraguay',
    'peru philippines poland portugal qatar romania russia rwanda samoa senegal serbia seychelles singapore',
    'slovakia slovenia somalia spain sudan suriname sweden switzerland syria taiwan tajikistan tanzania thailand',
    'togo tonga tunisia turkey turkmenistan tuvalu uganda ukraine uruguay uzbekistan vanuatu vatican venezuela',
    'vietnam yemen zambia zimbabwe britain england scotland wales europe asia africa america antarctica oceania',
    'crimea gaza tibet kashmir catalonia chechnya kurdistan hong kong macau',
    // US states
    'alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho illinois indiana',
    'iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana',
    'nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia wisconsin wyoming',
    // cities
    'london paris berlin madrid rome moscow beijing shanghai tokyo seoul delhi mumbai karachi lagos cairo istanbul',
    'tehran baghdad kabul damascus beirut jerusalem riyadh dubai doha kyiv kiev minsk warsaw prague vienna budapest',
    'brussels amsterdam geneva zurich stockholm oslo copenhagen helsinki dublin edinburgh lisbon athens ankara',
    'toronto montreal vancouver ottawa sydney melbourne canberra auckland manila jakarta bangkok hanoi singapore',
    'taipei osaka mexico havana caracas bogota lima santiago buenos aires sao paulo rio brasilia nairobi johannesburg',
    'washington chicago boston seattle denver atlanta miami dallas houston austin phoenix philadelphia detroit',
    'baltimore pittsburgh cleveland brooklyn manhattan queens bronx oakland sacramento portland minneapolis',
    'milwaukee nashville memphis orlando tampa charlotte raleigh richmond honolulu anchorage cupertino seattle',
    'pyongyang islamabad dhaka kathmandu colombo tashkent almaty baku tbilisi yerevan belgrade zagreb sarajevo',
    'sofia bucharest vilnius riga tallinn luxembourg strasbourg munich frankfurt hamburg cologne milan naples',
    'barcelona seville valencia marseille lyon nice geneva kinshasa khartoum addis ababa mogadishu tripoli tunis',
    'algiers rabat casablanca dakar accra abuja harare lusaka luanda maputo',
  ]
    .join(' ')
    .split(' '),
);

/** Multi-word places, lower case, words joined by one space. */
export const PLACE_PHRASES = new Set([
  'new york', 'new jersey', 'new mexico', 'new hampshire', 'new zealand', 'new delhi', 'new orleans',
  'north korea', 'south korea', 'north carolina', 'south carolina', 'north dakota', 'south dakota', 'west virginia',
  'rhode island', 'south africa', 'south sudan', 'saudi arabia', 'united states', 'united kingdom', 'sri lanka',
  'costa rica', 'puerto rico', 'el salvador', 'hong kong', 'los angeles', 'san francisco', 'san diego', 'san jose',
  'las vegas', 'salt lake city', 'kansas city', 'st. louis', 'buenos aires', 'sao paulo', 'rio de janeiro',
  'tel aviv', 'abu dhabi', 'ivory coast', 'sierra leone', 'east timor', 'papua new guinea', 'czech republic',
  'dominican republic', 'central african republic', 'united arab emirates', 'bosnia and herzegovina',
  'trinidad and tobago', 'cape verde', 'burkina faso', 'equatorial guinea', 'north macedonia', 'west bank',
  'middle east', 'latin america', 'north america', 'south america', 'silicon valley', 'wall street',
  'white house', 'capitol hill', 'downing street', 'scotland yard', 'hong kong', 'mexico city', 'quebec city',
]);
