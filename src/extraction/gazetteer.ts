// Places that stand for their governments when they speak ("Moscow said", "Washington warned").
// Real countries, capitals and seats of power only; nothing here is specific to one article.

const COUNTRIES = `Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria Azerbaijan Bahamas Bahrain
Bangladesh Barbados Belarus Belgium Belize Benin Bhutan Bolivia Bosnia Botswana Brazil Brunei Bulgaria Burkina-Faso Burundi
Cambodia Cameroon Canada Chad Chile China Colombia Comoros Congo Croatia Cuba Cyprus Czechia Denmark Djibouti Dominica
Ecuador Egypt Eritrea Estonia Eswatini Ethiopia Fiji Finland France Gabon Gambia Georgia Germany Ghana Greece Grenada
Guatemala Guinea Guyana Haiti Honduras Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy Jamaica Japan
Jordan Kazakhstan Kenya Kiribati Kosovo Kuwait Kyrgyzstan Laos Latvia Lebanon Lesotho Liberia Libya Liechtenstein
Lithuania Luxembourg Madagascar Malawi Malaysia Maldives Mali Malta Mauritania Mauritius Mexico Micronesia Moldova
Monaco Mongolia Montenegro Morocco Mozambique Myanmar Namibia Nauru Nepal Netherlands Nicaragua Niger Nigeria
Norway Oman Pakistan Palau Palestine Panama Paraguay Peru Philippines Poland Portugal Qatar Romania Russia Rwanda
Samoa Senegal Serbia Seychelles Singapore Slovakia Slovenia Somalia Spain Sudan Suriname Sweden Switzerland Syria
Taiwan Tajikistan Tanzania Thailand Togo Tonga Tunisia Turkey Turkmenistan Tuvalu Uganda Ukraine Uruguay Uzbekistan
Vanuatu Venezuela Vietnam Yemen Zambia Zimbabwe Britain America`;

const MULTI_WORD_COUNTRIES = [
  'United States', 'United Kingdom', 'South Africa', 'South Korea', 'North Korea', 'New Zealand', 'Saudi Arabia',
  'Sri Lanka', 'Costa Rica', 'El Salvador', 'Sierra Leone', 'South Sudan', 'Ivory Coast', 'Czech Republic',
  'Dominican Republic', 'United Arab Emirates', 'Papua New Guinea', 'North Macedonia', 'Cape Verde', 'East Timor',
  'Equatorial Guinea', 'Central African Republic', 'Burkina Faso', 'Trinidad and Tobago', 'Vatican City',
  'US', 'U.S.', 'USA', 'UK', 'U.K.', 'UAE', 'DRC', 'PRC', 'the United States', 'the United Kingdom', 'the Netherlands',
  'the Philippines', 'the US', 'the U.S.', 'the UK', 'the U.K.', 'the UAE',
];

const CAPITALS = `Kabul Tirana Algiers Luanda Yerevan Canberra Vienna Baku Manama Dhaka Minsk Brussels Thimphu Sarajevo
Gaborone Brasilia Brasília Sofia Ouagadougou Bujumbura Yaounde Ottawa Santiago Beijing Bogota Bogotá Kinshasa Zagreb
Havana Nicosia Prague Copenhagen Djibouti Quito Cairo Asmara Tallinn Mbabane Suva Helsinki Paris Libreville Banjul
Tbilisi Berlin Accra Athens Conakry Georgetown Budapest Reykjavik Delhi Jakarta Tehran Baghdad Dublin Jerusalem Rome
Kingston Tokyo Amman Astana Nairobi Pristina Bishkek Vientiane Riga Beirut Maseru Monrovia Tripoli Vaduz Vilnius
Luxembourg Antananarivo Lilongwe Kuala-Lumpur Male Bamako Valletta Nouakchott Chisinau Ulaanbaatar Podgorica Rabat
Maputo Naypyidaw Windhoek Kathmandu Amsterdam Wellington Managua Niamey Abuja Pyongyang Skopje Oslo Muscat Islamabad
Ramallah Lima Manila Warsaw Lisbon Doha Bucharest Moscow Kigali Riyadh Dakar Belgrade Freetown Singapore Bratislava
Ljubljana Mogadishu Pretoria Seoul Juba Madrid Colombo Khartoum Paramaribo Stockholm Bern Damascus Taipei Dushanbe
Dodoma Bangkok Lome Tunis Ankara Ashgabat Kampala Kyiv Kiev Kiew Montevideo Tashkent Caracas Hanoi Sanaa Lusaka Harare
London Washington Tallahassee Canberra Londres Brussels Strasbourg Geneva Hague`;

const MULTI_WORD_CAPITALS = ['New Delhi', 'Kuala Lumpur', 'Mexico City', 'Buenos Aires', 'Abu Dhabi', 'Addis Ababa',
  'Panama City', 'Guatemala City', 'San Jose', 'The Hague', 'Port-au-Prince', 'Phnom Penh', 'Tel Aviv', 'Santo Domingo',
  'San Salvador', 'La Paz', 'Port Moresby', 'Kuwait City', 'Vatican City'];

// Buildings and bodies that newsrooms use for a government itself.
const SEATS_OF_POWER = ['Kremlin', 'White House', 'Downing Street', 'Elysee', 'Élysée', 'Elysee Palace', 'Pentagon',
  'Zhongnanhai', 'Quai d’Orsay', "Quai d'Orsay", 'Foggy Bottom', 'Whitehall', 'Blue House', 'Bankova', 'Knesset',
  'government', 'Government', 'administration', 'Administration', 'regime', 'State Department'];

function normalise(place: string): string {
  return place.replace(/^the\s+/i, '').replace(/-/g, ' ').toLowerCase();
}

const GOVERNMENT_PLACES: ReadonlySet<string> = new Set(
  [
    ...COUNTRIES.split(/\s+/),
    ...CAPITALS.split(/\s+/),
    ...MULTI_WORD_COUNTRIES,
    ...MULTI_WORD_CAPITALS,
    ...SEATS_OF_POWER,
  ].map(normalise),
);

/** True when a mention ("Moscow", "the Kremlin", "the United States") names a state speaking as a government. */
export function isGovernmentPlace(mention: string): boolean {
  return GOVERNMENT_PLACES.has(normalise(mention));
}

/** True when a single capitalised word is a country or capital (used to strip "Russia's" before a role). */
export function isPlaceWord(word: string): boolean {
  return GOVERNMENT_PLACES.has(normalise(word));
}

// A single capitalised word written as a location ("in Tarsk", "Ostrel's government", "Merrow, the
// Estrian capital"), so that a place missing from the lists above can still speak as a government.
const NOT_PLACES = new Set(['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Parliament', 'Congress', 'Court', 'Government', 'The']);

export function usedAsPlace(text: string, word: string): boolean {
  if (NOT_PLACES.has(word) || !/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  const contexts = new RegExp(
    `\\b(?:in|near|outside|inside|across|around|throughout)\\s+${word}\\b(?![’'-]|\\s+\\p{Lu})` +
      `|\\b${word}['’]s\\s+(?:government|capital|foreign ministry|ministry|embassy|armed forces|military|borders?|territory|coast guard|president|prime minister|leaders)\\b` +
      `|\\b${word},\\s+(?:the\\s+)?(?:\\p{Lu}\\p{Ll}+\\s+)?capital\\b`,
    'u',
  );
  return contexts.test(text);
}
