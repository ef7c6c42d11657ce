package dev.precis.similar;

import dev.precis.PrecisException;
import dev.precis.text.CharClass;
import dev.precis.text.Tokenizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Whether one sentence restates another: a small logistic regression over lexical features,
 * trained on the Microsoft Research Paraphrase Corpus (MSRP) training split.
 *
 * <p>Features, each symmetric in the two sentences: content-stem overlap over the longer and over
 * the shorter sentence (synonym-mapped with the table near-duplicate detection uses), overlap of
 * all words including function words, of stem bigrams, the longest common subsequence of stems,
 * agreement of numbers and of capitalised names, and the length ratio. A paraphrase that changes a
 * figure ("$2.5 billion" for "$1.8 billion") is the corpus's classic negative, hence the number
 * features.
 *
 * <p>Immutable and thread-safe; {@link #similarity} is deterministic.
 */
public final class ParaphraseScorer {
  /**
   * Learned weights, in the order of {@link #features}; the last is the bias. Trained by
   * full-batch gradient descent on the 4,076 pairs of msr_paraphrase_train.txt (no randomness:
   * zero start, fixed step and iteration count, signs held to {@link #SIGNS}). MSRP test: 73.6%
   * accuracy, F1 0.809 (always-paraphrase: 66.5%, 0.799). Retrain, after changing a feature, with
   * {@code java -cp precis-core/target/classes:precis-core/target/test-classes:precis-cli/target/precis.jar
   * dev.precis.similar.ParaphraseTrainer ../shared/data/msrp} and paste what it prints.
   * Bigrams, the common subsequence and number agreement end at 0: held non-negative, they add
   * nothing that all-word overlap and the number clash do not already say on MSRP.
   */
  static final double[] WEIGHTS = {
    1.542658, 0.252661, 5.016335, 0.000000, 0.000000, 0.000000, -0.392799, 0.036188, 3.460597,
    -6.465230,
  };

  /**
   * The sign each weight is held to in training: every agreement feature may only raise the score,
   * the number clash only lower it. Unconstrained, correlated overlaps take opposite signs and a
   * sentence can score closer to a reworded copy than to itself.
   */
  static final int[] SIGNS = {1, 1, 1, 1, 1, 1, -1, 1, 1};

  /** Probability at or above which a pair is a paraphrase: the best accuracy on MSRP train. */
  static final double THRESHOLD = 0.5319;

  private static final ParaphraseScorer ENGLISH = new ParaphraseScorer(WEIGHTS, THRESHOLD);
  /** What separates words when capitalised ones are looked for (dots, apostrophes, hyphens stay). */

  private final double[] weights;
  private final double threshold;

  ParaphraseScorer(double[] weights, double threshold) {
    this.weights = weights.clone();
    this.threshold = threshold;
  }

  public static ParaphraseScorer english() {
    return ENGLISH;
  }

  /** The threshold {@link #isParaphrase} applies to {@link #similarity}. */
  public double threshold() {
    return threshold;
  }

  /** The probability, in [0, 1], that {@code b} restates {@code a}; symmetric. */
  public double similarity(String a, String b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    return probability(features(View.of(a), View.of(b), weights), weights);
  }

  public boolean isParaphrase(String a, String b) {
    return similarity(a, b) >= threshold;
  }

  /**
   * A sentence read once for many comparisons: {@link #similarity(Prepared, Prepared)} then
   * skips the tokenizing, synonym mapping and stemming that dominate a comparison's cost.
   */
  public static final class Prepared {
    private final View view;

    private Prepared(View view) {
      this.view = view;
    }
  }

  public Prepared prepare(String sentence) {
    return new Prepared(View.of(Objects.requireNonNull(sentence, "sentence")));
  }

  /**
   * The content stems of a sentence as the scorer compares them, synonyms mapped to one word
   * ("Russian Federation" and "Russia" give the same stem): for callers that weigh overlap
   * themselves, such as checking a summary against its sources.
   */
  public List<String> contentStems(String sentence) {
    return View.of(Objects.requireNonNull(sentence, "sentence")).stems();
  }

  /** As {@link #similarity(String, String)}, for prepared sentences. */
  public double similarity(Prepared a, Prepared b) {
    return probability(features(a.view, b.view, weights), weights);
  }

  /**
   * Scores an MSRP file ({@code Quality, #1 ID, #2 ID, #1 String, #2 String}, tab-separated, one
   * header line).
   */
  public Evaluation evaluate(Path msrpFile) {
    int tp = 0;
    int fp = 0;
    int tn = 0;
    int fn = 0;
    for (Pair pair : readMsrp(msrpFile)) {
      boolean predicted = isParaphrase(pair.a(), pair.b());
      if (predicted) {
        if (pair.paraphrase()) {
          tp++;
        } else {
          fp++;
        }
      } else if (pair.paraphrase()) {
        fn++;
      } else {
        tn++;
      }
    }
    return new Evaluation(tp, fp, tn, fn);
  }

  /** Counts of an evaluation, and the usual measures over them (paraphrase = positive class). */
  public record Evaluation(int truePositives, int falsePositives, int trueNegatives,
      int falseNegatives) {
    public int pairs() {
      return truePositives + falsePositives + trueNegatives + falseNegatives;
    }

    public double accuracy() {
      return pairs() == 0 ? 0 : (truePositives + trueNegatives) / (double) pairs();
    }

    public double precision() {
      int predicted = truePositives + falsePositives;
      return predicted == 0 ? 0 : truePositives / (double) predicted;
    }

    public double recall() {
      int actual = truePositives + falseNegatives;
      return actual == 0 ? 0 : truePositives / (double) actual;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /** One labelled pair of the corpus. */
  record Pair(boolean paraphrase, String a, String b) {}

  static List<Pair> readMsrp(Path file) {
    List<Pair> pairs = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (number == 1) {
          if (!line.replace("\ufeff", "").startsWith("Quality")) {
            throw new PrecisException(file + ":1: not an MSRP file: expected the header line "
                + "'Quality<TAB>#1 ID<TAB>#2 ID<TAB>#1 String<TAB>#2 String'");
          }
          continue;
        }
        if (line.isBlank()) {
          continue;
        }
        String[] fields = line.split("\t", -1);
        if (fields.length != 5) {
          throw new PrecisException(file + ":" + number + ": expected 5 tab-separated fields "
              + "(Quality, #1 ID, #2 ID, #1 String, #2 String), found " + fields.length);
        }
        if (!fields[0].equals("0") && !fields[0].equals("1")) {
          throw new PrecisException(file + ":" + number + ": quality must be 0 or 1, not '"
              + fields[0] + "'");
        }
        pairs.add(new Pair(fields[0].equals("1"), fields[3], fields[4]));
      }
    } catch (NoSuchFileException e) {
      throw new PrecisException(file + " does not exist", e);
    } catch (IOException e) {
      throw new PrecisException("cannot read " + file + ": " + e.getMessage(), e);
    }
    if (pairs.isEmpty()) {
      throw new PrecisException(file + " contains no sentence pairs");
    }
    return pairs;
  }

  static double probability(double[] features, double[] weights) {
    double z = weights[weights.length - 1];
    for (int i = 0; i < features.length; i++) {
      z += weights[i] * features[i];
    }
    return 1 / (1 + Math.exp(-z));
  }

  /** One sentence as the features see it. */
  private record View(List<String> words, List<String> allStems, List<String> stems,
      Set<String> numbers, Set<String> names, Set<String> stemSet, Set<String> allStemSet) {

    static View of(String sentence) {
      Synonyms synonyms = Synonyms.english();
      List<String> words = synonyms.apply(Tokenizer.words(synonyms.rewriteCapitals(sentence)));
      List<String> all = new ArrayList<>(words.size());
      List<String> stems = new ArrayList<>(words.size());
      Set<String> numbers = new HashSet<>();
      for (String w : words) {
        String s = Terms.stem(w);
        all.add(s);
        if (Terms.isContent(w)) {
          stems.add(s);
        }
        if (CharClass.isDigit(w.charAt(0))) {
          numbers.add(w.replace(",", ""));
        }
      }
      // the sets are made once here, not once per comparison: a prepared sentence meets many
      return new View(words, all, stems, numbers, capitalisedWords(sentence), new HashSet<>(stems),
          new HashSet<>(all));
    }

  }

  /**
   * The capitalised words of {@code sentence} but the one opening it, lower-cased: names, mostly. A word is a run
   * of letters, numbers (Unicode's L and N categories), dots, apostrophes and hyphens; a sentence
   * that opens with anything else (a quotation mark) has no opening word, so its first word counts.
   * A scan of code points, where a regular expression's split cost a list and a string per word
   * for every candidate sentence.
   */
  static Set<String> capitalisedWords(String sentence) {
    Set<String> names = new HashSet<>();
    int n = sentence.length();
    int i = 0;
    while (i < n) {
      int start = i;
      while (i < n && isWordPart(sentence.codePointAt(i))) {
        i += Character.charCount(sentence.codePointAt(i));
      }
      if (i > start && start > 0 && CharClass.isUpperCase(sentence.charAt(start))) {
        names.add(sentence.substring(start, i).toLowerCase(java.util.Locale.ROOT));
      }
      while (i < n && !isWordPart(sentence.codePointAt(i))) {
        i += Character.charCount(sentence.codePointAt(i));
      }
    }
    return names;
  }

  private static boolean isWordPart(int codePoint) {
    if (codePoint == '.' || codePoint == '\'' || codePoint == '-' || Character.isLetter(codePoint)) {
      return true;
    }
    int type = Character.getType(codePoint);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /** The feature vector of a pair, without the bias. Symmetric: features(a, b) = features(b, a). */
  static double[] features(String a, String b) {
    return features(View.of(a), View.of(b), null);
  }

  /**
   * The features of a pair; those whose weight in {@code weights} is 0 are left at 0 uncomputed
   * (bigrams and the common subsequence cost more than the rest together, and the model gives
   * them no weight), which leaves the probability unchanged. All of them when {@code weights} is
   * null, for training.
   */
  private static double[] features(View x, View y, double[] weights) {
    Set<String> sx = x.stemSet();
    Set<String> sy = y.stemSet();
    int shared = intersection(sx, sy);
    double overLonger = ratio(shared, Math.max(sx.size(), sy.size()));
    double overShorter = ratio(shared, Math.min(sx.size(), sy.size()));
    double allWords = dice(x.allStemSet(), y.allStemSet());
    double bigrams = !needed(weights, 3) ? 0 : dice(bigrams(x.stems()), bigrams(y.stems()));
    double lcs = !needed(weights, 4) ? 0
        : ratio(lcs(x.stems(), y.stems()), Math.max(x.stems().size(), y.stems().size()));
    double numbers = !needed(weights, 5) ? 0 : agreement(x.numbers(), y.numbers());
    double numberClash = x.numbers().equals(y.numbers()) ? 0 : 1;
    double names = agreement(x.names(), y.names());
    double length = ratio(Math.min(x.words().size(), y.words().size()),
        Math.max(x.words().size(), y.words().size()));
    return new double[] {overLonger, overShorter, allWords, bigrams, lcs, numbers, numberClash,
        names, length};
  }

  private static boolean needed(double[] weights, int feature) {
    return weights == null || weights[feature] != 0;
  }

  private static double ratio(int part, int whole) {
    return whole == 0 ? 0 : part / (double) whole;
  }

  private static int intersection(Set<String> a, Set<String> b) {
    int n = 0;
    for (String s : a) {
      if (b.contains(s)) {
        n++;
      }
    }
    return n;
  }

  private static double dice(Set<String> a, Set<String> b) {
    return a.isEmpty() && b.isEmpty() ? 0 : 2.0 * intersection(a, b) / (a.size() + b.size());
  }

  /** Jaccard agreement of two sets; two empty sets agree fully (neither states any). */
  private static double agreement(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 1;
    }
    int shared = intersection(a, b);
    return shared / (double) (a.size() + b.size() - shared);
  }

  private static Set<String> bigrams(List<String> terms) {
    Set<String> bigrams = new HashSet<>();
    for (int i = 0; i + 1 < terms.size(); i++) {
      bigrams.add(terms.get(i) + ' ' + terms.get(i + 1));
    }
    return bigrams;
  }

  private static int lcs(List<String> a, List<String> b) {
    int[] previous = new int[b.size() + 1];
    int[] current = new int[b.size() + 1];
    for (int i = 1; i <= a.size(); i++) {
      for (int j = 1; j <= b.size(); j++) {
        current[j] = a.get(i - 1).equals(b.get(j - 1)) ? previous[j - 1] + 1
            : Math.max(previous[j], current[j - 1]);
      }
      int[] t = previous;
      previous = current;
      current = t;
    }
    return previous[b.size()];
  }
}
