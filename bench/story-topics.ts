// The vocabulary of bench/story-corpus.ts's stories: each topic's nouns, headlines, claim frames and facts, and
// the background any story's article may carry. {a|b} picks one of its words each time it is filled.

export interface Topic {
  things: string[];
  headlines: string[];
  // Claim contents: clauses after "said (that)"; {org}, {place}, {thing}, {n}, {month}, {day} are filled.
  claims: string[];
  facts: string[];
}

export const TOPICS: Topic[] = [
  {
    things: [
      'treatment works',
      'reservoir',
      'pumping station',
      'water main',
      'filtration plant',
      'sewer line',
    ],
    headlines: [
      'Illness in {place} linked to the {thing}',
      '{place} told to boil its water',
      'Questions over {place} {thing}',
    ],
    claims: [
      '{n} residents had fallen ill after drinking water from the {thing}',
      'the {thing} had passed every inspection since {month}',
      '{org} would pay for bottled water for {n} households',
      'repairs to the {thing} would take at least {n} days',
      'nobody at {org} had been warned about the {thing} before {day}',
      'tests of the {thing} had found bacteria at {n} times the safe level',
    ],
    facts: [
      'The {thing} serves about {n},000 homes in {place} and nearby villages.',
      'Schools in {place} kept their drinking fountains switched off on {day}.',
      'The last outbreak in the county was recorded in {year}.',
    ],
  },
  {
    things: ['stadium', 'bypass', 'library', 'bus depot', 'swimming pool', 'market hall'],
    headlines: [
      '{place} {thing} plan approved',
      'Cost of {place} {thing} rises again',
      'Vote on {place} {thing} delayed',
    ],
    claims: [
      'the {thing} would cost {n} million pounds more than planned',
      'work on the {thing} would start in {month}',
      'the council had borrowed {n} million for the {thing}',
      '{org} would manage the {thing} for {n} years',
      'residents had not been consulted about the {thing}',
      'the {thing} would create {n} jobs in {place}',
    ],
    facts: [
      'The council voted {n} to {small} on {day} to approve the {thing}.',
      'The old {thing} closed in {year} after years of decline.',
      'Plans for the {thing} were first published in {month}.',
    ],
  },
  {
    things: ['warehouse', 'timber yard', 'school', 'apartment block', 'chemical store', 'bakery'],
    headlines: [
      'Fire destroys {place} {thing}',
      'Crews battle blaze at {place} {thing}',
      '{place} {thing} fire under investigation',
    ],
    claims: [
      'the fire at the {thing} had started shortly after {n} in the morning',
      '{n} firefighters had been sent to the {thing}',
      'the {thing} had been inspected in {month} and found safe',
      'nobody had been inside the {thing} when the fire broke out',
      'the cause of the fire at the {thing} was not yet known',
      '{org} would help the {n} workers who had lost their jobs',
    ],
    facts: [
      'Smoke from the {thing} could be seen across {place} on {day}.',
      'The {thing} had stood on the site since {year}.',
      'Roads around the {thing} stayed closed until late {day}.',
    ],
  },
  {
    things: ['ferry service', 'rail line', 'bus route', 'night trains', 'tram link', 'airport shuttle'],
    headlines: ['{place} {thing} to be cut', 'Strike halts {place} {thing}', 'Fares rise on {place} {thing}'],
    claims: [
      'the {thing} had lost {n} million last year',
      'fares on the {thing} would rise by {n} percent in {month}',
      'drivers on the {thing} would strike for {n} days',
      '{org} had offered staff a pay rise of {n} percent',
      'the {thing} carried {n},000 passengers a week',
      'cutting the {thing} would leave {place} without a link after {n} in the evening',
    ],
    facts: [
      'The {thing} has run between {place} and {other} since {year}.',
      'Passengers queued at {place} station for most of {day}.',
      'A similar dispute in {year} lasted {small} weeks.',
    ],
  },
  {
    things: ['factory', 'call centre', 'steelworks', 'distribution hub', 'paper mill', 'shipyard'],
    headlines: [
      '{n} jobs to go at {place} {thing}',
      '{place} {thing} to close',
      'Buyer sought for {place} {thing}',
    ],
    claims: [
      '{org} would close the {thing} by {month}',
      '{n} jobs at the {thing} were at risk',
      'the {thing} had made a loss in each of the last {small} years',
      'talks with a buyer for the {thing} had stalled on {day}',
      'the government would not step in to save the {thing}',
      'workers at the {thing} had been told only {n} minutes before the announcement',
    ],
    facts: [
      'The {thing} opened in {year} and once employed {n} people.',
      'Shares in {org} fell {small} percent on {day}.',
      'The {thing} is the largest employer in {place}.',
    ],
  },
  {
    things: ['hospital ward', 'maternity unit', 'clinic', 'ambulance station', 'care home', 'walk-in centre'],
    headlines: [
      '{place} {thing} to shut at night',
      'Waiting times grow at {place} {thing}',
      'Staff shortage hits {place} {thing}',
    ],
    claims: [
      'the {thing} was short of {n} nurses',
      'patients at the {thing} waited {n} hours on average in {month}',
      'closing the {thing} at night would save {n} million a year',
      '{org} had warned about the {thing} in {month}',
      'no patient had been harmed at the {thing}',
      'the {thing} would reopen fully within {small} months',
    ],
    facts: [
      'The {thing} treated {n},000 patients last year.',
      'A petition to keep the {thing} open has {n},000 signatures.',
      'The nearest other {thing} is {small} miles from {place}.',
    ],
  },
  {
    things: ['flood defences', 'sea wall', 'river barrier', 'drainage scheme', 'embankment', 'storm drains'],
    headlines: [
      '{place} flooded after storm',
      '{place} {thing} failed, residents say',
      'Clean-up begins in {place}',
    ],
    claims: [
      'the {thing} had been built to withstand a storm like this one',
      '{n} homes in {place} had been flooded',
      'the {thing} would be raised by {small} metres',
      '{org} had been told the {thing} needed repairs in {month}',
      'insurers expected claims of {n} million after the storm',
      'the {thing} had held back most of the water on {day}',
    ],
    facts: [
      'The river at {place} rose {small} metres in {n} hours.',
      'The {thing} was completed in {year} at a cost of {n} million.',
      'Volunteers filled sandbags outside {place} town hall on {day}.',
    ],
  },
  {
    things: ['budget', 'council tax', 'housing plan', 'school funding', 'road repairs', 'bin collections'],
    headlines: ['{place} {thing} row deepens', '{place} approves {thing}', 'Cuts to {thing} in {place}'],
    claims: [
      'the {thing} left a gap of {n} million',
      'the {thing} would rise by {small} percent from {month}',
      '{org} had lobbied against the {thing}',
      'spending on the {thing} had doubled since {year}',
      'the {thing} protected front-line services',
      'the council had {n} days to agree the {thing}',
    ],
    facts: [
      'The {thing} was debated for {small} hours on {day}.',
      '{place} has about {n},000 residents.',
      'The council last changed the {thing} in {year}.',
    ],
  },
];

// Background any story's article may carry, filled afresh each time: with the topics' facts, what makes an
// article's length without repeating the same few sentences.
export const BACKGROUND = [
  'The {thing} was {discussed|debated|raised} at a {public|packed|crowded} meeting in {place} on {day} {evening|night}, {attended by|drawing} about {n} {people|residents}.',
  '{Local businesses|Shopkeepers|Traders} {near|around|close to} the {thing} said {trade|business|custom} had been {quiet|slow|poor} since {month}.',
  'A {report|study|review} {commissioned|ordered|paid for} in {year} {recommended|proposed|urged} changes that were {never|not} {made|carried out}.',
  'The {county|region|district} has {small} {similar|comparable} {sites|schemes}, {most|many} of them {built|opened} before {year}.',
  '{Opposition members|Councillors|Campaigners} {called for|demanded|asked for} an {independent|outside|full} {review|inquiry} of the {thing}.',
  '{Figures|Numbers|Statistics} {published|released} in {month} {showed|recorded} {n} complaints about the {thing} {over|during} the {past|last} year.',
  'The {nearest|neighbouring} town, {other}, {went through|faced|saw} a {similar|comparable} {episode|row|crisis} in {year}.',
  '{org} did not {respond to|answer} a {request|call} for comment on {day}.',
  'A {public|formal} consultation on the {thing} {closes|ends} at the end of {month}.',
  '{About|Some|Nearly} {n} people {signed|put their names to} a letter {to|sent to} the {regional|local} {newspaper|paper} about the {thing}.',
  'The {thing} is {owned|run} {jointly|together} by the council and {org}.',
  '{Regional|National|County} officials are {expected|due} to {visit|tour} {place} {before|by} the end of {month}.',
  'The {issue|matter|question} was raised in parliament by the member for {place} on {day}.',
  '{Parents|Families} at {other} primary school were {sent|given} a letter about the {thing} on {day}.',
  'The {matter|plan|issue} will {return to|go back to|come before} the council{ committee| cabinet|} on {small} {month}.',
  'Records show that {org} {spent|paid} {n},000 on {consultants|advisers|lawyers} for the {thing} in {year}.',
  '{Traffic|Buses|Lorries} in the {centre|middle} of {place} {was|were} diverted for {small} hours on {day}.',
  'A {spokesperson|representative} for the {regional|county} {authority|council} said a {statement|response} would {follow|come later}.',
  '{Residents|People} of {other} and {place} have been {invited|asked} to a {drop-in|open} session on {day}.',
  'An {earlier|previous} {inquiry|review} into the {thing} {reported|concluded} in {year} and made {small} recommendations.',
  'The {local|town} {football|rugby|cricket} club {offered|opened} its {car park|clubhouse} to people affected by the {thing}.',
  '{Insurance brokers|Estate agents|Solicitors} in {place} {reported|noticed} a rise in {calls|inquiries} since {day}.',
  'The {thing} {appeared|was listed} in the council accounts for {year} {with|at} a value of {n} million.',
  '{Weather forecasters|Forecasters} expect {dry|wet|mild|cold} {conditions|weather} in {place} for the rest of the week.',
];
