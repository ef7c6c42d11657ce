package dev.precis.cluster;

import dev.precis.text.AnalyzedCluster;
import dev.precis.text.Article;
import dev.precis.text.ArticleDates;
import dev.precis.text.BoilerplateFilter;
import dev.precis.text.FurnitureFilter;
import dev.precis.text.FurnitureModel;
import dev.precis.text.Language;
import dev.precis.text.PageSentence;
import dev.precis.text.Sentence;
import dev.precis.text.SentenceDraft;
import dev.precis.text.SentenceSplitter;
import dev.precis.text.StorySentences;
import dev.precis.text.TextEmbedder;
import dev.precis.text.TextPipeline;
import dev.precis.text.WordCount;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * What story clustering keeps of one article: the first stage, a pure function of the article and
 * the language, so profiles can be made in parallel, on other machines, and kept.
 *
 * <pre>{@code
 * ArticleProfile p = ArticleProfile.of(article, Language.ENGLISH);
 * p.terms();   // stemmed content terms of headline and text, the 80 most frequent
 * p.lead();    // terms of the headline and first sentences: what the story is
 * p.names();   // capitalized words inside sentences: people, places, organizations
 * p.phrases(); // adjacent content-term pairs ("space station"): rare ones name an event
 * }</pre>
 *
 * <p>Memory per article is bounded by the caps below, whatever the article's length.
 *
 * @param id the article's id
 * @param headline its headline, or the start of its lead sentence; null when it has neither
 * @param hasTitle whether the article came with a headline
 * @param hasBody whether it has text beyond a headline (a feed of headlines has none)
 * @param day epoch day of its date, or {@link #NO_DATE}
 * @param words words of its text (0 for a headline alone)
 * @param terms content terms of text and headline
 * @param lead content terms of the headline and the first {@link #LEAD_SENTENCES} sentences
 * @param title content terms of the headline, or of the lead sentence when there is none
 * @param names capitalized words inside sentences, lower-cased
 * @param phrases adjacent content terms within a sentence, joined by a space
 * @param failedFetch whether the text is mostly web notices (see {@link #failedFetch(String,
 *     int)}): such a page stands alone, whatever story it stood in for
 * @param embedding unit vector of headline and lead from a sentence model; empty when off
 */
public record ArticleProfile(String id, String headline, boolean hasTitle, boolean hasBody, int day,
    int words, TermBag terms, TermBag lead, TermBag title, TermBag names, TermBag phrases,
    boolean failedFetch, float[] embedding) implements Serializable {

  public static final int NO_DATE = Integer.MIN_VALUE;
  /** Terms kept per article: enough for a news article's topic, bounded for 100,000 of them. */
  public static final int MAX_TERMS = 80;
  public static final int MAX_NAMES = 30;
  public static final int MAX_PHRASES = 60;
  /** Sentences of the lead: a news article says its story first. */
  public static final int LEAD_SENTENCES = 3;
  private static final int MAX_HEADLINE_CHARS = 120;
  private static final Set<String> NOT_NAMES = notNames();

  public ArticleProfile {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(embedding, "embedding");
  }

  /** The profile of an article in a language, without sentence embeddings. */
  public static ArticleProfile of(Article article, Language language) {
    return of(article, new TextPipeline(language, false, false), null);
  }

  /**
   * The profile of an article.
   *
   * @param pipeline a pipeline without sentence compression (clustering wants every word)
   * @param embedder the sentence model, or null for none
   */
  public static ArticleProfile of(Article article, TextPipeline pipeline, TextEmbedder embedder) {
    return of(article, pipeline, embedder, StorySentences::of);
  }

  /**
   * The profile of an article, read through {@code reader} (a reading other stages share: {@link
   * StorySentences#once}).
   */
  public static ArticleProfile of(Article article, TextPipeline pipeline, TextEmbedder embedder,
      Function<Article, List<StorySentences.Sentence>> reader) {
    int day = ArticleDates.parse(article.date()).map(d -> (int) d.toEpochDay()).orElse(NO_DATE);
    String title = article.title() == null || article.title().isBlank() ? null
        : article.title().strip();
    // read once here: the body's analysis and, without a headline, its name both need it
    List<StorySentences.Sentence> read = article.headlineOnly() ? List.of() : reader.apply(article);
    List<Sentence> body = article.headlineOnly() ? List.of()
        : pipeline.analyze(List.of(article), a -> read).sentences();
    Map<String, Integer> terms = new LinkedHashMap<>();
    Map<String, Integer> lead = new LinkedHashMap<>();
    Map<String, Integer> names = new LinkedHashMap<>();
    Map<String, Integer> phrases = new LinkedHashMap<>();
    int words = 0;
    for (Sentence s : body) {
      List<String> content = topical(s.terms(), pipeline.language());
      count(content, terms);
      if (s.position() < LEAD_SENTENCES) {
        count(content, lead);
      }
      names(s.text(), names);
      for (int k = 1; k < content.size(); k++) {
        phrases.merge(content.get(k - 1) + " " + content.get(k), 1, Integer::sum);
      }
      words += s.wordCount();
    }
    Map<String, Integer> headlineTerms = new LinkedHashMap<>();
    String headline = title;
    if (title != null) {
      AnalyzedCluster analysed = pipeline.analyze(List.of(Article.of("title", title)));
      for (Sentence s : analysed.sentences()) {
        count(topical(s.terms(), pipeline.language()), headlineTerms);
      }
    } else if (!body.isEmpty()) {
      // wire copy and many pages have no headline field: the lead sentence says what one would
      count(topical(body.get(0).terms(), pipeline.language()), headlineTerms);
      headline = shorten(untitledHeadline(read, body, pipeline.language()));
    }
    // the headline counts again among all terms and the lead: it is what the article is about
    headlineTerms.forEach((term, c) -> {
      terms.merge(term, c, Integer::sum);
      if (title != null) {
        lead.merge(term, c, Integer::sum);
      }
    });
    int kept = 0;
    for (int c : terms.values()) {
      kept += c;
    }
    boolean failed = failedFetch(article.text(), kept);
    float[] embedding = embedder == null || failed ? new float[0]
        : checked(embedder.embed(embeddedText(title, body)), article.id());
    return new ArticleProfile(article.id(), headline, title != null, !body.isEmpty(), day, words,
        TermBag.top(terms, MAX_TERMS), TermBag.top(lead, MAX_TERMS),
        TermBag.top(headlineTerms, MAX_TERMS), TermBag.top(names, MAX_NAMES),
        TermBag.top(phrases, MAX_PHRASES), failed, embedding);
  }

  private static float[] checked(float[] vector, String id) {
    for (float x : vector) {
      if (!Float.isFinite(x)) {
        throw new dev.precis.PrecisException("the embedding model returned a vector with a " + x
            + " component for article '" + id + "'");
      }
    }
    return vector;
  }

  /**
   * The same profile with its words taken from {@code pool} (added there when new): a stream of
   * 100,000 articles then keeps one copy of each word, not one per article.
   */
  public ArticleProfile interned(Map<String, String> pool) {
    return new ArticleProfile(id, headline, hasTitle, hasBody, day, words, terms.interned(pool),
        lead.interned(pool), title.interned(pool), names.interned(pool), phrases.interned(pool),
        failedFetch, embedding);
  }

  /** The same profile for a copy of the article under another id. */
  public ArticleProfile withId(String other) {
    return other.equals(id) ? this : new ArticleProfile(other, headline, hasTitle, hasBody, day,
        words, terms, lead, title, names, phrases, failedFetch, embedding);
  }

  /** Whether the article has a readable date. */
  public boolean dated() {
    return day != NO_DATE;
  }

  /**
   * English stems of weekday and month names ("march" and "may" left alone, being other words
   * too): they say when, not what, and two unrelated reports of one week share them.
   */
  private static final Set<String> CALENDAR = Set.of("monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday", "januari", "februari", "april", "june", "juli",
      "august", "septemb", "octob", "novemb", "decemb");

  /** The terms that say what a text is about: English calendar words left out. */
  private static List<String> topical(List<String> terms, Language language) {
    if (language != Language.ENGLISH) {
      return terms;
    }
    List<String> kept = new java.util.ArrayList<>(terms.size());
    for (String t : terms) {
      if (!CALENDAR.contains(t)) {
        kept.add(t);
      }
    }
    return kept;
  }

  private static void count(List<String> words, Map<String, Integer> into) {
    for (String w : words) {
      into.merge(w, 1, Integer::sum);
    }
  }

  /** Words of headline and lead given to the embedding model: about its input limit. */
  static final int EMBEDDED_WORDS = 160;
  /** Characters of headline and lead given to the model at most. */
  static final int EMBEDDED_CHARS = 2_000;

  /**
   * Headline and first sentences, about {@link #EMBEDDED_WORDS} words and at most {@link
   * #EMBEDDED_CHARS} characters: what the article is about, within the model's input limit. The
   * character cap keeps a text without sentence breaks from reaching the tokenizer whole.
   */
  static String embeddedText(String title, List<Sentence> sentences) {
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
      if (!first && Character.isUpperCase(c) && i - start >= 2 && i - start <= 40) {
        String word = sentence.substring(start, i).toLowerCase(Locale.ROOT);
        if (!NOT_NAMES.contains(word)) {
          into.merge(word, 1, Integer::sum);
        }
      }
      first = false;
    }
  }

  /**
   * What names an article without a headline: its first sentence, or in English the first one
   * the furniture model keeps, so that a photo's caption, a newsletter prompt or a video teaser
   * opening a page does not name its story. Only the name: the lead sentence's terms stay what
   * the article is compared by, as the same-story model was fit.
   */
  private static String untitledHeadline(List<StorySentences.Sentence> read, List<Sentence> body,
      Language language) {
    if (language == Language.ENGLISH) {
      List<PageSentence> page = SentenceDraft.onPage(SentenceDraft.of(read));
      int kept = Furniture.FILTER.firstKept(page);
      if (kept >= 0) {
        return page.get(kept).text();
      }
    }
    return body.get(0).text();
  }

  /** The shipped furniture model, loaded on first use (a stream of headlines never needs it). */
  private static final class Furniture {
    static final FurnitureFilter FILTER = new FurnitureFilter(FurnitureModel.standard());
  }

  private static String shorten(String text) {
    if (text.length() <= MAX_HEADLINE_CHARS) {
      return text;
    }
    int cut = text.lastIndexOf(' ', MAX_HEADLINE_CHARS);
    return text.substring(0, cut > 40 ? cut : MAX_HEADLINE_CHARS) + " …";
  }

  /** Stop words, months and weekdays: capitalized in running text but no story's name. */
  private static Set<String> notNames() {
    Set<String> words = new HashSet<>(List.of("monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december", "jan", "feb", "mar",
        "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mr", "mrs", "ms", "dr",
        "gen", "sen", "rep", "gov", "president", "minister", "said", "says"));
    InputStream in = ArticleProfile.class.getResourceAsStream("/dev/precis/text/stopwords-en.txt");
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

  @Override
  public boolean equals(Object o) {
    return o instanceof ArticleProfile p && id.equals(p.id) && Objects.equals(headline, p.headline)
        && sameContent(p);
  }

  /**
   * Whether the two profiles are alike in everything clustering reads (whatever their ids and
   * displayed headlines): copies of one text, which clustering treats as one article counted
   * several times.
   */
  public boolean sameContent(ArticleProfile p) {
    return hasTitle == p.hasTitle && hasBody == p.hasBody && day == p.day && words == p.words
        && terms.equals(p.terms) && lead.equals(p.lead) && title.equals(p.title)
        && names.equals(p.names) && phrases.equals(p.phrases) && failedFetch == p.failedFetch
        && Arrays.equals(embedding, p.embedding);
  }

  /** A hash of what {@link #sameContent} compares. */
  public int contentHash() {
    return Objects.hash(day, words, terms, lead, title, names, phrases);
  }

  @Override
  public int hashCode() {
    return 31 * id.hashCode() + contentHash();
  }

  @Override
  public String toString() {
    return "ArticleProfile[" + id + ", " + headline + "]";
  }
}
