package dev.precis.text;

import dev.precis.WorkCancelledException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The text pipeline: articles in, analysed sentences out. Its stages, each a small class with one
 * job, run in this order:
 *
 * <ol>
 *   <li>paragraphs: lines, with hard-wrapped lines joined again;
 *   <li>{@link BoilerplateFilter}: drops share/subscribe/credit lines and the wire dateline;
 *   <li>{@link SentenceSplitter}: sentence spans, with news abbreviations and quotations handled;
 *   <li>{@link FurnitureFilter} (English, optional): drops a page's captions, credits, teasers and
 *       other furniture, each sentence judged with its neighbours;
 *   <li>{@link SentenceCompressor} (English, optional): drops linking openers and parentheticals;
 *   <li>{@link Tokenizer} then {@link TermNormalizer}: words, then stemmed content terms.
 * </ol>
 *
 * @param language the articles' language: stemmer and stop words
 * @param compress whether to shorten sentences (English only; see {@link SentenceCompressor})
 * @param dropAttributions whether compression may also drop a trailing ", officials said."
 * @param furniture the furniture stage, or null to keep every sentence; it runs on English only,
 *     the language its model was trained on
 */
public record TextPipeline(Language language, boolean compress, boolean dropAttributions,
    FurnitureFilter furniture) {

  public TextPipeline {
    Objects.requireNonNull(language, "language");
  }

  /** A pipeline without the furniture stage. */
  public TextPipeline(Language language, boolean compress, boolean dropAttributions) {
    this(language, compress, dropAttributions, null);
  }

  public static TextPipeline english() {
    return new TextPipeline(Language.ENGLISH, true, false);
  }

  /** A sentence read from the page, before the furniture stage and term analysis. */
  private record Read(int start, int end, String original, String text, List<String> words,
      int paragraph, boolean complete) {}

  /**
   * The sentences of one article as the furniture stage sees them: after boilerplate lines, the
   * dateline and boilerplate sentences are gone, before shortening; the index in this list is the
   * sentence's position when no furniture is dropped.
   */
  public List<PageSentence> pageSentences(Article article) {
    return page(read(article, null));
  }

  /**
   * The article with the sentences the furniture stage drops cut out of its text (and a
   * paragraph left empty by them), for a store that keeps and shows articles as summaries read
   * them; the article itself when there is no stage, the language is not English, or nothing is
   * furniture.
   */
  public Article withoutFurniture(Article article) {
    if (furniture == null || language != Language.ENGLISH) {
      return article;
    }
    List<Read> read = read(article, null);
    List<PageSentence> page = page(read);
    boolean[] drop = furniture.furniture(page);
    if (FurnitureFilter.all(drop)) {
      // stored alone, the page is read as a story of its own would read it
      drop = FurnitureFilter.teasers(page);
    }
    String text = article.text();
    boolean[] cut = new boolean[text.length()];
    boolean any = false;
    for (int i = 0; i < drop.length; i++) {
      if (drop[i]) {
        Read r = read.get(i);
        int end = r.end();
        // the space after a dropped sentence goes with it, up to the end of its line
        while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
          end++;
        }
        java.util.Arrays.fill(cut, r.start(), end, true);
        any = true;
      }
    }
    if (!any) {
      return article;
    }
    // a line the cut empties goes whole; the others, blank ones included, stay
    StringBuilder lines = new StringBuilder(text.length());
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      StringBuilder line = new StringBuilder();
      boolean touched = false;
      for (int k = lineStart; k < lineEnd; k++) {
        if (cut[k]) {
          touched = true;
        } else {
          line.append(text.charAt(k));
        }
      }
      if (!(touched && line.toString().isBlank())) {
        lines.append(line).append('\n');
      }
      lineStart = lineEnd + 1;
    }
    String cleaned = lines.toString().strip();
    if (cleaned.isEmpty()) {
      return article; // nothing but teasers: kept as posted, its summary skips them
    }
    return new Article(article.id(), article.title(), article.date(), article.url(),
        article.source(), article.byline(), cleaned);
  }

  /**
   * Analyses one cluster of articles. The result is independent of any earlier call. A page the
   * furniture stage empties (an error page, an archive's notice) gives the story nothing, unless
   * no page of the cluster keeps a sentence: then each keeps all but its teasers.
   */
  public AnalyzedCluster analyze(List<Article> articles) {
    TermNormalizer normalizer = TermNormalizer.of(language);
    SentenceCompressor compressor =
        compress && language == Language.ENGLISH ? new SentenceCompressor(dropAttributions) : null;
    List<Sentence> sentences = new ArrayList<>();
    Map<String, String> canonical = new HashMap<>();
    FurnitureFilter filter = language == Language.ENGLISH ? furniture : null;
    List<List<Read>> reads = new ArrayList<>(articles.size());
    boolean[][] drops = new boolean[articles.size()][];
    boolean storyLeft = false;
    for (int a = 0; a < articles.size(); a++) {
      List<Read> read = read(articles.get(a), compressor);
      reads.add(read);
      drops[a] = filter == null ? new boolean[read.size()] : filter.furniture(page(read));
      storyLeft |= !FurnitureFilter.all(drops[a]);
    }
    for (int a = 0; a < articles.size(); a++) {
      Article article = articles.get(a);
      List<Read> read = reads.get(a);
      boolean[] drop = storyLeft ? drops[a] : FurnitureFilter.teasers(page(read));
      int position = 0;
      for (int i = 0; i < read.size(); i++) {
        if (drop[i]) {
          continue;
        }
        Read r = read.get(i);
        List<String> words = new ArrayList<>(r.words());
        // one String per distinct word: a 5,000-article cluster then costs references, not copies
        words.replaceAll(w -> canonical.computeIfAbsent(w, k -> k));
        List<String> terms = new ArrayList<>(words.size());
        for (String w : words) {
          String t = normalizer.term(w);
          if (t != null) {
            terms.add(t);
          }
        }
        sentences.add(new Sentence(sentences.size(), a, article.id(), position++,
            r.start(), r.end(), r.text(), words, terms, r.complete()));
      }
    }
    return new AnalyzedCluster(language, articles, sentences, normalizer);
  }

  private static List<PageSentence> page(List<Read> read) {
    List<PageSentence> page = new ArrayList<>(read.size());
    for (Read r : read) {
      page.add(new PageSentence(r.original(), r.paragraph()));
    }
    return page;
  }

  /** The sentences of an article that have words, in order, shortened by {@code compressor}. */
  private static List<Read> read(Article article, SentenceCompressor compressor) {
    List<Read> read = new ArrayList<>();
    StoryStart start = new StoryStart(article.title());
    List<int[]> paragraphs = paragraphs(article.text());
    for (int p = 0; p < paragraphs.size(); p++) {
      int[] paragraph = paragraphs.get(p);
      int cut = start.cut(article.text().substring(paragraph[0], paragraph[1]));
      if (cut < 0) {
        continue;
      }
      int offset = paragraph[0] + cut;
      String body = article.text().substring(offset, paragraph[1]);
      WorkCancelledException.throwIfInterrupted();
      for (int[] span : SentenceSplitter.split(body)) {
        String original = fold(dropWireCodes(body.substring(span[0], span[1])));
        if (BoilerplateFilter.isBoilerplateSentence(original)) {
          continue;
        }
        String text = compressor == null ? original : compressor.compress(original);
        List<String> words = Tokenizer.words(text);
        if (words.isEmpty()) {
          continue;
        }
        boolean complete = SentenceSplitter.isComplete(original);
        start.read(complete);
        read.add(new Read(offset + span[0], offset + span[1], original, text, words, p, complete));
      }
    }
    return read;
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
          while (lastChar >= start && Character.isWhitespace(text.charAt(lastChar))) {
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

  private static final java.util.regex.Pattern WIRE_CODE =
      java.util.regex.Pattern.compile("&([A-Z]{2,3});");

  /**
   * Newswire typesetting codes (the New York Times service's {@code &QL;}, {@code &UR;},
   * {@code &LR;}; {@code &AMP;} for an ampersand), as DUC and TDT copy carries them: dropped, or
   * turned into the character they stand for, so they reach neither summaries nor term vectors.
   */
  static String dropWireCodes(String s) {
    if (s.indexOf('&') < 0) {
      return s;
    }
    java.util.regex.Matcher m = WIRE_CODE.matcher(s);
    StringBuilder b = new StringBuilder(s.length());
    while (m.find()) {
      String replacement = switch (m.group(1)) {
        case "AMP" -> "&";
        case "LT" -> "<";
        case "GT" -> ">";
        default -> " ";
      };
      m.appendReplacement(b, java.util.regex.Matcher.quoteReplacement(replacement));
    }
    m.appendTail(b);
    return b.toString();
  }

  private static String fold(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0') {
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
