// Page furniture any news site carries, in wordings of our own (not the corpora's sentences), and
// article sentences that look close to it and must stay.
import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../src/clean/index.js';
import { isLabelRow, isListHead, isMasthead, lineFurniture } from '../../src/clean/furniture.js';
import { rawDoc as raw } from '../helpers/docs.js';

const BODY =
  'The river burst its banks on Tuesday night, flooding the lower town.\n\nEmergency crews evacuated 300 residents from riverside streets, the mayor said.\n\nThe water began to fall on Wednesday afternoon.';

describe('furniture lines taken alone', () => {
  const furniture: [string, string][] = [
    ['Subscribe to the Evening Courier for £2 a week', 'subscription'],
    ['Sign up for our weekday politics briefing', 'subscription'],
    ['Courier Plus subscribers can read our full data analysis', 'subscription'],
    ['Start your free trial today', 'subscription'],
    ['Weather Desk Daily: subscribe for free', 'subscription'],
    ['Our morning digest, straight into your inbox', 'newsletter'],
    ['Recevez notre lettre d’information chaque semaine', 'newsletter'],
    ['Read more: Ten years after the last great flood', 'related-links'],
    ['RELATED: How the flood barrier was built', 'related-links'],
    ['Lesen Sie auch: Die Flut von 2002', 'related-links'],
    ['Watch: drone footage of the flooded town', 'related-links'],
    ['Live: the flood, hour by hour', 'live-page'],
    ['Key events', 'live-page'],
    ['Updated 06:15', 'timestamp'],
    ['Last updated: 12 March 2024, 18:05', 'timestamp'],
    ['Posted 3/4/2019 9:12 AM', 'timestamp'],
    ['Got a picture of the flooding? Email pictures@courier.example', 'reader-callout'],
    ['Were you caught up in the floods? Get in touch with our newsdesk', 'reader-callout'],
    ['Letters to the editor: post@courier.example', 'contact'],
    [
      'This summary was created with AI tools from the reports below and reviewed by an editor.',
      'ai-disclaimer',
    ],
    ['Automated digests like this one may contain errors.', 'ai-disclaimer'],
    ['Did you find this article useful?', 'feedback'],
    ['Rate this page: Yes / No', 'feedback'],
    ['Download our app for breaking news alerts', 'app-promo'],
    ['Comments have been closed on this story', 'comments'],
    ['Share on WhatsApp', 'share-widget'],
    ['Partager sur Facebook', 'share-widget'],
    ['Teilen', 'share-widget'],
    ['Anzeige', 'advertisement'],
    ['Share this live page', 'share-widget'],
    ['Follow us for the latest updates.', 'share-widget'],
    ['Refresh this page for the latest posts', 'call-to-action'],
    ['Watch the full council meeting again', 'call-to-action'],
    ['Quotes delayed by at least 20 minutes.', 'market-data'],
    ['More flood coverage: courier.example/floods', 'link-prompt'],
  ];
  it.each(furniture)('%s -> %s', (line, reason) => {
    expect(lineFurniture(line)).toBe(reason);
  });

  const article = [
    'Subscribers to the water company were told to boil their water.',
    'Have you ever seen water this high? asked one resident, who has lived here for 40 years.',
    'Read the full report, the minister told parliament, before judging the engineers.',
    'Watch out for further rain, forecasters warned on Wednesday.',
    'Live coverage of the rescue was broadcast on national television.',
    'The mayor published the evacuation plan on Monday.',
    'Updated figures released on Thursday showed 1,200 homes were damaged.',
    'Residents can write to the council at floods@council.example to claim compensation.',
    'Join the queue at the town hall, officials told residents on Tuesday.',
    'The company said its AI-generated forecasts had failed to predict the surge.',
    'Follow-up inspections will take place next month.',
    'Price | Starts at $12 per serving',
  ];
  it.each(article)('keeps article text: %s', (line) => {
    expect(lineFurniture(line)).toBeNull();
  });
});

describe('labels, list heads and mastheads', () => {
  it('a label row is a few capitalised words cut by | › »', () => {
    expect(isLabelRow('Evening Courier | Local News')).toBe(true);
    expect(isLabelRow('Home › World › Europe')).toBe(true);
    expect(isLabelRow('Size Range | Up to 6X')).toBe(false);
    expect(isLabelRow('What are floods? | Explainer')).toBe(false);
    expect(isLabelRow('Cost / License')).toBe(false);
  });

  it('a list head is a bare heading of related links', () => {
    expect(isListHead('related flood reports')).toBe(true);
    expect(isListHead('most read in the courier')).toBe(true);
    expect(isListHead('related: how the barrier works')).toBe(false);
    expect(isListHead('more rain is expected.')).toBe(false);
  });

  it("a masthead starts with the report's own outlet and is not a sentence", () => {
    expect(isMasthead('Evening Courier - the voice of the valley', 'Evening Courier')).toBe(true);
    expect(isMasthead('The Evening Courier live', 'Evening Courier')).toBe(true);
    expect(isMasthead('Evening Courier | Politics', 'Evening Courier')).toBe(true);
    expect(isMasthead('Evening Courier reporters visited the site.', 'Evening Courier')).toBe(false);
    expect(isMasthead('Evening Courier - the voice of the valley', null)).toBe(false);
    expect(isMasthead('Evening Courier - the voice of the valley', 'Morning Star')).toBe(false);
  });
});

describe('furniture in a whole report', () => {
  it('removes a masthead and a section label at the head, and a list of related links with its items', () => {
    const text = [
      'Evening Courier - the voice of the valley',
      'Evening Courier | Local News',
      '',
      BODY,
      '',
      'Related flood reports',
      'Barrier funding approved after years of delay',
      'Insurers count the cost of the spring storms',
    ].join('\n');
    const d = cleanDocument(raw('c', text, { source: 'Evening Courier' }));
    expect(d.text).toBe(BODY);
    expect(d.removed.map((r) => r.reason)).toEqual([
      'masthead',
      'masthead',
      'related-links',
      'related-links',
      'related-links',
    ]);
  });

  it('a label row in the middle of a report is kept (it may be a table row)', () => {
    const more = [1, 2, 3, 4, 5, 6, 7, 8].map(
      (k) => `Gauge ${k} on the river read ${k * 40} cm above normal at noon.`,
    );
    const text = `${BODY}\n\n${more.slice(0, 3).join('\n\n')}\n\nNorth Bank | South Bank\n\n${more.slice(3).join('\n\n')}`;
    expect(cleanDocument(raw('t', text)).text).toContain('North Bank | South Bank');
    expect(
      cleanDocument(raw('h', `${BODY}\n\n${more.join('\n\n')}\n\nNorth Bank | South Bank`)).text,
    ).not.toContain('North Bank | South Bank');
  });

  it('a prompt-shaped first line stays for the headline rule', () => {
    const d = cleanDocument(raw('l', `Live: river reaches record height\n\n${BODY}`));
    expect(d.title).toBe('Live: river reaches record height');
    expect(d.removed.map((r) => r.reason)).toEqual(['headline']);
  });

  it('a time stamp line leaves the text, and its date becomes the publication time when none is known', () => {
    const d = cleanDocument(raw('s', `Posted 12/19/2005 3:36 PM\n\n${BODY}`));
    expect(d.text).toBe(BODY);
    expect(d.published).toBe('2005-12-19T15:36:00');
    const known = cleanDocument(raw('k', `Updated 23:41\n\n${BODY}`, { published: '2025-01-02' }));
    expect(known.published).toBe('2025-01-02');
    expect(known.removed).toEqual([{ text: 'Updated 23:41', reason: 'timestamp', offset: 0 }]);
  });
});
