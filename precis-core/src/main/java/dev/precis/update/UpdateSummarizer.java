package dev.precis.update;

import dev.precis.summarize.Summary;
import dev.precis.summarize.SummaryOptions;
import dev.precis.summarize.SummaryPipeline;
import dev.precis.text.Article;
import dev.precis.text.ArticleDates;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Update summaries: what happened in a story since the reader last read it (TAC's update task).
 *
 * <pre>{@code
 * UpdateSummarizer update = new UpdateSummarizer(SummaryOptions.defaults());
 * UpdateSummary since = update.summarize(articles, Since.parse("2026-03-10"), List.of());
 * UpdateSummary after = update.summarize(articles, null, List.of(earlierSummary));
 * System.out.println(since.message());          // "3 new articles since 2026-03-10; 2 ..."
 * if (!since.nothingNew()) { since.summary().sentences(); }
 * }</pre>
 *
 * <p>Articles dated before {@code since} count as seen, the others as new. A date with a time is
 * compared as an instant; a date with only a day is new when that day is the day of {@code since}
 * or later (it may have come out after the reader's visit that day). <b>Undated articles count as
 * new</b>, and the message says how many there are. Texts given as seen (earlier articles, or an
 * earlier summary as one text) are seen whatever their date; an article whose text is one of
 * them is seen too. The new articles are summarized without what the seen ones already say
 * ({@link SummaryPipeline#summarize(List, List)}), their sources as usual; the summary's
 * parameters record {@code since}, {@code newArticles}, {@code seenArticles} and {@code
 * undatedArticles}. Immutable and thread-safe.
 */
public final class UpdateSummarizer {
  /**
   * What share of its weight a concept the reader has seen keeps in the default method, chosen
   * on the dated development clusters by the rule README's update figures state (eval-update).
   */
  public static final double SEEN_CONCEPT_WEIGHT = 0.75;

  private final SummaryPipeline pipeline;
  private final double seenConceptWeight;

  public UpdateSummarizer(SummaryOptions options) {
    this(options, SEEN_CONCEPT_WEIGHT);
  }

  /** With another weight for seen concepts, 0 (none) to 1 (as if unseen): for measuring. */
  public UpdateSummarizer(SummaryOptions options, double seenConceptWeight) {
    this.pipeline = new SummaryPipeline(options);
    this.seenConceptWeight = seenConceptWeight;
  }

  /**
   * The update summary of {@code articles} for a reader who read the story up to {@code since}
   * (null: not by date) and read {@code seen} (may be empty).
   */
  public UpdateSummary summarize(List<Article> articles, Since since, List<Article> seen) {
    Set<String> seenTexts = new HashSet<>();
    for (Article a : seen) {
      seenTexts.add(a.text().strip());
    }
    List<Article> fresh = new ArrayList<>();
    List<Article> earlier = new ArrayList<>(seen);
    int undated = 0;
    for (Article a : articles) {
      if (seenTexts.contains(a.text().strip())) {
        continue; // given as seen already
      }
      Optional<Boolean> isNew = since == null ? Optional.of(true) : isNew(a, since);
      if (isNew.isEmpty()) {
        undated++;
      }
      if (isNew.orElse(true)) {
        fresh.add(a);
      } else {
        earlier.add(a);
      }
    }
    String sinceText = since == null ? null : since.written();
    if (fresh.isEmpty()) {
      int datedBefore = earlier.size() - seen.size();
      String message = "nothing new" + (since == null ? "" : " since " + sinceText) + ": ";
      if (datedBefore == 0) {
        message += "every article was given as already seen";
      } else if (datedBefore == articles.size()) {
        message += (articles.size() == 1 ? "the article is"
            : "all " + articles.size() + " articles are") + " dated before it";
      } else {
        message += datedBefore + " dated before it, the others given as already seen";
      }
      return new UpdateSummary(null, sinceText, 0, earlier.size(), 0, message);
    }
    String message = message(fresh.size(), earlier.size(), undated, sinceText);
    Summary summary = pipeline.summarize(fresh, earlier, seenConceptWeight);
    Map<String, Object> parameters = new LinkedHashMap<>(summary.parameters());
    parameters.put("update", true);
    parameters.put("seenConceptWeight", seenConceptWeight);
    if (sinceText != null) {
      parameters.put("since", sinceText);
    }
    parameters.put("newArticles", fresh.size());
    parameters.put("seenArticles", earlier.size());
    parameters.put("undatedArticles", undated);
    List<String> notes = new ArrayList<>();
    notes.add(message);
    notes.addAll(summary.notes());
    Summary update = new Summary(summary.method(), parameters, summary.sentences(),
        summary.facts(), summary.articles(), notes, summary.details());
    return new UpdateSummary(update, sinceText, fresh.size(), earlier.size(), undated, message);
  }

  private static String message(int fresh, int seen, int undated, String since) {
    StringBuilder b = new StringBuilder();
    b.append(fresh).append(fresh == 1 ? " new article" : " new articles");
    if (since != null) {
      b.append(" since ").append(since);
    }
    if (undated > 0) {
      b.append(" (").append(undated).append(" undated, counted as new)");
    }
    b.append("; ").append(seen).append(" already seen, left out with what ")
        .append(seen == 1 ? "it says" : "they say");
    return b.toString();
  }

  /** Whether an article is new since {@code since}; empty when it has no readable date. */
  static Optional<Boolean> isNew(Article article, Since since) {
    Optional<Instant> instant = since.instant() == null ? Optional.empty()
        : instant(article.date());
    if (instant.isPresent()) {
      return Optional.of(!instant.get().isBefore(since.instant()));
    }
    return ArticleDates.parse(article.date()).map(day -> !day.isBefore(since.day()));
  }

  /** The instant of a date written with a time of day, or empty for a day or no date. */
  static Optional<Instant> instant(String written) {
    if (written == null || written.isBlank() || written.length() > 100) {
      return Optional.empty();
    }
    String s = written.strip();
    if (s.matches("\\d{9,13}")) {
      long value = Long.parseLong(s);
      return Optional.of(value >= 100_000_000_000L ? Instant.ofEpochMilli(value)
          : Instant.ofEpochSecond(value));
    }
    try {
      return Optional.of(OffsetDateTime.parse(s).toInstant());
    } catch (DateTimeParseException ignored) {
      // the next form
    }
    try {
      return Optional.of(ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
    } catch (DateTimeParseException ignored) {
      // the next form
    }
    try {
      return Optional.of(LocalDateTime.parse(s).toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException ignored) {
      return Optional.empty();
    }
  }
}
