package dev.precis.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The text pipeline: articles in, analysed sentences out. Each article is read into its story's
 * sentences, then passed through {@link SentenceStage}s, each a final class with one job, in this
 * order:
 *
 * <ol>
 *   <li>{@link SentenceDraft#of} ({@link StorySentences}): the story's sentences (paragraphs,
 *       boilerplate lines and the wire dateline dropped by {@link StoryStart}, {@link
 *       SentenceSplitter}'s spans, notices left out), as deduplication and the credit of copies
 *       read them too;
 *   <li>{@link FurnitureFilter} (English, optional): drops a page's captions, credits, teasers and
 *       other furniture, each sentence judged with its neighbours; a page it empties gives the
 *       story nothing, unless no page keeps a sentence ({@link FurnitureFilter#teasersOnly});
 *   <li>{@link LeadDateline} (with the furniture stage): the story's first sentence loses its
 *       dateline when furniture the reading took for prose stood above it;
 *   <li>{@link ListMarkers}: takes a list's marker ("_ ", "• ") off the front of a sentence;
 *   <li>{@link SentenceCompressor} (English, optional): drops linking openers and parentheticals;
 *   <li>{@link Words}: each sentence's words ({@link Tokenizer}), a sentence without any dropped;
 * </ol>
 *
 * then {@link TermNormalizer} gives each word's stemmed content term, and the sentences of all
 * articles make one {@link AnalyzedCluster}. The stages up to {@link Words} read one article
 * alone ({@link #page}), so a caller may make the pages on several threads and have {@link
 * #analyze(List, Function, Function)} put them together.
 *
 * <pre>{@code
 * TextPipeline pipeline = new TextPipeline(Language.ENGLISH, true, false,
 *     new FurnitureFilter(FurnitureModel.standard()));
 * AnalyzedCluster cluster = pipeline.analyze(articles);
 * cluster.sentences().get(0).terms(); // stems without stop words
 * }</pre>
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

  /**
   * The sentences of one article as the furniture stage sees them: after boilerplate lines, the
   * dateline and boilerplate sentences are gone, before shortening; the index in this list is the
   * sentence's position when no furniture is dropped.
   */
  public List<PageSentence> pageSentences(Article article) {
    return SentenceDraft.onPage(SentenceDraft.of(article));
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
    List<SentenceDraft> read = SentenceDraft.of(article);
    List<PageSentence> page = SentenceDraft.onPage(read);
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
        SentenceDraft r = read.get(i);
        int end = r.end();
        // the space after a dropped sentence goes with it, up to the end of its line
        while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
          end++;
        }
        Arrays.fill(cut, r.start(), end, true);
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
    return analyze(articles, StorySentences::of);
  }

  /**
   * As {@link #analyze(List)}, each article read by {@code reader}: {@link StorySentences#once}
   * shares one reading of each article with the other stages of a summary.
   */
  public AnalyzedCluster analyze(List<Article> articles,
      Function<Article, List<StorySentences.Sentence>> reader) {
    return analyze(articles, reader, article -> page(article, reader));
  }

  /**
   * One article through every stage that reads it alone: its story's sentences, the furniture
   * verdict on them, list markers, shortening and words. This is most of the work of {@link
   * #analyze}, and the pages of different articles may be made on different threads ({@link
   * PerArticle}) before they are put together.
   */
  public Page page(Article article, Function<Article, List<StorySentences.Sentence>> reader) {
    FurnitureFilter filter = language == Language.ENGLISH ? furniture : null;
    List<SentenceDraft> read = SentenceDraft.of(reader.apply(article));
    List<SentenceDraft> kept = filter == null ? read : LeadDateline.cut(read, filter.apply(read));
    return new Page(staged(kept), !kept.isEmpty());
  }

  /**
   * An article's sentences after the stages of {@link #page}: what {@link #analyze(List,
   * Function, Function)} puts together with the pages of the other articles of a cluster.
   */
  public static final class Page {
    private final List<SentenceDraft> sentences;
    private final boolean storyLeft;

    private Page(List<SentenceDraft> sentences, boolean storyLeft) {
      this.sentences = List.copyOf(sentences);
      this.storyLeft = storyLeft;
    }
  }

  /** A page's sentences through list markers, shortening and words, the stages after furniture. */
  private List<SentenceDraft> staged(List<SentenceDraft> page) {
    page = ListMarkers.STAGE.apply(page);
    if (compress && language == Language.ENGLISH) {
      page = new SentenceCompressor(dropAttributions).apply(page);
    }
    return Words.STAGE.apply(page);
  }

  /**
   * As {@link #analyze(List, Function)}, each article's page made by {@code pages} (which {@link
   * #page} would make, perhaps made ahead on another thread); {@code reader} reads the articles
   * again only when the furniture stage leaves no page a sentence.
   */
  public AnalyzedCluster analyze(List<Article> articles,
      Function<Article, List<StorySentences.Sentence>> reader, Function<Article, Page> pages) {
    TermNormalizer normalizer = TermNormalizer.of(language);
    List<List<SentenceDraft>> staged = new ArrayList<>(articles.size());
    boolean storyLeft = false;
    for (Article article : articles) {
      Page page = pages.apply(article);
      staged.add(page.sentences);
      storyLeft |= page.storyLeft;
    }
    if (furniture != null && language == Language.ENGLISH && !storyLeft) {
      // no page of the story keeps a sentence: the pages are not what the model learned from
      SentenceStage teasers = FurnitureFilter.teasersOnly();
      for (int a = 0; a < articles.size(); a++) {
        staged.set(a, staged(teasers.apply(SentenceDraft.of(reader.apply(articles.get(a))))));
      }
    }

    List<Sentence> sentences = new ArrayList<>();
    // the cluster's distinct words, each with its term (null for none) found once: one String per
    // distinct word, so a 5,000-article cluster costs references, not copies, and one look-up per
    // word where the normalizer's shared cache would be probed again for every occurrence
    StringIds distinct = new StringIds(1024);
    List<String> termOfWord = new ArrayList<>(1024);
    List<int[]> sentenceWords = new ArrayList<>();
    for (int a = 0; a < articles.size(); a++) {
      List<SentenceDraft> page = staged.get(a);
      Article article = articles.get(a);
      int position = 0;
      for (SentenceDraft d : page) {
        List<String> draftWords = d.words();
        String[] words = new String[draftWords.size()];
        int[] wordIds = new int[words.length];
        List<String> terms = new ArrayList<>(words.length);
        for (int k = 0; k < words.length; k++) {
          String w = draftWords.get(k);
          int known = distinct.size();
          int id = distinct.idOf(w);
          if (id == known) {
            termOfWord.add(normalizer.term(w));
          }
          wordIds[k] = id;
          words[k] = distinct.key(id);
          String t = termOfWord.get(id);
          if (t != null) {
            terms.add(t);
          }
        }
        sentences.add(new Sentence(sentences.size(), a, article.id(), position++,
            d.start(), d.end(), d.text(), Arrays.asList(words), terms, d.complete(),
            d.quotable()));
        sentenceWords.add(wordIds);
      }
    }
    return new AnalyzedCluster(language, articles, sentences, normalizer,
        new AnalyzedCluster.Vocabulary(distinct, termOfWord, sentenceWords));
  }
}
