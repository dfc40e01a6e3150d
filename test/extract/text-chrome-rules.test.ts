import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyLine, wordCount } from '../../src/extract/text-chrome-rules.js';
import { describeRemoved, removeChrome } from '../../src/extract/text-chrome.js';

// One table per rule: lines it must catch, and look-alike body lines it must leave alone.
const CASES: Record<string, { chrome: string[]; body: string[] }> = {
  breadcrumb: {
    chrome: ['Home » Foreign Ministry releases reaction', 'Home > News > Europe', 'News › World › Europe', 'Главная / Политика'],
    body: ['Home Secretary Priti Patel said the talks would continue.', 'Prices rose > 5% in January, the bank said.'],
  },
  byline: {
    chrome: ['by alex', 'By John Smith', 'Author: Maria Petrova', 'By Tom Harris and Lucy Wells | Updated 10:42', 'Reporting by Olzhas Auyezov; Editing by Mark Heinrich'],
    body: ['By contrast, the ministry said nothing.', 'By the end of the year, troops had left.', 'by the way'],
  },
  'photo credit': {
    chrome: ['Photo: Alexey Kudenko / RIA Novosti', 'Image: Reuters', 'Getty Images', 'Alexander Nemenov / AFP', 'Фото: Сергей Бобылев / ТАСС'],
    body: ['Photo evidence of troop movements was presented to the delegations.', 'The document was presented by RIA Novosti.'],
  },
  promo: {
    chrome: ['Also on russian.rt.com Putin: in matters of security, we will act according to plan', 'Read more: Kremlin comments on troop withdrawal', 'Читайте также: Лавров заявил о готовности'],
    body: ['Also on Thursday, the ministry published its reply.', 'Read the full statement on the ministry website.'],
  },
  'related links': {
    chrome: ['You may also like', 'Related stories', 'Most read', 'Lesen Sie auch'],
    body: ['Related talks in the OSCE format are expected to start in March.', 'You may also like to know that the meeting was postponed.'],
  },
  comments: {
    chrome: ['Leave a Comment', 'Comments', 'Comments (14)', '3 comments', 'Your email address will not be published. Required fields are marked *'],
    body: ['Comments from the State Department came late in the evening.'],
  },
  share: {
    chrome: ['Share', 'Share this:', 'Share this article on Facebook', 'Facebook Twitter WhatsApp Email', 'Tweet'],
    body: ['Share prices on the Moscow exchange rose by 3%.'],
  },
  subscribe: {
    chrome: ['Subscribe to our newsletter for the latest updates', 'Sign up for our daily newsletter'],
    body: ['Subscribers to the treaty must notify the depositary.'],
  },
  follow: {
    chrome: ['Follow us on Telegram', 'Follow RT on Twitter'],
    body: ['Follow-up talks between the two sides have not yet been scheduled.'],
  },
  'cookie notice': {
    chrome: ['We use cookies to improve your browsing experience.', 'This website uses cookies. By continuing you agree to our privacy policy.', 'Accept all'],
    body: ['The delegation ate cookies at the reception, a diplomat joked.'],
  },
  tags: { chrome: ['Tags: Geneva, diplomacy, security'], body: ['Tags were attached to every shipment.'] },
  'quote credit': {
    chrome: ['Andrey KortunovDirector General of RIAC', 'Maria ZakharovaSpokeswoman of the Russian Foreign Ministry'],
    body: ['Andrey Kortunov, Director General of RIAC, disagreed.', 'McDonald said the PlayStation was sold out.'],
  },
  'date line': {
    chrome: ['February 17, 2022', 'Published: 17 Feb 2022 14:35 GMT', 'Updated 10:42, 17 Feb 2022', 'Thursday, 17 February 2022', 'Nov 20 2019, 11:06am ist', 'Posted: Fri 6:45 PM, Feb 16, 2018  |', 'Updated  1:39 am EST, Wednesday, November 20, 2019'],
    body: ['On February 17, 2022 the ministry published its reply.', 'February 17', 'Nov 20 2019, it was sold'],
  },
  advertisement: { chrome: ['ADVERTISEMENT', 'Story continues below advertisement'], body: ['Advertisements for the rally appeared on billboards.'] },
};

describe.each(Object.entries(CASES))('rule: %s', (reason, { chrome, body }) => {
  it.each(chrome)('removes %j', (line) => {
    expect(classifyLine(line)).toBe(reason);
  });
  it.each(body)('keeps %j', (line) => {
    expect(classifyLine(line)).toBeNull();
  });
});

describe('removeChrome', () => {
  it('removes a headline list following a "related" header and stops at body text', () => {
    const r = removeChrome('Body sentence one.\n\nRelated\n\nKremlin rejects claims\n\nNATO allies meet\n\nThe ministry said more talks would follow.');
    expect(r.removed.map((x) => x.reason)).toEqual(['related links', 'link list', 'link list']);
    expect(r.text).toBe('Body sentence one.\n\nThe ministry said more talks would follow.');
  });

  it('removes a trailing run of short unpunctuated lines, not one closing subheading', () => {
    expect(removeChrome('Body one.\n\nBody two.\n\nGas prices climb\n\nMinsk talks stall\n\nRuble firms').removed).toHaveLength(3);
    expect(removeChrome('Body one.\n\nA closing heading\n\nBody two.').removed).toHaveLength(0);
  });

  it('keeps lines within a block together and separates blocks by a blank line', () => {
    expect(removeChrome('a line\nnext line\n\nShare\n\nlast').text).toBe('a line\nnext line\n\nlast');
  });

  it('summarises what it removed', () => {
    const r = removeChrome('Home » X\n\nby alex\n\nBody.\n\nComments\n\nLeave a Comment');
    expect(describeRemoved(r.removed)).toBe('removed 4 page-chrome lines: breadcrumb, byline, comments (2)');
    expect(describeRemoved([])).toBeNull();
  });
});

describe('wordCount', () => {
  it('counts what /\\S+/g matches, Unicode spaces included', () => {
    const chars = fc.constantFrom('a', 'я', '.', '\ud83d\ude00', ' ', '\t', '\n', '\v', '\f', '\r', '\u00a0', '\u1680', '\u2000', '\u200a', '\u200b', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u0085', '\u180e');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 30 }), (cs) => {
        const s = cs.join('');
        expect(wordCount(s)).toBe(s.match(/\S+/g)?.length ?? 0);
      }),
      { numRuns: 500 },
    );
  });
});
