package dev.precis.summarize;

import dev.precis.PrecisException;
import dev.precis.text.FurnitureModel;
import dev.precis.text.Language;

/**
 * Everything that shapes a summary besides the articles. Immutable; change one setting with the
 * {@code with…} methods. {@link #defaults()} is what the CLI and the service use unless told
 * otherwise.
 *
 * @param method summarization method name (see {@link Summarizers#names()})
 * @param budget how long the summary may be
 * @param language the articles' language
 * @param compress shorten sentences (drop linking openers and parentheticals)
 * @param dropAttributions let compression drop a trailing ", officials said." too
 * @param minWords shortest sentence a summary may use
 * @param maxWords longest sentence a summary may use
 * @param maxCandidates sentences kept for selection in very large clusters
 * @param redundancy cosine similarity at which two sentences count as saying the same
 * @param supportSimilarity cosine similarity at which another article's sentence supports one
 * @param dedup summarize each group of copied articles once, crediting every copy as a source
 * @param furniture the model that drops web page furniture (captions, credits, teasers) before
 *     summarizing English articles, or null to keep every sentence
 * @param query what the summary should be about ("sanctions on Russia"), or null for the whole
 *     story: its words and their close words weigh more, and sentences unrelated to it are not
 *     chosen (see {@link #withQuery})
 */
public record SummaryOptions(
    String method,
    Budget budget,
    Language language,
    boolean compress,
    boolean dropAttributions,
    int minWords,
    int maxWords,
    int maxCandidates,
    double redundancy,
    double supportSimilarity,
    boolean dedup,
    FurnitureModel furniture,
    String query) {

  /** Longest query, in characters: a query names a topic, it is not a document. */
  public static final int MAX_QUERY_CHARS = 500;

  public SummaryOptions {
    if (budget == null) {
      throw new PrecisException("a summary needs a budget");
    }
    if (language == null) {
      throw new PrecisException("a summary needs a language");
    }
    if (minWords < 1 || maxWords < minWords) {
      throw new PrecisException("sentence length bounds must satisfy 1 <= min <= max, got "
          + minWords + ".." + maxWords);
    }
    if (maxCandidates < 1) {
      throw new PrecisException("maxCandidates must be positive, got " + maxCandidates);
    }
    if (!(redundancy > 0 && redundancy <= 1) || !(supportSimilarity > 0 && supportSimilarity <= 1)) {
      throw new PrecisException("similarity thresholds must be in (0, 1]");
    }
    Summarizers.create(method); // fails early, naming the valid methods
    if (query != null) {
      query = query.strip();
      if (query.isEmpty()) {
        throw new PrecisException("the query is empty; give the words the summary should be about");
      }
      if (query.length() > MAX_QUERY_CHARS) {
        throw new PrecisException("the query has " + query.length() + " characters; at most "
            + MAX_QUERY_CHARS + " are allowed");
      }
    }
  }

  public static SummaryOptions defaults() {
    return new SummaryOptions(Summarizers.DEFAULT, Budget.words(100), Language.ENGLISH, true, false,
        8, 55, 2_000, 0.5, 0.45, true, FurnitureModel.standard(), null);
  }

  public SummaryOptions withMethod(String newMethod) {
    return new SummaryOptions(newMethod, budget, language, compress, dropAttributions, minWords,
        maxWords, maxCandidates, redundancy, supportSimilarity, dedup, furniture, query);
  }

  public SummaryOptions withBudget(Budget newBudget) {
    return new SummaryOptions(method, newBudget, language, compress, dropAttributions, minWords,
        maxWords, maxCandidates, redundancy, supportSimilarity, dedup, furniture, query);
  }

  public SummaryOptions withLanguage(Language newLanguage) {
    return new SummaryOptions(method, budget, newLanguage, compress, dropAttributions, minWords,
        maxWords, maxCandidates, redundancy, supportSimilarity, dedup, furniture, query);
  }

  public SummaryOptions withCompression(boolean newCompress, boolean newDropAttributions) {
    return new SummaryOptions(method, budget, language, newCompress, newDropAttributions, minWords,
        maxWords, maxCandidates, redundancy, supportSimilarity, dedup, furniture, query);
  }

  public SummaryOptions withDedup(boolean newDedup) {
    return new SummaryOptions(method, budget, language, compress, dropAttributions, minWords,
        maxWords, maxCandidates, redundancy, supportSimilarity, newDedup, furniture, query);
  }

  public SummaryOptions withMaxCandidates(int newMaxCandidates) {
    return new SummaryOptions(method, budget, language, compress, dropAttributions, minWords,
        maxWords, newMaxCandidates, redundancy, supportSimilarity, dedup, furniture, query);
  }

  /** Drops page furniture with {@code model} before summarizing (English); null keeps it. */
  public SummaryOptions withFurniture(FurnitureModel model) {
    return new SummaryOptions(method, budget, language, compress, dropAttributions, minWords,
        maxWords, maxCandidates, redundancy, supportSimilarity, dedup, model, query);
  }

  /**
   * A summary about {@code newQuery} (null: the whole story). Its words, stemmed and without stop
   * words, and the words that mostly occur in the same sentences raise the weight of the concepts
   * they are part of in {@code ilp}; every method chooses only among sentences that use a query
   * word or a close word.
   *
   * <pre>{@code
   * SummaryOptions.defaults().withQuery("sanctions on Russia")
   * }</pre>
   */
  public SummaryOptions withQuery(String newQuery) {
    return new SummaryOptions(method, budget, language, compress, dropAttributions, minWords,
        maxWords, maxCandidates, redundancy, supportSimilarity, dedup, furniture, newQuery);
  }
}
