// Word lists for the person recognizer's news conventions (people.ts): words that mark organizations,
// places, roles and person verbs. Hand-written general knowledge, not derived from any corpus.

/** Words right after a name that make it an organization or a place ("Ford Motor", "Walt Disney Co."). */
export const ORG_AFTER = new Set([
  'inc', 'inc.', 'corp', 'corp.', 'co', 'co.', 'llc', 'ltd', 'ltd.', 'plc', 'motor', 'motors', 'company', 'group',
  'foundation', 'institute', 'university', 'college', 'school', 'hospital', 'center', 'centre', 'fund', 'trust',
  'bank', 'airlines', 'airways', 'partners', 'associates', 'capital', 'holdings', 'industries', 'labs',
  'laboratories', 'studios', 'records', 'prize', 'award', 'awards', 'memorial', 'stadium', 'arena', 'park',
  'street', 'avenue', 'boulevard', 'bridge', 'airport', 'station', 'building', 'tower', 'hall', 'library',
  'museum', 'river', 'lake', 'island', 'county', 'corporation', 'enterprises', 'entertainment', 'media',
  'network', 'pharmaceuticals', 'aircraft', 'air', 'flight', 'factory', 'plant', 'mill', 'works', 'automotive',
  'steel', 'oil', 'energy', 'foods', 'pictures', 'games', 'software', 'systems', 'technologies', 'communications',
  'electric', 'electronics', 'chemical', 'chemicals', 'insurance', 'securities', 'ventures', 'publishing', 'sachs', 'stanley', 'brothers', 'bros', 'bros.', 'field', 'square', 'institution',
  'act', 'doctrine', 'administration', 'cup', 'trophy', 'medal', 'lecture', 'fellowship', 'scholarship',
  'project', 'prize', 'show', 'festival', 'gallery', 'theatre', 'theater', 'house', 'campaign', 'committee',
  'dynasty', 'era', 'family', 'estate', 'stores', 'store', 'restaurant', 'hotel', 'beach', 'canyon', 'mountains',
]);

/** Lower-case words after a name that make it an organization anyway ("the Sanders campaign" stays a person). */
export const ORG_AFTER_LOWER = new Set(['inc', 'inc.', 'corp', 'corp.', 'co.', 'llc', 'ltd', 'ltd.', 'plc']);

/** Companies and brands named after people: alone they are the company unless the text names the person in full. */
export const EPONYMOUS = new Set([
  'ford', 'chrysler', 'dodge', 'chevrolet', 'cadillac', 'buick', 'pontiac', 'oldsmobile', 'boeing', 'disney', 'dell',
  'hewlett', 'packard', 'kellogg', 'toyota', 'honda', 'porsche', 'ferrari', 'lamborghini', 'maserati', 'mercedes',
  'benz', 'daimler', 'peugeot', 'renault', 'citroen', 'citroën', 'opel', 'tesla', 'goldman', 'sachs', 'merrill',
  'lynch', 'barclays', 'lloyds', 'schwab', 'walmart', 'gucci', 'prada', 'armani', 'chanel', 'dior', 'versace',
  'hermes', 'hermès', 'adidas', 'reuters', 'nielsen', 'gallup', 'pfizer', 'merck', 'bayer', 'siemens', 'philips',
  'nestle', 'nestlé', 'heinz', 'kraft', 'hershey', 'cadbury', 'marriott', 'hyatt', 'mattel', 'hasbro', 'kroger',
  'walgreens', 'deloitte', 'mckinsey', 'accenture', 'bertelsmann', 'murdoch', 'suzuki', 'yamaha', 'kawasaki',
  'mitsubishi', 'nissan', 'mazda', 'subaru', 'hyundai', 'kia', 'fiat', 'volvo', 'saab', 'skoda', 'audi', 'bentley',
  'rolls', 'royce', 'jaguar', 'bugatti', 'lotus', 'ducati', 'harley', 'davidson', 'airbus', 'lockheed', 'martin-marietta',
  'northrop', 'grumman', 'raytheon', 'bosch', 'krupp', 'thyssen', 'michelin', 'bridgestone', 'goodyear', 'firestone',
  // companies, products and agencies whose names read like names
  'microsoft', 'google', 'facebook', 'twitter', 'mozilla', 'firefox', 'youtube', 'netflix', 'intel', 'ibm',
  'oracle', 'samsung', 'sony', 'nokia', 'yahoo', 'ebay', 'paypal', 'uber', 'airbnb', 'spotify', 'instagram',
  'whatsapp', 'linkedin', 'tiktok', 'huawei', 'alibaba', 'tencent', 'baidu', 'nasa', 'nato', 'roscosmos', 'xbox',
  'playstation', 'nintendo', 'iphone', 'ipad', 'android', 'windows', 'linux', 'wikipedia', 'wikinews', 'reddit',
  // news outlets
  'politico', 'axios', 'breitbart', 'buzzfeed', 'vox', 'slate', 'salon', 'gizmodo', 'techcrunch', 'engadget',
  'dolby', 'mashable', 'reuters', 'afp', 'xinhua', 'tass', 'interfax', 'yonhap', 'kyodo', 'variety', 'deadline',
]);

export const PLACE_PREP = new Set(['in', 'at', 'near', 'across', 'throughout', 'into', 'outside', 'inside', 'around']);

/** Groups that may be named "X of <Person>": "Friends of Bernie Sanders", "Estate of …". */
export const ORG_OF = new Set(['friends', 'estate', 'foundation', 'office', 'department', 'ministry', 'committee',
  'university', 'house', 'church', 'order', 'society', 'association', 'museum', 'institute', 'bank', 'college',
  'school', 'league', 'union', 'party', 'court', 'city', 'state', 'republic', 'kingdom', 'board', 'council',
  'administration', 'government', 'fund', 'trust', 'center', 'centre', 'people', 'supporters', 'sons', 'daughters',
  'knights', 'brotherhood', 'family', 'cabinet', 'campaign']);

/** First words of names of institutions, events and places in several languages ("Instituto Lula"). */
export const ORG_FIRST = new Set(['instituto', 'institut', 'institute', 'copa', 'banco', 'banque', 'universidad',
  'universidade', 'université', 'universität', 'university', 'club', 'museo', 'musée', 'partido', 'parti',
  'fundación', 'fundação', 'fondation', 'stiftung', 'hotel', 'camp', 'fort', 'lake', 'mount', 'port', 'cape',
  'radio', 'team', 'operation', 'project', 'hurricane', 'storm', 'typhoon', 'cyclone', 'fc', 'ac', 'real',
  'estadio', 'teatro', 'palacio', 'plaza', 'rio', 'lago', 'monte', 'santa', 'san', 'são', 'dolby']);

export const ROLE_WORDS = new Set(['illustrator', 'cosplayer', 'researcher', 'photographer', 'journalist', 'chief', 'executive', 'president', 'director', 'head', 'leader', 'official', 'minister',
  'secretary', 'analyst', 'founder', 'ceo', 'chair', 'chairman', 'chairwoman', 'spokesman', 'spokeswoman',
  'spokesperson', 'senator', 'governor', 'mayor', 'judge', 'lawyer', 'attorney', 'professor', 'student', 'doctor',
  'nurse', 'coach', 'player', 'candidate', 'nominee', 'aide', 'adviser', 'advisor', 'economist', 'scientist',
  'author', 'actor', 'actress', 'singer', 'artist', 'father', 'mother', 'son', 'daughter', 'wife', 'husband',
  'brother', 'sister', 'friend', 'colleague', 'partner', 'owner', 'resident', 'veteran', 'expert', 'activist',
  'congressman', 'congresswoman', 'lawmaker', 'representative', 'ambassador', 'envoy', 'general', 'officer',
  'captain', 'commander', 'manager', 'editor', 'reporter', 'columnist', 'host', 'star', 'member', 'cofounder',
  'co-founder', 'economist', 'historian', 'researcher', 'investor', 'billionaire', 'entrepreneur', 'prosecutor',
  'detective', 'sheriff', 'chancellor', 'premier', 'king', 'queen', 'prince', 'princess', 'pope', 'bishop',
  'priest', 'pastor', 'rabbi', 'imam', 'teacher', 'principal', 'dean', 'surgeon', 'physician', 'engineer',
  'designer', 'architect', 'writer', 'novelist', 'poet', 'director', 'producer', 'comedian', 'musician',
  'rapper', 'athlete', 'striker', 'goalkeeper', 'pitcher', 'quarterback', 'forward', 'defender', 'midfielder',
  'strategist', 'consultant', 'pollster', 'organizer', 'volunteer', 'worker', 'employee', 'staffer', 'deputy',
  'assistant', 'counsel', 'justice', 'heir', 'widow', 'survivor', 'victim', 'witness', 'suspect', 'defendant']);

/** Verbs that take a person as subject far more often than an organization or a place. */
export const PERSON_VERBS = new Set(['said', 'says', 'told', 'scored', 'replaced', 'resigned', 'died', 'married', 'testified',
  'pleaded', 'tweeted', 'smiled', 'laughed', 'apologized', 'apologised', 'starred', 'sang', 'wrote', 'recalled',
  'explained', 'insisted', 'admitted', 'added', 'argued', 'noted', 'asked', 'replied', 'shouted', 'whispered']);
