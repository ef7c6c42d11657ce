package dev.precis.verify;

import java.util.List;
import java.util.Objects;

/**
 * What the verifier found for one summary sentence, as the numbers {@link VerdictModel} decides
 * supported or not on, and the explicit contradiction check beside them. Made by {@link
 * SummaryVerifier#features(String)}; every value is explainable on its own:
 *
 * <pre>{@code
 * VerdictFeatures f = verifier.features("Twelve people were taken to hospital.").get(0);
 * f.value("coverage");   // 0.93: rarity-weighted share of its words the best 1-3 sentences hold
 * f.contradiction();     // false: no source states another figure, name or the opposite
 * }</pre>
 *
 * @param text the summary sentence
 * @param values one per {@link #NAMES}, in that order
 * @param contradiction a source on the same content states another figure, name or the opposite,
 *     and no sentence on the content states the claim's own: contradicted, whatever the model
 * @param conflicts some source on the same content says otherwise (shown beside the verdict)
 * @param evidence some source sentence shares enough of the claim to be shown as evidence
 * @param best the best single source sentence, or null: what to read when judging the verdict
 */
public record VerdictFeatures(String text, List<Double> values, boolean contradiction,
    boolean conflicts, boolean evidence, String best) {
  /** The features, in the order of {@link #values}. */
  public static final List<String> NAMES = List.of(
      // rarity-weighted share of the claim's words the best 1-3 source sentences hold together
      "coverage",
      // the same for the best single sentence
      "best_sentence",
      // the same as coverage, for the words other than the story's names
      "content_coverage",
      // unweighted share of the claim's words the best 1-3 sentences hold
      "term_share",
      // rarity-weighted share of the claim's words no source uses at all
      "unseen",
      // share of the claim's numbers, years, dates and weekdays that sentences on its content state
      "figures_stated",
      // share of the claim's names of the story those sentences state
      "names_stated",
      // 1 when the claim is negated and none of its evidence is
      "negation_unmatched",
      // 1 when a source on the same content says otherwise
      "conflict",
      // the paraphrase model's probability that the best sentence rewords the claim
      "paraphrase",
      // how many source sentences make up the evidence, over 3
      "parts",
      // log of the number of the claim's content words
      "length");

  public VerdictFeatures {
    Objects.requireNonNull(text, "text");
    values = List.copyOf(values);
    if (values.size() != NAMES.size()) {
      throw new IllegalArgumentException("verdict features need " + NAMES.size() + " values");
    }
  }

  /** The value of the feature {@code name}, one of {@link #NAMES}. */
  public double value(String name) {
    int at = NAMES.indexOf(name);
    if (at < 0) {
      throw new IllegalArgumentException("no verdict feature " + name);
    }
    return values.get(at);
  }

  /**
   * Whether the sentences on the claim's content state every figure and name of it, and its
   * negation: an explicit condition of support, so a changed figure or name is never outweighed
   * by the words around it.
   */
  public boolean statesAll() {
    return value("figures_stated") == 1 && value("names_stated") == 1
        && value("negation_unmatched") == 0;
  }
}
