// Word lists the attribution patterns read. Kept as data so a new cue or title is a one-line change.

// How sure a reporting verb is about speech. `weak` verbs ("found", "showed") also describe
// non-speech events, so they only count with a `that` clause or a document-like source.
export type CueStrength = 'strong' | 'weak';

export interface CueWord {
  lemma: string;
  strength: CueStrength;
  // Verbs like "told" and "urged" take an object before their content.
  takesObject?: boolean;
  // The -ing form ("is saying", "issued a statement saying"): never passive, never inverted.
  progressive?: boolean;
}

const STRONG_CUES: Record<string, string[]> = {
  say: ['say', 'says', 'said'],
  tell: ['tell', 'tells', 'told'],
  add: ['add', 'adds', 'added'],
  claim: ['claim', 'claims', 'claimed'],
  warn: ['warn', 'warns', 'warned'],
  insist: ['insist', 'insists', 'insisted'],
  argue: ['argue', 'argues', 'argued'],
  note: ['note', 'notes', 'noted'],
  stress: ['stress', 'stresses', 'stressed'],
  suggest: ['suggest', 'suggests', 'suggested'],
  state: ['states', 'stated'],
  declare: ['declare', 'declares', 'declared'],
  announce: ['announce', 'announces', 'announced'],
  confirm: ['confirm', 'confirms', 'confirmed'],
  acknowledge: ['acknowledge', 'acknowledges', 'acknowledged'],
  admit: ['admit', 'admits', 'admitted'],
  explain: ['explain', 'explains', 'explained'],
  emphasize: ['emphasize', 'emphasizes', 'emphasized', 'emphasise', 'emphasises', 'emphasised'],
  assert: ['assert', 'asserts', 'asserted'],
  contend: ['contend', 'contends', 'contended'],
  maintain: ['maintains', 'maintained'],
  allege: ['allege', 'alleges', 'alleged'],
  predict: ['predict', 'predicts', 'predicted'],
  caution: ['caution', 'cautions', 'cautioned'],
  vow: ['vow', 'vows', 'vowed'],
  pledge: ['pledge', 'pledges', 'pledged'],
  promise: ['promise', 'promises', 'promised'],
  urge: ['urge', 'urges', 'urged'],
  accuse: ['accuse', 'accuses', 'accused'],
  deny: ['deny', 'denies', 'denied'],
  dispute: ['dispute', 'disputes', 'disputed'],
  report: ['report', 'reports', 'reported'],
  write: ['write', 'writes', 'wrote'],
  post: ['posted'],
  tweet: ['tweeted'],
  reply: ['replied', 'replies'],
  respond: ['responded', 'responds'],
  counter: ['countered', 'counters'],
  concede: ['concede', 'concedes', 'conceded'],
  observe: ['observed', 'observes'],
  remark: ['remarked', 'remarks'],
  recall: ['recalled', 'recalls'],
  complain: ['complain', 'complains', 'complained'],
  reiterate: ['reiterate', 'reiterates', 'reiterated'],
  testify: ['testify', 'testifies', 'testified'],
  disclose: ['disclosed'],
  demand: ['demand', 'demands', 'demanded'],
  ask: ['ask', 'asked', 'asks'],
  call: ['call', 'called', 'calls'],
  cite: ['cite', 'cites', 'cited'],
  reference: ['referenced'],
  blame: ['blame', 'blames', 'blamed'],
  confess: ['confess', 'confesses', 'confessed'],
  assure: ['assure', 'assures', 'assured'],
  comment: ['commented'],
  repeat: ['repeated'],
  echo: ['echoed'],
  believe: ['believe', 'believes', 'believed'],
  think: ['think', 'thinks'],
  fear: ['fear', 'fears', 'feared'],
  hope: ['hope', 'hopes'],
  expect: ['expect', 'expects'],
  estimate: ['estimate', 'estimates', 'estimated'],
  forecast: ['forecast', 'forecasts'],
  project: ['projected'],
  continue: ['continued'],
  boast: ['boasted'],
  threaten: ['threatened'],
  describe: ['described', 'describes'],
  // Evaluations voiced in public: what they are said about is their content ("criticized the plan").
  criticize: ['criticize', 'criticizes', 'criticized', 'criticise', 'criticises', 'criticised'],
  praise: ['praised', 'praises'],
  dismiss: ['dismissed', 'dismisses'],
  blast: ['blasted', 'blasts'],
  slam: ['slammed', 'slams'],
  denounce: ['denounce', 'denounces', 'denounced'],
  condemn: ['condemn', 'condemns', 'condemned'],
  decry: ['decry', 'decries', 'decried'],
  mock: ['mocked', 'mocks'],
  deride: ['derided', 'derides'],
  ridicule: ['ridiculed'],
  lambaste: ['lambasted'],
  assail: ['assailed'],
  // Only with a person or organisation as its object (see cueCandidates): "militants attacked a post" is no speech.
  attack: ['attack', 'attacks', 'attacked'],
  chide: ['chided'],
  rebuke: ['rebuked'],
  tout: ['touted', 'touts'],
  lament: ['lamented', 'laments'],
  question: ['questioned'],
  mention: ['mentioned'],
  recount: ['recounted'],
  charge: ['charged'],
  joke: ['joked', 'jokes'],
  quip: ['quipped', 'quips'],
  shout: ['shouted', 'shouts'],
  yell: ['yelled', 'yells'],
  answer: ['answered'],
  proclaim: ['proclaimed'],
  exclaim: ['exclaimed', 'exclaims'],
  retort: ['retorted', 'retorts'],
  muse: ['mused', 'muses'],
  scoff: ['scoffed', 'scoffs'],
};

const WEAK_CUES: Record<string, string[]> = {
  find: ['find', 'finds', 'found'],
  show: ['show', 'shows', 'showed', 'shown'],
  conclude: ['conclude', 'concludes', 'concluded'],
  determine: ['determined'],
  reveal: ['reveal', 'reveals', 'revealed'],
  indicate: ['indicate', 'indicates', 'indicated'],
  recommend: ['recommend', 'recommends', 'recommended'],
  rule: ['ruled'],
};

const TAKES_OBJECT = new Set([
  'tell', 'urge', 'accuse', 'ask', 'call', 'warn', 'remind', 'assure', 'inform', 'blame', 'criticize', 'praise',
  'dismiss', 'blast', 'slam', 'denounce', 'condemn', 'decry', 'mock', 'deride', 'ridicule', 'lambaste',
  'assail', 'chide', 'rebuke', 'tout', 'question', 'mention', 'attack',
]);

// Evaluations voiced in public and "explained", whose object is what was said ("thanked the crew and praised
// their effort", "toured the dock and explained its importance"),
// so a subject read loosely may speak them; "call" is a cue only with what something is called
// (cue-candidates.ts). Not "dismissed" (a case, a worker) nor "questioned" (a witness): events as often as words.
export const EVALUATIONS = new Set([
  'criticize', 'praise', 'blast', 'slam', 'denounce', 'condemn', 'decry', 'mock', 'deride', 'ridicule',
  'lambaste', 'assail', 'chide', 'rebuke', 'tout', 'lament', 'call', 'attack', 'describe', 'explain', 'accuse',
]);

// Beliefs and "reporting by" credit lines have -ing forms that report nobody's speech.
const NO_PROGRESSIVE = new Set([
  'believe', 'think', 'fear', 'hope', 'expect', 'continue', 'project', 'report', 'forecast', 'state', 'post',
  'estimate', 'answer', 'charge', 'counter',
]);

export const CUE_WORDS: ReadonlyMap<string, CueWord> = (() => {
  const words = new Map<string, CueWord>();
  const addAll = (table: Record<string, string[]>, strength: CueStrength) => {
    for (const [lemma, forms] of Object.entries(table)) {
      for (const form of forms) words.set(form, { lemma, strength, takesObject: TAKES_OBJECT.has(lemma) });
    }
  };
  addAll(STRONG_CUES, 'strong');
  addAll(WEAK_CUES, 'weak');
  for (const [lemma, forms] of Object.entries(STRONG_CUES)) {
    if (NO_PROGRESSIVE.has(lemma)) continue;
    const doubled = forms.find((form) => form === `${lemma}${lemma.slice(-1)}ed`);
    const stem = doubled ? doubled.slice(0, -2) : /[^e]e$/.test(lemma) ? lemma.slice(0, -1) : lemma;
    words.set(`${stem}ing`, {
      lemma,
      strength: 'strong',
      takesObject: TAKES_OBJECT.has(lemma),
      progressive: true,
    });
  }
  return words;
})();


// Two-word cues, matched before single words so "pointed out" is not missed. Each is a regular expression
// fragment of lower-case text.
export const PHRASE_CUES = [
  // "rejected claims that …", "denied reports that …": the denial is the cue and the noun its object, not a
  // verb of its own (which made the denier claim what they denied).
  '(?:reject(?:s|ed)?|den(?:y|ies|ied)|dismiss(?:es|ed)?|disput(?:es|ed)|refut(?:es|ed)|rebut(?:s|ted)?) (?:the )?(?:claims?|suggestions?|allegations?|accusations?|reports?|charges?|assertions?)(?= that\\b)',
  'pointed out',
  'points out',
  'went on',
  'made clear',
  'quoted as saying',
  // "called again for", "called Wednesday for", "called publicly on": a word between the verb and its
  // particle ("called again on Monday" is a telephone call).
  'call(?:ed|s) (?:again|today|yesterday|(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)) for',
  'call(?:ed|s) (?:also|repeatedly|publicly|formally|openly|explicitly) (?:for|on)',
  'called for',
  'calls for',
  'laid out',
  'lays out',
  'talked about',
  'talks about',
  'spoke about',
  'speaks about',
  'pointed to',
  'points to',
  'railed against',
  'rails against',
  'lashed out at',
  'called on',
  'calls on',
  // Only after a form of "be" ("is calling for a recount"); see cueCandidates.
  'calling for',
  'calling on',
  'talking about',
  'talk about',
  'speaking about',
  'spoke of',
  'speaks of',
  'wrote about',
  'writes about',
  'joked about',
  'boasted about',
  'boasted of',
  'boasts about',
  'point to',
  'point out',
  // "spoke passionately about", "talked glowingly of", "spoke highly of": a manner adverb inside the phrase.
  '(?:spoke|speaks|talked|talks|speaking|talking) \\p{Ll}+ly (?:about|of)',
];

// Objects of "told" that belong to the cue as written ("told reporters").
export const AUDIENCE_WORDS = new Set([
  'reporters', 'journalists', 'lawmakers', 'parliament', 'supporters', 'legislators', 'delegates', 'investors',
  'analysts', 'residents', 'students', 'viewers', 'listeners', 'the', 'a', 'an',
]);

// Phrases that follow a cue and belong to it ("said in a statement").
export const CUE_SETTINGS = [
  /^in an? (?:joint |written |emailed |separate |televised |brief |court |legal |regulatory |securities )?(?:statement|letter|interview|post|op-ed|speech|email|note|report|filing|press release|tweet|video|address|briefing|column|essay|editorial|blog post|podcast|memo)(?:\s+(?:message|interview|statement|address|call|post|release|appearance))?\b/i,
  /^at an? (?:press |news )?(?:conference|briefing|rally|hearing|summit|meeting|event)\b/i,
  /^on (?:social media|television|radio|twitter|x|facebook|telegram)\b/i,
  /^(?:by|over the) (?:telephone|phone|email|e-mail|text message|video link)\b/i,
  // "said on Fox News Channel's “Hannity,”", "told CNN's “State of the Union”".
  /^(?:on|to)\s+(?:\p{Lu}[\p{L}.&-]*\s+){0,3}\p{Lu}[\p{L}.&-]*['’]s\s+["“][^"”]{1,40}["”],?/u,
];

// Words that open an adverbial between a cue and its `that` ("said on Monday that").
export const ADJUNCT_STARTERS = new Set([
  'in', 'on', 'at', 'during', 'after', 'before', 'last', 'this', 'earlier', 'later', 'late', 'yesterday', 'today',
  'tonight', 'via', 'through', 'with', 'to', 'from', 'separately', 'repeatedly', 'publicly', 'privately', 'again',
  'also', 'previously', 'recently', 'once', 'then', 'when', 'while', 'following', 'over', 'amid', 'under', 'by',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'repeatedly', 'firmly', 'flatly',
  'back', 'of',
]);

// Words between a source and its cue that are neither ("has also said").
export const AUXILIARIES = new Set([
  'has', 'have', 'had', 'also', 'later', 'previously', 'reportedly', 'repeatedly', 'again', 'further', 'recently',
  'publicly', 'privately', 'earlier', 'then', 'would', 'will', 'had', 'is', 'was', 'were', 'are', 'has long',
  'long', 'once', 'often', 'frequently', 'separately', 'already', 'subsequently', 'initially', 'first', 'even',
  'still', 'flatly', 'firmly', 'strongly', 'openly', 'both', 'all', 'now', 'formally', 'officially', 'quickly',
  'always', 'herself', 'himself', 'themselves', 'itself', 'since', 'basically',
]);

// Day and month names, for the patterns that tell a time from a name ("Monday", "last May").
export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

// A sentence may open with a connective or a setting before its source ("Meanwhile, the ministry said").
export const LEADING_CONNECTIVES = new Set([
  'however', 'meanwhile', 'moreover', 'furthermore', 'also', 'still', 'yet', 'but', 'and', 'separately', 'earlier',
  'later', 'instead', 'indeed', 'nevertheless', 'nonetheless', 'so', 'then', 'now', 'similarly', 'likewise',
  'previously', 'elsewhere', 'in', 'on', 'at', 'during', 'after', 'before', 'last', 'this', 'for', 'by', 'since',
  'as', 'when', 'while', 'following', 'speaking', 'asked', 'writing', 'responding', 'amid', 'despite', 'under',
  'with', 'without', 'from', 'over', 'according', 'today', 'yesterday', 'overall', 'finally', 'first', 'second',
  'third', 'again', 'once', 'thus', 'hence', 'therefore', 'regardless', 'unlike', 'like', 'afterward',
  'afterwards', 'eventually', 'ultimately', 'questioned', 'pressed', 'back', 'shortly', 'already',
]);

export const PERSON_PRONOUNS: Record<string, 'm' | 'f' | 'plural' | 'neuter' | 'self'> = {
  he: 'm', she: 'f', they: 'plural', it: 'neuter', i: 'self', we: 'plural',
};

// Honorifics are dropped from the canonical name and are not a role.
export const HONORIFICS = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady', 'rev', 'fr', 'mx', 'madam', 'monsieur',
]);
export const MALE_HONORIFICS = new Set(['mr', 'sir', 'lord', 'monsieur', 'fr']);
export const FEMALE_HONORIFICS = new Set(['mrs', 'ms', 'miss', 'dame', 'lady', 'madam']);

// Capitalised words that make the words before a name a role ("Finance Minister Abel Tran").
export const TITLE_WORDS = new Set([
  'president', 'minister', 'secretary', 'chancellor', 'governor', 'gov', 'senator', 'sen', 'rep', 'representative',
  'mayor', 'judge', 'justice', 'general', 'gen', 'colonel', 'col', 'captain', 'capt', 'lt', 'lieutenant', 'admiral',
  'commissioner', 'director', 'chairman', 'chairwoman', 'chair', 'ceo', 'cfo', 'coo', 'chief', 'ambassador', 'envoy',
  'spokesman', 'spokeswoman', 'spokesperson', 'king', 'queen', 'prince', 'princess', 'pope', 'sheikh', 'inspector',
  'sergeant', 'sgt', 'officer', 'detective', 'professor', 'coach', 'manager', 'premier', 'speaker', 'councillor',
  'councilor', 'councilwoman', 'councilman', 'attorney', 'prosecutor', 'deputy', 'executive', 'founder', 'head',
  'leader', 'negotiator', 'adviser', 'advisor', 'aide', 'economist', 'analyst', 'researcher', 'editor', 'officer',
  'commander', 'superintendent', 'sheriff', 'marshal', 'chaplain', 'bishop', 'archbishop', 'rabbi', 'imam',
  'treasurer', 'auditor', 'comptroller', 'registrar', 'dean', 'provost', 'principal', 'epidemiologist', 'scientist',
  'physician', 'surgeon', 'economist', 'strategist', 'lawyer', 'partner', 'trustee', 'governor-general', 'emir',
  'sultan', 'ayatollah', 'patriarch', 'metropolitan', 'mp', 'mep', 'congressman', 'congresswoman', 'assemblyman',
  'assemblywoman', 'alderman', 'cllr', 'gp', 'member', 'councilmember', 'magistrate', 'chairperson', 'vice-president', 'presidente', 'taoiseach',
  'critic', 'columnist', 'reviewer', 'commentator', 'historian', 'comedian', 'actor', 'actress', 'singer', 'rapper',
  'novelist', 'filmmaker', 'pastor',
]);

// Lower-case nouns that can head a speaking source ("the negotiator", "a spokeswoman for").
export const SPEAKER_NOUNS = new Set([
  'official', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'minister', 'ministers',
  'president', 'company', 'firm', 'ministry', 'agency', 'government', 'department', 'police', 'army', 'military',
  'committee', 'council', 'board', 'union', 'court', 'judge', 'prosecutors', 'prosecutor', 'report', 'study',
  'survey', 'review', 'audit', 'analysis', 'poll', 'investigation', 'inquiry', 'statement', 'filing', 'letter',
  'document', 'documents', 'memo', 'data', 'figures', 'statistics', 'research', 'researchers', 'scientists',
  'experts', 'analysts', 'observers', 'critics', 'residents', 'witnesses', 'sources', 'source', 'people', 'person', 'diplomats',
  'diplomat', 'activists', 'economists', 'lawmakers', 'legislators', 'authorities', 'organizers', 'organisers',
  'campaigners', 'supporters', 'opponents', 'investors', 'traders', 'doctors', 'nurses', 'teachers', 'workers',
  'employees', 'staff', 'executives', 'executive', 'regulator', 'regulators', 'bank', 'group', 'groups', 'kremlin',
  'administration', 'office', 'service', 'institute', 'university', 'hospital', 'charity', 'campaign', 'party',
  'opposition', 'coalition', 'parliament', 'senate', 'congress', 'cabinet', 'regime', 'embassy', 'mission',
  'delegation', 'commission', 'authority', 'watchdog', 'operator', 'owner', 'owners', 'manufacturer', 'retailer',
  'insurer', 'lender', 'carrier', 'airline', 'developer', 'platform', 'network', 'outlet', 'newspaper', 'broadcaster',
  'paper', 'magazine', 'website', 'blog', 'newsletter', 'others', 'many', 'some', 'most', 'several', 'both', 'one', 'another', 'family', 'families',
  'relatives', 'friends', 'colleagues', 'neighbours', 'neighbors', 'parents', 'students', 'victims', 'survivors',
  'locals', 'voters', 'citizens', 'farmers', 'owners', 'leaders', 'members', 'member', 'officers', 'troops',
  'soldiers', 'rebels', 'militants', 'insurgents', 'separatists', 'protesters', 'demonstrators', 'fans', 'readers',
  'users', 'customers', 'consumers', 'patients', 'scholars', 'historians', 'commentators', 'pundits', 'insiders',
  'estimates', 'projections', 'models', 'tests', 'records', 'findings', 'results', 'assessment', 'evaluation',
  'census', 'ruling', 'verdict', 'indictment', 'complaint', 'lawsuit', 'suit', 'petition', 'resolution', 'panel',
  'task force', 'tribunal', 'jury', 'inspectors', 'investigators', 'detectives', 'officer', 'guard', 'firefighters',
  'paramedics', 'medics', 'rescuers', 'engineers', 'specialists', 'consultants', 'advisers', 'advisors', 'aides',
  'allies', 'partners', 'rivals', 'neighbours', 'bloc', 'alliance', 'federation', 'association', 'league', 'club',
  'team', 'side', 'camp', 'spokespersons', 'representatives', 'representative', 'envoy', 'ambassador', 'head',
  'chief', 'leader', 'director', 'chairman', 'chairwoman', 'ceo', 'founder', 'owner', 'manager', 'mayor', 'governor',
  'senator', 'lawmaker', 'legislator', 'candidate', 'challenger', 'incumbent', 'premier', 'chancellor', 'king',
  'queen', 'monarch', 'palace', 'pentagon', 'house', 'white house', 'ministry', 'kremlin', 'state', 'country',
  'nation', 'city', 'county', 'province', 'region', 'municipality', 'town', 'village', 'school', 'college',
  'media', 'television', 'radio', 'teammates', 'players', 'colleague', 'friend', 'neighbour', 'neighbor', 'relative',
  'witness', 'resident', 'insider', 'bystander', 'passenger', 'customer', 'employee', 'worker',
  // People known for a show or a book ("host of KBX's “Harbor Week,”", "author of “Tides”").
  'host', 'co-host', 'anchor', 'presenter', 'moderator', 'contestant', 'author',
]);

// Nouns that name a document or finding rather than a speaker: their author is the real source.
export const DOCUMENT_NOUNS = new Set([
  'report', 'study', 'survey', 'review', 'audit', 'analysis', 'poll', 'investigation', 'inquiry', 'statement',
  'filing', 'letter', 'document', 'documents', 'memo', 'data', 'figures', 'statistics', 'research', 'estimates',
  'projections', 'model', 'models', 'tests', 'records', 'findings', 'results', 'assessment', 'evaluation', 'census',
  'ruling', 'verdict', 'indictment', 'complaint', 'lawsuit', 'petition', 'resolution', 'paper', 'release', 'post',
  'notice', 'order', 'decision', 'judgment', 'judgement', 'forecast', 'outlook', 'briefing', 'presentation',
]);

// Counts and quantifiers that open a group ("several teammates") or stand for an earlier one ("others said").
export const GROUP_QUANTIFIERS = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'many', 'some', 'most', 'few',
  'other', 'others', 'numerous', 'various', 'multiple', 'dozens', 'hundreds', 'thousands', 'both', 'all',
]);

// Descriptions that make an apposed name a business ("Agrovel, the fungicide's maker").
export const COMPANY_DESCRIPTORS = new Set([
  'company', 'firm', 'maker', 'manufacturer', 'supplier', 'provider', 'producer', 'distributor', 'retailer',
  'operator', 'carrier', 'lender', 'insurer', 'developer', 'startup', 'start-up', 'utility', 'chain', 'brand',
  'conglomerate', 'subsidiary', 'haulier', 'shipper', 'broker', 'publisher', 'airline', 'bank', 'group',
]);

// Plural or vague heads that make a source an unnamed group ("observers", "two people familiar").
export const UNNAMED_GROUP_HEADS = new Set([
  'observers', 'analysts', 'critics', 'experts', 'sources', 'people', 'officials', 'diplomats', 'residents',
  'witnesses', 'activists', 'economists', 'lawmakers', 'legislators', 'scientists', 'researchers', 'campaigners',
  'supporters', 'opponents', 'investors', 'traders', 'doctors', 'nurses', 'teachers', 'workers', 'employees',
  'executives', 'others', 'many', 'some', 'most', 'several', 'both', 'one', 'another', 'relatives', 'friends', 'colleagues', 'neighbours', 'neighbors',
  'parents', 'students', 'victims', 'survivors', 'locals', 'voters', 'citizens', 'farmers', 'members', 'insiders',
  'commentators', 'pundits', 'historians', 'scholars', 'protesters', 'demonstrators', 'organizers', 'organisers',
  'advisers', 'advisors', 'aides', 'allies', 'prosecutors', 'investigators', 'inspectors', 'specialists',
  'consultants', 'engineers', 'officers', 'soldiers', 'troops', 'medics', 'paramedics', 'rescuers', 'firefighters',
  'families', 'fans', 'users', 'customers', 'consumers', 'patients', 'regulators', 'skeptics', 'sceptics',
  'proponents', 'advocates', 'defenders', 'detractors', 'watchers', 'specialists', 'representatives', 'spokespeople',
  'authorities', 'owners', 'leaders', 'participants', 'media', 'television', 'radio', 'teammates', 'players', 'agents', 'brokers', 'dealers', 'managers', 'planners', 'monitors', 'attendees', 'staffers', 'operatives', 'veterans',
]);

// Words that open a quantified or indefinite source ("two people", "a senior official", "some analysts").
export const VAGUE_DETERMINERS = new Set([
  'a', 'an', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'some', 'many',
  'most', 'other', 'few', 'numerous', 'various', 'multiple', 'one', 'dozens', 'hundreds', 'thousands', 'certain',
  'unnamed', 'anonymous', 'senior', 'western', 'independent', 'local', 'foreign', 'military', 'security',
]);

// Words that end a noun phrase: a source chunk containing them is a clause, not a speaker.
export const CLAUSE_WORDS = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'having', 'will', 'would', 'could', 'should', 'can', 'may', 'might',
  'must', 'did', 'does', 'do', 'if', 'because', 'although', 'though', 'since', 'unless', 'whether', 'than', 'so',
  "n't", 'never', 'there', 'here', 'what', 'how', 'why',
]);

export const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your', 'whose']);
export const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those']);

// Words that make a capitalised name an organisation ("Northwind Logistics", "Ministry of Health").
export const ORG_WORDS = new Set([
  'ministry', 'committee', 'inc', 'corp', 'corporation', 'company', 'co', 'ltd', 'llc', 'plc', 'ag', 'gmbh', 'sa',
  'agency', 'board', 'union', 'council', 'university', 'institute', 'bank', 'court', 'police', 'department', 'group',
  'holdings', 'partners', 'logistics', 'systems', 'technologies', 'technology', 'energy', 'airlines', 'airways',
  'motors', 'foods', 'pharmaceuticals', 'pharma', 'labs', 'laboratories', 'laboratory', 'media', 'network',
  'foundation', 'association', 'federation', 'alliance', 'party', 'movement', 'front', 'coalition', 'organization',
  'organisation', 'commission', 'authority', 'office', 'service', 'services', 'bureau', 'army', 'navy', 'forces',
  'force', 'guard', 'parliament', 'senate', 'congress', 'assembly', 'cabinet', 'hospital', 'clinic', 'school',
  'college', 'center', 'centre', 'fund', 'trust', 'exchange', 'reserve', 'league', 'club', 'church', 'industries',
  'international', 'railways', 'society', 'tribunal', 'watch', 'initiative', 'project', 'program', 'programme',
  'institution', 'consortium', 'cooperative', 'co-op', 'secretariat', 'directorate', 'inspectorate', 'prosecutors',
  'prosecutor’s', "prosecutor's", 'unit', 'brigade', 'battalion', 'regiment', 'command', 'staff', 'mission',
  'embassy', 'consulate', 'capital', 'ventures', 'solutions', 'analytics', 'research', 'consulting', 'insurance',
  'mutual', 'bancorp', 'financial', 'securities', 'investments', 'brands', 'retail', 'stores', 'mining', 'oil',
  'gas', 'power', 'utilities', 'water', 'telecom', 'communications', 'electric', 'chemicals', 'steel', 'shipping',
  'studios', 'records', 'publishing', 'press', 'museum', 'gallery', 'library', 'zoo', 'theatre', 'theater', 'forum', 'division', 'branch', 'neighbours', 'neighbors', 'residents’', 'homes', 'terminals', 'trust', 'institute’s', 'observatory', 'academy', 'registry', 'council’s',
  'health', 'care', 'grid', 'rail', 'railway', 'transport', 'freight', 'haulage', 'guild', 'airport', 'port', 'transit',
  'software', 'robotics', 'farms', 'hotels', 'ferries', 'ferry', 'lines', 'builders', 'brewers', 'mills', 'works', 'semiconductor',
  'semiconductors', 'daughters', 'sons', 'brothers', 'resorts', 'brewery', 'supplies', 'logistics', 'regulation', 'regulator',
]);

// Last words that make a capitalised name a business whatever comes before them ("Skylark Air", "Halden
// Group"): a person's surname is seldom one of these, and "the company" later means such a name.
export const BUSINESS_ENDINGS = new Set([
  'inc', 'corp', 'corporation', 'co', 'company', 'ltd', 'llc', 'plc', 'ag', 'sa', 'gmbh', 'holdings', 'group',
  'stores', 'industries', 'homes', 'terminals', 'logistics', 'systems', 'technologies', 'air', 'airways',
  'airlines', 'aviation', 'aerospace', 'rail', 'railways', 'buses', 'coaches', 'motors', 'foods', 'bakeries',
  'dairies', 'biologics', 'pharmaceuticals', 'pharma', 'labs', 'energy', 'bank', 'partners', 'capital',
  'ventures', 'insurance', 'mining', 'steel', 'shipping', 'ferries', 'freight', 'haulage', 'telecom',
  'electronics', 'engineering', 'construction', 'brewery', 'brewers', 'farms', 'hotels', 'resorts', 'retail',
  'supermarkets', 'textiles', 'plastics', 'packaging', 'chemicals', 'utilities', 'water', 'power',
]);

// Words that make a capitalised name a news outlet ("ABC News", "The Daily Courier").
export const OUTLET_WORDS = new Set([
  'news', 'times', 'post', 'journal', 'herald', 'telegraph', 'guardian', 'gazette', 'tribune', 'courier', 'chronicle',
  'observer', 'independent', 'express', 'mirror', 'mail', 'sun', 'star', 'reuters', 'bloomberg', 'tv', 'radio',
  'broadcasting', 'magazine', 'daily', 'weekly', 'wire', 'newswire', 'bulletin', 'dispatch', 'review', 'record',
  'examiner', 'inquirer', 'monitor', 'standard', 'economist', 'politico', 'axios', 'afp', 'ap', 'bbc', 'cnn', 'nbc',
  'cbs', 'abc', 'npr', 'pbs', 'tass', 'xinhua', 'interfax', 'ria', 'al jazeera', 'sky', 'itv', 'france24',
]);
