// What a clear case of "this change broke it" scores: two strong pieces of evidence (a stack
// frame at a line the commit wrote, a setting the errors print). A suspect's confidence is its
// score's share of it. Its own module so the report shows the scale without loading the
// attributor.
/** The weight of one strong piece of evidence. */
export const STRONG = 3
export const CLEAR_CASE_SCORE = 2 * STRONG
