package dev.precis.similar;

import dev.precis.text.AnalyzedCluster;
import dev.precis.text.Language;

/**
 * Whether one sentence rewords another in different words ("Rescue teams in boats reached
 * families stranded in Millside" for "Emergency crews used boats to reach families trapped in the
 * Millside district"): the paraphrase model, English only. Redundancy and attribution both ask it,
 * so a summary never repeats a fact in other words and credits every article that states it.
 *
 * <p>The model is asked only of pairs that share some vocabulary ({@link #MIN_COSINE}): two
 * statements of one fact about one event share names and key words, and the gate keeps the model
 * off the hot path. Not thread-safe (it caches what the model has read): one per summary.
 */
public final class Rewording {
  /** Stricter than the model's MSRP threshold: two facts about one event share many words. */
  public static final double THRESHOLD = 0.6;
  /** TF-IDF cosine below which a pair is not put to the model. */
  public static final double MIN_COSINE = 0.2;

  private final AnalyzedCluster cluster;
  private final SentenceVectors vectors;
  private final ParaphraseScorer model;
  /** Sentences as the model reads them, prepared on first use: most are never compared. */
  private final ParaphraseScorer.Prepared[] prepared;
  /** Each sentence's figures, read on first use. */
  private final Figures[] figures;

  public Rewording(AnalyzedCluster cluster, SentenceVectors vectors) {
    this.cluster = cluster;
    this.vectors = vectors;
    this.model = cluster.language() == Language.ENGLISH ? ParaphraseScorer.english() : null;
    this.prepared = new ParaphraseScorer.Prepared[model == null ? 0 : cluster.size()];
    this.figures = new Figures[cluster.size()];
  }

  /**
   * The model's probability that sentences {@code a} and {@code b} say the same thing, or 0 when
   * it is not asked (another language, or too few shared words); symmetric.
   */
  public double probability(int a, int b) {
    return probability(a, b, vectors.cosine(a, b));
  }

  /** As {@link #probability(int, int)}, when the caller has the pair's cosine already. */
  public double probability(int a, int b, double cosine) {
    if (model == null || cosine < MIN_COSINE) {
      return 0;
    }
    return model.similarity(prepared(a), prepared(b));
  }

  private ParaphraseScorer.Prepared prepared(int s) {
    if (prepared[s] == null) {
      prepared[s] = model.prepare(cluster.sentences().get(s).text());
    }
    return prepared[s];
  }

  /** Whether the model reads {@code a} and {@code b} as saying the same ({@link #THRESHOLD}). */
  public boolean rewords(int a, int b, double cosine) {
    return probability(a, b, cosine) >= THRESHOLD;
  }

  /**
   * Whether the two sentences state other figures ({@link Figures#contradicts}). The paraphrase
   * model weighs such a clash against the shared words; attribution must not credit an article
   * for a figure it does not state.
   */
  public boolean statesOtherFigures(int a, int b) {
    return figures(a).contradicts(figures(b));
  }

  private Figures figures(int s) {
    if (figures[s] == null) {
      figures[s] = Figures.of(cluster.sentences().get(s).words());
    }
    return figures[s];
  }
}
