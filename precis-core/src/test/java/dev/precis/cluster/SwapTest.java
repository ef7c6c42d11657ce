package dev.precis.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** Refinement's guard against lone articles trading places every round. */
class SwapTest {
  @Test
  void ofTwoLoneArticlesThatSwapOnlyTheEarlierMoves() {
    int[] story = {0, 1, 2, 2};
    int[] target = {1, 0, 2, 2};
    Partition.keepOneOfEachSwap(story, target, 3);
    assertArrayEquals(new int[] {1, 1, 2, 2}, target);
  }

  @Test
  void inACycleOfThreeOnlyTheEarliestMoves() {
    // article 0 moves into 2's story, 2 into 1's, 1 into 0's: a rotation every round
    int[] story = {0, 1, 2};
    int[] target = {2, 0, 1};
    Partition.keepOneOfEachSwap(story, target, 3);
    assertArrayEquals(new int[] {2, 1, 2}, target);
  }

  @Test
  void movesOutsideACycleAreLeftAlone() {
    // 0 and 1 move into a story of two, 2 into 3's lone story while 3 stays, 4 into 2's story
    int[] story = {0, 1, 2, 3, 4, 5, 5};
    int[] target = {5, 5, 3, 3, 2, 5, 5};
    int[] expected = target.clone();
    Partition.keepOneOfEachSwap(story, target, 6);
    assertArrayEquals(expected, target);
  }
}
