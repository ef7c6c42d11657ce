package dev.precis.facts;

import dev.precis.WorkCancelledException;
import dev.precis.text.Article;
import java.util.ArrayList;
import java.util.List;
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
    for (Article article : articles) {
      WorkCancelledException.throwIfInterrupted();
      ids.add(article.id());
      names.add(entityFinder.find(article.text()));
      dates.add(DateFinder.find(article.text(), DateFinder.publicationDate(article.date())));
    }
    EntityMerger.EntityTable entities = EntityMerger.merge(names, ids);

    SpeakerFinder speakers = new SpeakerFinder(entityFinder, entities);
    List<List<QuoteFinder.Found>> quotes = new ArrayList<>(articles.size());
    for (int a = 0; a < articles.size(); a++) {
      WorkCancelledException.throwIfInterrupted();
      quotes.add(quoteFinder.find(articles.get(a).text(), names.get(a), speakers));
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
