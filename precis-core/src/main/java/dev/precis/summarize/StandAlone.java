package dev.precis.summarize;

/**
 * Whether a sentence reads as a statement on its own, so that a summary may quote it out of its
 * article. A summary states what happened, in sentences its reader takes as its own; three kinds
 * of sentence only make sense where their page put them:
 * <ul>
 *   <li>one that opens in lower case, the rest of a sentence split at a false boundary;
 *   <li>a question asked in the page's own voice ("What does pelvic mesh do and why are women
 *       suing over it?"): a teaser of another story, a column's rhetorical turn or an
 *       interviewer's line, which no source can be said to support; a question someone asked,
 *       inside quotation marks, is speech and stays quotable;
 *   <li>an aside the author put in parentheses ("(Conard used this system himself.)"), which leans
 *       on the sentence before it, and editors' notes and credits written the same way ("(This
 *       article was originally published on Friday, Jan. 25 at 3:33 p.m.)").
 * </ul>
 * Nothing here is fitted: each test reads the sentence's own punctuation.
 *
 * <pre>{@code
 * StandAlone.test("What does pelvic mesh do?");          // false
 * StandAlone.test("“Why now?” the senator asked.");       // true
 * }</pre>
 */
final class StandAlone {
  private StandAlone() {}

  /** Whether {@code text}, a sentence's text, may be quoted by itself. */
  static boolean test(String text) {
    String t = text.strip();
    return !t.isEmpty() && !Character.isLowerCase(t.charAt(0)) && !asksInOwnVoice(t)
        && !aside(t);
  }

  /** A question mark ends it, not inside closing quotation marks. */
  private static boolean asksInOwnVoice(String t) {
    int end = t.length();
    while (end > 0 && ")]".indexOf(t.charAt(end - 1)) >= 0) {
      end--;
    }
    return end > 0 && t.charAt(end - 1) == '?';
  }

  /**
   * It opens with a parenthesis that closes only at its end, after its final punctuation or
   * before it: "(...)", "(....)" or "(...).".
   */
  private static boolean aside(String t) {
    if (t.charAt(0) != '(') {
      return false;
    }
    int end = t.length();
    if (end > 1 && ".!?".indexOf(t.charAt(end - 1)) >= 0 && t.charAt(end - 2) == ')') {
      end--;
    }
    if (t.charAt(end - 1) != ')') {
      return false;
    }
    int depth = 0;
    for (int i = 0; i < end; i++) {
      char c = t.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
        if (depth == 0 && i < end - 1) {
          return false;
        }
      }
    }
    return depth == 0;
  }
}
