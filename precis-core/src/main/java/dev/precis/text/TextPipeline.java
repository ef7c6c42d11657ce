package dev.precis.text;

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
 *   <li>{@link StorySentences}: the story's sentences (paragraphs, boilerplate lines and the wire
 *       dateline dropped by {@link StoryStart}, {@link SentenceSplitter}'s spans), as
 *       deduplication and the credit of copies read them too;
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
    for (StorySentences.Sentence s : StorySentences.of(article)) {
      if (s.boilerplate()) {
        continue;
      }
      String text = compressor == null ? s.text() : compressor.compress(s.text());
      List<String> words = Tokenizer.words(text);
      if (words.isEmpty()) {
        continue;
      }
      read.add(new Read(s.start(), s.end(), s.text(), text, words, s.paragraph(), s.complete()));
    }
    return read;
  }
}
