import { describe, expect, it } from 'vitest';
import { isDateline, readableTitle } from '../src/pipeline/titles.js';

describe('story titles for people', () => {
  it.each([
    'May 2, 2013, 1:12 PM',
    'Posted 12/19/2005 3:36 PM',
    '22 July 2013 Last updated at 17:50 GMT',
    'Updated: Thursday, March 14, 2013, 9:31 AM EDT',
    'Published on 18th September 2013',
    '2013-05-02 13:12',
    'Dec. 19, 2005',
  ])('a dateline is not a title: %s', (line) => {
    expect(isDateline(line)).toBe(true);
  });

  it.each([
    'Powerful Quake in Iran Kills 10; 80 Hurt',
    '1 dead, 2 hurt in Mich. office shooting',
    'March on Washington draws 20,000',
    'May Day rally ends in 12 arrests',
    'Updated figures show 1,200 homes damaged',
  ])('a headline with dates or numbers is a title: %s', (line) => {
    expect(isDateline(line)).toBe(false);
  });

  it('takes the first real headline or sentence when the chosen title is a dateline or a fragment', () => {
    const members = [
      {
        title: 'Posted 12/19/2005 3:36 PM',
        text: 'Posted 12/19/2005 3:36 PM\nU.S.\nFire destroys a warehouse in the port.',
      },
      { title: null, text: 'Second report.' },
    ];
    expect(readableTitle('Posted 12/19/2005 3:36 PM', members)).toBe(
      'Fire destroys a warehouse in the port.',
    );
    expect(readableTitle('U.S.', members)).toBe('Fire destroys a warehouse in the port.');
    expect(readableTitle('Warehouse fire in the port', members)).toBe('Warehouse fire in the port');
    expect(readableTitle('May 2, 2013', [{ title: 'Quake hits the coast', text: 'x' }])).toBe(
      'Quake hits the coast',
    );
  });
});
