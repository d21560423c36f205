/**
 * Hand-written look-alike events (three short reports each, worded differently): what the grouping must
 * keep apart while keeping each event's reports together. Invented reports in the style of wire copy.
 */
export interface Scenario {
  name: string;
  events: string[][];
}

export const scenarios: Scenario[] = [
  {
    name: 'two California earthquakes',
    events: [
      [
        'A magnitude 6.0 earthquake struck the Napa Valley early Sunday, injuring dozens of people and damaging historic buildings in downtown Napa, the U.S. Geological Survey said.\nThe quake hit at 3:20 a.m. about six miles south of Napa. Fires broke out in a mobile home park and water mains burst.',
        'Residents of Napa woke to violent shaking on Sunday when a 6.0-magnitude quake, the strongest in the Bay Area since 1989, hit wine country.\nOfficials said 120 people were treated at Queen of the Valley hospital. Governor Jerry Brown declared a state of emergency for Napa County.',
        'The South Napa earthquake damaged wineries and buildings across Napa County on Sunday morning.\nThe USGS placed the epicenter near American Canyon, with a magnitude of 6.0. Queen of the Valley Medical Center treated more than 100 injured residents, and wine barrels toppled in cellars.',
      ],
      [
        'A magnitude 5.1 earthquake centered near La Habra rattled Southern California on Friday night, breaking water mains and knocking goods off shelves, the U.S. Geological Survey said.\nThe quake struck at 9:09 p.m. and was followed by dozens of aftershocks.',
        "Residents of La Habra and Fullerton spent Saturday cleaning up after Friday's 5.1-magnitude quake, which ruptured a water main and forced some families from their homes.\nOrange County officials reported minor injuries but no deaths.",
        'The La Habra earthquake, measuring 5.1, shook Orange County and Los Angeles on Friday evening.\nThe USGS said the epicenter was a mile east of La Habra. Fullerton officials red-tagged several apartments, and a rockslide closed Carbon Canyon Road.',
      ],
    ],
  },
  {
    name: 'the same minister in two stories',
    events: [
      [
        'Foreign Minister Anna Berg signed a trade agreement with Kenya in Nairobi on Tuesday, cutting tariffs on flowers and tea.\nBerg said the deal would double trade within five years.',
        'Kenya and Sweden agreed a tariff deal on Tuesday as Swedish Foreign Minister Anna Berg visited Nairobi.\nThe agreement removes duties on cut flowers and tea, Kenyan trade officials said.',
        'In Nairobi, Anna Berg and her Kenyan counterpart put their names to a trade pact on Tuesday.\nThe foreign minister told reporters that lower tariffs on tea and flowers would help farmers on both sides.',
      ],
      [
        'Foreign Minister Anna Berg resigned on Friday after an audit found she had charged private flights to her ministry.\nPrime Minister Lars Holm accepted the resignation and named Erik Lund as her successor.',
        "Sweden's foreign minister, Anna Berg, stepped down on Friday over an expenses scandal.\nAuditors said Berg billed the ministry for private flights to Mallorca. Erik Lund will take over the post.",
        'Anna Berg quit as foreign minister on Friday, days after auditors questioned flights she charged to the state.\nPrime Minister Lars Holm said Erik Lund, the trade minister, would replace her.',
      ],
    ],
  },
  {
    name: 'two celebrity rehab check-ins',
    events: [
      [
        'Actress Tara Reid has checked into Promises Treatment Center in Malibu, her publicist told People magazine.\nThe 33-year-old "American Pie" star entered the facility on Tuesday.',
        'Tara Reid is in rehab. The actress checked herself into the Promises clinic in Malibu on Tuesday, a representative said.\nHer family supported her decision, a friend told People.',
        'Tara Reid, 33, went to Promises in Malibu this week for treatment, according to her rep Jack Ketsoyan.\nKetsoyan would not say what the actress was being treated for.',
      ],
      [
        'Lindsay Lohan checked into the Betty Ford Center in Rancho Mirage on Friday to begin a 90-day court-ordered rehab stay, her lawyer Mark Heller said.',
        'After a night in Newport Beach, Lindsay Lohan arrived at the Betty Ford Center on Friday.\nThe actress must complete 90 days of treatment under her plea deal, attorney Mark Heller told reporters.',
        "Lohan, 26, entered Betty Ford in Rancho Mirage, California, on Friday, her lawyer said.\nA judge had ordered the 'Liz & Dick' star into a locked facility for 90 days.",
      ],
    ],
  },
];
