package dev.precis.eval.rouge;

import dev.precis.PrecisException;
import java.util.List;
import java.util.Objects;

/**
 * ROUGE as ROUGE-1.5.5 computes it, score for score. A summary is a list of sentences (1.5.5's
 * one sentence per line); a peer is scored against one or more models (reference summaries).
 *
 * <pre>{@code
 * Rouge rouge = new Rouge(RougeOptions.parse("-n 2 -m -l 100 -2 4 -u -c 95 -r 1000 -f A -p 0.5 -t 0"));
 * RougeResult one = rouge.score(peerSentences, List.of(modelA, modelB));
 * double r2 = one.get("ROUGE-2").recall();
 * RougeEvaluation corpus = rouge.newEvaluation();
 * corpus.add(peerSentences, List.of(modelA, modelB));   // once per topic
 * RougeCorpusResult all = corpus.result();              // averages and bootstrap intervals
 * }</pre>
 *
 * <p>Instances are immutable and safe to share between threads: score topics in parallel, then
 * {@link RougeEvaluation#add(RougeResult) add} the results in input order for the same averages
 * and intervals as a sequential run.
 */
public final class Rouge {
  private final RougeOptions options;
  private final Tokenizer tokenizer;
  private final List<String> metricNames;

  public Rouge(RougeOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    this.tokenizer = new Tokenizer(options.removeStopWords(), options.stem());
    this.metricNames = options.metricNames();
  }

  public RougeOptions options() {
    return options;
  }

  /** Metric names this scorer reports, in 1.5.5's order. */
  public List<String> metricNames() {
    return metricNames;
  }

  /** A corpus evaluation of one system: add its summary for each topic, then read the averages. */
  public RougeEvaluation newEvaluation() {
    return new RougeEvaluation(this);
  }

  /**
   * Scores one peer against its models.
   *
   * @param peer the peer's sentences, in order; may be empty (every score is then 0)
   * @param models one list of sentences per model; at least one model, each may be empty
   * @throws PrecisException when there is no model or a summary or sentence is null
   */
  public RougeResult score(List<String> peer, List<? extends List<String>> models) {
    check(peer, "peer summary");
    if (models == null || models.isEmpty()) {
      throw new PrecisException("ROUGE needs at least one model summary to score against");
    }
    for (int m = 0; m < models.size(); m++) {
      check(models.get(m), "model summary " + (m + 1));
    }

    Vocabulary vocabulary = new Vocabulary();
    int words = options.wordLimit();
    int bytes = options.byteLimit();
    AnalyzedText peerText = AnalyzedText.of(peer, tokenizer, vocabulary, words, bytes);
    AnalyzedText[] modelTexts = new AnalyzedText[models.size()];
    for (int m = 0; m < modelTexts.length; m++) {
      modelTexts[m] = AnalyzedText.of(models.get(m), tokenizer, vocabulary, words, bytes);
    }

    RougeScore[] scores = new RougeScore[metricNames.size()];
    int next = 0;
    for (int n = 1; n <= options.maxN(); n++) {
      GramCounts.checkVocabulary(vocabulary.size(), n);
      scores[next++] = ngramScore(peerText, modelTexts, n);
    }
    if (options.rougeL() || options.weight() != null) {
      Lcs lcs = new Lcs();
      int[] peerUnigrams = unigramCounts(peerText.tokens(), vocabulary.size());
      if (options.rougeL()) {
        scores[next++] = lcsScore(peerText, modelTexts, peerUnigrams, vocabulary.size(), lcs);
      }
      if (options.weight() != null) {
        scores[next++] = weightedLcsScore(peerText, modelTexts, peerUnigrams, vocabulary.size(), lcs);
      }
    }
    if (options.skipDistance() != null) {
      if (options.skipUnigrams()) {
        scores[next++] = skipBigramScore(peerText, modelTexts, true);
      } else {
        scores[next++] = skipBigramScore(peerText, modelTexts, false);
        if (options.skipBoth()) {
          scores[next++] = skipBigramScore(peerText, modelTexts, true);
        }
      }
    }
    return new RougeResult(metricNames, scores);
  }

  private RougeScore ngramScore(AnalyzedText peer, AnalyzedText[] models, int n) {
    GramCounts peerGrams = GramCounts.ngrams(peer.tokens(), n);
    ModelPooling pooling = new ModelPooling(options.mode());
    for (AnalyzedText model : models) {
      addGramHits(pooling, GramCounts.ngrams(model.tokens(), n), peerGrams);
    }
    return pooling.score(options.alpha());
  }

  private RougeScore skipBigramScore(AnalyzedText peer, AnalyzedText[] models, boolean unigrams) {
    int gap = options.skipDistance();
    GramCounts peerGrams = GramCounts.skipBigrams(peer.tokens(), gap, unigrams);
    ModelPooling pooling = new ModelPooling(options.mode());
    for (AnalyzedText model : models) {
      addGramHits(pooling, GramCounts.skipBigrams(model.tokens(), gap, unigrams), peerGrams);
    }
    return pooling.score(options.alpha());
  }

  private static void addGramHits(ModelPooling pooling, GramCounts model, GramCounts peer) {
    int hits = GramCounts.clippedHits(model, peer);
    // -f B compares the per-model recall as 1.5.5 printed it, to five decimals
    double recall = model.total() != 0 ? PerlNumbers.round5((double) hits / model.total()) : 0;
    pooling.add(hits, model.total(), peer.total(), recall);
  }

  private RougeScore lcsScore(AnalyzedText peer, AnalyzedText[] models, int[] peerUnigrams,
      int vocabularySize, Lcs lcs) {
    ModelPooling pooling = new ModelPooling(options.mode());
    for (AnalyzedText model : models) {
      int[] modelUnigrams = unigramCounts(model.tokens(), vocabularySize);
      int hits = lcs.unionHits(model.sentences(), peer.sentences(), modelUnigrams,
          peerUnigrams.clone());
      int base = 0;
      for (int[] sentence : model.sentences()) {
        base += sentence.length;
      }
      pooling.add(hits, base, peer.tokens().length, base > 0 ? (double) hits / base : 0);
    }
    return pooling.score(options.alpha());
  }

  private RougeScore weightedLcsScore(AnalyzedText peer, AnalyzedText[] models, int[] peerUnigrams,
      int vocabularySize, Lcs lcs) {
    double weight = options.weight();
    ModelPooling pooling = new ModelPooling(options.mode());
    for (AnalyzedText model : models) {
      int[] modelUnigrams = unigramCounts(model.tokens(), vocabularySize);
      double hits = lcs.weightedUnionHits(model.sentences(), peer.sentences(), modelUnigrams,
          peerUnigrams.clone(), weight);
      double base = 0;
      for (int[] sentence : model.sentences()) {
        base += Math.pow(sentence.length, weight);
      }
      double recall = base > 0 ? Math.pow(hits / base, 1 / weight) : 0;
      // 1.5.5 raises the already weighted base to the weight once more; the key's script does so
      pooling.add(hits, Math.pow(base, weight), Math.pow(peer.tokens().length, weight), recall);
    }
    return pooling.weightedScore(options.alpha(), weight);
  }

  private static int[] unigramCounts(int[] tokens, int vocabularySize) {
    int[] counts = new int[vocabularySize];
    for (int token : tokens) {
      counts[token]++;
    }
    return counts;
  }

  private static void check(List<String> summary, String what) {
    if (summary == null) {
      throw new PrecisException(what + " is missing (null)");
    }
    for (int i = 0; i < summary.size(); i++) {
      if (summary.get(i) == null) {
        throw new PrecisException(what + ": sentence " + (i + 1) + " is null");
      }
    }
  }
}
