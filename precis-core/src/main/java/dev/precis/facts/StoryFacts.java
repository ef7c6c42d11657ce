package dev.precis.facts;

import java.util.List;

/**
 * The key facts of one story: who and what it names, when, and what was said.
 *
 * @param entities people, organizations and places, most prominent first
 * @param dates dates, most mentioned first
 * @param quotes quotations, those carried by more articles first, then in story order
 */
public record StoryFacts(List<Entity> entities, List<DateMention> dates, List<Quote> quotes) {

  private static final StoryFacts EMPTY = new StoryFacts(List.of(), List.of(), List.of());

  public StoryFacts {
    entities = List.copyOf(entities);
    dates = List.copyOf(dates);
    quotes = List.copyOf(quotes);
  }

  public static StoryFacts empty() {
    return EMPTY;
  }

  public boolean isEmpty() {
    return entities.isEmpty() && dates.isEmpty() && quotes.isEmpty();
  }
}
