// Closed word lists for recognising names that the country, organisation and place lexicons do not list:
// given names, name suffixes, the head and cue words of places and organisations, and sports teams. Written
// from general knowledge of English-language news; each list is a class of words, not a list of answers.

/** Common given names in English-language news (people who are named first and then by surname). Names
 * that are also everyday words ("Will", "Hope", "Grace", "Mark") are left out of LONE_SAFE below. */
export const GIVEN_NAMES = new Set(
  (
    'Aaron Abby Abigail Adam Adrian Ahmed Aidan Al Alan Albert Alec Alejandro Alex Alexander Alexandra Alexis Alfred Ali Alice Alicia Alison Allen Allison Alyssa Amanda Amber Amy Ana Andrea Andreas Andrew Andy Angela Angelina Anita Ann Anna Anne Annie Anthony Antonio Arthur Ashley Austin Barack Barbara Barry Becky Ben Benjamin Bernard Bernie Beth Betsy Betty Beverly Bill Billy Bob Bobby Bonnie Brad Bradley Brandon Brenda Brett Brian Brittany Bruce Bryan Caitlin Calvin Cameron Carl Carla Carlos Carly Carol Caroline Carolyn Catherine Cathy Charles Charlie Charlotte Chelsea Cheryl Chris Christian Christina Christine Christopher Chuck Cindy Claire Clara Claudia Cole Colin Connie Corey Cory Craig Cynthia Dale Dan Dana Daniel Danielle Danny Dara Darren Dave David Dean Deborah Debra Denise Dennis Derek Devin Diana Diane Dick Dmitry Don Donald Donna Doris Doug Douglas Drake Dylan Ed Eddie Edward Eileen Elaine Eleanor Elijah Elise Elizabeth Ellen Emily Emma Emmanuel Eric Erica Erick Erik Erin Ethan Eugene Evan Evelyn Frances Francis Frank Fred Frederick Gabriel Gary Gavin Gene George Gerald Gina Glen Glenn Gloria Gordon Greg Gregory Hal Hannah Harold Harry Hassan Hannah Heather Heidi Helen Henry Hillary Holly Howard Hugh Ian Irene Isaac Ivanka Jack Jackie Jacob Jacqueline Jake James Jamie Jan Jane Janet Janice Jared Jason Jean Jeb Jeff Jeffrey Jen Jenna Jennifer Jenny Jeremy Jerry Jesse Jessica Jill Jim Jimmy Jo Joan Joanne Jodi Joe Joel John Johnny Jon Jonathan Jordan Jose Joseph Josh Joshua Joy Joyce Juan Judith Judy Julia Julian Julie Justin Karen Kate Katherine Kathleen Kathryn Kathy Katie Kay Keith Kelly Kellyanne Ken Kenneth Kerry Kevin Kim Kimberly Kirk Kris Kristen Kurt Kyle Larry Laura Lauren Laurie Leah Lee Leon Leonard Leslie Lillian Linda Lindsey Lisa Lloyd Lois Loretta Lori Louis Louise Lucas Lucy Luis Luke Lynn Madeline Maggie Marco Margaret Maria Marie Marilyn Mario Marion Marjorie Mark Martha Martin Marty Mary Mason Matt Matthew Maureen Max Megan Melania Melissa Michael Michele Michelle Miguel Mike Mitch Mitt Mohammed Mohammad Molly Monica Morgan Nancy Natalie Nathan Neil Nicholas Nick Nicole Nikki Noah Norman Olivia Oliver Omar Pamela Pat Patricia Patrick Paul Paula Peggy Pete Peter Phil Philip Phillip Rachel Ralph Rand Randy Ray Raymond Rebecca Reince Rex Richard Rick Rob Robert Roberto Robin Rodney Roger Ron Ronald Ronnie Rosa Rose Ross Roy Rudy Russell Ruth Ryan Sally Sam Samantha Samuel Sandra Sara Sarah Scott Sean Sebastian Sergei Sergey Seth Shannon Sharon Shawn Sheila Shirley Sidney Simon Sophia Stacy Stanley Stephanie Stephen Steve Steven Stuart Sue Susan Suzanne Tammy Tara Ted Teresa Terry Theresa Thomas Tiffany Tim Timothy Tina Todd Tom Tommy Tony Tracy Travis Trevor Trey Troy Tyler Tyrone Valerie Vanessa Victor Victoria Vincent Vladimir Walter Wayne Wendy William Willie Xavier Yvonne Zachary Zoe'
  ).split(' '),
);

/** Given names that are also common words or places: part of a full name, never a person on their own. */
export const NOT_LONE = new Set(['Al', 'Ann', 'Austin', 'Bill', 'Bob', 'Charlotte', 'Chase', 'Chelsea', 'Christian', 'Dale', 'Dean', 'Don', 'Frank', 'Gene', 'Georgia', 'Grace', 'Hope', 'Jack', 'Jan', 'Jordan', 'Joy', 'Justin', 'Kay', 'Kim', 'Lee', 'Marion', 'Mark', 'Max', 'Morgan', 'Nick', 'Pat', 'Ray', 'Rex', 'Rob', 'Rose', 'Sally', 'Sue', 'Victoria', 'Will', 'Sidney', 'Mason', 'Jo', 'Joy', 'Lloyd', 'Kelly', 'Drake', 'Cole', 'Carl']);

/** Common Chinese, Korean and Vietnamese family names, written first ("Wang Yi", "Kim Jong-un"): the first
 * word of such a full name is the one used alone ("Wang said"). */
export const FAMILY_NAME_FIRST = new Set(
  'Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng Liang Xie Tang Han Cao Deng Xi Feng Peng Jiang Wen Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Moon Shin Ri Nguyen Tran Le Pham Hoang Vo Phan Dang Bui Do Ngo Duong'.split(' '),
);

/** Words that end a person's name after the surname ("Joseph R. Biden Jr.", "Leonard Hill III"). */
export const NAME_SUFFIXES = new Set(['Jr', 'Sr', 'II', 'III', 'IV']);

/** Capitalised words of the calendar and of greetings that are never part of a name ("New Year"). */
export const CALENDAR_WORDS = new Set([
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March',
  'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Jan', 'Feb', 'Mar',
  'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'Year', 'Years', 'Eve', 'Christmas', 'Easter',
  'Thanksgiving', 'Halloween', 'Ramadan', 'Passover', 'Hanukkah', 'Diwali', 'Weekend', 'Week', 'Morning',
  'Night', 'Today', 'Tonight', 'Yesterday', 'Tomorrow', 'Internet', 'God', 'Nativity',
]);

/** Last words that make a capitalised phrase a place ("Burke County", "Atlantic City", "Rose Garden"). */
export const PLACE_HEADS = new Set([
  'City', 'County', 'Province', 'Island', 'Islands', 'Valley', 'Beach', 'Bay', 'Lake', 'River', 'Mountain',
  'Mountains', 'Forest', 'Park', 'Basilica', 'Cathedral', 'Airport', 'Stadium', 'Arena', 'Garden', 'Gardens',
  'Zone', 'Heights', 'Peninsula', 'Desert', 'Canyon', 'Falls', 'Harbor', 'Harbour', 'Strait', 'Gulf', 'Sea',
  'Ocean', 'Coast', 'Boulevard', 'Bridge', 'Castle', 'Tower', 'Plaza', 'Hotel', 'Prison', 'Base',
]);

/** Lower-case nouns that, after a name, make it a place ("Tamil Nadu state", "Kent county"). */
export const PLACE_AFTER = new Set(['state', 'province', 'county', 'district', 'region', 'prefecture', 'oblast', 'governorate']);
/** Words after "state" that make it an adjective, not the place's head ("state media", "state visit"). */
export const NOT_STATE_HEAD = new Set(['media', 'television', 'tv', 'news', 'broadcaster', 'department', 'secretary', 'official', 'officials', 'visit', 'dinner', 'funeral', 'banquet', 'of', 'and', 'or', 'lawmakers', 'senator', 'legislature', 'level', 'law', 'laws', 'budget', 'government', 'governments', 'police', 'court', 'courts', 'election', 'elections', 'primary', 'party', 'control', 'power', 'sponsor', 'sponsors', 'company', 'companies', 'firm', 'firms', 'agency', 'agencies', 'oil', 'bank', 'banks', 'pension', 'employees', 'workers', 'owned', 'run', 'funds', 'funding', 'tax', 'taxes', 'capital']);
/** Lower-case nouns that, before "of" and a name, make it a place ("the border town of Panmunjom"). */
export const PLACE_OF_NOUNS = new Set(['city', 'town', 'village', 'province', 'county', 'district', 'region', 'state', 'island', 'capital', 'suburb', 'port', 'municipality', 'neighborhood', 'neighbourhood', 'hamlet']);

/** US state abbreviations (AP style and postal), read as places only after "City, " or in "(R-Wisc.)". */
export const STATE_ABBREVIATIONS: Record<string, string> = {
  'Ala.': 'Alabama', 'Ariz.': 'Arizona', 'Ark.': 'Arkansas', 'Calif.': 'California', 'Colo.': 'Colorado',
  'Conn.': 'Connecticut', 'Del.': 'Delaware', 'Fla.': 'Florida', 'Ga.': 'Georgia', 'Ill.': 'Illinois',
  'Ind.': 'Indiana', Ind: 'Indiana', 'Kan.': 'Kansas', 'Ky.': 'Kentucky', 'La.': 'Louisiana', 'Md.': 'Maryland',
  'Mass.': 'Massachusetts', 'Mich.': 'Michigan', 'Minn.': 'Minnesota', 'Miss.': 'Mississippi', 'Mo.': 'Missouri',
  'Mont.': 'Montana', 'Neb.': 'Nebraska', 'Nev.': 'Nevada', 'N.H.': 'New Hampshire', 'N.J.': 'New Jersey',
  'N.M.': 'New Mexico', 'N.Y.': 'New York', 'N.C.': 'North Carolina', 'N.D.': 'North Dakota', 'Okla.': 'Oklahoma',
  'Ore.': 'Oregon', 'Pa.': 'Pennsylvania', 'R.I.': 'Rhode Island', 'S.C.': 'South Carolina', 'S.D.': 'South Dakota',
  'Tenn.': 'Tennessee', 'Tex.': 'Texas', 'Vt.': 'Vermont', 'Va.': 'Virginia', 'Wash.': 'Washington',
  'W.Va.': 'West Virginia', 'Wis.': 'Wisconsin', 'Wisc.': 'Wisconsin', 'Wyo.': 'Wyoming', 'D.C.': 'Washington',
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado', CT: 'Connecticut',
  DE: 'Delaware', FL: 'Florida', GA: 'Georgia', HI: 'Hawaii', ID: 'Idaho', IL: 'Illinois', IN: 'Indiana', IA: 'Iowa',
  KS: 'Kansas', KY: 'Kentucky', LA: 'Louisiana', ME: 'Maine', MD: 'Maryland', MA: 'Massachusetts', MI: 'Michigan',
  MN: 'Minnesota', MS: 'Mississippi', MO: 'Missouri', MT: 'Montana', NE: 'Nebraska', NV: 'Nevada', NH: 'New Hampshire',
  NJ: 'New Jersey', NM: 'New Mexico', NY: 'New York', NC: 'North Carolina', ND: 'North Dakota', OH: 'Ohio',
  OK: 'Oklahoma', OR: 'Oregon', PA: 'Pennsylvania', RI: 'Rhode Island', SC: 'South Carolina', SD: 'South Dakota',
  TN: 'Tennessee', TX: 'Texas', UT: 'Utah', VT: 'Vermont', VA: 'Virginia', WA: 'Washington', WV: 'West Virginia',
  WI: 'Wisconsin', WY: 'Wyoming', DC: 'Washington',
};

/** Last words that make a capitalised phrase an organisation, beyond the generic heads ("Tencent Holdings",
 * "Ant Financial", "Kokomo Tribune"). */
export const EXTRA_ORG_HEADS = new Set([
  'Holdings', 'Financial', 'Brothers', 'Bros', 'Capital', 'Partners', 'Technologies', 'Technology', 'Systems',
  'Airlines', 'Airways', 'Motors', 'Pharmaceuticals', 'Pharma', 'Entertainment', 'Studios', 'Labs',
  'Communications', 'Industries', 'Enterprises', 'Ventures', 'Investments', 'Securities', 'Insurance', 'Logistics',
  'Petroleum', 'Telecom', 'Electric', 'Foods', 'Journal', 'Tribune', 'Herald', 'Gazette', 'Telegraph',
  'Chronicle', 'Observer', 'Inquirer', 'Examiner', 'Courier', 'Bulletin', 'Division', 'Corps', 'Brigade',
  'Regiment', 'Battalion', 'Units', 'Unit', 'Caucus', 'Coalition', 'Alliance', 'Front', 'Movement', 'Institution',
  'School', 'College', 'Hospital', 'Team', 'Squad', 'Patrol', 'Protection', 'Enforcement',
]);

/** Final words of a newspaper's name, by which it is called alone ("the Times", "the Journal"). */
export const MEDIA_HEADS = new Set(['Times', 'Post', 'Journal', 'Tribune', 'Herald', 'Gazette', 'Telegraph', 'Chronicle', 'Observer', 'Inquirer', 'Examiner', 'Guardian', 'Independent', 'Globe', 'Star', 'Sun', 'Mail']);

/** Lower-case nouns that describe the organisation named right after them ("rival Zomato", "firm Takeaway.com"). */
export const ORG_BEFORE = new Set([
  'firm', 'company', 'startup', 'start-up', 'rival', 'giant', 'maker', 'manufacturer', 'retailer', 'carrier',
  'airline', 'lender', 'bank', 'insurer', 'conglomerate', 'subsidiary', 'affiliate', 'operator', 'chain', 'brand',
  'newspaper', 'broadcaster', 'outlet', 'newswire', 'service', 'agency', 'website', 'club', 'militia', 'group',
  'party', 'network', 'automaker', 'carmaker', 'chipmaker', 'developer', 'publisher', 'studio', 'label', 'team',
]);
/** Lower-case nouns that, after a name, make it an organisation ("the PTI news agency"); "news" and "wire"
 * count only before "agency" or "service". */
export const ORG_AFTER = new Set(['newspaper', 'broadcaster', 'newswire', 'tabloid', 'daily']);

/** Capitalised plurals after "the" that are not organisations: peoples, party members, faiths, events and
 * plural place names (a demonym + "s" is checked separately). */
export const NOT_ORG_PLURALS = new Set([
  'Democrats', 'Republicans', 'Conservatives', 'Liberals', 'Socialists', 'Communists', 'Tories', 'Jews',
  'Muslims', 'Christians', 'Catholics', 'Protestants', 'Sunnis', 'Shiites', 'Kurds', 'Arabs', 'Palestinians',
  'Israelis', 'Olympics', 'Paralympics', 'Oscars', 'Grammys', 'Emmys', 'Games', 'Finals', 'Playoffs',
  'Championships', 'Alps', 'Rockies', 'Andes', 'Himalayas', 'Balkans', 'Baltics', 'Americas', 'Midlands',
  'Highlands', 'Philippines', 'Netherlands', 'Bahamas', 'Maldives', 'Seychelles', 'Falklands', 'Caribbeans',
  'Years', 'Days', 'Nations', 'States', 'Affairs', 'Forces', 'Services', 'News', 'Times', 'Lives', 'Rights',
  'Nazis', 'Brits', 'Dems', 'Whigs', 'Islands', 'Mountains',
]);

/** Compass regions named with "the" ("across the Northeast", "the West"). */
export const COMPASS = new Set(['North', 'South', 'East', 'West', 'Northeast', 'Northwest', 'Southeast', 'Southwest', 'Midwest']);

/** Nicknames of North American teams: an organisation after a place ("New York Islanders", "Ottawa
 * Senators"); alone only those in TEAMS_ALONE, since most are also everyday plurals ("Giants", "Senators"). */
export const TEAM_NICKNAMES = new Set([
  'Cardinals', 'Falcons', 'Ravens', 'Bills', 'Panthers', 'Bears', 'Bengals', 'Browns', 'Cowboys', 'Broncos',
  'Lions', 'Packers', 'Texans', 'Colts', 'Jaguars', 'Chiefs', 'Raiders', 'Chargers', 'Rams', 'Dolphins', 'Vikings',
  'Patriots', 'Saints', 'Giants', 'Jets', 'Eagles', 'Steelers', '49ers', 'Seahawks', 'Buccaneers', 'Titans',
  'Redskins', 'Celtics', 'Nets', 'Knicks', '76ers', 'Raptors', 'Bulls', 'Cavaliers', 'Pistons', 'Pacers', 'Bucks',
  'Hawks', 'Hornets', 'Heat', 'Magic', 'Wizards', 'Nuggets', 'Timberwolves', 'Thunder', 'Trail Blazers', 'Jazz',
  'Warriors', 'Clippers', 'Lakers', 'Suns', 'Kings', 'Mavericks', 'Rockets', 'Grizzlies', 'Pelicans', 'Spurs',
  'Yankees', 'Red Sox', 'Orioles', 'Blue Jays', 'Rays', 'White Sox', 'Indians', 'Tigers', 'Royals', 'Twins',
  'Astros', 'Angels', 'Athletics', 'Mariners', 'Rangers', 'Braves', 'Marlins', 'Mets', 'Phillies', 'Nationals',
  'Cubs', 'Reds', 'Brewers', 'Pirates', 'Diamondbacks', 'Rockies', 'Dodgers', 'Padres', 'Bruins', 'Sabres',
  'Red Wings', 'Canadiens', 'Senators', 'Lightning', 'Maple Leafs', 'Hurricanes', 'Blue Jackets', 'Devils',
  'Islanders', 'Flyers', 'Penguins', 'Capitals', 'Blackhawks', 'Avalanche', 'Stars', 'Wild', 'Predators', 'Blues',
  'Ducks', 'Coyotes', 'Flames', 'Oilers', 'Canucks', 'Sharks', 'Golden Knights', 'Rovers', 'Wanderers', 'Albion',
]);

/** Teams and clubs whose name alone is no everyday word and no place (football clubs known by a name that
 * is not only their city's, and unambiguous nicknames). */
export const TEAMS_ALONE = new Set([
  'Falcons', 'Ravens', 'Bengals', 'Cowboys', 'Broncos', 'Packers', 'Colts', 'Jaguars', 'Steelers', '49ers',
  'Seahawks', 'Buccaneers', 'Redskins', 'Celtics', 'Knicks', '76ers', 'Raptors', 'Cavaliers', 'Pistons', 'Pacers',
  'Nuggets', 'Timberwolves', 'Lakers', 'Clippers', 'Mavericks', 'Grizzlies', 'Yankees', 'Red Sox', 'Orioles',
  'Blue Jays', 'White Sox', 'Astros', 'Mariners', 'Phillies', 'Dodgers', 'Padres', 'Bruins', 'Sabres', 'Red Wings',
  'Canadiens', 'Maple Leafs', 'Blue Jackets', 'Islanders', 'Blackhawks', 'Oilers', 'Canucks', 'Golden Knights',
  'Arsenal', 'Tottenham', 'Tottenham Hotspur', 'Everton', 'Aston Villa', 'West Ham', 'West Ham United', 'Wolves',
  'Wolverhampton Wanderers', 'Manchester United', 'Manchester City', 'Man United', 'Man City', 'Newcastle United',
  'Leeds United', 'Leicester City', 'Crystal Palace', 'Sheffield United', 'Sheffield Wednesday', 'MK Dons', 'Celtic',
  'Real Madrid', 'Atletico Madrid', 'Atlético Madrid', 'Bayern Munich', 'Borussia Dortmund', 'Juventus', 'AC Milan',
  'Inter Milan', 'Lazio', 'Fiorentina', 'Sampdoria', 'Ajax', 'Feyenoord', 'PSV Eindhoven', 'Paris Saint-Germain',
  'Olympique Marseille', 'Benfica', 'Galatasaray', 'Fenerbahce', 'Besiktas', 'Olympiakos', 'Panathinaikos',
  'Anderlecht', 'Boca Juniors', 'River Plate',
]);

/** Organisations named constantly in news that the main organisation lexicon lacks: chambers, armed services,
 * parties, armed groups, media and companies. Written form → [canonical name, kind, country code]. */
export const EXTRA_ORGS = new Map<string, [string, 'government' | 'media' | 'organization', string | null]>();
const EXTRA: Array<[string[], 'government' | 'media' | 'organization', string | null]> = [
  [['Senate'], 'government', null],
  [['House of Representatives'], 'government', 'US'],
  [['House of Commons'], 'government', 'GB'],
  [['House of Lords'], 'government', 'GB'],
  [['Supreme Court'], 'government', null],
  [['Army'], 'government', null],
  [['Navy'], 'government', null],
  [['Air Force'], 'government', null],
  [['Marine Corps'], 'government', null],
  [['National Guard'], 'government', null],
  [['Coast Guard'], 'government', null],
  [['Parliament'], 'government', null],
  [['Bundestag'], 'government', 'DE'],
  [['Knesset'], 'government', 'IL'],
  [['Politburo'], 'government', null],
  [['Taliban'], 'organization', null],
  [['Hamas'], 'organization', null],
  [['Hezbollah', 'Hizbollah'], 'organization', null],
  [['Islamic State', 'ISIS', 'ISIL', 'Daesh'], 'organization', null],
  [['al-Qaeda', 'al Qaeda', 'Al Qaeda', 'Al-Qaeda', 'al-Qaida', 'Al-Qaida'], 'organization', null],
  [['Boko Haram'], 'organization', null],
  [['Muslim Brotherhood'], 'organization', null],
  [['GOP'], 'organization', 'US'],
  [['NBC', 'NBC News'], 'media', null],
  [['ABC', 'ABC News'], 'media', null],
  [['CBS', 'CBS News'], 'media', null],
  [['Fox News'], 'media', null],
  [['MSNBC'], 'media', null],
  [['CNBC'], 'media', null],
  [['NPR'], 'media', null],
  [['PBS'], 'media', null],
  [['USA Today'], 'media', null],
  [['Politico'], 'media', null],
  [['Axios'], 'media', null],
  [['Breitbart', 'Breitbart News'], 'media', null],
  [['HuffPost', 'Huffington Post', 'The Huffington Post'], 'media', null],
  [['BuzzFeed', 'BuzzFeed News'], 'media', null],
  [['Newsweek'], 'media', null],
  [['The Economist', 'Economist'], 'media', null],
  [['Financial Times'], 'media', null],
  [['Los Angeles Times'], 'media', null],
  [['Daily Mail'], 'media', null],
  [['Le Monde'], 'media', null],
  [['Der Spiegel', 'Spiegel'], 'media', null],
  [['Xinhua'], 'media', null],
  [['Kyodo'], 'media', null],
  [['Yonhap'], 'media', null],
  [['NHK'], 'media', null],
  [['PTI', 'Press Trust of India'], 'media', null],
  [['UPI', 'United Press International'], 'media', null],
  [['Getty Images', 'Getty'], 'media', null],
  [['Al Arabiya'], 'media', null],
  [['Haaretz'], 'media', null],
  [['Alibaba'], 'organization', null],
  [['Tencent'], 'organization', null],
  [['Baidu'], 'organization', null],
  [['Ford', 'Ford Motor'], 'organization', null],
  [['General Electric'], 'organization', null],
  [['Coca-Cola'], 'organization', null],
  [['PepsiCo'], 'organization', null],
  [['Starbucks'], 'organization', null],
  [['Nike'], 'organization', null],
  [['Sony'], 'organization', null],
  [['Nissan'], 'organization', null],
  [['Honda'], 'organization', null],
  [['Hyundai'], 'organization', null],
  [['BMW'], 'organization', null],
  [['Daimler'], 'organization', null],
  [['Renault'], 'organization', null],
  [['Royal Dutch Shell'], 'organization', null],
  [['Saudi Aramco', 'Aramco'], 'organization', null],
  [['Instagram'], 'organization', null],
  [['YouTube'], 'organization', null],
  [['WhatsApp'], 'organization', null],
  [['LinkedIn'], 'organization', null],
  [['TikTok'], 'organization', null],
  [['Spotify'], 'organization', null],
  [['Airbnb'], 'organization', null],
  [['Lyft'], 'organization', null],
  [['SpaceX'], 'organization', null],
  [['Oracle'], 'organization', null],
  [['Cisco'], 'organization', null],
  [['Qualcomm'], 'organization', null],
  [['Verizon'], 'organization', null],
  [['AT&T'], 'organization', null],
  [['Comcast'], 'organization', null],
  [['HSBC'], 'organization', null],
  [['Barclays'], 'organization', null],
  [['Deutsche Bank'], 'organization', null],
  [['UBS'], 'organization', null],
  [['BlackRock'], 'organization', null],
  [['Berkshire Hathaway'], 'organization', null],
  [['Trump Organization'], 'organization', null],
];
for (const [forms, kind, country] of EXTRA) for (const f of forms) EXTRA_ORGS.set(f, [forms[0]!, kind, country]);
