package dev.precis.facts;

import dev.precis.WorkCancelledException;
import dev.precis.text.Article;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Extracts a story's key facts from its articles: the people, organizations and places it names,
 * the dates it mentions, and the quotes it carries, with their speakers.
 *
 * <p>Rule-based and English only: capitalization, titles ("Gen.", "Foreign Minister"), a bundled
 * gazetteer and name lists, and attribution patterns ({@code "…," Tillerson said}). The same
 * articles always give the same facts. Instances are immutable and safe to share between threads.
 *
 * <pre>{@code
 * FactExtractor extractor = new FactExtractor(FactExtractor.Limits.DEFAULT);
 * StoryFacts facts = extractor.extract(articles);
 * for (Entity e : facts.entities()) {
 *   System.out.println(e.name() + " (" + e.type() + ", " + e.mentions() + ")");
 * }
 * }</pre>
 */
public final class FactExtractor {

  /**
   * How much of each kind of fact to return.
   *
   * @param maxEntities entities to keep, most prominent first
   * @param maxDates dates to keep, most mentioned first
   * @param maxQuotes quotes to keep, most repeated first
   * @param minQuoteWords quotes with fewer words are scare quotes and skipped
   */
  public record Limits(int maxEntities, int maxDates, int maxQuotes, int minQuoteWords) {
    public static final Limits DEFAULT = new Limits(15, 10, 20, 4);

    public Limits {
      if (maxEntities < 0 || maxDates < 0 || maxQuotes < 0 || minQuoteWords < 1) {
        throw new IllegalArgumentException("limits must be non-negative and minQuoteWords at least 1");
      }
    }
  }

  private final Limits limits;
  private final EntityFinder entityFinder;
  private final QuoteFinder quoteFinder;

  public FactExtractor() {
    this(Limits.DEFAULT);
  }

  public FactExtractor(Limits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.entityFinder = new EntityFinder(Lexicon.ENGLISH);
    this.quoteFinder = new QuoteFinder(limits.minQuoteWords());
  }

  /**
   * @param articles one story's articles, in the order attribution should follow; may be empty
   * @return the story's facts; empty facts for no articles
   */
  public StoryFacts extract(List<Article> articles) {
    if (articles.isEmpty()) {
      return StoryFacts.empty();
    }
    List<String> ids = new ArrayList<>(articles.size());
    List<List<NameMention>> names = new ArrayList<>(articles.size());
    List<List<DateFinder.Found>> dates = new ArrayList<>(articles.size());
    // what each article finds is a function of its text (and, for dates, its day): a copy of an
    // earlier article's text (syndicated wire copy, a page saved twice) reuses what it found
    int[] copyOf = new int[articles.size()];
    Map<String, Integer> firstWithText = new HashMap<>();
    for (int a = 0; a < articles.size(); a++) {
      WorkCancelledException.throwIfInterrupted();
      Article article = articles.get(a);
      ids.add(article.id());
      int first = firstWithText.computeIfAbsent(article.text(), text -> names.size());
      copyOf[a] = first;
      LocalDate published = DateFinder.publicationDate(article.date());
      names.add(first < a ? names.get(first) : entityFinder.find(article.text()));
      dates.add(first < a && Objects.equals(published,
          DateFinder.publicationDate(articles.get(first).date()))
          ? dates.get(first) : DateFinder.find(article.text(), published));
    }
    EntityMerger.EntityTable entities = EntityMerger.merge(names, ids);

    SpeakerFinder speakers = new SpeakerFinder(entityFinder, entities);
    List<List<QuoteFinder.Found>> quotes = new ArrayList<>(articles.size());
    for (int a = 0; a < articles.size(); a++) {
      WorkCancelledException.throwIfInterrupted();
      quotes.add(copyOf[a] < a ? quotes.get(copyOf[a])
          : quoteFinder.find(articles.get(a).text(), names.get(a), speakers));
    }
    return new StoryFacts(
        first(entities.ranked(), limits.maxEntities()),
        first(DateMerger.merge(dates, ids), limits.maxDates()),
        first(QuoteMerger.merge(quotes, ids), limits.maxQuotes()));
  }

  private static <T> List<T> first(List<T> list, int limit) {
    return list.size() <= limit ? list : list.subList(0, limit);
  }
}
