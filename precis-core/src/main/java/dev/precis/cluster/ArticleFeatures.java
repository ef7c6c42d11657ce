package dev.precis.cluster;

import dev.precis.text.AnalyzedCluster;
import dev.precis.text.Article;
import dev.precis.text.ArticleDates;
import dev.precis.text.BoilerplateFilter;
import dev.precis.text.Sentence;
import dev.precis.text.SentenceSplitter;
import dev.precis.text.TextEmbedder;
import dev.precis.text.TextPipeline;
import dev.precis.text.WordCount;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the clusterer keeps of one article: counted content terms, headline terms, capitalized
 * names, and the day it was published. A pure function of the article, so it can be computed in
 * parallel and cached; only the most frequent terms are kept, which bounds memory per article.
 */
final class ArticleFeatures {
  static final int NO_DATE = Integer.MIN_VALUE;
  /** Terms kept per article: enough for a news article's topic, bounded for 100,000 of them. */
  static final int MAX_TERMS = 80;
  static final int MAX_ENTITIES = 30;
  private static final int MAX_HEADLINE_CHARS = 120;
  private static final Set<String> NOT_NAMES = notNames();

  final String id;
  /** Headline as given, or the start of the lead sentence; null when the article has neither. */
  final String headline;
  final boolean hasTitle;
  /** Whether the article has body text, not just a headline (a feed of headlines has none). */
  final boolean hasBody;
  /** Epoch day of the article's date, or {@link #NO_DATE}. */
  final int day;
  final String[] terms;
  final int[] termCounts;
  final String[] titleTerms;
  final int[] titleCounts;
  final String[] entities;
  final int[] entityCounts;
  /**
   * The text is mostly a web page's notices (an archive banner, an error page) with little else:
   * a failed fetch. Such pages are alike whatever story they stand in for, so they would gather
   * into one false story; the clusterer leaves each on its own.
   */
  final boolean failedFetch;
  /** Unit vector of the headline and lead from a sentence-embedding model; empty when off. */
  final float[] embedding;

  private ArticleFeatures(String id, String headline, boolean hasTitle, boolean hasBody, int day,
      Map<String, Integer> terms, Map<String, Integer> title, Map<String, Integer> entities,
      boolean failedFetch, float[] embedding) {
    this.id = id;
    this.embedding = embedding;
    this.failedFetch = failedFetch;
    this.headline = headline;
    this.hasTitle = hasTitle;
    this.hasBody = hasBody;
    this.day = day;
    Object[] t = top(terms, MAX_TERMS);
    this.terms = (String[]) t[0];
    this.termCounts = (int[]) t[1];
    Object[] h = top(title, MAX_TERMS);
    this.titleTerms = (String[]) h[0];
    this.titleCounts = (int[]) h[1];
    Object[] e = top(entities, MAX_ENTITIES);
    this.entities = (String[]) e[0];
    this.entityCounts = (int[]) e[1];
  }

  boolean isEmpty() {
    return terms.length == 0 && titleTerms.length == 0;
  }

  /** Words of headline and lead given to the embedding model: about its input limit. */
  static final int EMBEDDED_WORDS = 160;
  /** Characters of headline and lead given to the model at most. */
  static final int EMBEDDED_CHARS = 2_000;

  static ArticleFeatures of(Article article, TextPipeline pipeline) {
    return of(article, pipeline, null);
  }

  /** The features of an article; {@code embedder} may be null (no embedding signal). */
  static ArticleFeatures of(Article article, TextPipeline pipeline, TextEmbedder embedder) {
    int day = ArticleDates.parse(article.date()).map(d -> (int) d.toEpochDay()).orElse(NO_DATE);
    String title = article.title() == null || article.title().isBlank() ? null
        : article.title().strip();
    AnalyzedCluster body = pipeline.analyze(List.of(article));
    Map<String, Integer> terms = new LinkedHashMap<>();
    Map<String, Integer> entities = new LinkedHashMap<>();
    for (Sentence s : body.sentences()) {
      for (String term : s.terms()) {
        terms.merge(term, 1, Integer::sum);
      }
      names(s.text(), entities);
    }
    Map<String, Integer> headlineTerms = new LinkedHashMap<>();
    String headline = title;
    if (title != null) {
      for (Sentence s : pipeline.analyze(List.of(Article.of("title", title))).sentences()) {
        for (String term : s.terms()) {
          headlineTerms.merge(term, 1, Integer::sum);
        }
      }
    } else if (!body.sentences().isEmpty()) {
      // wire copy and many feeds have no headline field: the lead sentence says what a headline would
      Sentence lead = body.sentences().get(0);
      for (String term : lead.terms()) {
        headlineTerms.merge(term, 1, Integer::sum);
      }
      headline = shorten(lead.text());
    }
    // the headline counts again among all terms: it is what the article is about
    headlineTerms.forEach((term, count) -> terms.merge(term, count, Integer::sum));
    int kept = 0;
    for (int count : terms.values()) {
      kept += count;
    }
    boolean failed = failedFetch(article.text(), kept);
    float[] embedding = embedder == null || failed ? new float[0]
        : embedder.embed(lead(title, body.sentences()));
    return new ArticleFeatures(article.id(), headline, title != null,
        !body.sentences().isEmpty(), day, terms, headlineTerms, entities, failed, embedding);
  }

  /**
   * Headline and first sentences, about {@link #EMBEDDED_WORDS} words and at most {@link
   * #EMBEDDED_CHARS} characters: what the article is about, within the model's input limit (a
   * news article says its story first). The character cap keeps a text without sentence breaks
   * from reaching the tokenizer whole.
   */
  static String lead(String title, List<Sentence> sentences) {
    StringBuilder text = new StringBuilder();
    int words = 0;
    if (title != null) {
      // a headline has no full stop; without one the model reads it into the first sentence
      char last = title.charAt(title.length() - 1);
      text.append(title).append(Character.isLetterOrDigit(last) ? ". " : " ");
      words = WordCount.of(title);
    }
    for (Sentence s : sentences) {
      if (words >= EMBEDDED_WORDS || text.length() >= EMBEDDED_CHARS) {
        break;
      }
      text.append(s.text()).append(' ');
      words += WordCount.of(s.text());
    }
    return text.substring(0, Math.min(text.length(), EMBEDDED_CHARS)).strip();
  }

  /** Kept terms below which a page that is a third notices has no story of its own to tell. */
  static final int FAILED_FETCH_TERMS = 100;

  /**
   * Whether at least a third of the text's sentences are web notices and fewer than {@link
   * #FAILED_FETCH_TERMS} terms are left. A real article with a stray notice or caption keeps
   * far more terms; a title-only article has no sentences and is never one.
   */
  static boolean failedFetch(String text, int keptTerms) {
    if (keptTerms >= FAILED_FETCH_TERMS || text.isBlank()) {
      return false;
    }
    int sentences = 0;
    int notices = 0;
    for (int[] span : SentenceSplitter.split(text)) {
      sentences++;
      if (BoilerplateFilter.isBoilerplateSentence(text.substring(span[0], span[1]).strip())) {
        notices++;
      }
    }
    return notices > 0 && 3 * notices >= sentences;
  }

  /**
   * Capitalized words that do not open a sentence, lower-cased: mostly people, places and
   * organizations. Cheap and language-light; IDF later discounts the frequent ones ("U.S.").
   */
  static void names(String sentence, Map<String, Integer> into) {
    int n = sentence.length();
    int i = 0;
    boolean first = true;
    while (i < n) {
      char c = sentence.charAt(i);
      if (!Character.isLetter(c)) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && (Character.isLetterOrDigit(sentence.charAt(i))
          || ((sentence.charAt(i) == '.' || sentence.charAt(i) == '-') && i + 1 < n
              && Character.isLetter(sentence.charAt(i + 1))))) {
        i++;
      }
      if (!first && Character.isUpperCase(c) && i - start >= 2) {
        String word = sentence.substring(start, i).toLowerCase(Locale.ROOT);
        if (!NOT_NAMES.contains(word)) {
          into.merge(word, 1, Integer::sum);
        }
      }
      first = false;
    }
  }

  private static String shorten(String text) {
    if (text.length() <= MAX_HEADLINE_CHARS) {
      return text;
    }
    int cut = text.lastIndexOf(' ', MAX_HEADLINE_CHARS);
    return text.substring(0, cut > 40 ? cut : MAX_HEADLINE_CHARS) + " …";
  }

  /** The {@code limit} most frequent keys, ties by first occurrence (so a function of the article). */
  private static Object[] top(Map<String, Integer> counts, int limit) {
    List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
    if (entries.size() > limit) {
      // stable sort: equal counts keep text order, so the cut is a function of the article alone
      entries.sort((a, b) -> Integer.compare(b.getValue(), a.getValue()));
      entries = entries.subList(0, limit);
    }
    String[] keys = new String[entries.size()];
    int[] values = new int[entries.size()];
    for (int k = 0; k < keys.length; k++) {
      keys[k] = entries.get(k).getKey();
      values[k] = entries.get(k).getValue();
    }
    return new Object[] {keys, values};
  }

  /** Stop words, months and weekdays: capitalized in running text but no story's name. */
  private static Set<String> notNames() {
    Set<String> words = new HashSet<>(List.of("monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december", "jan", "feb", "mar",
        "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mr", "mrs", "ms", "dr",
        "gen", "sen", "rep", "gov", "president", "minister", "said", "says"));
    InputStream in = ArticleFeatures.class.getResourceAsStream("/dev/precis/text/stopwords-en.txt");
    if (in != null) {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          line = line.strip();
          if (!line.isEmpty() && !line.startsWith("#")) {
            words.add(line.toLowerCase(Locale.ROOT));
          }
        }
      } catch (IOException e) {
        // without the list, IDF still discounts frequent capitalized words
      }
    }
    return Set.copyOf(words);
  }

  /** Interns strings through {@code pool}, so 100,000 articles share one copy of each word. */
  ArticleFeatures intern(Map<String, String> pool) {
    for (String[] a : List.of(terms, titleTerms, entities)) {
      for (int k = 0; k < a.length; k++) {
        a[k] = pool.computeIfAbsent(a[k], x -> x);
      }
    }
    return this;
  }

  static Map<String, String> newPool() {
    return new HashMap<>();
  }
}
