package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InOrderTest {
  /** Work that takes longer the earlier its item came, so threads finish out of order. */
  private static String slowFirst(int item) {
    try {
      Thread.sleep(Math.max(0, 30 - 3L * item));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return "summary " + item;
  }

  @Test
  void resultsComeInTheOrderTheItemsWereGiven() {
    for (int threads : new int[] {1, 2, 4}) {
      List<String> results = new ArrayList<>();
      try (InOrder<Integer, String> work = new InOrder<>(threads, InOrderTest::slowFirst,
          results::add)) {
        for (int i = 0; i < 10; i++) {
          work.submit(i);
          // at most twice as many items as threads wait for their turn
          assertThat(i + 1 - results.size()).isLessThan(2 * threads);
        }
      }
      assertThat(results).containsExactly("summary 0", "summary 1", "summary 2", "summary 3",
          "summary 4", "summary 5", "summary 6", "summary 7", "summary 8", "summary 9");
    }
  }

  @Test
  void aFailureReachesTheCallerAndNothingAfterItIsWritten() {
    List<String> results = new ArrayList<>();
    assertThatThrownBy(() -> {
      try (InOrder<Integer, String> work = new InOrder<>(2, item -> {
        if (item == 3) {
          throw new IllegalStateException("cluster 3 broke");
        }
        return "summary " + item;
      }, results::add)) {
        for (int i = 0; i < 6; i++) {
          work.submit(i);
        }
      }
    }).isInstanceOf(IllegalStateException.class).hasMessage("cluster 3 broke");
    assertThat(results).containsExactly("summary 0", "summary 1", "summary 2");
  }

  @Test
  @org.junit.jupiter.api.Timeout(10)
  void aFailureWithWorkStillQueuedEndsTheRunAtOnce() {
    List<String> results = new ArrayList<>();
    assertThatThrownBy(() -> {
      try (InOrder<Integer, String> work = new InOrder<>(1, item -> {
        if (item == 0) {
          throw new IllegalStateException("cluster 0 broke");
        }
        return slowFirst(item);
      }, results::add)) {
        for (int i = 0; i < 4; i++) {
          work.submit(i);
        }
      }
    }).isInstanceOf(IllegalStateException.class).hasMessage("cluster 0 broke");
    assertThat(results).isEmpty();
  }

  @Test
  void noThreadsIsRefused() {
    assertThatThrownBy(() -> new InOrder<Integer, String>(0, String::valueOf, s -> { }))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
