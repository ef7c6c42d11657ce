package dev.precis.text;

import dev.precis.WorkCancelledException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An article's story as sentences: the one reading of an article that the text pipeline,
 * deduplication's profile of an article and the credit of copies share, so that they agree on
 * what its sentences are and where each starts. Its stages, in order:
 *
 * <ol>
 *   <li>paragraphs: lines, with hard-wrapped lines joined again ({@link #paragraphs});
 *   <li>{@link StoryStart}: boilerplate paragraphs skipped, the dateline and what is glued before
 *       it cut, after the paragraph's indent;
 *   <li>{@link SentenceSplitter}: sentence spans;
 *   <li>newswire typesetting codes dropped, white space folded to single spaces, and a sentence
 *       without a letter or digit dropped;
 *   <li>{@link BoilerplateFilter#isBoilerplateSentence}: a web page's or an archive's notices and
 *       photo captions inside a paragraph marked; the text pipeline drops them, while
 *       deduplication and copy credit keep them, since a headline alone ("Stock Market News for
 *       March 10, 2014") can read as one.
 * </ol>
 *
 * <p>A complete sentence that is not boilerplate means the story has begun ({@link
 * StoryStart#read}): no later paragraph loses its opening.
 *
 * <pre>{@code
 * for (StorySentences.Sentence s : StorySentences.of(article)) {
 *   article.text().substring(s.start(), s.end()); // where it stands in the article
 *   s.text();                                     // what it says, cleaned
 *   s.boilerplate();                              // a notice or a photo caption
 * }
 * }</pre>
 */
public final class StorySentences {
  /**
   * One sentence of the story.
   *
   * @param start offset of the sentence in the article's text
   * @param end end offset in the article's text
   * @param paragraph index of its paragraph among the article's paragraphs (skipped ones count)
   * @param text the sentence, codes dropped and white space folded
   * @param complete whether it ends as a sentence does ({@link SentenceSplitter#isComplete})
   * @param boilerplate whether it is a web notice or a photo caption ({@link
   *     BoilerplateFilter#isBoilerplateSentence})
   */
  public record Sentence(int start, int end, int paragraph, String text, boolean complete,
      boolean boilerplate) {}

  private static final Pattern WIRE_CODE = Pattern.compile("&([A-Z]{2,3});");

  private StorySentences() {}

  /** The story's sentences, boilerplate marked, in order. Stops with {@link WorkCancelledException} if interrupted. */
  public static List<Sentence> of(Article article) {
    String text = article.text();
    List<Sentence> sentences = new ArrayList<>();
    StoryStart start = new StoryStart(article.title());
    List<int[]> paragraphs = paragraphs(text);
    for (int p = 0; p < paragraphs.size(); p++) {
      int[] paragraph = paragraphs.get(p);
      // a page's indent is not the story's: "  WASHINGTON (AP) — ..." opens with its dateline too
      int lead = paragraph[0];
      while (lead < paragraph[1] && CharClass.isWhitespace(text.charAt(lead))) {
        lead++;
      }
      int cut = start.cut(text.substring(lead, paragraph[1]));
      if (cut < 0) {
        continue;
      }
      int offset = lead + cut;
      String body = text.substring(offset, paragraph[1]);
      WorkCancelledException.throwIfInterrupted();
      for (int[] span : SentenceSplitter.split(body)) {
        String sentence = fold(dropWireCodes(body.substring(span[0], span[1])));
        if (!Tokenizer.hasWord(sentence)) {
          continue;
        }
        boolean boilerplate = BoilerplateFilter.isBoilerplateSentence(sentence);
        boolean complete = SentenceSplitter.isComplete(sentence);
        if (!boilerplate) {
          start.read(complete);
        }
        sentences.add(new Sentence(offset + span[0], offset + span[1], p, sentence, complete,
            boilerplate));
      }
    }
    return sentences;
  }

  /**
   * A reader that reads each of {@code articles} once, on first use, and keeps what it read: the
   * stages of one summary (dedup's profile, the text pipeline, the credit of copies) then share
   * one reading of each article. Another article is read each time it is asked for. Thread-safe
   * (dedup reads in parallel): a thread asking for an article another is reading waits for it
   * ({@link PerArticle}).
   */
  public static Function<Article, List<Sentence>> once(List<Article> articles) {
    return PerArticle.of(articles, a -> List.copyOf(of(a)))::get;
  }

  /**
   * Paragraph spans: a line is a paragraph, except that a line cut without final punctuation and
   * continued in lower case on the next line is one paragraph with it (hard-wrapped copy).
   */
  public static List<int[]> paragraphs(String text) {
    List<int[]> paragraphs = new ArrayList<>();
    int n = text.length();
    int start = 0;
    int i = 0;
    while (i <= n) {
      if (i == n || text.charAt(i) == '\n') {
        boolean joinWithNext = false;
        if (i < n) {
          int next = i + 1;
          while (next < n && (text.charAt(next) == ' ' || text.charAt(next) == '\t')) {
            next++;
          }
          int lastChar = i - 1;
          while (lastChar >= start && CharClass.isWhitespace(text.charAt(lastChar))) {
            lastChar--;
          }
          joinWithNext = lastChar >= start && next < n
              && Character.isLowerCase(text.charAt(next))
              && ".!?:\"'\u201d".indexOf(text.charAt(lastChar)) < 0;
        }
        if (!joinWithNext) {
          if (!text.substring(start, i).isBlank()) {
            paragraphs.add(new int[] {start, i});
          }
          start = i + 1;
        }
      }
      i++;
    }
    return paragraphs;
  }

  /**
   * Whether {@link #fold} would give {@code s} back: no white space at either end, and none inside
   * but single spaces. Most sentences are, and are then not copied.
   */
  private static boolean isFolded(String s) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c > ' ' && c < 0x7f) {
        continue; // printable ASCII, not white space
      }
      if (c == ' ') {
        if (i == 0 || i == n - 1 || s.charAt(i + 1) == ' ') {
          return false;
        }
      } else if (CharClass.isWhitespace(c) || c == '\u00a0') {
        return false;
      }
    }
    return true;
  }

  /**
   * Newswire typesetting codes (the New York Times service's {@code &QL;}, {@code &UR;},
   * {@code &LR;}; {@code &AMP;} for an ampersand), as DUC and TDT copy carries them: dropped, or
   * turned into the character they stand for, so they reach neither summaries nor term vectors.
   */
  static String dropWireCodes(String s) {
    if (s.indexOf('&') < 0) {
      return s;
    }
    Matcher m = WIRE_CODE.matcher(s);
    StringBuilder b = new StringBuilder(s.length());
    while (m.find()) {
      String replacement = switch (m.group(1)) {
        case "AMP" -> "&";
        case "LT" -> "<";
        case "GT" -> ">";
        default -> " ";
      };
      m.appendReplacement(b, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(b);
    return b.toString();
  }

  private static String fold(String s) {
    if (isFolded(s)) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (CharClass.isWhitespace(c) || c == '\u00a0') {
        space = true;
      } else {
        if (space && b.length() > 0) {
          b.append(' ');
        }
        space = false;
        b.append(c);
      }
    }
    return b.toString();
  }
}
