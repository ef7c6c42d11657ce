package dev.precis.summarize;

import dev.precis.WorkCancelledException;
import dev.precis.similar.Rewording;
import dev.precis.similar.SentenceVectors;
import dev.precis.text.AnalyzedCluster;
import java.util.BitSet;

/**
 * What a reader has already read, seen from the new articles' cluster: which of its stem bigrams
 * (concepts) the seen text uses, and whether a seen sentence already says a given new sentence.
 *
 * <p>Built from a second analysis of the new articles followed by the seen ones. The new
 * articles' sentences, terms and bigrams come first there, so they keep the ids they have in the
 * cluster of the new articles alone: one id space for both, without a shared dictionary.
 */
final class SeenContent {
  private final AnalyzedCluster joint;
  private final SentenceVectors vectors;
  private final Rewording rewording;
  private final int firstSeen;
  private final double redundancyThreshold;
  private final BitSet concepts;

  /**
   * @param fresh the new articles' cluster, as summarized
   * @param joint the new articles then the seen ones, analysed as one cluster
   * @param redundancyThreshold cosine at or above which two sentences say the same
   */
  SeenContent(AnalyzedCluster fresh, AnalyzedCluster joint, double redundancyThreshold) {
    this.joint = joint;
    this.firstSeen = fresh.size();
    this.redundancyThreshold = redundancyThreshold;
    this.vectors = new SentenceVectors(joint);
    this.rewording = new Rewording(joint, vectors);
    this.concepts = new BitSet(fresh.bigramCount());
    for (int s = firstSeen; s < joint.size(); s++) {
      for (int c : joint.bigramIds(s)) {
        if (c < fresh.bigramCount()) {
          concepts.set(c);
        }
      }
    }
  }

  /** The new cluster's bigram ids that the seen text uses too (do not modify). */
  BitSet concepts() {
    return concepts;
  }

  /** How many sentences the seen text has. */
  int sentences() {
    return joint.size() - firstSeen;
  }

  /**
   * Whether a seen sentence says what new sentence {@code s} says, by the redundancy test of
   * {@link Candidates#sameContent}. A sentence that restates a seen one with another figure (a
   * death toll that rose) is news, so it is not counted as said.
   */
  boolean said(int s) {
    for (int t = firstSeen; t < joint.size(); t++) {
      if ((t & 255) == 0) {
        WorkCancelledException.throwIfInterrupted();
      }
      double cosine = vectors.cosine(s, t);
      if ((cosine >= redundancyThreshold || rewording.rewords(s, t, cosine))
          && !rewording.statesOtherFigures(s, t)) {
        return true;
      }
    }
    return false;
  }
}
