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
    FurnitureModel furniture) {

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
  }

  public static SummaryOptions defaults() {
    return new SummaryOptions(Summarizers.DEFAULT, Budget.words(100), Language.ENGLISH, true, false,
        8, 55, 2_000, 0.5, 0.45, true, FurnitureModel.standard());
  }

  public SummaryOptions withMethod(String newMethod) {
    return new SummaryOptions(newMethod, budget, language, compress, dropAttributions, minWords,
        maxWords, maxCandidates, redundancy, supportSimilarity, dedup, furniture);
  }

  public SummaryOptions withBudget(Budget newBudget) {
    return new SummaryOptions(method, newBudget, language, compress, dropAttributions, minWords,
        maxWords, maxCandidates, redundancy, supportSimilarity, dedup, furniture);
  }

  public SummaryOptions withLanguage(Language newLanguage) {
    return new SummaryOptions(method, budget, newLanguage, compress, dropAttributions, minWords,
        maxWords, maxCandidates, redundancy, supportSimilarity, dedup, furniture);
  }

  public SummaryOptions withCompression(boolean newCompress, boolean newDropAttributions) {
    return new SummaryOptions(method, budget, language, newCompress, newDropAttributions, minWords,
        maxWords, maxCandidates, redundancy, supportSimilarity, dedup, furniture);
  }

  public SummaryOptions withDedup(boolean newDedup) {
    return new SummaryOptions(method, budget, language, compress, dropAttributions, minWords,
        maxWords, maxCandidates, redundancy, supportSimilarity, newDedup, furniture);
  }

  public SummaryOptions withMaxCandidates(int newMaxCandidates) {
    return new SummaryOptions(method, budget, language, compress, dropAttributions, minWords,
        maxWords, newMaxCandidates, redundancy, supportSimilarity, dedup, furniture);
  }

  /** Drops page furniture with {@code model} before summarizing (English); null keeps it. */
  public SummaryOptions withFurniture(FurnitureModel model) {
    return new SummaryOptions(method, budget, language, compress, dropAttributions, minWords,
        maxWords, maxCandidates, redundancy, supportSimilarity, dedup, model);
  }
}
