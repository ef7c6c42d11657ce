package dev.precis.facts;

/**
 * One place where an article names something, before names are merged across the story.
 *
 * @param name the name as written, titles and possessive dropped ("Rex Tillerson", "Tillerson")
 * @param canonical the gazetteer's name for it when listed ("United States" for "U.S."), or null
 * @param type the kind of thing the local cues suggest
 * @param strength how much to trust {@code type}: {@link #STRONG}, {@link #MEDIUM}, {@link
 *     #WEAK}, or 0 for no cue
 * @param role the title that preceded the name ("Foreign Minister"), or null
 * @param start offset of the name in the article text
 * @param end offset after the name
 * @param doubtful a lone capitalized word opening a sentence with no cue at all: perhaps no name
 */
record NameMention(
    String name,
    String canonical,
    EntityType type,
    int strength,
    String role,
    int start,
    int end,
    boolean doubtful) {

  /** A title, a gazetteer entry, an organization word or an acronym. */
  static final int STRONG = 3;
  /** A known first name, or a place word ("Port", "River"). */
  static final int MEDIUM = 2;
  /** Context alone: "said X", "in X", "X-based". */
  static final int WEAK = 1;
}
