// A small multi-outlet story for the trail specs, written for them: a wire original, a reprint with a new
// headline and a local paragraph, an independent report that paraphrases the mayor, and a union denial.

export const WIRE_ORIGINAL = {
  title: 'Kestrel Bay freezes ferry fares for two years',
  publisher: 'Coastal Wire',
  publishedAt: '2026-05-04T08:00:00.000Z',
  text: [
    'KESTREL BAY — The harbour authority of Kestrel Bay will freeze ferry fares until the spring of 2028, its chair announced on Monday.',
    'Mayor Oskar Lindqvist said the single crossing would stay at $3.40 for every adult passenger.',
    '"Islanders should not pay more to reach their jobs on the mainland while the economy is this weak," Lindqvist told reporters at the ferry terminal.',
    'The authority expects the freeze to cost about $6 million over the two years, funded from harbour dues paid by cruise operators.',
    'Ridership on the three ferry routes fell by a tenth last winter after two storms cancelled dozens of sailings.',
    'The authority will publish a new timetable for the summer season next month.',
  ].join('\n\n'),
};

export const WIRE_REPRINT = {
  title: 'Ferry riders spared a fare rise',
  publisher: 'Island Gazette',
  publishedAt: '2026-05-04T11:30:00.000Z',
  text: [
    'KESTREL BAY — The harbour authority of Kestrel Bay will freeze ferry fares until the spring of 2028, its chair announced on Monday.',
    'Mayor Oskar Lindqvist said the single crossing would stay at $3.40 for every adult passenger.',
    '"Islanders should not pay more to reach their jobs on the mainland while the economy is this weak," Lindqvist told reporters at the ferry terminal.',
    'The authority expects the freeze to cost about $6 million over the two years, funded from harbour dues paid by cruise operators.',
    'Ridership on the three ferry routes fell by a tenth last winter after two storms cancelled dozens of sailings.',
    'On Gull Island, the parish council welcomed the decision and said it would ask for an extra evening sailing on Fridays.',
  ].join('\n\n'),
};

export const INDEPENDENT_REPORT = {
  title: 'Mayor holds the line on ferry prices',
  publisher: 'Mainland Herald',
  publishedAt: '2026-05-05T07:15:00.000Z',
  text: [
    'Passengers on the Kestrel Bay ferries will not see a price rise before 2028, after a vote by the harbour board on Monday evening that surprised several members of the crew union.',
    'Lindqvist, who has led the island town since 2022, said an adult crossing would remain at $3.40.',
    'Nora Feld, a spokeswoman for the ferry crews, said the price of an adult crossing would remain at $3.40 and called the decision overdue.',
    'The crew union denied that the freeze would cost $6 million over the two years.',
    'Board members will meet again in June to review the budget for new vessels.',
  ].join('\n\n'),
};

// A follow-up in which a crew leader gives the freeze another cost: a dispute of the authority's figure.
export const CREW_FOLLOW_UP = {
  title: 'Crews say ferry freeze will cost more',
  publisher: 'Harbour Weekly',
  publishedAt: '2026-05-06T09:00:00.000Z',
  text: [
    'KESTREL BAY — Ferry crews on Kestrel Bay say the fare freeze will cost far more than the harbour authority admits.',
    'Crew leader Ada Brook said the freeze would cost about $9 million over the two years.',
    'The authority will publish a new timetable for the summer season next month.',
  ].join('\n\n'),
};

// A second story, for ingest out of order: the reprint is stored before the original it reproduces.
export const PLANT_ORIGINAL = {
  title: 'Brightwater glassworks to close its oldest furnace',
  publisher: 'Northern Press Agency',
  publishedAt: '2026-06-10T06:00:00.000Z',
  text: [
    'BRIGHTWATER — The Halden glassworks in Brightwater will shut its oldest furnace in September, the company said on Wednesday, ending a century of bottle making on the canal side of the town.',
    'Chief executive Marta Quist said the furnace had become too expensive to run since gas prices doubled and that 140 jobs would go.',
    'The company plans to move bottle production to its newer plant in Ostrand, which uses electric melting.',
    'Local business groups fear that suppliers of sand, pallets and transport will lose contracts worth several million a year.',
    'The furnace was lit in 1926 and has been rebuilt four times.',
  ].join('\n\n'),
};

export const PLANT_REPRINT = {
  title: 'Glassworks furnace to go cold in September',
  publisher: 'Canal Times',
  publishedAt: '2026-06-10T14:00:00.000Z',
  text: [
    'BRIGHTWATER — The Halden glassworks in Brightwater will shut its oldest furnace in September, the company said on Wednesday, ending a century of bottle making on the canal side of the town.',
    'Chief executive Marta Quist said the furnace had become too expensive to run since gas prices doubled and that 140 jobs would go.',
    'The company plans to move bottle production to its newer plant in Ostrand, which uses electric melting.',
    'Local business groups fear that suppliers of sand, pallets and transport will lose contracts.',
  ].join('\n\n'),
};
