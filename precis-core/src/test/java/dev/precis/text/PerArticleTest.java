package dev.precis.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class PerArticleTest {
  private static final Article STRIKE = Article.of("strike",
      "Dock workers at Port Carrow walked out on Monday. The union wants a new contract.");
  private static final Article TALKS = Article.of("talks",
      "Talks between the union and the port operator resumed on Tuesday.");

  @Test
  void readsEachArticleOnceAndAnOtherArticleEachTime() {
    AtomicInteger reads = new AtomicInteger();
    PerArticle<List<StorySentences.Sentence>> read = PerArticle.of(List.of(STRIKE, TALKS), a -> {
      reads.incrementAndGet();
      return StorySentences.of(a);
    });

    List<StorySentences.Sentence> first = read.get(STRIKE);
    assertThat(read.get(STRIKE)).isSameAs(first);
    assertThat(first).extracting(StorySentences.Sentence::text).containsExactly(
        "Dock workers at Port Carrow walked out on Monday.", "The union wants a new contract.");
    assertThat(reads).hasValue(1);

    Article unlisted = Article.of("other", "The operator declined to comment.");
    read.get(unlisted);
    read.get(unlisted);
    assertThat(reads).hasValue(3);
  }

  @Test
  void aThreadAskingWhileAnotherReadsWaitsForThatReading() throws Exception {
    AtomicInteger reads = new AtomicInteger();
    CountDownLatch reading = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    PerArticle<String> read = PerArticle.of(List.of(STRIKE), a -> {
      reads.incrementAndGet();
      reading.countDown();
      await(release);
      return a.text();
    });
    AtomicReference<String> first = new AtomicReference<>();
    AtomicReference<String> second = new AtomicReference<>();
    Thread reader = new Thread(() -> first.set(read.get(STRIKE)));
    reader.start();
    assertThat(reading.await(10, TimeUnit.SECONDS)).isTrue();
    Thread waiter = new Thread(() -> second.set(read.get(STRIKE)));
    waiter.start();
    // the second thread parks on the first one's reading rather than reading again
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (waiter.getState() != Thread.State.WAITING && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    assertThat(waiter.getState()).isEqualTo(Thread.State.WAITING);
    release.countDown();
    reader.join(10_000);
    waiter.join(10_000);

    assertThat(second.get()).isSameAs(first.get()).isEqualTo(STRIKE.text());
    assertThat(reads).hasValue(1);
  }

  @Test
  void aFailedReadingLeavesNothingBehind() {
    AtomicInteger calls = new AtomicInteger();
    PerArticle<String> read = PerArticle.of(List.of(STRIKE), a -> {
      if (calls.incrementAndGet() == 1) {
        throw new IllegalStateException("disk went away");
      }
      return a.text();
    });

    assertThatThrownBy(() -> read.get(STRIKE)).hasMessage("disk went away");
    assertThat(read.get(STRIKE)).isEqualTo(STRIKE.text());
    assertThat(calls).hasValue(2);
  }

  @Test
  void makingAheadSkipsWhatIsMadeAndStopsWhenInterrupted() {
    List<String> made = new ArrayList<>();
    PerArticle<String> read = PerArticle.of(List.of(STRIKE, TALKS), a -> {
      made.add(a.id());
      return a.id();
    });
    read.get(TALKS);
    read.makeAhead();
    assertThat(made).containsExactly("talks", "strike");

    List<String> none = new ArrayList<>();
    PerArticle<String> stopped = PerArticle.of(List.of(STRIKE, TALKS), a -> {
      none.add(a.id());
      return a.id();
    });
    Thread.currentThread().interrupt();
    try {
      stopped.makeAhead();
    } finally {
      assertThat(Thread.interrupted()).isTrue();
    }
    assertThat(none).isEmpty();
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void aThreadStoppedWhileItWaitsLeavesWithItsInterrupt() throws Exception {
    CountDownLatch reading = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    PerArticle<String> read = PerArticle.of(List.of(STRIKE), a -> {
      reading.countDown();
      await(release);
      return a.text();
    });
    Thread reader = new Thread(() -> read.get(STRIKE));
    reader.start();
    assertThat(reading.await(10, TimeUnit.SECONDS)).isTrue();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    AtomicReference<Boolean> interrupted = new AtomicReference<>();
    Thread waiter = new Thread(() -> {
      try {
        read.get(STRIKE);
      } catch (RuntimeException e) {
        failure.set(e);
        interrupted.set(Thread.currentThread().isInterrupted());
      }
    });
    waiter.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (waiter.getState() != Thread.State.WAITING && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    waiter.interrupt();
    waiter.join(10_000);

    // it left while the reading it waited for was still being made
    assertThat(reader.isAlive()).isTrue();
    assertThat(failure.get()).isInstanceOf(dev.precis.WorkCancelledException.class);
    assertThat(interrupted.get()).isTrue();
    release.countDown();
    reader.join(10_000);
  }
}
