/** English cardinal number words up to ninety (compounds like "forty-two" are read from these). */
export const CARDINALS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** English ordinal words up to twelfth. */
export const ORDINAL_WORDS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
};

/** What stands between a part and its whole: "32 of the 61 seats", "four of the plane's six engines", "28 of his 68
 * punches", "10 of the Saints' 16 games". */
export const PART_OF_WHOLE =
  /^\s+(?:out\s+)?of\s+(?:(?:the|its|their|his|her|our|my|your|these|those)\s+|\p{L}+(?:['’]s|s['’])\s+)*$/iu;
