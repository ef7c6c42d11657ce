package dev.precis.follow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.text.Article;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class GroupCommitTest {
  @Test
  void pollsWaitingTogetherShareABatchAndABadOneIsTriedAlone() throws Exception {
    CountDownLatch firstBatchStarted = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    List<List<String>> batches = Collections.synchronizedList(new ArrayList<>());
    FeedFollower.Sink sink = articles -> {
      List<String> ids = articles.stream().map(Article::id).toList();
      batches.add(ids);
      if (batches.size() == 1) {
        firstBatchStarted.countDown();
        try {
          release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      if (ids.contains("clash")) {
        throw new IllegalStateException("article id 'clash' is already stored");
      }
      return articles.stream().map(a -> !a.id().startsWith("old")).toList();
    };
    try (GroupCommit commit = new GroupCommit(sink)) {
      CompletableFuture<List<Boolean>> first = CompletableFuture.supplyAsync(
          () -> commit.store(List.of(Article.of("a1", "first feed"))));
      assertThat(firstBatchStarted.await(10, TimeUnit.SECONDS)).isTrue();
      CompletableFuture<List<Boolean>> second = CompletableFuture.supplyAsync(
          () -> commit.store(List.of(Article.of("b1", "second"), Article.of("old-b2", "known"))));
      CompletableFuture<List<Boolean>> bad = CompletableFuture.supplyAsync(
          () -> commit.store(List.of(Article.of("clash", "third"))));
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (commit.waiting() < 2 && System.nanoTime() < end) {
        Thread.sleep(10);
      }
      release.countDown();

      assertThat(first.get(10, TimeUnit.SECONDS)).containsExactly(true);
      assertThat(second.get(10, TimeUnit.SECONDS)).containsExactly(true, false);
      assertThatThrownBy(() -> bad.join()).hasRootCauseMessage(
          "article id 'clash' is already stored");
      // the shared batch failed for the clash alone; the good feed was stored on its own
      assertThat(batches.get(0)).containsExactly("a1");
      assertThat(batches.get(1)).containsExactlyInAnyOrder("b1", "old-b2", "clash");
      assertThat(batches.subList(2, batches.size())).containsExactlyInAnyOrder(
          List.of("b1", "old-b2"), List.of("clash"));
    }
  }
}
